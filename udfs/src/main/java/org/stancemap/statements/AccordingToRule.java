package org.stancemap.statements;

import java.util.List;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.sieves.Grammar;

/**
 * {@code according-to}: "According to X, CLAUSE" (the source opens the sentence, after at most a mark
 * or one word and its comma: "Meanwhile, according to ..."); {@code clause-according-to}: "CLAUSE,
 * according to X." (the source phrase ends the sentence, or only a short phrase with no verb follows
 * it); "In his view, CLAUSE" ({@link #inView}) as "According to him". The source may be a speaker phrase, "data compiled by X," or a phrase with no listed head
 * ("according to figures published by the ministry."). A one-word source cue ("per") names a source
 * only before a capitalised word or a determiner. An attribution inside the clause ("Putin told his
 * guest that ..., according to a transcript") is reported too ({@link ReportedClauses.Recorder#nested}).
 */
final class AccordingToRule implements ReportedSpeechRule {

  /**
   * "In his view, CLAUSE", "In her opinion, CLAUSE", "In the minister's assessment, CLAUSE": a sentence that opens with
   * "in", the holder (a possessive pronoun, or a speaker phrase ending in "'s") and one of data/reported-speech-words.tsv
   * opinion-nouns, then a comma: the holder is the source of the clause after it ({@code according-to}).
   */
  private static boolean inView(ReportedClauses c, int k, int p, int lo, int hi, int end) {
    var tokens = c.tokens;
    if (hi - lo < 5 || !tokens.lower(lo).equals("in") || c.inQuote(lo)) return false;
    for (int n = lo + 2; n < Math.min(hi - 2, lo + 7); n++) {
      if (!c.w.opinionNouns.contains(tokens.lower(n))) continue;
      if (!tokens.text(n + 1).equals(",")) return false;
      Mention m = n == lo + 2 ? c.parser.possessorPronoun(tokens, lo + 1) : null;
      if (m == null) {
        if (!tokens.text(n - 1).endsWith("'s")) return false; // the tokens are the view's: its apostrophes are straight
        m = c.parser.forward(tokens, lo + 1, n, c.text);
        if (m == null || !m.conjuncts.isEmpty() || Grammar.after(tokens, m) < n || m.kind == Mention.Kind.PRONOUN) return false;
      }
      CueLexicon.Cue cue = new CueLexicon.Cue(CueLexicon.SOURCE, n + 1 - lo, c.text.substring(tokens.start(lo), tokens.end(n)),
          tokens.start(lo), tokens.end(n));
      return c.emit(k, p, tokens.start(n + 2), end, m, cue, RuleNames.ACCORDING_TO, lo);
    }
    return false;
  }

  /** Whether {@code cue} is an opinion's ("In the view of", "In the opinion of"; data/cues.txt), not "according to". */
  private static boolean opinion(CueLexicon.Cue cue) {
    return cue.text.startsWith("in the ");
  }

  /** Whether {@code m} may hold a view: a person's or a body's name, or a phrase with a head of data/descriptors.tsv. */
  private static boolean holder(ReportedClauses c, Mention m) {
    if (m.kind == Mention.Kind.DESCRIPTOR) return m.head != null && c.descriptors.head(m.head) != null;
    return m.kind == Mention.Kind.NAME && m.name != null && !c.descriptors.isPlaceName(m.name)
        && (c.parser.personName(m.name) || MentionParser.looksLikeOrganization(m.name));
  }

  @Override
  public List<String> names() {
    return List.of(RuleNames.ACCORDING_TO, RuleNames.CLAUSE_ACCORDING_TO);
  }

