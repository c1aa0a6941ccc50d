package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * Speaker–cue–quote before the opening mark: {@code Peskov told reporters: "…"},
 * {@code The ministry said in a statement, "…"}, and {@code According to X, "…"}.
 * The cue must be within six tokens of the mark.
 */
public final class LeadingCueSieve implements Sieve {
  @Override
  public String name() {
    return RuleNames.SPEAKER_CUE_QUOTE;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    Tokens t = c.tokens;
    int h = c.headHi - 1;
    while (h >= c.headLo && !t.isWord(h)) h--;
    for (int i = h; i >= c.headLo && i >= h - 6; i--) {
      CueLexicon.Cue cue = c.cues.at(t, i, c.headHi);
      if (cue == null) continue;
      if (cue.role.equals(CueLexicon.SOURCE)) {
        return Attribution.of(c.parser.source(t, i + cue.length, c.headHi, c.text), cue, RuleNames.ACCORDING_TO);
      }
      if (cue.role.equals(CueLexicon.QUOTED)) {
        return Attribution.of(c.parser.forward(t, i + cue.length, c.headHi, c.text), cue, RuleNames.QUOTED_BY);
      }
      if (!cue.speaks()) continue;
      Mention m = Grammar.speakerOfCue(t, c.parser, c.text, c.headLo, i);
      if (m != null) return Attribution.of(m, cue, RuleNames.SPEAKER_CUE_QUOTE);
    }
    return null;
  }
}
