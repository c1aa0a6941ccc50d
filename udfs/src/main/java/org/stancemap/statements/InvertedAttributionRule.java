package org.stancemap.statements;

import java.util.List;
import java.util.Locale;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.sieves.Grammar;

/**
 * {@code clause-subject-cue}: the attribution after the reported clause - "Turkey will not withdraw,
 * President Erdogan said on Tuesday" / "The ceasefire is fragile, said the envoy." / "..., Putin told
 * reporters on Friday after talks with ..." - or inside it, as a parenthetical ("The figures, he argued,
 * did not reflect ..."). The earliest comma followed by such an attribution (and then the sentence end,
 * a comma within a few words, or an adjunct to the end) wins. After it, ", but CLAUSE2" is the same
 * speaker's ({@code clause-after-attribution}), as is a participle cue (", adding that ...":
 * {@code participle-after-attribution}); an attribution inside the clause ("Erdogan said ..., the
 * Kremlin said") is reported too.
 */
final class InvertedAttributionRule implements ReportedSpeechRule {

  @Override
  public List<String> names() {
    return List.of(RuleNames.CLAUSE_SUBJECT_CUE, RuleNames.CLAUSE_AFTER_ATTRIBUTION, RuleNames.PARTICIPLE_AFTER_ATTRIBUTION);
  }

  /**
   * Whether the words [lo, comma) are a phrase that opens the sentence and a relative clause after it that runs to the
   * comma: "Helen Marsh, who heads the unit".
   */
  static boolean relativeSubject(ReportedClauses c, int lo, int comma) {
    Mention s = c.parser.forward(c.tokens, lo, comma, c.text);
    if (s == null || c.tokens.indexFrom(s.start) != lo || s.kind == Mention.Kind.PRONOUN) return false;
    int a = Grammar.after(c.tokens, s);
    if (!(a + 2 < comma && c.tokens.text(a).equals(",") && (c.tokens.lower(a + 1).equals("who") || c.tokens.lower(a + 1).equals("which")))) {
      return false;
    }
    // the relative clause runs to the comma before the cue ("Qatar, which pays ..., is watching, X said" has a verb after it)
    for (int x = a + 2; x < comma; x++) if (c.tokens.text(x).equals(",")) return false;
    return true;
  }

