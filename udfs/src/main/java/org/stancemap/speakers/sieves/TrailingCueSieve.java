package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.speakers.SpeakerWords;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * Quote–cue–speaker and quote–speaker–cue right after the closing mark: {@code "…," said Yury
 * Barmin, a Middle East analyst}, {@code "…," a Western diplomat told AFP}, {@code "…," he added}; the
 * speaker's phrase may open with one or two lower-case modifiers ({@code "…," tearful Homs resident Abu Ahmad told AFP}).
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
      // "…," said tearful Homs resident Abu Ahmad
      for (int k = s; m == null && k < s + 2 && k + 1 < c.tailHi && modifier(c, k); k++) {
        Mention modified = c.parser.forward(t, k + 1, c.tailHi, c.text);
        if (modified != null && modifiable(modified)) m = modified;
      }
      return Attribution.of(m == null ? null : portfolioHolder(c, m), cue, RuleNames.QUOTE_CUE_SPEAKER);
    }
    Attribution a = speakerThenCue(c, i, false);
    // "…," tearful Homs resident Abu Ahmad told AFP, "…," exiled Syrian writer Lina Haddad said: one or two lower-case
    // modifiers before a phrase the parser reads from its capitalised word (it reads "tearful resident" whole)
    for (int k = i; a == null && k < i + 2 && k + 1 < c.tailHi && modifier(c, k); k++) a = speakerThenCue(c, k + 1, true);
    return a;
  }

  /**
   * Whether a phrase read after skipped modifiers can be what they modify: a descriptor, or a name with words before it
   * ("Homs resident Abu Ahmad"); not a pronoun or a bare name ("…," where he told ..., "…," though Selin insisted).
   */
  private static boolean modifiable(Mention m) {
    return m.kind == Mention.Kind.DESCRIPTOR || m.kind == Mention.Kind.NAME && m.name != null && m.end - m.start > m.name.length();
  }

  /** Words that never modify a speaker's phrase before it: conjunctions, determiners, pronouns, verbs' company. */
  private static final java.util.Set<String> NOT_MODIFIERS = notModifiers();

  private static java.util.Set<String> notModifiers() {
    java.util.Set<String> s = new java.util.HashSet<>(SpeakerWords.list("not-modifiers"));
    for (String list : java.util.List.of("not-verb", "clause-openers", "subject-conjunctions", "determiners", "pronouns",
        "possessives", "relatives", "asides", "object-prepositions", "cue-skip", "be")) {
      s.addAll(SpeakerWords.list(list));
    }
    return java.util.Set.copyOf(s);
  }

  /** Whether token {@code k} may be a lower-case modifier of the speaker's phrase: a word in lower case, no cue, no function word. */
  private static boolean modifier(QuoteContext c, int k) {
    Tokens t = c.tokens;
    if (!t.isWord(k) || !Character.isLowerCase(t.first(k)) || NOT_MODIFIERS.contains(t.lower(k))) return false;
    return c.cues.at(t, k, c.tailHi) == null;
  }

  /**
   * The speaker phrase read from token {@code i} and the speech cue after it ("a Western diplomat told AFP"), or null;
   * {@code modified}: after skipped modifiers, so only a {@link #modifiable} phrase.
   */
  private static Attribution speakerThenCue(QuoteContext c, int i, boolean modified) {
    Tokens t = c.tokens;
    Mention m = c.parser.forward(t, i, c.tailHi, c.text);
    if (m == null || modified && !modifiable(m)) return null;
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
