package org.stancemap.statements;

import java.util.BitSet;
import java.util.Set;
import org.stancemap.speakers.Descriptors;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.SpeakerWords;
import org.stancemap.speakers.sieves.Grammar;
import org.stancemap.text.Tokens;

/**
 * The grammar the reported-speech rules share, over the tokens of one article: where a cue's content
 * starts ({@link #contentStart}), whether a clause starts ({@link #clauseStart}), a second cue of the
 * same speaker ({@link #emitChain}), and the small tests the rules read. Statements are recorded
 * through the extraction's {@link Recorder}. One instance per extraction; not thread-safe.
 */
final class ReportedClauses {
  private static final Set<String> POSSESSIVES = SpeakerWords.list("possessives");

  /** How the rules record statements in the extraction they run in. */
  interface Recorder {
    /**
     * Records {@code [a, b)} of sentence {@code k} (paragraph {@code p}) as reported speech of the
     * speaker {@code m} resolves to, when it has {@code minWords} words and the speaker resolves; true if recorded.
     */
    boolean emit(int k, int p, int a, int b, Mention m, CueLexicon.Cue cue, String rule, int cueToken, int minWords);

    /** Records {@code [a, b)} as a statement of {@code kind} with no speaker yet. */
    Statement add(String kind, int a, int b, int k, int p);

    /** The statement recorded last. */
    Statement latest();

    /** The reported statement recorded last whose text starts at character {@code start} (one of a chain's), or null. */
    default Statement startingAt(int start) {
      Statement s = latest();
      return s.start == start ? s : null;
    }

    /** Quoted fragments inside {@code s} belong to its speaker. */
    void claimPartials(Statement s);

    /**
     * An attribution inside a statement already attributed ({@code outer}, tokens [lo, hiExclusive)):
     * the inner speaker's clause is a statement too, and the outer source stays the latest speaker.
     */
    void nested(int k, int p, int lo, int hiExclusive, Statement outer);
  }

  final Tokens tokens;
  /** The article's text (speaker phrases are read from it). */
  final String text;
  /** The text as the tokens were made from ({@code TextView}): same offsets, normalised marks. */
  final String view;
  final CueLexicon cues;
  final MentionParser parser;
  final Descriptors descriptors;
  final ReportedSpeechWords w;
  final Recorder recorder;
  private final BitSet inQuote;

  ReportedClauses(Tokens tokens, String text, String view, BitSet inQuote, CueLexicon cues, MentionParser parser, Descriptors descriptors,
      ReportedSpeechWords words, Recorder recorder) {
    this.tokens = tokens;
    this.text = text;
    this.view = view;
    this.inQuote = inQuote;
    this.cues = cues;
    this.parser = parser;
    this.descriptors = descriptors;
    this.w = words;
    this.recorder = recorder;
  }

  /** Whether token {@code i} stands inside a quotation. */
  boolean inQuote(int i) {
    return inQuote.get(tokens.start(i));
  }

  /** {@link Recorder#emit} with the usual minimum of three words. */
  boolean emit(int k, int p, int a, int b, Mention m, CueLexicon.Cue cue, String rule, int cueToken) {
    return recorder.emit(k, p, a, b, m, cue, rule, cueToken, 3);
  }

  /**
   * A duration opens at token {@code i}: a time noun in the plural ("months"), or one after a number or a quantity word
   * ("two years", "several weeks", "a month"), perhaps after "the past"/"the last" ("the past year"). "time" is no
   * duration's noun here ("for more time to ...").
   */
  private boolean duration(int i, int hi) {
    if (i >= hi) return false;
    if (durationNoun(tokens.lower(i), true)) return true;
    if (i + 1 < hi && tokens.lower(i).equals("the") && (tokens.lower(i + 1).equals("past") || tokens.lower(i + 1).equals("last"))) {
      return i + 2 < hi && durationNoun(tokens.lower(i + 2), false);
    }
    String q = tokens.lower(i);
    boolean quantity = Character.isDigit(q.charAt(0)) || w.durationQuantities.contains(q);
    return quantity && i + 1 < hi && durationNoun(tokens.lower(i + 1), false);
  }

  /** A time noun other than "time" (in the plural only when {@code pluralOnly}): "months", "weeks", "year". */
  private boolean durationNoun(String l, boolean pluralOnly) {
    String singular = l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
    if (singular.equals("time") || !w.timeNouns.contains(singular)) return false;
    return !pluralOnly || l.endsWith("s");
  }

  /** Token {@code x} opens or closes "as well as": "urged Russia as well as Ukraine to ...". */
  private boolean asWellAs(int x, int hi) {
    boolean opens = x + 2 < hi && tokens.lower(x + 1).equals("well") && tokens.lower(x + 2).equals("as");
    boolean closes = x - 2 >= 0 && tokens.lower(x - 1).equals("well") && tokens.lower(x - 2).equals("as");
    return tokens.lower(x).equals("as") && (opens || closes);
  }

