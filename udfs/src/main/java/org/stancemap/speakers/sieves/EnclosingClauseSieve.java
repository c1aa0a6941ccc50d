package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * For partial quotes inside a sentence: the speaker of the clause around them. The nearest cue
 * before the opening mark whose subject can be read wins ({@code Putin and Erdogan called the talks
 * "useful"}, {@code the Kremlin did claim that ... "divergences"}), a conjunction or participle
 * taking the clause subject ({@code Moscow says ... and has accused ... "terrorists"}); "according
 * to X" anywhere before the mark names X.
 */
public final class EnclosingClauseSieve implements Sieve {
  @Override
  public String name() {
    return RuleNames.ENCLOSING_CLAUSE;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    Tokens t = c.tokens;
    for (int i = c.headHi - 1; i >= c.headLo && i >= c.headHi - Grammar.WINDOW; i--) {
      CueLexicon.Cue cue = c.cues.at(t, i, c.headHi);
      if (cue == null) continue;
      if (cue.role.equals(CueLexicon.SOURCE)) {
        Mention m = c.parser.source(t, i + cue.length, c.headHi, c.text);
        if (m != null) return Attribution.of(m, cue, RuleNames.ACCORDING_TO);
        continue;
      }
      if (cue.role.equals(CueLexicon.QUOTED)) {
        Mention m = c.parser.forward(t, i + cue.length, c.headHi, c.text);
        if (m != null) return Attribution.of(m, cue, RuleNames.QUOTED_BY);
        continue;
      }
      Mention m = Grammar.speakerOfCue(t, c.parser, c.text, c.headLo, i);
      if (m != null) return Attribution.of(m, cue, name());
    }
    return null;
  }
}
