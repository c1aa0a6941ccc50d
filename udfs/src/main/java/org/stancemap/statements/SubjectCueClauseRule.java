package org.stancemap.statements;

import java.util.List;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.Speaker;
import org.stancemap.speakers.sieves.Grammar;
import org.stancemap.speakers.sieves.SentenceSubject;

/**
 * {@code subject-cue-clause}: {@code SUBJ CUE (obj) (that) CLAUSE} - speech cues ("said", "told
 * reporters that"), cues with a content rule of their own ("urged X to", "called for N", "pledged to",
 * "accused X of"; {@link ReportedClauses#contentStart}), and describing verbs with an object and "as"
 * ("described the talks as useful"; {@link ReportedClauses#describedAs}). The first cue, left to right, with a subject
 * and content decides; at a "quoted" cue ("was quoted by Y as saying") {@link QuotedAsSayingRule} is
 * asked instead. A second cue of the same subject in the content ("..., adding that", "... and urged X
 * to ...") reports a second statement ({@link ReportedClauses#emitChain}). A cue right after "and" with
 * no subject of its own takes the sentence's subject ({@link #sharedSubject}; {@code coordinated-cue}). A phrase whose head no list
 * has speaks only with "said"-like cues ("The peace plan calls for ..." reports nothing); "threatened to"
 * reports only after another cue.
 */
final class SubjectCueClauseRule implements ReportedSpeechRule {
  final QuotedAsSayingRule quotedAsSaying;

  SubjectCueClauseRule(QuotedAsSayingRule quotedAsSaying) {
    this.quotedAsSaying = quotedAsSaying;
  }

  @Override
  public List<String> names() {
    return List.of(RuleNames.SUBJECT_CUE_CLAUSE, RuleNames.COORDINATED_CUE, RuleNames.PARTICIPLE_AFTER_ATTRIBUTION);
  }

