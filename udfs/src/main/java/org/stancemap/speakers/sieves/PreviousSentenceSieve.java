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
    return null;
  }
}