  @Override
  public boolean report(ReportedClauses c, int k, int p, int lo, int hi, int end) {
    var tokens = c.tokens;
    var w = c.w;
    for (int comma = lo + 1; comma < hi && comma < lo + 400; comma++) {
      if (!tokens.text(comma).equals(",")) continue;
      // 'The talks were "constructive," the minister said.': a quoted fragment that ends the clause keeps its
      // comma inside the closing mark; the attribution follows the mark
      boolean quoteEnds = c.inQuote(comma) && comma + 2 < hi && !c.inQuote(comma + 1) && QUOTE_MARKS.indexOf(tokens.first(comma + 1)) >= 0;
      if (c.inQuote(comma) && !quoteEnds) continue;
      boolean shortHead = comma < lo + 3; // "But, he admitted, ...": only a parenthetical attribution
      int i = quoteEnds ? comma + 2 : comma + 1;
      Mention m = null;
      // ", informed sources told ...": a participle that describes the speaker is no cue
      CueLexicon.Cue cue = c.parser.describesHead(tokens, i, hi) ? null : Grammar.speechCue(c.cues, tokens, i, hi);
      int after;
      boolean cueFirst = cue != null;
      if (cue != null) {
        // ", told Israeli radio that ...": after "told" comes the listener, never an inverted speaker; after a cue with
        // a content rule of its own (", urged families not to ...") comes its object
        if (w.listenerCues.contains(cue.text) || cue.reports()) continue;
        // "Commander Helen Marsh, who heads the unit, said the men ...": the sentence's subject and its relative clause
        // before the cue, whose content follows it; no inversion
        if (relativeSubject(c, lo, comma)) continue;
        int f = Grammar.skipForward(tokens, i + cue.length, hi);
        m = c.parser.forward(tokens, f, hi, c.text);
        if (m == null && cue.role.equals(CueLexicon.SPEECH)) m = c.looseAtEnd(f, hi); // ", said the authors."
        if (m == null) continue;
        after = Grammar.after(tokens, m);
        if (after < hi && tokens.lower(after).equals("that")) continue; // a reported clause follows: no inversion
        after = c.sourceRelativeEnd(after, hi); // ", said a trader who asked not to be identified."
        if (m.kind == Mention.Kind.NAME && m.conjuncts.isEmpty()) after = pastBody(c, m, after, hi); // ", said John Smith of the Brookings Institution.
      } else {
        m = c.parser.forward(tokens, i, hi, c.text);
        int ma = m == null ? -1 : Grammar.after(tokens, m);
        // ", Ibrahim Kalin, the presidential spokesman, told ...": past the appositive and its comma
        if (m != null && m.appositive != null && m.appositive.end > m.end) {
          int ae = tokens.indexFrom(m.appositive.end);
          if (ae < hi && tokens.text(ae).equals(",")) ma = ae + 1;
        }
        if (m != null) {
          // ", Jari Koskinen of Finland's National Bureau of Investigation told reporters": a person of a body speaks
          Mention person = personOfBody(c, m, i, ma);
          if (person != null) m = person;
          else if (m.kind == Mention.Kind.NAME && m.conjuncts.isEmpty()) {
            int link = ma;
            ma = pastBody(c, m, ma, hi);
            // ", the Russian Embassy in Ankara said": a body keeps its place of one word, as Grammar.nameBeforePlace
            if (ma == link + 2 && link < hi && tokens.lower(link).equals("in")) {
              Mention place = c.parser.forward(tokens, link + 1, link + 2, c.text);
              if (place != null) m = c.parser.bodyInPlace(m, place, c.text);
            }
          }
        }
        // ", the State Emergency Service (SES) said": past the body's short form
        int pastShort = m != null ? Grammar.pastShortForm(tokens, ma, hi) : ma; // no phrase: ma is no token
        if (pastShort > ma) {
          ma = pastShort;
          // ", Ministry of National Defense (MSB) sources said": the body's people speak
          if (ma < hi && tokens.isWord(ma) && !MentionParser.capitalized(tokens, ma) && c.descriptors.head(tokens.lower(ma)) != null) {
            Mention people = c.parser.backward(tokens, i, ma, c.text);
            if (people != null && people.start == m.start) {
              m = people;
              ma++;
            }
          }
        }
        if (m != null) ma = c.relativeBeforeCue(ma, hi); // ", two traders who asked not to be identified said."
        int j = m == null ? -1 : Grammar.skipForward(tokens, ma, hi);
        cue = j < 0 ? null : Grammar.speechCue(c.cues, tokens, j, hi);
        // ", Turkey's coast guard said", ", the authors found": a head no list has, right before the cue
        for (int b = i + 2; cue == null && b <= i + 4 && b < hi; b++) {
          Mention l = c.parser.loose(tokens, i, b, c.text);
          if (l == null) continue;
          j = b;
          cue = Grammar.speechCue(c.cues, tokens, j, hi);
          if (cue != null) m = l;
        }
        if (cue == null) continue;
        after = j + cue.length;
      }
      // ", a senior official told AFP that ...": a reported clause follows the listener, no inversion
      if (w.tell.contains(cue.text) && c.thatSoon(after, hi)) continue;
      // ", Miller told reporters at the daily briefing on Tuesday, but ...": the listener, then the adjunct
      if (w.tell.contains(cue.text) && after < hi && tokens.isWord(after)) {
        Mention listener = c.parser.forward(tokens, after, hi, c.text);
        // "..., warns Israel against retaliation": after a cue-first inversion's name comes no listener, time or
        // adjunct, so the name is the one warned, not an inverted speaker
        String la0 = tokens.lower(after);
        if (cueFirst && listener == null && !w.ppStart.contains(la0) && !w.time.contains(la0) && !w.adjunctStart.contains(la0)) continue;
        int la = listener != null ? Grammar.after(tokens, listener) : after + 1;
        if (la < hi && w.adjunctStart.contains(tokens.lower(la))) after = la;
      }
      // the attribution ends the sentence or is followed by a comma within a few words ("on Tuesday"),
      // or by an adjunct to the end ("said following talks in the Kremlin on Thursday", "said on Wednesday at the opening of ...")
      int x = after, words = 0;
      while (x < hi && !tokens.text(x).equals(",") && words <= 6) { if (tokens.isWord(x)) words++; x++; }
      boolean endsHere = x >= hi || (x < hi && tokens.text(x).equals(","));
      if ((!endsHere || words > 6) && after < hi && w.adjunctStart.contains(tokens.lower(after))) {
        int y = after;
        while (y < hi && !tokens.text(y).equals(",") && !tokens.lower(y).equals("that") && tokens.first(y) != '"' && !c.cueStarts(y, hi)) y++;
        if (y >= hi || tokens.text(y).equals(",")) { x = y; endsHere = true; words = 0; }
      }
      if (!endsHere || words > 6) continue;
      // what follows the attribution is a time or place phrase, not a clause of its own
      if (after < hi && tokens.isWord(after) && !w.ppStart.contains(tokens.lower(after)) && !w.time.contains(tokens.lower(after))
          && !w.adjunctStart.contains(tokens.lower(after)) && !w.tell.contains(cue.text)) continue;
      // "..., they added." / "..., it said.": the pronoun must find its speaker (emit drops it otherwise)
      if (m.kind == Mention.Kind.PRONOUN && !w.pronounSpeakers.contains(m.surface.toLowerCase(Locale.ROOT))) continue;
      if (tokens.first(lo) == '"' || tokens.first(lo) == '\'') return false;
      // a parenthetical attribution: "The figures, he argued, did not reflect ...", "But, he admitted, Syria had ..."
      // (", said one of the officials, who has direct knowledge of ...": a relative clause describes the speaker)
      if (x + 1 < hi && tokens.text(x).equals(",") && !tokens.lower(x + 1).equals("but") && !w.sourceRelatives.contains(tokens.lower(x + 1))
          && !c.cueStarts(x + 1, hi) && c.parentheticalRest(x + 1, hi)) {
        boolean before = c.words(tokens.start(lo), tokens.end(comma - 1)) >= 3;
        return c.emit(k, p, before ? tokens.start(lo) : tokens.start(x + 1), end, m, cue, RuleNames.CLAUSE_SUBJECT_CUE, comma);
      }
      if (shortHead) continue;
      // the fragment's closing mark stays with the content it closes
      if (!c.emit(k, p, tokens.start(lo), tokens.end(quoteEnds ? comma + 1 : comma - 1), m, cue, RuleNames.CLAUSE_SUBJECT_CUE, comma)) return false;
      Statement first = c.recorder.latest();
      // nested: "Erdogan said Turkey would respond ..., the Kremlin said": the inner attribution is a statement too
      c.recorder.nested(k, p, lo, quoteEnds ? comma + 2 : comma, first);
      // ", but CLAUSE2": "Ankara would share what it learns, Uraloglu said, but it was too early to assign blame"
      if (x + 2 < hi && tokens.text(x).equals(",") && tokens.lower(x + 1).equals("but") && c.finiteClause(x + 2, hi)) {
        Statement s2 = c.recorder.add(Statement.INDIRECT, tokens.start(x + 2), end, k, p);
        s2.speakerFrom(first);
        s2.cueFrom(first);
        s2.sieve = RuleNames.CLAUSE_AFTER_ATTRIBUTION;
        c.recorder.claimPartials(s2);
        return true;
      }
      // ", as the military said CLAUSE2", ", while rebels said ...": a clause with a speaker of its own after the attribution
      if (x + 3 < hi && tokens.text(x).equals(",")) {
        ReportedClauses.SpeakerClause other = c.nextSpeakerClause(x, hi);
        if (other != null && other.join() == x + 1) {
          c.emitChain(k, p, other.content(), hi, end, other.subject(), other.cue(), RuleNames.SUBJECT_CUE_CLAUSE, other.cueToken());
          return true;
        }
      }
      // ", adding that CLAUSE2", ", warning of ...", ", urging X to ..."
      if (x < hi) {
        Statement s2 = c.participleAfter(x, hi, end, first, k, p, 0);
        if (s2 != null) c.recorder.claimPartials(s2);
      }
      return true;
    }
    return false;
  }

