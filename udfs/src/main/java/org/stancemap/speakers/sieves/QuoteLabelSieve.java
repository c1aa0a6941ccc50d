package org.stancemap.speakers.sieves;

import java.util.Set;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.SpeakerWords;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * A quote set apart under a label that names its speaker, with nothing after it in its sentence, as some
 * outlets print quotations: {@code Quote from Syniehubov: "..."}, {@code Quote by the State Emergency Service:
 * "..."} (a label word of {@code quote-labels} and a link of {@code quote-label-links}, then the speaker), or
 * {@code Syniehubov: "..."} (a speaker phrase alone before the colon, after the first sentence: a descriptor, or a
 * name the article names elsewhere too, so "Update: "..."" names nobody); the cue recorded is the colon. The bare label
 * {@code Quote: "..."} after a sentence with a speech cue ({@code Ihnat said on the newscast that ... .}): the
 * subject of that cue, which is the cue recorded. A press conference's line with a name alone, or a name and its
 * role in brackets, above a quote with no cue: that person.
 */
public final class QuoteLabelSieve implements Sieve {
  private static final Set<String> LABELS = SpeakerWords.list("quote-labels");
  private static final Set<String> LINKS = SpeakerWords.list("quote-label-links");

  @Override
  public String name() {
    return RuleNames.QUOTE_LABEL;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    Tokens t = c.tokens;
    if (!c.tailEmpty()) return null;
    if (c.headEmpty() && !QuoteContext.quoteLabel(t, c.headLo, c.headHi)) return nameLine(c);
    int colon = c.headColon();
    if (colon < 0) return null;
    int a = c.headLo;
    while (a < colon && !t.isWord(a)) a++; // a dash or a bullet
    boolean label = a < colon && LABELS.contains(t.lower(a));
    if (label) {
      if (a + 1 == colon) return previousSpeaker(c);
      if (!LINKS.contains(t.lower(a + 1))) return null;
      a += 2;
    }
    if (a >= colon) return null;
    Mention m = c.parser.forward(t, a, colon, c.text);
    if (m == null || m.kind == Mention.Kind.PRONOUN || t.indexFrom(m.start) != a || Grammar.after(t, m) != colon) return null;
    // a name alone: not in the article's first sentence (a headline's "Name: \"...\"" is headline-colon's)
    if (!label && (c.prevLo < 0 || !(m.kind == Mention.Kind.DESCRIPTOR || namedElsewhere(c.text, m, t.start(a))))) return null;
    return Attribution.of(m, ":", t.start(colon), t.end(colon), name());
  }

  /**
   * A press conference's layout: a line with a person's name alone, or with their role in brackets ("Tolga Arikan
   * (Goztepe head coach)"), above a quote with no cue: that person, the line recorded as the cue. Null when the line
   * before holds anything else.
   */
  private Attribution nameLine(QuoteContext c) {
    if (c.prevLo < 0 || c.prevHi <= c.prevLo) return null;
    Tokens t = c.tokens;
    Mention m = c.parser.forward(t, c.prevLo, c.prevHi, c.text);
    if (m == null || m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty() || t.indexFrom(m.start) != c.prevLo) return null;
    int a = Grammar.after(t, m);
    if (a < c.prevHi && t.text(a).equals("(")) {
      while (a < c.prevHi && !t.text(a).equals(")")) a++;
      a++;
    }
    int nl = c.text.indexOf('\n', t.end(c.prevHi - 1)); // the line ends before the quote's sentence
    if (a != c.prevHi || nl < 0 || nl > t.start(c.headHi)) return null;
    return m.name != null && m.name.contains(" ") && !MentionParser.looksLikeOrganization(m.name)
        ? Attribution.of(m, c.text.substring(t.start(c.prevLo), t.end(c.prevHi - 1)), t.start(c.prevLo), t.end(c.prevHi - 1), name()) : null;
  }

  /** "Quote:" after a sentence with a speech cue: the subject of its first cue whose subject can be read, or null. */
  private Attribution previousSpeaker(QuoteContext c) {
    if (c.prevLo < 0 || c.prevHi <= c.prevLo) return null;
    Tokens t = c.tokens;
    for (int i = c.prevLo; i < c.prevHi; i++) {
      CueLexicon.Cue cue = c.cues.at(t, i, c.prevHi);
      if (cue == null || !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT))) continue;
      Mention m = Grammar.speakerOfCue(t, c.parser, c.text, c.prevLo, i);
      if (m != null) return Attribution.of(m, cue, name());
    }
    return null;
  }

  /** Whether the article names {@code m} (its name, or its last word) somewhere besides at {@code at}. */
  private static boolean namedElsewhere(String text, Mention m, int at) {
    String name = m.name != null ? m.name : text.substring(m.start, m.end);
    String last = name.substring(name.lastIndexOf(' ') + 1);
    for (int i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) if (i < at || i >= m.end) return true;
    return false;
  }
}