  @Override
  public boolean report(ReportedClauses c, int k, int p, int lo, int hi, int end) {
    var tokens = c.tokens;
    boolean reported = false;
    for (int i = lo; i < hi; i++) {
      if (c.inQuote(i)) continue;
      CueLexicon.Cue cue = c.cues.at(tokens, i, hi);
      // "described the talks as useful": a describing verb (data/reported-speech-words.tsv) with an object and "as"
      boolean described = c.describing(i, hi);
      if (described) cue = c.cueAt(i, hi);
      if (cue == null) continue;
      if (cue.role.equals(CueLexicon.QUOTED)) {
        if (quotedAsSaying.report(c, k, p, lo, hi, end, i, cue)) return true;
        continue;
      }
      if (!described && !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT) || cue.reports())) continue;
      if (passive(c, lo, i, cue)) { // "The minister was urged by lawmakers to resign": the subject is the addressee
        // "His family had been told by the Foreign Office that ...": the agent after "by" speaks, the clause after "that"
        int by = i + cue.length;
        Mention agent = c.w.tell.contains(cue.text) && by + 1 < hi && tokens.lower(by).equals("by") ? c.parser.forward(tokens, by + 1, hi, c.text) : null;
        int that = agent == null ? -1 : Grammar.after(tokens, agent);
        // (a body or a named source: "he" later still means the one told, not "another doctor")
        boolean body = agent != null && (agent.kind == Mention.Kind.NAME || agent.kind == Mention.Kind.DESCRIPTOR && c.descriptors.bodyHead(agent.head));
        if (body && agent.conjuncts.isEmpty() && that + 1 < hi && tokens.lower(that).equals("that")) {
          int j = c.clauseStart(that + 1, hi, true);
          if (j >= 0 && c.emitChain(k, p, j, hi, end, agent, cue, RuleNames.SUBJECT_CUE_CLAUSE, i)) return true;
        }
        continue;
      }
      if (cue.role.equals(CueLexicon.THREAT)) continue; // "Tensions threatened to ...": only after another cue
      Mention subj = Grammar.speakerOfCue(tokens, c.parser, c.text, lo, i);
      if (subj == null && !described && !cue.role.equals(CueLexicon.OBJECT)) {
        // "Senator Jim Roe, who said he opposed the bill, voted ...", "Jim Roe, a farmer who said he ...": a relative
        // clause that says something, inside the sentence; the sentence's own cue is read after it
        Mention antecedent = relativeAntecedent(c, lo, i);
        int j = antecedent == null ? -1 : c.contentStart(cue, i, hi);
        if (j >= 0 && !unsaid(c, lo, i, j)) {
          int close = j;
          while (close < hi && !(tokens.text(close).equals(",") && !c.inQuote(close))) close++;
          int stop = close < hi ? tokens.start(close) : end;
          if (c.emit(k, p, tokens.start(j), stop, antecedent, cue, RuleNames.SUBJECT_CUE_CLAUSE, i)) {
            reported = true;
            i = close;
            continue;
          }
        }
      }
      String rule = RuleNames.SUBJECT_CUE_CLAUSE;
      if (subj == null) {
        subj = sharedSubject(c, lo, i);
        rule = RuleNames.COORDINATED_CUE;
      }
      if (subj == null) {
        // "Merz emerged from the talks insisting that ...": a participle cue and "that" after the subject's own verb
        subj = participleSubject(c, lo, i, hi);
        rule = RuleNames.SUBJECT_CUE_CLAUSE;
      }
      if (subj == null && andBefore(c, lo, i)) {
        // "X, speaking to reporters in Ankara, called the detention "a coup" and vowed to ...": the clause's opening phrase
        subj = Grammar.openingPastAside(tokens, c.parser, c.text, lo, i);
        rule = RuleNames.COORDINATED_CUE;
      }
      if (subj == null) continue;
      // "The report states that ...": a document's cue, only with a document as its subject, or its author after one ("A
      // reply from the ministry states that"); "member states that opposed the plan" is a noun and a relative clause
      if (c.w.documentCues.contains(tokens.lower(i)) && !(subj.kind == Mention.Kind.DESCRIPTOR && subj.head != null
          && c.descriptors.isDocument(subj.head)) && !c.parser.documentBefore(tokens, lo, tokens.indexFrom(subj.start))) continue;
      // a phrase with an unlisted head speaks only with "said"-like cues: "The peace plan calls for ..." reports nothing
      if (subj.kind == Mention.Kind.DESCRIPTOR && c.descriptors.head(subj.head) == null && c.descriptors.title(subj.head) == null
          && !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT))) continue;
      int j = described ? c.describedAs(i, hi) : c.contentStart(cue, i, hi);
      if (j < 0) continue;
      if (unsaid(c, lo, i, j)) continue;
      int firstEnd = described ? c.descriptionEnd(i, hi, end) : end;
      if (c.emitChain(k, p, j, hi, end, firstEnd, subj, cue, rule, i)) {
        // "Two aides said Mr Bessent had told senators that he was frustrated": the inner speaker is reported too
        // (a quoted fragment stays the outer speaker's, who quotes it: "An official said Washington wanted "measurable steps"")
        // (inside the statement that holds it, not past its end into a second cue's content)
        Statement outer = described ? null : c.recorder.startingAt(tokens.start(j));
        if (outer != null && c.speakerOpens(j, hi)) {
          // (up to a second cue or a clause with a speaker of its own: ", and warned that ...", ", while X said ...")
          int bound = Math.min(hi, tokens.indexFrom(outer.end - 1) + 1);
          int[] split = c.nextCue(j, bound);
          if (split != null) bound = split[0];
          ReportedClauses.SpeakerClause other = c.nextSpeakerClause(j, bound);
          if (other != null) bound = other.join() > j + 1 && tokens.text(other.join() - 1).equals(",") ? other.join() - 1 : other.join();
          c.recorder.nested(k, p, j, bound, outer);
          c.recorder.claimPartials(outer);
        }
        return true;
      }
    }
    return reported;
  }

  /** Whether "and" stands right before the cue at token {@code i}, past adverbs ("and vowed", "and also said"). */
  private static boolean andBefore(ReportedClauses c, int lo, int i) {
    int b = i - 1;
    while (b > lo && Grammar.skippable(c.tokens, b)) b--;
    return b > lo && c.tokens.lower(b).equals("and");
  }

  /** Whether the entity table has {@code name} as a body or a state (not a person). */
  private static boolean bodyEntry(String name) {
    var e = org.stancemap.speakers.SpeakerTable.load().find(name);
    return e != null && !Speaker.PERSON.equals(e.type);
  }

  /**
   * The phrase a relative "who" before the cue at token {@code i} refers to, when the relative clause stands inside
   * the sentence: "Senator Jim Roe, who said", "Jim Roe, a farmer from Iowa who said", "met Aisha Rahman, a
   * 39-year-old attorney who announced" (the person, not the appositive's description); "which" after a body or a state
   * ("Turkey, which has said"); a short phrase of time may stand between ("who for years argued"). The leftmost speaker
   * phrase that ends right before "who" (or its comma), or whose appositive does, within twelve tokens; null
   * when there is none or "who" does not come right before the cue (past adverbs).
   */
  static Mention relativeAntecedent(ReportedClauses c, int lo, int i) {
    var t = c.tokens;
    int r = i - 1;
    while (r >= lo && Grammar.skippable(t, r)) r--;
    // "Erdogan, who for years argued that": a short phrase of time between the relative and the cue
    for (int q = r; q >= lo + 1 && q >= r - 2; q--) {
      if (!t.isWord(q) || t.isCapitalized(q)) break;
      if (q < r && c.w.relativeTimePrepositions.contains(t.lower(q))) {
        int x = q - 1;
        while (x >= lo && Grammar.skippable(t, x)) x--;
        if (x >= lo && (t.lower(x).equals("who") || t.lower(x).equals("which"))) r = x;
        break;
      }
    }
    // "Turkey, which has said it will ...": "which" after a body's or a state's name
    boolean which = r - 1 >= lo && t.lower(r).equals("which") && t.text(r - 1).equals(",");
    if (r - 1 < lo || !(t.lower(r).equals("who") || which)) return null;
    boolean comma = t.text(r - 1).equals(",");
    int e = comma ? r - 1 : r; // the phrase ends before this token
    for (int x = Math.max(lo, e - 12); x < e; x++) {
      if (!t.isWord(x) || x > lo && t.isCapitalized(x - 1) && t.isWord(x - 1)) continue; // not inside a name
      Mention m = c.parser.forward(t, x, e, c.text);
      if (m == null || !m.conjuncts.isEmpty() || m.kind == Mention.Kind.PRONOUN) continue;
      int after = Grammar.after(t, m);
      boolean apposed = m.appositive != null && t.indexFrom(m.appositive.end) == e;
      if (after != e && !apposed) continue;
      // "Voters who said the economy was their issue favored ...": a restrictive clause on a clause's subject runs
      // into its verb; one on an object ("objections from residents who say the scheme will ...", "interviewed families
      // who said ...") or inside an appositive (", a pharmacist from Dearborn who said ...") does not
      int s0 = t.indexFrom(m.start);
      String before = s0 - 1 >= lo ? t.lower(s0 - 1) : "";
      boolean object = s0 - 1 >= lo && t.isWord(s0 - 1) && !t.isCapitalized(s0 - 1) && !before.equals("and") && !before.equals("or")
          && !before.equals("that") && !c.w.clauseJoins.contains(before);
      boolean inAppositive = s0 - 1 >= lo && t.text(s0 - 1).equals(",") && c.w.articles.contains(t.lower(s0));
      if (after == e && !comma && !object && !inAppositive) continue;
      if (m.kind == Mention.Kind.DESCRIPTOR && c.descriptors.head(m.head) == null && c.descriptors.title(m.head) == null) continue;
      // ("which" after a body or a state only: "The Good Friday Agreement, which says ..." is no speaker)
      if (which && !(m.kind == Mention.Kind.NAME && m.name != null && (MentionParser.looksLikeOrganization(m.name)
              || c.descriptors.affiliation(m.name) != null || bodyEntry(m.name))
          || m.kind == Mention.Kind.DESCRIPTOR && c.descriptors.bodyHead(m.head))) continue;
      return m;
    }
    return null;
  }

  /**
   * Whether the cue at token {@code i} says that something was not said: a negation before it ("has not said", "did
   * not say", "would never say") or "declined/refused to" ("declined to say"), and a question word opening its content
   * at {@code j} ("whether the president would sign"): nobody's claim.
   */
  static boolean unsaid(ReportedClauses c, int lo, int i, int j) {
    var t = c.tokens;
    if (j >= t.size() || !c.w.questionWords.contains(t.lower(j))) return false;
    int x = i - 1;
    if (x - 1 >= lo && t.lower(x).equals("to") && c.w.refusals.contains(t.lower(x - 1))) return true;
    for (; x >= lo && x >= i - 4; x--) {
      String w = t.lower(x);
      if (w.equals("not") || w.equals("never") || w.equals("n't") || w.endsWith("n't")) return true;
      if (!Grammar.skippable(t, x)) break;
    }
    return false;
  }

  /**
   * A passive cue whose subject is the one spoken to: an auxiliary of the passive ("was", "were", "been", ...)
   * right before a listener cue or one whose object is its addressee ("ministers were told that", "was urged by
   * lawmakers to", "were accused of"). "It was stated that", "It was underlined that" stay: their subject is no
   * addressee, and the pronoun finds the body. "accused of" with no object between is a passive too.
   */
  static boolean passive(ReportedClauses c, int lo, int i, CueLexicon.Cue cue) {
    if (cue.text.endsWith("ing")) return false; // "was saying" is active
    // "A businessman accused of routing chips to Russia pleaded guilty": "accused of" with no object is a passive
    int after = i + cue.length;
    if (cue.role.equals(CueLexicon.ACCUSE) && after < c.tokens.size() && c.tokens.lower(after).equals("of")) return true;
    if (!c.w.tell.contains(cue.text) && !cue.role.equals(CueLexicon.URGE) && !cue.role.equals(CueLexicon.ACCUSE)) return false;
    int a = i - 1;
    while (a >= lo && a >= i - 3 && Grammar.skippable(c.tokens, a) && !c.w.passive.contains(c.tokens.lower(a))) a--;
    return a >= lo && a >= i - 3 && c.w.passive.contains(c.tokens.lower(a));
  }

  /**
   * "Peru's Foreign Ministry, in a statement, summoned the envoy and said ...", "In a statement, it blamed the
   * delay on X, and said ...": a cue right after "and"/"but" with no subject of its own shares the sentence's
   * subject, the phrase that opens the sentence (after at most one adverbial phrase and its comma) and is
   * followed, past at most two asides between commas (the second may be a relative clause: "Oksana Lytvyn, who
   * watched ..., thanked MPs and said"), by a verb of its own; null otherwise.
   */
  static Mention sharedSubject(ReportedClauses c, int lo, int i) {
    var t = c.tokens;
    if (i - 2 < lo || !(t.lower(i - 1).equals("and") || t.lower(i - 1).equals("but"))) return null;
    return openingSubject(c, lo, i);
  }

  /**
   * "Merz emerged from overnight talks on Thursday insisting that ...", "She left the court saying that ...": a
   * cue in -ing right before "that", with no comma, after a clause whose subject opens the sentence (as
   * {@link #sharedSubject} finds it); null otherwise.
   */
  static Mention participleSubject(ReportedClauses c, int lo, int i, int hi) {
    var t = c.tokens;
    if (i - 2 < lo || i + 1 >= hi || !t.lower(i).endsWith("ing") || !t.lower(i + 1).equals("that") || !t.isWord(i - 1)) return null;
    if (t.lower(i - 1).equals("as")) return null; // "quoted him as saying that": quoted-as-saying's
    return openingSubject(c, lo, i);
  }

  /** The phrase that opens the sentence and has a verb of its own before token {@code i} (see {@link #sharedSubject}). */
  private static Mention openingSubject(ReportedClauses c, int lo, int i) {
    var t = c.tokens;
    int s = lo;
    if (SentenceSubject.opensWithAdverbial(t, lo, i)) {
      int x = lo + 1;
      while (x < i && x <= lo + 10 && !t.text(x).equals(",")) x++;
      if (x >= i || !t.text(x).equals(",")) return null;
      s = x + 1;
    }
    Mention m = c.parser.forward(t, s, i, c.text);
    if (m == null || !m.conjuncts.isEmpty()) return null;
    int e = Grammar.after(t, m);
    e = Grammar.pastParenthesis(t, e, i, 8); // "Sen. Roger Kimball (R-Miss.), a member of ...,": past the party and state
    // asides: ", in a statement last month,"; "Ukraine's deputy foreign minister, Oksana Lytvyn, who watched the debate from
    // the public gallery, thanked MPs and said": a name, then a relative clause
    for (int asides = 0; asides < 2 && e < i && (t.text(e).equals(",") || asides > 0 && Grammar.relative(t.lower(e))); asides++) {
      int from = t.text(e).equals(",") ? e + 1 : e;
      int y = from;
      int reach = from < i && Grammar.relative(t.lower(from)) ? 20 : 10;
      while (y < i && y <= from + reach && !t.text(y).equals(",")) y++;
      if (y >= i || !t.text(y).equals(",")) return null;
      e = y + 1;
    }
    String verb = e < i ? t.lower(e) : "";
    // its verb: no function word ("of", "who", ...; SentenceSubject's list) and no determiner ("the", "a", "an")
    if (e >= i - 2 || !t.isWord(e) || t.isCapitalized(e) || SentenceSubject.notVerb(verb) || verb.equals("the")
        || c.w.articles.contains(verb) || c.cueStarts(e, i)) return null;
    for (int x = e + 1; x < i - 1; x++) if (c.inQuote(x) || t.lower(x).equals("and") || t.lower(x).equals("but")) return null;
    return m;
  }
}
