package org.stancemap.speakers.sieves;

import java.util.Set;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.SpeakerWords;
import org.stancemap.statements.LabelVerbs;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * A quoted fragment right after an evaluative verb of speech and its object ({@code data/label-verbs.tsv}):
 * {@code Senator Haldane branded it "shameful"}, {@code Kyiv slammed the excuse as "false"},
 * {@code al-Sharaa hailed the victory as "the end of the long night"}, and with no object after a
 * relative word, {@code what he called "terrorism"}. The verb's subject speaks. Nothing is found
 * without a subject ({@code a plan dubbed "..."}) or in the passive ({@code the talks were described as
 * "..."}), so such fragments stay term or scare quotes. The extractor asks this rule only for fragments
 * that are not a name in title case ({@code dubbed the operation "Peace Spring"} is a term).
 */
public final class LabelVerbSieve implements Sieve {
  /** The longest object read between the verb and "as" / between the verb and the quote. */
  static final int MAX_OBJECT_AS = 8, MAX_OBJECT = 4;
  private static final Set<String> RELATIVE = SpeakerWords.list("label-relatives");
  private static final Set<String> BE = SpeakerWords.list("be");
  /** Words that make the verb another verb: "called for", "called on", "called it quits" is rare enough. */
  private static final Set<String> NOT_OBJECT = SpeakerWords.list("not-object");

  private final LabelVerbs verbs;

  public LabelVerbSieve(LabelVerbs verbs) {
    this.verbs = verbs;
  }

  @Override
  public String name() {
    return RuleNames.LABEL_VERB;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    Tokens t = c.tokens;
    int e = c.headHi - 1;
    if (e < c.headLo || !t.isWord(e)) return null;
    boolean as = t.lower(e).equals("as");
    int end = as ? e : e + 1; // the object is [verb + 1, end)
    int max = as ? MAX_OBJECT_AS : MAX_OBJECT;
    for (int v = end - 1; v >= c.headLo && v >= end - 1 - max; v--) {
      if (!t.isWord(v)) return null; // the object is plain words
      String construction = t.isCapitalized(v) ? null : verbs.construction(t.lower(v));
      if (construction == null) {
        // a cue word in the object is a noun after a determiner ("dismissed the report as"), else another verb
        if (NOT_OBJECT.contains(t.lower(v)) || (c.cues.at(t, v, c.headHi) != null && !(v - 1 >= c.headLo && Grammar.nounMarker(t, v - 1)))) return null;
        continue;
      }
      if (!as && construction.equals(LabelVerbs.AS)) return null;
      boolean noObject = v + 1 == end;
      if (!noObject && NOT_OBJECT.contains(t.lower(v + 1))) return null;
      for (int j = v - 1; j >= c.headLo && Grammar.skippable(t, j); j--) if (BE.contains(t.lower(j))) return null; // passive
      Mention m = Grammar.speakerOfCue(t, c.parser, c.text, c.headLo, v);
      if (m == null) return null;
      if (noObject) { // "what he called "...": the object is the relative word
        int r = t.indexFrom(m.start) - 1;
        if (r < c.headLo || !RELATIVE.contains(t.lower(r))) return null;
      }
      return Attribution.of(m, t.lower(v), t.start(v), t.end(v), name());
    }
    return null;
  }
}