  @Override
  public boolean report(ReportedClauses c, int k, int p, int lo, int hi, int end) {
    var tokens = c.tokens;
    if (inView(c, k, p, lo, hi, end)) return true;
    for (int i = lo; i < hi; i++) {
      if (c.inQuote(i)) continue;
      CueLexicon.Cue cue = c.cues.at(tokens, i, hi);
      if (cue == null || !cue.role.equals(CueLexicon.SOURCE)) continue;
      // a one-word source cue is also a preposition ("per the ministry" / "barrels per day"):
      // it names a source only before a capitalised word or a determiner
      if (cue.length == 1 && !c.namedOrDetermined(i + 1, hi)) continue;
      if (followsNorm(c, i + cue.length, hi)) continue; // "proceeding according to schedule": a plan followed, no source
      Mention m = c.parser.source(tokens, i + cue.length, hi, c.text);
      if (m == null && i > lo + 2) m = looseSource(c, i + cue.length, hi); // "according to figures published by the ministry."
      // the source opens the sentence, after at most a mark or one word and its comma ("Meanwhile, according to")
      boolean opens = i == lo || (i == lo + 1 && !tokens.isWord(lo)) || c.openingWordAndComma(lo, i);
      if (m == null && opens) m = sourceBy(c, i + cue.length, hi); // "According to data compiled by X, ..."
      if (m == null) continue;
      // "In the view of the Bosphorus from ...": a view's or opinion's holder is a person or a body, never a place
      if (opinion(cue) && !holder(c, m)) continue;
      // "According to a survey published last month by the research company X, ...", "..., according to a report published
      // in February by the Levant Policy Forum, a Beirut research group.": a document speaks for its author
      if (m.kind == Mention.Kind.DESCRIPTOR && m.head != null && c.descriptors.isDocument(m.head)) {
        Mention author = issuedBy(c, Grammar.after(tokens, m), hi);
        if (author != null) m = author;
      }
      int after = c.sourceRelativeEnd(Grammar.after(tokens, m), hi);
      if (opens) {
        // "According to the UN mission, UNMISS, more than ...": the appositive and its comma are part of
        // the source; "According to the ministry, Russian forces shelled ...": what runs to the end is the clause
        if (m.appositive != null && m.appositive.end > m.end) {
          int ae = tokens.indexFrom(m.appositive.end);
          int as = tokens.indexFrom(m.appositive.start);
          boolean named = m.appositive.kind == Mention.Kind.NAME && m.appositive.name != null
              && m.appositive.name.length() == m.appositive.surface.length();
          // a description must end in its head within a few words ("Rosstat, the state statistics agency,"): "According to
          // Konashenkov, a Su-34 bomber struck a camp near X, destroying ..." is the clause
          boolean described = MentionParser.DETERMINERS.contains(tokens.lower(as)) && ae - as <= 6 && c.parser.roleWord(tokens.text(ae - 1))
              && !tokens.isCapitalized(ae - 1);
          // ("In the view of Burak Ersoy, a researcher at the Center for Middle Eastern Studies, ...": a head right after the
          // article, then its post-modifier)
          if (!described && opinion(cue) && as + 2 < ae && ae - as <= 12 && (tokens.lower(as).equals("a") || tokens.lower(as).equals("an"))
              && c.parser.roleWord(tokens.lower(as + 1)) && !tokens.isCapitalized(as + 1) && MentionParser.postPreposition(tokens.lower(as + 2))) {
            described = true;
          }
          if (ae < hi && tokens.text(ae).equals(",") && (named || described) && !clauseLike(c, as, ae)) after = ae;
          else m.appositive = null;
        }
        int a = after;
        // "According to the Human Rights Association (IHD), nearly ...": a short parenthesis after the source is the source's
        a = Grammar.pastParenthesis(tokens, a, hi, 8);
        // "According to a Reuters report on Thursday, the two sides ...": when the source said it
        if (a < hi && tokens.isWord(a)) a = Grammar.skipForward(tokens, a, hi);
        while (a < hi && !tokens.isWord(a) && tokens.first(a) != '"') a++;
        // ("In the opinion of the court, delivered by Justice X, the eviction was lawful": a participle's aside on the holder)
        if (opinion(cue) && a < hi && tokens.isWord(a) && !tokens.isCapitalized(a) && (tokens.lower(a).endsWith("ed") || tokens.lower(a).endsWith("ing"))) {
          int comma = a + 1;
          while (comma < hi && comma < a + 10 && !tokens.text(comma).equals(",")) comma++;
          if (comma + 1 < hi && tokens.text(comma).equals(",")) a = comma + 1;
        }
        if (a >= hi) continue;
        if (!c.emit(k, p, tokens.start(a), end, m, cue, RuleNames.ACCORDING_TO, i)) continue;
        // "According to Mediazona, Lukin told the court that ...": the clause's own speaker is reported too (nested)
        if (c.speakerOpens(a, hi)) c.recorder.nested(k, p, a, hi, c.recorder.latest());
        return true;
      }
      // "according to Rosstat, the state statistics agency.": an appositive to the end, perhaps with an age after it
      // ("according to the restaurant's manager, Chloe Brennan, 29.")
      if (m.appositive != null && m.appositive.end > m.end) {
        boolean toEnd = true;
        int x0 = tokens.indexFrom(m.appositive.end);
        if (x0 + 1 < hi && tokens.text(x0).equals(",") && tokens.isDigits(x0 + 1, 3)) x0 += 2;
        for (int x = x0; x < hi; x++) if (tokens.isWord(x)) { toEnd = false; break; }
        if (toEnd) after = hi;
      }
      // "according to the Syrian Civil Defence, also known as the White Helmets.": another name of the source to the end
      if (knownAs(c, after, hi)) after = hi;
      // "according to X." or "according to X from the ministry." or "according to NHS figures seen by the Mail."
      int rest = 0;
      boolean clause = false;
      boolean verb = false;
      for (int j = after; j < hi; j++) {
        if (tokens.isWord(j)) rest++;
        if (c.w.aux.contains(tokens.lower(j))) verb = true;
        if ((tokens.text(j).equals(",") && j > after) || tokens.lower(j).equals("that") || tokens.first(j) == '"' || c.cueStarts(j, hi)) clause = true;
      }
      // "according to the United Nations, in the largest exodus of the war.": a comma, then a phrase with no verb
      int pp = after < hi && tokens.text(after).equals(",") ? after + 1 : after;
      // "CLAUSE, according to monitoring groups, and several governments still advise ...", "..., as Ankara lines up ...":
      // a second clause of the outlet's
      // ("as" also opens a phrase: only before a subject, a name or a determined phrase, or a finite clause)
      // ("as residents described ...": a clause after "as" unless its words make a phrase: "as early as", "as part of")
      boolean joined = pp > after && pp + 1 < hi && (tokens.lower(pp).equals("and") || c.w.clauseJoins.contains(tokens.lower(pp))
          || tokens.lower(pp).equals("as") && (c.finiteClause(pp + 1, hi) || c.namedOrDetermined(pp + 1, hi)
              || tokens.isWord(pp + 1) && !c.w.asPhrases.contains(tokens.lower(pp + 1))));
      // "CLAUSE, according to a readout from the presidency, which also said CLAUSE2": the source's relative clause
      // says something itself, a second statement of the same source
      int[] says = speakingRelative(c, after, hi);
      boolean atEnd = rest == 0 || (rest <= 6 && pp < hi && c.w.prepositions.contains(tokens.lower(pp)))
          || (!clause && !verb && pp == after && rest <= 12) || joined || says != null;
      if (!atEnd) continue;
      int b = i;
      while (b > lo && !tokens.isWord(b - 1) && tokens.first(b - 1) != '"' && tokens.first(b - 1) != ')') b--;
      if (b <= lo) continue;
      if (c.emit(k, p, tokens.start(lo), tokens.end(b - 1), m, cue, RuleNames.CLAUSE_ACCORDING_TO, i)) {
        c.recorder.nested(k, p, lo, b, c.recorder.latest());
        if (says != null) {
          c.emitChain(k, p, says[1], hi, end, m, c.cues.at(tokens, says[0], hi), RuleNames.COORDINATED_CUE, says[0]);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens from {@code a} read ", (also / formerly / better) known as" and words to {@code hi}: another name of
   * the source before the sentence ends, with no comma, "that", quotation mark, cue or auxiliary of a clause of its own
   * ("..., known as the White Helmets and Russia has said ..." is no name).
   */
  private static boolean knownAs(ReportedClauses c, int a, int hi) {
    var tokens = c.tokens;
    if (a + 3 >= hi || !tokens.text(a).equals(",")) return false;
    int x = a + 1;
    String w = tokens.lower(x);
    if (w.equals("also") || w.equals("formerly") || w.equals("better")) x++;
    if (x + 2 >= hi || !tokens.lower(x).equals("known") || !tokens.lower(x + 1).equals("as") || !tokens.isWord(x + 2)) return false;
    for (int y = x + 2; y < hi; y++) {
      if (tokens.text(y).equals(",") || tokens.lower(y).equals("that") || tokens.first(y) == '"' || c.cueStarts(y, hi)
          || c.w.aux.contains(tokens.lower(y))) return false;
    }
    return true;
  }

  /**
   * A relative clause on the source that reports something itself, right after it at token {@code a}: a comma,
   * "which" or "who", adverbs ("also"), then a speech or "that" cue with content (", which also said the passage
   * served ...", ", who added that ..."); the cue's token and its content's start, or null.
   */
  private static int[] speakingRelative(ReportedClauses c, int a, int hi) {
    var tokens = c.tokens;
    if (a + 2 >= hi || !tokens.text(a).equals(",")) return null;
    if (!c.w.sourceRelatives.contains(tokens.lower(a + 1))) return null;
    int y = Grammar.skipForward(tokens, a + 2, hi);
    CueLexicon.Cue cue = y < hi ? c.cues.at(tokens, y, hi) : null;
    if (cue == null || !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT))) return null;
    int content = c.contentStart(cue, y, hi);
    return content < 0 ? null : new int[] {y, content};
  }

  /**
   * Whether the words after the cue name a plan or a rule that is followed, not a source: a lower-case
   * head of the {@code norm-words} list within four words ("according to schedule", "according to the
   * agreed timetable", "according to a clear plan"). A document with its author is still a source
   * ("according to a plan drawn up by the ministry", "plans seen by Reuters").
   */
  private static boolean followsNorm(ReportedClauses c, int a, int hi) {
    var tokens = c.tokens;
    for (int x = a; x < hi && x < a + 4; x++) {
      if (!tokens.isWord(x) || tokens.isCapitalized(x)) return false;
      String w = tokens.lower(x);
      if (c.w.normWords.contains(w)) {
        for (int y = x + 1; y < hi && y <= x + 3; y++) if (tokens.lower(y).equals("by")) return false;
        return true;
      }
      if (c.w.prepositions.contains(w)) return false;
    }
    return false;
  }

  /** Whether tokens {@code a..b} read as a clause rather than an appositive: a verb of being or a cue among them. */
  private static boolean clauseLike(ReportedClauses c, int a, int b) {
    for (int x = a; x < b; x++) {
      if (c.w.aux.contains(c.tokens.lower(x)) || c.cueStarts(x, b)) return true;
    }
    return false;
  }

  /**
   * The source of "According to ..., clause" when it is no plain speaker phrase: "data compiled by the
   * Human Rights Association," (the body after "by"), "a spreadsheet dated January 2023," (the phrase up
   * to its comma); null when a verb, "that" or a cue comes first.
   */
  private static Mention sourceBy(ReportedClauses c, int a, int hi) {
    var tokens = c.tokens;
    for (int x = a; x < hi && x < a + 10; x++) {
      if (tokens.text(x).equals(",")) return x > a ? c.parser.describe(tokens, a, x, c.text) : null; // "a spreadsheet dated January 2023,"
      if (!tokens.isWord(x) || c.w.aux.contains(tokens.lower(x)) || tokens.lower(x).equals("that") || c.cueStarts(x, hi)) return null;
      if (!tokens.lower(x).equals("by") || x == a) continue;
      Mention m = c.parser.forward(tokens, x + 1, hi, c.text);
      if (m == null) return null;
      int e = Grammar.after(tokens, m);
      return e < hi && tokens.text(e).equals(",") ? m : null;
    }
    return null;
  }

  /**
   * The author after a document's verb of issuing (data/descriptors.tsv) and "by", within eight words from token {@code a}
   * and ending at a comma: "published last month by the research company Kuzey Arastirma,"; null otherwise ("seen by
   * Reuters" names no author).
   */
  private static Mention issuedBy(ReportedClauses c, int a, int hi) {
    var tokens = c.tokens;
    boolean issued = false;
    for (int x = a; x < hi && x < a + 8; x++) {
      if (!tokens.isWord(x) || c.w.aux.contains(tokens.lower(x)) || tokens.lower(x).equals("that")) return null;
      if (c.descriptors.isIssuing(tokens.lower(x))) issued = true;
      if (!issued || !tokens.lower(x).equals("by")) continue;
      Mention m = c.parser.forward(tokens, x + 1, hi, c.text);
      if (m == null || m.kind == Mention.Kind.PRONOUN) return null;
      int e = Grammar.after(tokens, m);
      return e < hi && tokens.text(e).equals(",") ? m : null;
    }
    return null;
  }

  /** The whole phrase from token {@code a} to the sentence end as a source, when it is no clause ("figures published by ..."). */
  private static Mention looseSource(ReportedClauses c, int a, int hi) {
    var tokens = c.tokens;
    int b = hi;
    while (b > a && !tokens.isWord(b - 1)) b--;
    if (b <= a || b - a > 12) return null;
    for (int x = a; x < b; x++) {
      if (!tokens.isWord(x) || tokens.lower(x).equals("that") || c.cueStarts(x, hi) || c.w.aux.contains(tokens.lower(x))) return null;
    }
    // "figures presented at the meeting by Trade Minister Leyla Sahin", "data published on Monday by the central bank": the
    // author, after a verb of issuing (data/descriptors.tsv); "a draft seen by Reuters" stays the draft
    boolean issued = false;
    for (int x = a + 1; x < b - 1; x++) {
      if (c.descriptors.isIssuing(tokens.lower(x))) issued = true;
      if (!issued || !tokens.lower(x).equals("by")) continue;
      Mention m = c.parser.forward(tokens, x + 1, b, c.text);
      if (m != null && m.kind != Mention.Kind.PRONOUN && Grammar.after(tokens, m) == b) return m;
      break;
    }
    return c.parser.describe(tokens, a, b, c.text);
  }
}
