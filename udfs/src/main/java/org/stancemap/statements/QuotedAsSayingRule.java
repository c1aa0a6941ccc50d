package org.stancemap.statements;

import java.util.List;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.sieves.Grammar;

/**
 * {@code quoted-as-saying}: "X was quoted by Y as saying (that) CLAUSE", "Y quoted X as saying
 * CLAUSE" ("quoting X as saying", "citing X as saying", "quoted X as telling Y that"): X speaks, Y is the medium. Asked by {@link SubjectCueClauseRule} at a cue of role
 * {@code quoted}; a second cue of X in the clause reports a second statement as there.
 */
final class QuotedAsSayingRule {
  List<String> names() {
    return List.of(RuleNames.QUOTED_AS_SAYING);
  }

  /** The construction at the "quoted" cue at token {@code i} of tokens [lo, hi); true if it reported. */
  boolean report(ReportedClauses c, int k, int p, int lo, int hi, int end, int i, CueLexicon.Cue cue) {
    var tokens = c.tokens;
    Mention speaker;
    int j = i + cue.length;
    int aux = i - 1;
    while (aux >= lo && Grammar.skippable(tokens, aux) && !c.w.passive.contains(tokens.lower(aux))) aux--;
    if (aux >= lo && c.w.passive.contains(tokens.lower(aux)) && j < hi && tokens.lower(j).equals("by")) {
      int s0 = aux;
      while (s0 - 1 >= lo && Grammar.skippable(tokens, s0 - 1)) s0--;
      speaker = Grammar.speakerOfCue(tokens, c.parser, c.text, lo, s0);
      Mention medium = c.parser.forward(tokens, j + 1, hi, c.text);
      if (medium == null) return false;
      j = Grammar.skipForward(tokens, Grammar.after(tokens, medium), hi); // "by the Al-Arabiya channel on Wednesday as saying"
    } else {
      speaker = c.parser.forward(tokens, j, hi, c.text);
      if (speaker == null) speaker = c.parser.objectPronoun(tokens, j); // "quoted him as saying"
      if (speaker == null) return false;
      j = Grammar.after(tokens, speaker);
      // "quoted an adviser to the president, Elchin Mammadli, as saying": past a post-modifier of words, the name
      // in the appositive speaks
      int x = j;
      while (x < hi && x < j + 8 && tokens.isWord(x) && !tokens.lower(x).equals("as")) x++;
      if (x + 1 < hi && tokens.text(x).equals(",")) {
        Mention appos = c.parser.forward(tokens, x + 1, hi, c.text);
        int a = appos == null ? -1 : Grammar.after(tokens, appos);
        boolean closed = appos != null && a + 1 < hi && tokens.text(a).equals(",") && tokens.lower(a + 1).equals("as");
        if (closed && appos.kind == Mention.Kind.NAME) {
          speaker = appos;
          j = a + 1;
        } else if (closed && x == j && speaker.kind == Mention.Kind.NAME && appos.kind == Mention.Kind.DESCRIPTOR) {
          // "cited Dmitri Zhukovsky, a deputy foreign minister, as saying": the name speaks, its description between commas
          j = a + 1;
        }
      } else if (x + 1 < hi && tokens.lower(x).equals("as") && tokens.lower(x + 1).startsWith("say")) {
        // "quoted Director of Technical Services in Homs Eng. Lina Darwish as saying": a person's name ending the
        // words speaks; "quoted an adviser to the governor as saying": the phrase read first
        Mention named = x - 1 >= j ? c.parser.backward(tokens, j, x - 1, c.text) : null;
        if (named != null && named.kind == Mention.Kind.NAME && named.conjuncts.isEmpty() && named.name != null && named.name.contains(" ")
            && !org.stancemap.speakers.MentionParser.looksLikeOrganization(named.name)) {
          speaker = named;
        }
        j = x;
      }
    }
    // "as saying", or "as telling a joint news conference that" (the listener before the content, as after "told")
    boolean telling = j + 1 < hi && tokens.lower(j + 1).equals("telling");
    if (speaker == null || j + 1 >= hi || !tokens.lower(j).equals("as") || !(tokens.lower(j + 1).startsWith("say") || telling)) return false;
    int s = telling ? -1 : c.clauseStart(j + 2, hi, false);
    if (s >= 0 && tokens.lower(s).equals("that")) s = c.clauseStart(s + 1, hi, true);
    CueLexicon.Cue saying = c.cues.at(tokens, j + 1, hi);
    // "as saying at a weekly briefing in Ankara that ...": a phrase before "that", read as after any speech cue
    if (saying != null && (s < 0 || c.w.ppStart.contains(tokens.lower(s)))) {
      int after = c.contentStart(saying, j + 1, hi);
      if (after >= 0) s = after;
    }
    if (s < 0) return false;
    return c.emitChain(k, p, s, hi, end, speaker, saying != null ? saying : cue, RuleNames.QUOTED_AS_SAYING, i);
  }
}