  /** Closing quotation marks, straight and curly. */
  private static final String QUOTE_MARKS = "\"\u201d'\u2019";

  /**
   * The person that opens a name read on into a body ("Detective Superintendent Jari Koskinen of Finland's National Bureau
   * of Investigation": Jari Koskinen), tokens [i, ma); null when the name has no such person before its first "of".
   */
  private static Mention personOfBody(ReportedClauses c, Mention m, int i, int ma) {
    if (m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty()) return null;
    var tokens = c.tokens;
    int of = -1;
    for (int y = i + 1; y < ma && of < 0; y++) if (tokens.lower(y).equals("of")) of = y;
    if (of < 0) return null;
    Mention person = c.parser.backward(tokens, i, of - 1, c.text);
    return person != null && person.kind == Mention.Kind.NAME && person.conjuncts.isEmpty() && person.name != null
        && person.name.contains(" ") && !MentionParser.looksLikeOrganization(person.name) && c.parser.personName(person.name) ? person : null;
  }

  /**
   * The token after a body a name is "of", "at" or "from" (", John Smith of the Brookings Institution said"): past "the" and
   * capitalised words ("Finland's" too); {@code ma} itself when none follows.
   */
  private static int pastBody(ReportedClauses c, Mention m, int ma, int hi) {
    var tokens = c.tokens;
    // a body "in" its place too: ", the Interior Ministry in Ankara said", ", the Defence Ministry in Moscow said"
    if (ma + 1 >= hi) return ma;
    boolean place = tokens.lower(ma).equals("in") && m.name != null && MentionParser.looksLikeOrganization(m.name);
    if (!c.w.bodyLinks.contains(tokens.lower(ma)) && !place) return ma;
    int y = ma + 1;
    if (tokens.lower(y).equals("the")) y++;
    int start = y;
    while (y < hi && y < ma + 12 && (MentionParser.capitalized(tokens, y) || (y > start && (tokens.lower(y).equals("of")
        || tokens.lower(y).equals("and") || tokens.text(y).equals("'s") || tokens.text(y).equals("\u2019s"))))) y++;
    return y > start && MentionParser.capitalized(tokens, y - 1) ? y : ma;
  }
}
