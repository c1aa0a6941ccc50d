package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * Quote–cue–speaker and quote–speaker–cue right after the closing mark: {@code "…," said Yury
 * Barmin, a Middle East analyst}, {@code "…," a Western diplomat told AFP}, {@code "…," he added}.
 * With a "quoted" cue the quoted one speaks: {@code "…," NBC quoted a White House official}.
 */
public final class TrailingCueSieve implements Sieve {
  @Override
  public String name() {
    return "trailing-cue";
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    Tokens t = c.tokens;
    int i = c.tailLo;
    // "''...,'' said X": a quote closed with two single marks leaves the second before the cue
    while (i < c.tailHi && !t.isWord(i) && ",.!?-\u2014\u2013'\u2019".indexOf(t.first(i)) >= 0) i++;
    if (i >= c.tailHi) return null;
    CueLexicon.Cue cue = Grammar.speechCue(c.cues, t, i, c.tailHi);
    if (cue != null) { // "said Peskov"
      int s = Grammar.skipForward(t, i + cue.length, c.tailHi);
      Mention m = c.parser.forward(t, s, c.tailHi, c.text);
      return Attribution.of(m == null ? null : portfolioHolder(c, m), cue, RuleNames.QUOTE_CUE_SPEAKER);
    }
    Mention m = c.parser.forward(t, i, c.tailHi, c.text);
    if (m == null) return null;
    int j = Grammar.after(t, m);
    // "MK Orna Ben-Haim (Yesh Atid) said", "Sen. Roger Kimball (R-Miss.) said": a party or a place in brackets after a name
    if (m.kind == Mention.Kind.NAME) j = Grammar.pastParenthesis(t, j, c.tailHi, 8);
    j = Grammar.skipForward(t, j, c.tailHi);
    m = portfolioHolder(c, m);
    // appositives between commas, up to three: "Umm Ahmad, a mother of five from Saraqeb, told ...", "Hatice Demir, 42,
    // whose house was hit, told ...", "Derya Aksoy, 38, a teacher, who saw it all, said"
    boolean aside = j < c.tailHi && t.text(j).equals(",");
    int seg = aside ? j + 1 : j;
    if (!aside && m.aged && j < c.tailHi && (t.lower(j).equals("whose") || t.lower(j).equals("who"))) aside = true; // "Name, 42, whose"
    for (int asides = 0; aside && asides < 3 && seg < c.tailHi && c.cues.at(t, seg, c.tailHi) == null; asides++) {
      int k = seg;
      while (k < c.tailHi && k < seg + 20 && !t.text(k).equals(",")) k++;
      if (k >= c.tailHi || !t.text(k).equals(",")) break;
      if (m.appositive == null && !Grammar.isNumber(t, seg)) m.appositive = c.parser.describe(t, seg, k, c.text);
      seg = Grammar.skipForward(t, k + 1, c.tailHi);
      j = seg;
    }
    if (j < c.tailHi && t.lower(j).equals("who")) { // "a rebel commander who gave his name as Abu Omar told ..."
      int k = j + 1;
      while (k < c.tailHi && k <= j + 20 && t.isWord(k) && Grammar.speechCue(c.cues, t, k, c.tailHi) == null) k++;
      if (k < c.tailHi && Grammar.speechCue(c.cues, t, k, c.tailHi) != null) {
        Mention named = Grammar.givenName(t, c.parser, c.text, j + 1, k);
        if (named != null) m = named;
        j = k;
      }
    }
    CueLexicon.Cue after = c.cues.at(t, j, c.tailHi);
    if (after == null) return null;
    if (after.role.equals(CueLexicon.QUOTED)) {
      Mention quoted = c.parser.forward(t, j + after.length, c.tailHi, c.text);
      return Attribution.of(quoted, after, RuleNames.QUOTED_BY);
    }
    if (after.speaks()) return Attribution.of(m, after, RuleNames.QUOTE_SPEAKER_CUE);
    return null;
  }

  /**
   * "the Minister of Foreign Affairs, Hakan Fidan, told", "said the EU's High Representative for Foreign Affairs, Katrin
   * Valdmaa": a title and its portfolio read as a name, and the person's name between commas after it; the person
   * speaks, with the title's role. Otherwise {@code m}.
   */
  private static Mention portfolioHolder(QuoteContext c, Mention m) {
    Mention person = m.appositive;
    if (m.kind == Mention.Kind.NAME && person != null && person.kind == Mention.Kind.NAME && person.name != null
        && person.name.contains(" ") && c.parser.portfolioOnly(m.name)) return person.withRole(m.roleClass);
    return m;
  }
}
