package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * A quote that opens its sentence after a sentence ending in a colon with a cue:
 * {@code Erdogan told reporters in Ankara:} / {@code "…"}.
 */
public final class PreviousSentenceSieve implements Sieve {
  @Override
  public String name() {
    return RuleNames.COLON_BEFORE;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    if (c.prevLo < 0 || !c.headEmpty() || c.prevHi <= c.prevLo) return null;
    Tokens t = c.tokens;
    if (!t.text(c.prevHi - 1).equals(":")) return null;
    for (int i = c.prevHi - 2; i >= c.prevLo; i--) {
      CueLexicon.Cue cue = Grammar.speechCue(c.cues, t, i, c.prevHi);
      if (cue == null) continue;
      Mention m = Grammar.speakerOfCue(t, c.parser, c.text, c.prevLo, i);
      if (m != null) return Attribution.of(m, cue, name());
    }
    return announced(c);
  }

  private static final java.util.Set<String> ANNOUNCING = org.stancemap.speakers.SpeakerWords.list("announcing");
  private static final java.util.Set<String> ANNOUNCED_FROM = org.stancemap.speakers.SpeakerWords.list("announced-from");

  /**
   * "Baykal made the following assessment:", "The ministry's statement read as follows:": no cue, but "following" (or
   * "follows") within the last four words before the colon announces the quote, and the sentence's subject (a speaker
   * phrase opening it, followed by its lower-case verb) speaks; not when "from" or "by" names another author after it.
   */
  private static Attribution announced(QuoteContext c) {
    Tokens t = c.tokens;
    int f = -1;
    for (int i = c.prevHi - 2; i >= c.prevLo && i >= c.prevHi - 5; i--) {
      if (ANNOUNCING.contains(t.lower(i))) { f = i; break; }
      // "Erdogan received the following message from Putin:": another author, not the subject
      if (!t.isWord(i) || ANNOUNCED_FROM.contains(t.lower(i))) return null;
    }
    if (f < 0) return null;
    Mention m = c.parser.forward(t, c.prevLo, f, c.text);
    if (m == null || !m.conjuncts.isEmpty() || t.indexFrom(m.start) != c.prevLo) return null;
    int v = Grammar.after(t, m);
    if (v >= f || !t.isWord(v) || t.isCapitalized(v)) return null;
    return Attribution.of(m, t.text(v), t.start(v), t.end(v), RuleNames.COLON_BEFORE);
  }
}
