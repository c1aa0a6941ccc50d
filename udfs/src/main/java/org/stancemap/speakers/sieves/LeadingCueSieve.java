package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * Speaker–cue–quote before the opening mark: {@code Peskov told reporters: "…"},
 * {@code The ministry said in a statement, "…"}, and {@code According to X, "…"}.
 * The cue must be within six tokens of the mark; for "X quoted Y as saying:" the "as saying" (Y speaks).
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
      // "The statement quoted Chief Financial Officer Priya Raman as saying: ...": the one quoted, however long the phrase
      if (i - 1 >= c.headLo && t.lower(i - 1).equals("as")) {
        for (int q = i - 2; q >= c.headLo && q >= i - 14; q--) {
          CueLexicon.Cue quoted = c.cues.at(t, q, i);
          if (quoted == null || !quoted.role.equals(CueLexicon.QUOTED)) continue;
          Mention m = c.parser.forward(t, q + quoted.length, i - 1, c.text);
          if (m != null && Grammar.after(t, m) == i - 1) return Attribution.of(m, quoted, RuleNames.QUOTED_BY);
          break;
        }
      }
      Mention m = Grammar.speakerOfCue(t, c.parser, c.text, c.headLo, i);
      if (m != null) return Attribution.of(m, cue, RuleNames.SPEAKER_CUE_QUOTE);
    }
    return null;
  }
}