  /**
   * Where the reported content of the cue at token {@code i} starts (a token index), or -1 when the
   * cue reports nothing here ("denied the claims" is content, "urged restraint" is not, "said on
   * Tuesday" alone is not).
   */
  int contentStart(CueLexicon.Cue cue, int i, int hi) {
    // a cue whose last word is "that" ("estimated that"): the clause opens right after it, whatever its first word ("up to
    // 17% ...", "nearly half ...")
    boolean thatCue = cue.length > 1 && tokens.lower(i + cue.length - 1).equals("that");
    int j = thatCue ? i + cue.length : Grammar.skipForward(tokens, i + cue.length, hi);
    // "announced last month that": the skipped "last" opens a time phrase, and its noun is skipped with it
    if (j > i + cue.length && j + 1 < hi && w.timeNouns.contains(tokens.lower(j)) && w.timeOpeners.contains(tokens.lower(j - 1))) j++;
    // "has said again and again that", "said time and again that": a repetition, then the content
    if (j + 2 < hi && tokens.lower(j).equals("and") && j > i + cue.length && tokens.lower(j + 1).equals(tokens.lower(j - 1))) j += 2;
    else if (j + 3 < hi && tokens.lower(j).equals("time") && tokens.lower(j + 1).equals("and") && tokens.lower(j + 2).equals("again")) j += 3;
    if (j >= hi) return -1;
    j = pastAside(j, hi); // "stressed, during a phone call with the UN envoy, that"
    switch (cue.role) {
      case CueLexicon.URGE:
      case CueLexicon.ACCUSE: {
        if (tokens.lower(j).equals("that")) return clauseStart(j + 1, hi, true);
        String marker = cue.role.equals(CueLexicon.URGE) ? "to" : "of";
        if (!tokens.isWord(j) && tokens.first(j) != '"' && tokens.first(j) != '\'') return -1;
        for (int x = j + 1; x < hi && x <= j + 12; x++) {
          // "accuse the defendant, 47-year-old Ammar H., of torturing ...": an appositive between commas, then the marker
          if (tokens.text(x).equals(",")) {
            int y = x + 1;
            while (y < hi && y <= x + 8 && !tokens.text(y).equals(",")
                && (".;:".indexOf(tokens.first(y)) < 0 || tokens.text(y).equals(".") && tokens.text(y - 1).length() == 1)) y++; // "H."
            return y + 1 < hi && tokens.text(y).equals(",") && tokens.lower(y + 1).equals(marker) ? j : -1;
          }
          if (!tokens.isWord(x) && ",.;:".indexOf(tokens.first(x)) >= 0) return -1;
          // "presses Turkey for more water as the river falls to record lows": the object ended before any "to"
          // ("urged countries such as Turkey to ...": "such as" is inside it)
          // (nor "urging Washington for months to do more": "for" and a duration; nor "as well as")
          if (marker.equals("to") && w.urgeObjectStop.contains(tokens.lower(x)) && !tokens.lower(x - 1).equals("such")
              && !(tokens.lower(x).equals("for") && duration(x + 1, hi)) && !asWellAs(x, hi)) return -1;
          // "urged Moscow to return": a verb after "to" ("urged all parties to the conflict to ...": the later "to";
          // "pressed the offensive to the outskirts" is no urging)
          if (tokens.lower(x).equals(marker) && marker.equals("to") && !toVerb(x + 1, hi)) continue;
          // "advises people seeking to avoid military service": the "to" of a participle inside the object
          if (tokens.lower(x).equals(marker) && marker.equals("to") && w.infinitiveParticiples.contains(tokens.lower(x - 1))) continue;
          if (tokens.lower(x).equals(marker)) return j;
        }
        return -1;
      }
      case CueLexicon.OBJECT: {
        if (tokens.lower(j).equals("that")) return clauseStart(j + 1, hi, true);
        if (!tokens.isWord(j) && tokens.first(j) != '"' && tokens.first(j) != '\'') return -1;
        // "demanded her acquittal": "her" before a noun is a possessive, not the object pronoun of "denied her"
        boolean possessiveHer = tokens.lower(j).equals("her") && j + 1 < hi && !w.doubleObject.contains(cue.text) && tokens.isWord(j + 1) && !tokens.isCapitalized(j + 1)
            && !w.objectStop.contains(tokens.lower(j + 1)) && !w.ppStart.contains(tokens.lower(j + 1)) && !w.aux.contains(tokens.lower(j + 1));
        if (tokens.isWord(j) && w.objectStop.contains(tokens.lower(j)) && !possessiveHer) {
          if (w.ppStart.contains(tokens.lower(j))) break; // "stressed in a speech last month that ...": as a speech cue
          return -1; // "denied it on Monday", "denied having ...": no object statement
        }
        return j;
      }
      case CueLexicon.COMMIT:
      case CueLexicon.THREAT: {
        if (tokens.lower(j).equals("to") && j + 1 < hi && tokens.isWord(j + 1)) return j;
        if (tokens.lower(j).equals("that")) return clauseStart(j + 1, hi, true);
        // "promised in 2022 that the proceeds would go ...": a short phrase of time or place, then "that"
        if (w.ppStart.contains(tokens.lower(j)) || w.time.contains(tokens.lower(j))) {
          for (int x = j + 1; x < hi && x <= j + 5 && tokens.isWord(x) && !w.aux.contains(tokens.lower(x)); x++) {
            if (tokens.lower(x).equals("that")) return clauseStart(x + 1, hi, true);
          }
        }
        // "promised the party would listen", "pledged the government will cover the costs": a clause without
        // "that", its subject (up to four words) and a modal
        if (cue.role.equals(CueLexicon.COMMIT)) return modalClause(j, hi);
        return -1;
      }
      default:
        break;
    }
    if (w.tell.contains(cue.text)) {
      Mention obj = parser.forward(tokens, j, hi, text);
      // "warned farmers not to approach ...", "told residents to stay indoors": the listener and a to-infinitive, as
      // after an urge cue (the content starts at the listener)
      if (obj != null) {
        int a = Grammar.after(tokens, obj);
        int to = a < hi && tokens.lower(a).equals("not") ? a + 1 : a;
        if (to + 1 < hi && tokens.lower(to).equals("to") && tokens.isWord(to + 1) && !tokens.isCapitalized(to + 1)) return j;
        // "warned Ankara would pay a heavy price": a finite verb right after the name makes it the subject of a
        // clause without "that", not a listener
        if (a < hi && a > j && w.aux.contains(tokens.lower(a)) && !tokens.isCapitalized(a)) return clauseStart(j, hi, false);
        j = a;
        // "told Anadolu Agency (AA) that": past the listener's short form
        j = Grammar.pastShortForm(tokens, j, hi);
      } else if (j < hi && tokens.isWord(j) && !tokens.lower(j).equals("that")) {
        // "told reporters"; "told a court", "told a news conference in Ankara": a determiner and up to three nouns
        int x = j + 1;
        if (MentionParser.DETERMINERS.contains(tokens.lower(j))) {
          // a second determiner opens the reported clause: "told the inquiry the valve had been replaced"
          while (x < hi && x <= j + 3 && tokens.isWord(x) && !tokens.isCapitalized(x) && !tokens.lower(x).equals("that")
              && !w.ppStart.contains(tokens.lower(x)) && !w.time.contains(tokens.lower(x))
              && !MentionParser.DETERMINERS.contains(tokens.lower(x)) && !w.aux.contains(tokens.lower(x))
              && !w.subjectPronouns.contains(tokens.lower(x)) && !tokens.lower(x).equals("there")) x++;
          // "warn the country is far from safe": the noun phrase has a finite verb, so it is the subject of a clause
          // without "that", not the listener ("told the nation it would": a pronoun opens the clause after the listener)
          if (x > j + 1 && x < hi && w.aux.contains(tokens.lower(x))) return clauseStart(j, hi, false);
        }
        j = x;
      }
    }
    j = pastAside(j, hi);
    // "Erdogan said: Turkey will not allow ...", "told reporters: We are ready": speech after a colon without quote marks
    // (a quotation after the colon is the quote rules')
    // (not a speaker's words in the first person, "If I may add: ...", "as I have said: ...", nor a heading, "What the
    // Commission says: ...")
    if (j + 1 < hi && tokens.text(j).equals(":") && (cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT))
        && tokens.isWord(j + 1) && tokens.isCapitalized(j + 1) && !colonSpeechBlocked(i)) return clauseStart(j + 1, hi, true);
    // "that" right here, or after a prepositional phrase ("said in a statement that"), or the cue's own
    boolean that = thatCue;
    if (thatCue) {
      // the clause opens here: "complained that that decision was unfair", "estimated that in the provinces that were hit ..."
    } else if (j < hi && tokens.lower(j).equals("that")) { j++; that = true; }
    else if (j < hi && (w.ppStart.contains(tokens.lower(j)) || w.time.contains(tokens.lower(j)) || w.adverbialStart.contains(tokens.lower(j)))) {
      // "said in an interview with an Arabic-language channel that", "told Reuters a few days later that",
      // "told reporters on Monday before leaving for a tour of Gulf states that" (up to 13 words, no comma or verb)
      boolean article = tokens.lower(j).equals("a");
      for (int x = j + 1; x < hi && x < j + 14; x++) {
        // "told a briefing in Geneva, by video link from Damascus, that": an aside between commas before "that"
        if (tokens.text(x).equals(",") && !article) {
          int t = pastAside(x, hi);
          if (t > x) { j = t + 1; that = true; }
          break;
        }
        if (tokens.text(x).equals(",") || tokens.first(x) == '"' || (w.aux.contains(tokens.lower(x)) && !tokens.isCapitalized(x))) break;
        // "told a briefing later that day that": "that" before a time noun is a determiner
        if (tokens.lower(x).equals("that") && x + 1 < hi && w.timeNouns.contains(tokens.lower(x + 1)) && thatWithin(x + 2, Math.min(hi, x + 5))) continue;
        if (tokens.lower(x).equals("that")) {
          if (!article || tokens.lower(x - 1).equals("later") || tokens.lower(x - 1).equals("ago")) { j = x + 1; that = true; }
          break;
        }
        if (article && x >= j + 4) break; // "a few days later": a short time phrase only
      }
    }
    // "said in a statement he was deeply alarmed": a short phrase, then a clause opening with a subject pronoun
    if (!that && j < hi && w.ppStart.contains(tokens.lower(j))) {
      int pp = j;
      for (int x = j + 1; x < hi && x <= j + 5; x++) {
        if (!tokens.isWord(x)) break;
        if (w.subjectPronouns.contains(tokens.lower(x)) && !w.prepositions.contains(tokens.lower(x - 1)) && finiteClause(x, hi)) { j = x; break; }
      }
      // "told reporters in Moscow the decision was balanced": a place's name after the preposition, then a clause
      // opening with a determiner, a noun or two and its verb ("told a rally in Istanbul the story of a girl who was
      // pulled from the rubble" tells a story)
      int x = pp + 1;
      while (x < hi && x <= pp + 3 && tokens.isWord(x) && tokens.isCapitalized(x)) x++;
      if (j == pp && w.tell.contains(cue.text) && x > pp + 1 && x < hi && MentionParser.DETERMINERS.contains(tokens.lower(x))) {
        for (int v = x + 2; v < hi && v <= x + 3 && tokens.isWord(v); v++) {
          if (w.aux.contains(tokens.lower(v))) { j = x; break; }
        }
      }
    }
    // a "that" cue reports without "that" only a clause opening with a subject pronoun or "there" and its verb:
    // "acknowledged he had been", "cautioned it was" (not "denied the claims", "confirmed his visit")
    // "confirmed its intention to complete ...", "stated their readiness to resume talks": a stance and what it is to
    if (!that && cue.role.equals(CueLexicon.THAT) && stanceObject(j, hi)) return j;
    // ("predicted the key rate would end the year at 16%", "suggested Hungary could challenge the plan", "admitted the
    // romance had raised eyebrows": a short subject and a modal or an auxiliary make a clause too)
    if (!that && cue.role.equals(CueLexicon.THAT)
        && !(j < hi && (w.subjectPronouns.contains(tokens.lower(j)) && pronounClause(j, hi) || tokens.lower(j).equals("there") && finiteClause(j, hi)))
        && (modalClause(j, hi, w.aux) < 0 || objectThenSubject(j, hi))) return -1;
    return clauseStart(j, hi, that);
  }

  /**
   * Whether the words before the cue at {@code i}, back to a punctuation mark and at most five, hold a first- or
   * second-person pronoun ("I say", "as I have repeatedly said") or "what" ("What the Commission says").
   */
  private boolean colonSpeechBlocked(int i) {
    for (int x = i - 1; x >= 0 && x >= i - 5 && tokens.isWord(x); x--) {
      String p = tokens.lower(x);
      if (p.equals("i") || p.equals("we") || p.equals("you") || p.equals("what")) return true;
    }
    return false;
  }

  /** An aside between a cue and "that" ("reported, without citing sources, that"): the "that"; {@code j} when there is none. */
  private int pastAside(int j, int hi) {
    if (j >= hi || !tokens.text(j).equals(",")) return j;
    int x = j + 1;
    while (x < hi && x <= j + 12 && tokens.isWord(x)) x++;
    return x > j + 1 && x + 1 < hi && tokens.text(x).equals(",") && tokens.lower(x + 1).equals("that") ? x + 1 : j;
  }

  /** Whether tokens from {@code j} read "its intention to" + a word: a possessive, a noun of {@code stance-nouns} and "to". */
  private boolean stanceObject(int j, int hi) {
    return j + 3 < hi && POSSESSIVES.contains(tokens.lower(j)) && w.stanceNouns.contains(tokens.lower(j + 1))
        && tokens.lower(j + 2).equals("to") && tokens.isWord(j + 3);
  }

  /**
   * "described the talks as "useful"", "dismissed the report as fabricated": the object of the describing
   * verb at token {@code i} and its "as" description, within twelve tokens and before any comma, outside
   * quotes; the object's first token, or -1 ("such as", "as well as", "as soon as" are no description).
   */
  int describedAs(int i, int hi) {
    int x = describedAsToken(i, hi);
    return x < 0 ? -1 : i + 1;
  }

  /** The "as" token of {@link #describedAs}, or -1. */
  private int describedAsToken(int i, int hi) {
    int j = i + 1;
    if (j >= hi || !(tokens.isWord(j) || tokens.first(j) == '"' || tokens.first(j) == '\'')) return -1;
    if (tokens.isWord(j) && (w.ppStart.contains(tokens.lower(j)) || tokens.lower(j).equals("as"))) return -1;
    for (int x = j + 1; x + 1 < hi && x <= j + 12; x++) {
      // a comma inside a list of names is the object's ("a statement by Britain, France and Germany as ...")
      boolean listComma = tokens.text(x).equals(",") && tokens.isCapitalized(x - 1) && tokens.isCapitalized(x + 1);
      if (!tokens.isWord(x) && ",.;:".indexOf(tokens.first(x)) >= 0 && !listComma) return -1;
      if (inQuote(x) || !tokens.lower(x).equals("as")) continue;
      String next = tokens.lower(x + 1);
      if (tokens.lower(x - 1).equals("such") || next.equals("well") || next.equals("soon") || next.equals("long") || next.equals("far")) return -1;
      return x;
    }
    return -1;
  }

  /**
   * Where the description of {@link #describedAs} ends (a text offset): after its closing quote mark when
   * it is quoted ("as "an insult to every worker""), else before the first comma or semicolon after it
   * ("and" may be inside it: "as frank and useful"; a second cue after "and" is split off anyway);
   * {@code end} if none.
   */
  int descriptionEnd(int i, int hi, int end) {
    int x = describedAsToken(i, hi);
    if (x < 0) return end;
    int y = x + 1;
    if (y < hi && !tokens.isWord(y) && isQuoteMark(y)) {
      y++;
      while (y < hi && inQuote(y)) y++;
      if (y >= hi || !isQuoteMark(y)) return end;
      // a relative clause goes on describing: "as "a milestone" that would "secure the salaries""
      if (y + 1 < hi && (tokens.lower(y + 1).equals("that") || tokens.lower(y + 1).equals("which"))) return end;
      return tokens.end(y);
    }
    for (; y < hi; y++) {
      if (inQuote(y)) continue;
      String t = tokens.lower(y);
      if (t.equals(",") || t.equals(";")) return tokens.start(y); // "frank and useful": "and" may be inside it
    }
    return end;
  }

  private boolean isQuoteMark(int y) {
    char ch = tokens.first(y);
    return ch == '"' || ch == '\'';
  }

  /** The start of a reported clause at {@code j}, or -1 when what follows is no clause ("said on Tuesday", a quote). */
  int clauseStart(int j, int hi, boolean that) {
    // after "that" the clause starts at once: "that not a single piece of evidence", "that it never"
    if (!that) j = Grammar.skipForward(tokens, j, hi);
    if (j < hi && tokens.text(j).equals(",")) j++;
    // after "that" a clause may open with a quoted word: 'said that "militants" had violated'
    if (that && j + 1 < hi && (tokens.first(j) == '"' || tokens.first(j) == '\'') && tokens.isWord(j + 1)) return j;
    if (j >= hi || tokens.first(j) == '"' || tokens.first(j) == '\'') return -1;
    // a sum opens a clause too: "added that €23.5 billion had been earmarked"
    if (!tokens.isWord(j)) return Character.getType(tokens.first(j)) == Character.CURRENCY_SYMBOL && j + 1 < hi && tokens.isWord(j + 1) ? j : -1;
    String x = tokens.lower(j);
    if (!that && w.badClauseStart.contains(x) && !(w.articles.contains(x) && finiteVerbSoon(j, hi))
        && !((x.equals("at") || x.equals("about") || x.equals("up")) && j + 1 < hi && (tokens.lower(j + 1).equals("least")
            || tokens.lower(j + 1).equals("most") || Character.isDigit(tokens.first(j + 1)) || quantityAfter(j + 1, hi)))) return -1;
    if (x.equals("not") && !that) return -1; // "asking not to be named"
    return j;
  }

  /**
   * Whether the -ing cue at token {@code i} after "and" opens a content of its own: "that" after it, or an urge, accusation,
   * promise or threat ("and urging lawmakers to act"); "and warning sirens failed" is one content.
   */
  private boolean secondContentStated(int i, int hi) {
    CueLexicon.Cue cue = cueAt(i, hi);
    if (cue == null) return false;
    if (i + cue.length < hi && tokens.lower(i + cue.length).equals("that")) return true;
    return cue.role.equals(CueLexicon.URGE) || cue.role.equals(CueLexicon.ACCUSE) || cue.role.equals(CueLexicon.COMMIT)
        || cue.role.equals(CueLexicon.THREAT);
  }

  /** Whether token {@code i} can be the verb of a to-infinitive: a lower-case word (inside a quotation too), no determiner. */
  private boolean toVerb(int i, int hi) {
    if (i + 1 < hi && (tokens.first(i) == '"' || tokens.first(i) == '\'')) i++; // 'urged Ankara to "reconsider"'
    return i < hi && tokens.isWord(i) && !tokens.isCapitalized(i) && !Character.isDigit(tokens.first(i))
        && !MentionParser.DETERMINERS.contains(tokens.lower(i));
  }

  /** "half", "a fifth", "a dozen" at token {@code i} (data/reported-speech-words.tsv quantity-nouns): "said about a fifth of ...". */
  private boolean quantityAfter(int i, int hi) {
    if (i < hi && w.quantityNouns.contains(tokens.lower(i))) return true;
    return i + 1 < hi && w.articles.contains(tokens.lower(i)) && w.quantityNouns.contains(tokens.lower(i + 1));
  }

  /**
   * Emits the content from token {@code c} to {@code end} for {@code subj}, cut where a second cue of the
   * same subject starts: a participle after a comma (", adding that ...", ", warning of ...", ", urging X
   * to ...") or a verb after "and"/"but" with no subject of its own ("... and urged Moscow to ...",
   * "... but warned against ..."). Each further content is its own statement with the same speaker
   * ({@code participle-after-attribution} / {@code coordinated-cue}). Linear: the scan only moves forward.
   */
  boolean emitChain(int k, int p, int c, int hi, int end, Mention subj, CueLexicon.Cue cue, String rule, int cueToken) {
    return emitChain(k, p, c, hi, end, end, subj, cue, rule, cueToken);
  }

  /** {@link #emitChain} whose first statement ends at {@code firstEnd} at the latest (a description's end). */
  boolean emitChain(int k, int p, int c, int hi, int end, int firstEnd, Mention subj, CueLexicon.Cue cue, String rule, int cueToken) {
    Statement first = null;
    String name = rule;
    int limit = firstEnd;
    while (true) {
      int[] split = nextCue(c, hi);
      int that = nextThat(c, split == null ? hi : split[0]);
      // a participle ends the content before it; after "and"/"but" the content stays whole (the older gold
      // keeps "said A and called on B to C" as one statement) and the second cue adds its own
      // a description ("described the talks as useful and said ...") ends at the second cue's conjunction
      // an infinitive or noun phrase ("urged Ankara to withdraw and said ...", "accused X of Y, and warned ...") ends
      // at the second cue's conjunction too: its content is no clause the second cue could belong to
      boolean cut = split != null && (cue.role.equals(CueLexicon.LABEL) || phraseContent(cue, c) && finiteCue(cue, split[1])
          || (tokens.text(split[0]).equals(",") || tokens.lower(split[0]).equals("and") && secondContentStated(split[1], hi))
              && tokens.lower(split[1]).endsWith("ing"));
      int stop = cut ? tokens.start(split[0]) : end;
      // "said A and that B": two complement clauses of one cue are two statements
      if (that >= 0) stop = tokens.start(that > c && tokens.text(that - 1).equals(",") ? that - 1 : that);
      // "said A, but officials in Goris admitted that B": a clause with a speaker of its own ends the content
      int bound = Math.min(split == null ? hi : split[0], that >= 0 ? that : hi);
      SpeakerClause other = nextSpeakerClause(c, bound);
      if (other != null) stop = tokens.start(other.join > c && tokens.text(other.join - 1).equals(",") ? other.join - 1 : other.join);
      int min = cue.role.equals(CueLexicon.OBJECT) ? 2 : 3;
      if (first == null) {
        if (!recorder.emit(k, p, tokens.start(c), Math.min(stop, limit), subj, cue, rule, cueToken, min)) return false;
        first = recorder.latest();
      } else if (words(tokens.start(c), Math.min(stop, limit)) >= min) {
        recorder.claimPartials(sameSpeaker(c, Math.min(stop, limit), first, cue, name, k, p));
      }
      if (other != null) {
        emitChain(k, p, other.content, hi, end, other.subject, other.cue, RuleNames.SUBJECT_CUE_CLAUSE, other.cueToken);
        return true;
      }
      if (that >= 0) {
        c = clauseStart(that + 2, hi, true);
        if (c < 0) return true;
        name = RuleNames.COORDINATED_CUE;
        continue;
      }
      if (split == null) return true;
      cue = cueAt(split[1], hi);
      name = tokens.lower(split[1]).endsWith("ing") ? RuleNames.PARTICIPLE_AFTER_ATTRIBUTION : RuleNames.COORDINATED_CUE;
      c = contentOf(cue, split[1], hi);
      limit = describing(split[1], hi) ? descriptionEnd(split[1], hi, end) : end;
      if (c < 0) return true;
    }
  }

  /**
   * Whether the content of {@code cue} at token {@code c} is a phrase, not a clause: an object and a to-infinitive ("urged
   * Ankara to withdraw"), an object and "of" ("accused X of Y"), a promise's "to" ("pledged to restore order"); not a
   * clause after "that" ("urged that ...", "vowed that ...") or a promise's modal clause.
   */
  private boolean phraseContent(CueLexicon.Cue cue, int c) {
    if (c > 0 && tokens.lower(c - 1).equals("that")) return false;
    if (cue.role.equals(CueLexicon.URGE) || cue.role.equals(CueLexicon.ACCUSE)) return true;
    return (cue.role.equals(CueLexicon.COMMIT) || cue.role.equals(CueLexicon.THREAT)) && (tokens.lower(c).equals("to") || c > 0 && tokens.lower(c - 1).equals("to"));
  }

  /**
   * Whether the cue at token {@code i} is a finite verb of the subject of {@code first} ("and said", "and warned"; "and
   * adds" after "urges"), not a second infinitive of the content ("called on citizens to cooperate and report ...") or a
   * plural noun ("urged an inquiry into the killings and reports of torture").
   */
  private boolean finiteCue(CueLexicon.Cue first, int i) {
    String v = tokens.lower(i);
    if (w.irregularPasts.contains(v) || v.endsWith("ed")) return true;
    // the present: only after a first cue in the present too ("urges X to ... and says ...")
    String firstWord = first.text.split(" ")[0]; // "calls on", "appeals to"
    return v.endsWith("s") && firstWord.endsWith("s") && i + 1 < tokens.size() && !tokens.lower(i + 1).equals("of");
  }

  /**
   * A clause with a speaker of its own after token {@code c} and before {@code bound}: "but", "while",
   * "whereas", ", and" or ";", then a subject (a name, a pronoun other than "it", or a phrase with a listed
   * head), adverbs, and a speech or "that" cue with content ("said A, but officials in Goris admitted
   * privately that B"; "He said A, while rebels said B"), or null. A plain "and" is left alone: "said Russia and
   * Turkey agreed that ..." is one content.
   */
  SpeakerClause nextSpeakerClause(int c, int bound) {
    for (int x = c + 1; x + 2 < bound; x++) {
      if (inQuote(x)) continue;
      String w0 = tokens.lower(x);
      // (", as the military said ...": "as" after a comma too; "the role as a mediator showed that", "had shifted as
      // Washington signalled" join nothing)
      boolean opens = w.clauseJoins.contains(w0) || w0.equals(";") || (w0.equals("and") && tokens.text(x - 1).equals(","))
          || (w0.equals("as") && tokens.text(x - 1).equals(","));
      if (!opens) continue;
      Mention m = parser.forward(tokens, x + 1, bound, text);
      if (m == null || !m.conjuncts.isEmpty() || (m.kind == Mention.Kind.PRONOUN && "it".equals(m.head))) continue;
      if (m.kind == Mention.Kind.DESCRIPTOR && descriptors.head(m.head) == null) continue;
      int a = Grammar.after(tokens, m);
      // ", and its government relations director, Olena Vovk, said B": past a name between commas
      if (a + 1 < bound && tokens.text(a).equals(",")) {
        Mention appos = parser.forward(tokens, a + 1, bound, text);
        int ae = appos == null ? -1 : Grammar.after(tokens, appos);
        if (appos != null && appos.kind == Mention.Kind.NAME && ae < bound && tokens.text(ae).equals(",")) {
          m = appos;
          a = ae + 1;
        }
      }
      int y = Grammar.skipForward(tokens, a, bound);
      if (y >= bound || tokens.lower(y).endsWith("ing")) continue;
      CueLexicon.Cue cue = cues.at(tokens, y, bound);
      if (cue == null || !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT))) continue;
      int content = contentStart(cue, y, bound);
      if (content < 0) continue;
      return new SpeakerClause(x, m, cue, y, content);
    }
    return null;
  }

  /** A clause of {@link #nextSpeakerClause}: its conjunction's token, subject, cue (and its token) and content start. */
  record SpeakerClause(int join, Mention subject, CueLexicon.Cue cue, int cueToken, int content) {}

  /** Whether token {@code i} may open a clause's subject: a determiner, a pronoun, a capitalised word or a number. */
  private boolean clauseSubjectAt(int i) {
    String w = tokens.lower(i);
    return MentionParser.DETERMINERS.contains(w) || tokens.isCapitalized(i) || Character.isDigit(tokens.first(i))
        || MentionParser.PRONOUNS.contains(w);
  }

  /**
   * Whether a speaker and a verb of saying open the clause at token {@code a}: "Lukin told the court that ...", "Mr Bessent
   * had told senators that ...", "the secretary had conceded that ..." (a perfect's "had", "has", "have" between; not "the
   * committee will insist", "ministers were told"); a speech cue, or a "that" cue in the perfect, or a cue of an object with
   * "that" and a clause's subject after it in the perfect ("had stressed that Syria must ..."), with content after it.
   * The clause then reports a statement of its own, inside the one that holds it (nested attribution).
   */
  boolean speakerOpens(int a, int hi) {
    Mention m = parser.forward(tokens, a, hi, text);
    if (m == null || tokens.indexFrom(m.start) != a || m.kind == Mention.Kind.PRONOUN) return false;
    int v = Grammar.after(tokens, m);
    boolean perfect = v < hi && w.perfect.contains(tokens.lower(v));
    if (perfect) v++;
    v = pastAdverbs(v, hi);
    CueLexicon.Cue cue = v < hi ? cues.at(tokens, v, hi) : null;
    // a verb of saying ("told", "said"), not an act the source reports ("the two leaders agreed that", "Ankara informed");
    // a "that" cue in the perfect reports what was said before ("had conceded that")
    // ("had stressed that": a cue of an object with "that" after it, in the perfect, too)
    int after = cue == null ? hi : v + cue.length;
    // ("had stressed that point in a letter": "that" a determiner there; a clause's subject opens after the conjunction)
    boolean objectThat = cue != null && cue.role.equals(CueLexicon.OBJECT) && after + 1 < hi && tokens.lower(after).equals("that")
        && clauseSubjectAt(after + 1);
    return cue != null && (cue.role.equals(CueLexicon.SPEECH) || perfect && (cue.role.equals(CueLexicon.THAT) || objectThat))
        && contentStart(cue, v, hi) >= 0;
  }

  /**
   * The token after up to two adverbs at token {@code v} ("had also told", "had previously said", "publicly said"): words
   * a cue's subject may stand apart from it by ({@link Grammar#skippable}), but no auxiliary or modal ("would tell" is
   * not a statement made).
   */
  private int pastAdverbs(int v, int hi) {
    for (int n = 0; n < 2 && v < hi && Grammar.skippable(tokens, v) && !w.aux.contains(tokens.lower(v)); n++) v++;
    return v;
  }

  /**
   * The token of a participle cue after the comma at token {@code x} (", adding that"), past a conjunction before it
   * (", before adding that ...", ", while warning that ...": participle-openers, as in {@link #nextCue}), or -1.
   */
  int participleAt(int x, int hi) {
    if (x + 1 >= hi || !tokens.text(x).equals(",")) return -1;
    int y = x + 2 < hi && w.participleOpeners.contains(tokens.lower(x + 1)) && tokens.lower(x + 2).endsWith("ing") ? x + 2 : x + 1;
    return secondCueStarts(y, hi) && tokens.lower(y).endsWith("ing") ? y : -1;
  }

  /**
   * A participle cue after the comma at token {@code x} ({@link #participleAt}) (", adding that CLAUSE2", ", warning
   * of ...", ", urging X to ..."): its content, up to the next cue or {@code end}, as a second statement of
   * {@code first}'s speaker ({@code participle-after-attribution}) when it has at least {@code minWords}
   * words; the statement, or null.
   */
  Statement participleAfter(int x, int hi, int end, Statement first, int k, int p, int minWords) {
    int y = participleAt(x, hi);
    if (y < 0) return null;
    CueLexicon.Cue part = cueAt(y, hi);
    int j = contentOf(part, y, hi);
    if (j < 0) return null;
    int[] split = nextCue(j, hi);
    int bound = split == null ? hi : split[0];
    int stop = Math.min(split == null ? end : tokens.start(split[0]), describing(y, hi) ? descriptionEnd(y, hi, end) : end);
    // ", adding that A and that B": two complement clauses of the participle are two statements, as after "said"
    int that = nextThat(j, bound);
    int firstStop = Math.min(stop, thatStop(j, that, stop));
    if (words(tokens.start(j), firstStop) < minWords) return null;
    Statement s2 = sameSpeaker(j, firstStop, first, part, RuleNames.PARTICIPLE_AFTER_ATTRIBUTION, k, p);
    while (that >= 0) {
      int c = clauseStart(that + 2, bound, true);
      if (c < 0) break;
      int next = nextThat(c, bound);
      int e = Math.min(stop, thatStop(c, next, stop));
      if (words(tokens.start(c), e) >= Math.max(minWords, 3)) {
        recorder.claimPartials(sameSpeaker(c, e, first, part, RuleNames.COORDINATED_CUE, k, p));
      }
      that = next;
    }
    return s2;
  }

  /**
   * The clause at token {@code j} when a subject of one to four words (no punctuation, no "to") and a modal
   * open it ("the party would listen"), or -1.
   */
  private int modalClause(int j, int hi) {
    return modalClause(j, hi, w.modals);
  }

  /**
   * As {@link #modalClause(int, int)}, the clause's verb one of {@code verbs} (the modals, or every auxiliary). With an
   * auxiliary, a relative word or a subject pronoun before it makes the words an object and its relative clause: "found a
   * boy who was trapped", "accepted the award he had won", "confirmed the deal that was signed" report nothing.
   */
  private int modalClause(int j, int hi, Set<String> verbs) {
    if (!tokens.isWord(j) || w.objectStop.contains(tokens.lower(j))) return -1;
    boolean relative = false; // (a modal keeps its old reading: "proposed a compromise that would split ..." reports)
    for (int x = j + 1; x < hi && x <= j + 4; x++) {
      if (!tokens.isWord(x) || tokens.lower(x).equals("to")) return -1;
      if (verbs.contains(tokens.lower(x))) return x + 1 < hi && tokens.isWord(x + 1) && (!relative || w.modals.contains(tokens.lower(x))) ? j : -1;
      relative |= Grammar.relative(tokens.lower(x)) || w.subjectPronouns.contains(tokens.lower(x));
    }
    return -1;
  }

  /**
   * Whether the words from {@code j} to the first modal read as an object and a relative clause's subject, not a clause's
   * subject: "confirmed the changes parliament would debate" (a plural noun, then another noun, right before the modal).
   */
  private boolean objectThenSubject(int j, int hi) {
    for (int x = j + 1; x < hi && x <= j + 4; x++) {
      if (!w.aux.contains(tokens.lower(x))) continue;
      return x - 2 >= j && tokens.isWord(x - 2) && !tokens.isCapitalized(x - 2) && tokens.lower(x - 2).endsWith("s")
          && tokens.isWord(x - 1) && !w.subjectPronouns.contains(tokens.lower(x - 1)) && !tokens.lower(x - 1).equals("there");
    }
    return false;
  }

  /** Where the content from token {@code c} ends before the "and that" at token {@code that} (or its comma); {@code stop} when none. */
  private int thatStop(int c, int that, int stop) {
    return that < 0 ? stop : tokens.start(that > c && tokens.text(that - 1).equals(",") ? that - 1 : that);
  }

  /** A further statement of {@code first}'s speaker: tokens from {@code from} to character {@code stop}, its own cue and rule. */
  Statement sameSpeaker(int from, int stop, Statement first, CueLexicon.Cue part, String rule, int k, int p) {
    Statement s = recorder.add(Statement.INDIRECT, tokens.start(from), stop, k, p);
    s.speakerFrom(first);
    s.cue = part.text;
    s.cueStart = part.start;
    s.cueEnd = part.end;
    s.sieve = rule;
    return s;
  }

  /**
   * The token of "and"/"but" that coordinates a second "that" clause of the same cue after token {@code c}
   * and before {@code hi} ("said A(,) and that B"), outside quotes; -1 if none.
   */
  int nextThat(int c, int hi) {
    for (int x = c + 1; x + 2 < hi; x++) {
      if (inQuote(x)) continue;
      String t = tokens.lower(x);
      if ((t.equals("and") || t.equals("but")) && tokens.lower(x + 1).equals("that") && clauseStart(x + 2, hi, true) >= 0) return x;
    }
    return -1;
  }

  /** The next split {token where the content ends, cue token} after token {@code c}, or null. */
  int[] nextCue(int c, int hi) {
    for (int x = c + 1; x + 1 < hi; x++) {
      if (inQuote(x)) continue;
      String t = tokens.text(x);
      // a comma, or a closing quote mark with the comma inside it ("pure fiction," saying that ...)
      boolean comma = t.equals(",") || (x - 1 > c && isQuoteMark(x) && tokens.text(x - 1).equals(",") && inQuote(x - 1));
      boolean conj = tokens.lower(x).equals("and") || tokens.lower(x).equals("but");
      if (!comma && !conj) continue;
      int y = x + 1;
      if (comma && y < hi && (tokens.lower(y).equals("and") || tokens.lower(y).equals("but"))) { conj = true; y++; }
      // "said more had returned, while warning that many ...", "..., before adding that ...": a conjunction before a participle
      else if (comma && y + 1 < hi && w.participleOpeners.contains(tokens.lower(y)) && tokens.lower(y + 1).endsWith("ing")) y++;
      while (y < hi && y < x + 4 && Grammar.skippable(tokens, y) && !secondCueStarts(y, hi)) y++;
      if (y >= hi || !secondCueStarts(y, hi)) continue;
      boolean participle = tokens.lower(y).endsWith("ing");
      if (participle ? !(comma || conj) : !conj) continue;
      return new int[] {x, y};
    }
    return null;
  }

  /** A cue that reports content starts at token {@code y}: speech, "that" cues and those with a content rule. */
  boolean cueStarts(int y, int hi) {
    CueLexicon.Cue c = cues.at(tokens, y, hi);
    return c != null && (c.role.equals(CueLexicon.SPEECH) || c.role.equals(CueLexicon.THAT) || c.reports());
  }

  /** A second cue of a speaker starts at token {@code y}: a reporting cue ({@link #cueStarts}) or a description ({@link #describing}). */
  boolean secondCueStarts(int y, int hi) {
    return cueStarts(y, hi) || describing(y, hi);
  }

  /** A describing verb with an object and "as" at token {@code y}: "described the talks as useful" ({@link #describedAs}). */
  boolean describing(int y, int hi) {
    if (y >= hi || !tokens.isWord(y) || tokens.isCapitalized(y) || !w.describedAs.contains(tokens.lower(y))) return false;
    CueLexicon.Cue c = cues.at(tokens, y, hi);
    return (c == null || c.role.equals(CueLexicon.LABEL)) && describedAsToken(y, hi) >= 0;
  }

  /** The cue at token {@code y}: the lexicon's, or for a {@link #describing} verb one of role label. */
  CueLexicon.Cue cueAt(int y, int hi) {
    if (describing(y, hi)) return new CueLexicon.Cue(CueLexicon.LABEL, 1, tokens.lower(y), tokens.start(y), tokens.end(y));
    return cues.at(tokens, y, hi);
  }

  /** Where the content of the cue at token {@code y} starts: a description's object, or {@link #contentStart}. */
  int contentOf(CueLexicon.Cue cue, int y, int hi) {
    return describing(y, hi) ? describedAs(y, hi) : contentStart(cue, y, hi);
  }

  /** Words between text offsets {@code a} and {@code b}. */
  int words(int a, int b) {
    int n = 0;
    for (int i = tokens.indexFrom(a); i < tokens.size() && tokens.start(i) < b; i++) if (tokens.isWord(i)) n++;
    return n;
  }

  /** "Meanwhile, according to ...": one opening word and its comma before token {@code i}. */
  boolean openingWordAndComma(int lo, int i) {
    return i == lo + 2 && tokens.isWord(lo) && tokens.text(lo + 1).equals(",");
  }

  /** Whether token {@code j} (before {@code hi}) starts a name or a determined phrase: "Reuters", "the ministry", "a statement". */
  boolean namedOrDetermined(int j, int hi) {
    if (j >= hi || !tokens.isWord(j)) return false;
    return Character.isUpperCase(tokens.first(j)) || MentionParser.DETERMINERS.contains(tokens.lower(j));
  }

  /** A "that" among tokens [a, b). */
  private boolean thatWithin(int a, int b) {
    for (int x = a; x < b; x++) if (tokens.lower(x).equals("that")) return true;
    return false;
  }

  /** "that" within the six tokens at token {@code a}, before any comma ("told AFP that", "told the BBC on Sunday that"). */
  boolean thatSoon(int a, int hi) {
    for (int x = a; x < hi && x < a + 6; x++) {
      if (tokens.lower(x).equals("that")) return true;
      if (tokens.text(x).equals(",")) return false;
    }
    return false;
  }

  /**
   * The end of a relative clause describing a source that starts at token {@code a}, after the source ("according
   * to two traders who asked not to be identified, ...", "..., said a trader who asked not to be named."): the next
   * comma or the sentence end. Only a clause that says nothing itself belongs to the source: one with no quote,
   * and either a word of anonymity ("named", "anonymity", "authorized") or neither a cue nor "that"; otherwise
   * {@code a}.
   */
  int sourceRelativeEnd(int a, int hi) {
    int r = a < hi && tokens.text(a).equals(",") ? a + 1 : a;
    if (r >= hi || !w.sourceRelatives.contains(tokens.lower(r))) return a;
    boolean says = false, anonymous = false;
    int x = r + 1;
    for (; x < hi && !tokens.text(x).equals(","); x++) {
      if (tokens.first(x) == '"' || tokens.text(x).equals(";")) return a;
      if (tokens.lower(x).equals("that") || cueStarts(x, hi)) says = true;
      if (w.anonymity.contains(tokens.lower(x))) anonymous = true;
    }
    return says && !anonymous ? a : x;
  }

  /**
   * The speech cue that ends a relative clause of a speaker starting at token {@code a}, before the cue
   * ("..., two traders who asked not to be identified said.", "..., a trader who oversees lira sales told
   * Reuters."): the first speech cue after the clause's first word, with no comma, quote or "that" before it
   * and, when another cue comes first ("asked", "spoke"), a word of anonymity; {@code a} when there is none.
   */
  int relativeBeforeCue(int a, int hi) {
    if (a >= hi || !w.sourceRelatives.contains(tokens.lower(a))) return a;
    boolean cueBefore = false, anonymous = false;
    for (int y = a + 1; y < hi && y <= a + 20; y++) {
      if (!Grammar.inRelativeClause(tokens, y)) return a;
      if (tokens.lower(y).equals("that")) return a;
      if (y > a + 1 && Grammar.speechCue(cues, tokens, y, hi) != null && (!cueBefore || anonymous)) return y;
      if (cueStarts(y, hi)) cueBefore = true;
      if (w.anonymity.contains(tokens.lower(y))) anonymous = true;
    }
    return a;
  }

  /** A phrase with a head no list has, from token {@code a} to the sentence's end: ", said the authors." */
  Mention looseAtEnd(int a, int hi) {
    int b = hi;
    while (b > a && !tokens.isWord(b - 1)) b--;
    return parser.loose(tokens, a, b, text);
  }

  /**
   * What follows a parenthetical attribution: the rest of the broken clause, a verb phrase ("did not
   * reflect ...") or a clause ("Syria currently had no means ..."), with an auxiliary or a past-tense verb
   * in its first words and no cue.
   */
  boolean parentheticalRest(int j, int hi) {
    if (j >= hi || !tokens.isWord(j) || tokens.lower(j).endsWith("ing") || w.ppStart.contains(tokens.lower(j))) return false;
    for (int x = j; x < hi && x <= j + 5; x++) {
      if (!tokens.isWord(x) || cueStarts(x, hi)) return false;
      if (w.aux.contains(tokens.lower(x)) || w.doForms.contains(tokens.lower(x))) return true;
      // "At the same time, the source said, Moscow wants the deal": a name and its verb in the present
      if (x == j + 1 && tokens.isCapitalized(j) && !tokens.isCapitalized(x) && tokens.lower(x).endsWith("s") && !tokens.lower(x).endsWith("ss")
          && !w.ppStart.contains(tokens.lower(x)) && !MentionParser.DETERMINERS.contains(tokens.lower(x))) return true;
    }
    return false;
  }

  /**
   * A clause after a cue without "that" that opens with subject pronoun {@code j}: {@link #finiteClause}, or a verb in
   * the present (after he, she, it) or the past right after the pronoun: "confirmed he recognises the president",
   * "acknowledged they wanted more time", "stressed it welcomes returns". Such a cue often takes "it" as its object
   * ("confirmed it days later", "declared it closed"): after "it", no time word, and a past verb only with "to" or a
   * determiner after it ("indicated it wanted to revive", "it expected the deficit").
   */
  private boolean pronounClause(int j, int hi) {
    if (finiteClause(j, hi)) return true;
    if (j + 1 >= hi || cueStarts(j, hi) || !tokens.isWord(j + 1) || tokens.isCapitalized(j + 1)) return false;
    String p = tokens.lower(j), v = tokens.lower(j + 1);
    boolean it = p.equals("it"), third = it || p.equals("he") || p.equals("she");
    if (!third && !p.equals("they") && !p.equals("we")) return false;
    if (v.length() <= 3 || w.time.contains(v) || w.timeNouns.contains(v.endsWith("s") ? v.substring(0, v.length() - 1) : v)) return false;
    if (third && v.endsWith("s") && !v.endsWith("ss")) return true;
    if (!v.endsWith("ed")) return false;
    return !it || j + 2 < hi && (tokens.lower(j + 2).equals("to") || MentionParser.DETERMINERS.contains(tokens.lower(j + 2)));
  }

  /** A clause at token {@code j}: a subject (a pronoun or a phrase of a few words) and an auxiliary or a verb soon after. */
  boolean finiteClause(int j, int hi) {
    if (j >= hi || !tokens.isWord(j) || cueStarts(j, hi)) return false;
    for (int x = j + 1; x < hi && x <= j + 6; x++) {
      if (!tokens.isWord(x)) return false;
      if (w.aux.contains(tokens.lower(x))) return true;
    }
    return false;
  }

  /** "a cease-fire would begin": an auxiliary within twelve tokens, before any comma, makes an article-initial clause. */
  boolean finiteVerbSoon(int j, int hi) {
    // "said a ground operation against Kurdish militants in northern Syria could begin": up to 12 words, no comma
    for (int x = j + 1; x < hi && x <= j + 12; x++) {
      if (tokens.text(x).equals(",") || tokens.text(x).equals(".")) return false;
      if (w.aux.contains(tokens.lower(x)) && !tokens.isCapitalized(x)) return true;
      // "said a patrol of four vehicles surrounded his family's house": a verb in the past with its object after it (a
      // participle after its noun takes a preposition instead: "a man wounded in the attack")
      // (not a second verb of the speaker's after "and": "said a prayer and blessed the couple")
      if (x > j + 1 && x + 1 < hi && !tokens.isCapitalized(x) && tokens.lower(x).endsWith("ed") && tokens.lower(x).length() > 4
          && MentionParser.DETERMINERS.contains(tokens.lower(x + 1)) && !MentionParser.DETERMINERS.contains(tokens.lower(x - 1))
          && !tokens.lower(x - 1).equals("and") && !tokens.lower(x - 1).equals("or") && !w.clauseJoins.contains(tokens.lower(x - 1))) return true;
    }
    return false;
  }
}
