package org.stancemap.speakers.sieves;

import java.util.Locale;
import java.util.Set;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.SpeakerWords;
import org.stancemap.speakers.MentionParser;
import org.stancemap.statements.CueLexicon;
import org.stancemap.text.Tokens;

/** Shared token-level helpers of the sieves and of reported-speech detection. */
public final class Grammar {
  private Grammar() {}

  /** How far (in tokens) a clause subject or an enclosing cue may be from what it governs. */
  public static final int WINDOW = 60;

  private static final Set<String> SKIP = SpeakerWords.list("cue-skip");
  private static final Set<String> TIME = SpeakerWords.list("time-words");
  private static final Set<String> OPENING_TIMES = SpeakerWords.list("opening-times");
  private static final Set<String> OPENING_TIME_NOUNS = SpeakerWords.list("opening-time-nouns");

  /** Forms of "be": one between a subject and its cue makes the cue a passive. */
  private static final Set<String> BE = SpeakerWords.list("be");
  /** Prepositions whose object is never the subject of the verb after it ("about media reports that"). */
  private static final Set<String> OBJECT_PREPOSITIONS = SpeakerWords.list("object-prepositions");

  /** One-word asides between commas after a cue: "cautioned, however, that ...". */
  private static final Set<String> ASIDES = SpeakerWords.list("asides");

  /** Nouns ending in -ly, which the adverb test would skip ("His family said"). */
  private static final Set<String> LY_NOUNS = SpeakerWords.list("ly-nouns");

  /** Adverbs, auxiliaries and time words that may stand between a subject and its cue. */
  public static boolean skippable(Tokens t, int i) {
    if (!t.isWord(i)) return false;
    String w = t.lower(i);
    return SKIP.contains(w) || (w.endsWith("ly") && w.length() > 4 && !t.isCapitalized(i) && !LY_NOUNS.contains(w));
  }

  /**
   * The token after a short parenthesis that opens at token {@code a} and closes within {@code max} tokens, before
   * {@code hi} ("Sen. Roger Kimball (R-Miss.),", "the Human Rights Association (IHD),"); {@code a} when there is none.
   */
  public static int pastParenthesis(Tokens t, int a, int hi, int max) {
    if (a >= hi || !t.text(a).equals("(")) return a;
    for (int close = a + 1; close < hi && close <= a + max; close++) if (t.text(close).equals(")")) return close + 1;
    return a;
  }

  /** First token at or after {@code i} that is not skippable. */
  public static int skipForward(Tokens t, int i, int hi) {
    while (i < hi) {
      if (skippable(t, i)) i++;
      else if (t.lower(i).equals("on") && i + 1 < hi && TIME.contains(t.lower(i + 1))) i += 2; // "on Wednesday"
      else if (t.text(i).equals(",") && i + 2 < hi && ASIDES.contains(t.lower(i + 1)) && t.text(i + 2).equals(",")) i += 3; // ", however,"
      else break;
    }
    return i;
  }

  /** Token index just after a mention; past the period of a company's suffix ("Apple Inc. said"), which closes its name. */
  public static int after(Tokens t, Mention m) {
    int a = t.indexFrom(m.end);
    return a < t.size() && t.start(a) == m.end && MentionParser.suffixPeriod(t, a) ? a + 1 : a;
  }

  /**
   * The subject of a cue at token {@code cue}: the speaker phrase that ends just before it (after
   * skipping adverbs and auxiliaries), reading an appositive between commas ("Putin and his Turkish
   * counterpart, Recep Tayyip Erdogan, said"). Null when the word before is a conjunction or
   * nothing fits.
   */
  public static Mention subjectBefore(Tokens t, MentionParser p, String text, int lo, int cue) {
    int j = cue - 1;
    while (j >= lo && (skippable(t, j) || (TIME.contains(t.lower(j)) && j - 1 >= lo && t.lower(j - 1).equals("on")))) {
      j -= TIME.contains(t.lower(j)) && j - 1 >= lo && t.lower(j - 1).equals("on") ? 2 : 1;
    }
    if (j < lo) return null;
    // "Erdogan is reported to have said", "The minister was heard to say": the subject of a hedged attribution
    int hedged = hedgeBefore(t, lo, j);
    if (hedged != j) {
      j = hedged;
      while (j >= lo && skippable(t, j)) j--;
      if (j < lo) return null;
    }
    // "Analysts I have talked to say", "Residents we spoke with said": a description opening the sentence, then a relative
    // clause without its pronoun
    Mention contacted = contactedDescription(t, p, text, lo, j + 1);
    if (contacted != null) return contacted;
    // "... met Sergey Lavrov, who says that": the relative pronoun's antecedent, when it does not open the
    // sentence (then the relative clause runs to the sentence end; "The ministry, which said ..., released"
    // goes on with its main verb)
    if (j - 2 >= lo && (t.lower(j).equals("who") || t.lower(j).equals("which")) && t.text(j - 1).equals(",")) {
      Mention ante = p.backward(t, lo, j - 2, text);
      // "heard from Refat Celebi, a representative of the diaspora in Turkey, who said": the name the description follows
      int c = j - 2;
      while (c > lo && c > j - WINDOW && !clauseComma(t, c)) c--;
      // ("Rami Haddad, 52, a pharmacist from Dearborn, Michigan, who said": a state after its city's comma ends the description)
      int descEnd = j - 2;
      if (c - 1 > lo && c + 1 == j - 2 && t.isWord(c + 1) && t.isCapitalized(c + 1) && t.isWord(c - 1) && t.isCapitalized(c - 1)) {
        descEnd = c - 1;
        c--;
        while (c > lo && c > j - WINDOW && !clauseComma(t, c)) c--;
      }
      if (c > lo && clauseComma(t, c)) {
        Mention d = p.forward(t, c + 1, descEnd + 1, text);
        // the description fills the aside: "In Damascus, SANA's reporter monitored the reactions of citizens, who" has none
        // ("Marian Lloyd, 74, a retired nurse from Swansea, who said": past an age between commas)
        int ne = c - 2 > lo && isNumber(t, c - 1) && t.text(c - 2).equals(",") ? c - 3 : c - 1;
        Mention name = d != null && d.kind == Mention.Kind.DESCRIPTOR && d.end == t.end(descEnd) ? p.backward(t, lo, ne, text) : null;
        if (name != null && name.kind == Mention.Kind.NAME && name.conjuncts.isEmpty() && name.start > t.start(lo)
            && !MentionParser.looksLikeOrganization(name.name)) return name;
      }
      // (an antecedent that opens the sentence, after "the" too: "The Good Friday Agreement, which says ..., is": the relative
      // clause runs into the main verb; SubjectCueClauseRule reads a body's or a state's relative clause to its comma)
      int as = ante == null ? -1 : t.indexFrom(ante.start);
      // (past capitalised words the name run left out, "Good Friday", and a determiner)
      while (as - 1 >= lo && t.isWord(as - 1) && (t.isCapitalized(as - 1) || MentionParser.DETERMINERS.contains(t.lower(as - 1)))) as--;
      if (ante != null && ante.kind != Mention.Kind.PRONOUN) return as > lo ? ante : null;
    }
    // "a 24-year-old who asked to be identified only as Mohammad, said": the name given
    Mention named = givenName(t, p, text, lo, t.text(j).equals(",") ? j : j + 1);
    // "A protester who gave his name only as Brian, 24, said": past an age between commas
    if (named == null && t.text(j).equals(",") && j - 2 >= lo && isNumber(t, j - 1) && t.text(j - 2).equals(",")) {
      named = givenName(t, p, text, lo, j - 2);
    }
    if (named != null) return named;
    // "The Medicines and Healthcare products Regulatory Agency (MHRA) said": a parenthesised short form
    j = beforeShortForm(t, lo, j);
    if (dash(t, j)) return beforeDashAside(t, p, text, lo, j);
    if (t.text(j).equals(",")) {
      Mention participle = participleAside(t, p, text, lo, j);
      if (participle != null) return participle;
      Mention whose = beforeWhoseAside(t, p, text, lo, j);
      if (whose != null) return whose;
      int k = j - 1;
      while (k >= lo && k > j - WINDOW && !clauseComma(t, k)) k--;
      if (k <= j - WINDOW) return null;
      if (k < lo) return null;
      Mention appos = p.forward(t, k + 1, j, text);
      // "A former Royal Marine who served in Helmand, James Whitcombe, said", "The charity he was working for, Cymru Aid Link,
      // issued": a description with a relative clause of its own, then the name between commas; the one named speaks
      if (appos != null && appos.kind == Mention.Kind.NAME && appos.conjuncts.isEmpty() && appos.end <= t.start(j)
          && (personName(appos) || MentionParser.looksLikeOrganization(appos.name) || t.lower(lo).equals("the"))
          && (SentenceSubject.indefinite(t.lower(lo)) || t.lower(lo).equals("the")) && describedWithRelative(t, p, text, lo, k)) return appos;
      // "The Caspian Pipeline Consortium (CPC), whose terminal ..., said": the name before its short form
      Mention base = p.backward(t, lo, beforeShortForm(t, lo, k - 1), text);
      // "Rep. Luis Ortega, D-Ill., whose district ..., said": an abbreviation's full stop before the comma
      if (base == null && k - 2 >= lo && t.text(k - 1).equals(".") && t.isWord(k - 2)) base = p.backward(t, lo, k - 2, text);
      // "Anna, 33, an illustrator who ..., said": an age between commas after the name
      if (base == null && k - 2 >= lo && isNumber(t, k - 1) && t.text(k - 2).equals(",")) base = p.backward(t, lo, k - 3, text);
      // "A serviceman, who asked not to be named, said": a phrase with a head no list has, opening the sentence
      if (base == null && k - lo >= 2 && k - lo <= 4) base = p.loose(t, lo, k, text);
      // "A woman who works nearby, who asked not to be named, said": the phrase that opens the sentence with a
      // relative clause of its own, up to the aside
      if (base == null) {
        Mention opening = p.forward(t, lo, k, text);
        int rel = opening == null ? -1 : after(t, opening);
        if (opening != null && opening.conjuncts.isEmpty() && opening.kind == Mention.Kind.DESCRIPTOR && rel < k && k - rel <= 8
            && (t.lower(rel).equals("who") || t.lower(rel).equals("that"))) {
          base = p.describe(t, lo, k, text); // the whole phrase, as the reader names them: "a woman who works nearby"
        }
      }
      // "A recruiter in the industrial city of Tolyatti, who asked not to be named, said": the description that opens the
      // sentence and runs to the relative aside, not the place at its end
      if (base != null && base.kind == Mention.Kind.NAME && t.indexFrom(base.start) > lo && k + 1 < j && RELATIVES.contains(t.lower(k + 1))) {
        Mention whole = p.forward(t, lo, k, text);
        if (whole != null && whole.kind == Mention.Kind.DESCRIPTOR && whole.conjuncts.isEmpty() && t.indexFrom(whole.start) == lo
            && after(t, whole) == k) base = whole;
        // (a head no list has: "a recruiter", "a wholesaler"; the whole phrase after "a", as the reader names them)
        else if (whole == null && SentenceSubject.indefinite(t.lower(lo)) && k - lo <= 12 && allWords(t, lo, k)) {
          int q = lo + 2;
          while (q < k && !PLACE_CHAIN.contains(t.lower(q))) q++;
          Mention head = q < k ? p.loose(t, lo, q, text) : null;
          if (head != null) base = head.through(t.end(k - 1), text);
        }
      }
      // "His co-lead, Aisha Coleman of Michigan, said": a short phrase after a possessive, whose head no list has, then the
      // person's name between commas; the person named speaks
      if (base == null && appos != null && appos.kind == Mention.Kind.NAME && appos.conjuncts.isEmpty() && after(t, appos) == j
          && personName(appos) && k - lo >= 2 && k - lo <= 4 && POSSESSIVES.contains(t.lower(lo)) && allWords(t, lo, k)) return appos;
      if (base == null) return null;
      // "Timur Gareyev, a lawyer with the legal aid project, which advises people ..., said": a relative clause on the
      // appositive's object; the person before the appositive speaks
      if (k + 2 < j && (t.lower(k + 1).equals("which") || t.lower(k + 1).equals("who")) && !(base.kind == Mention.Kind.NAME && personName(base))) {
        boolean clause = true;
        for (int i = k + 2; i < j && clause; i++) clause = inRelativeClause(t, i);
        Mention person = clause ? subjectBefore(t, p, text, lo, k + 1) : null;
        if (person != null && person.kind == Mention.Kind.NAME && person.conjuncts.isEmpty() && personName(person)
            && (t.indexFrom(person.start) == lo || afterOpeningPhrase(t, lo, t.indexFrom(person.start)))) return person;
      }
      // "Ruben Rubinyan, Kilic's counterpart in the talks, welcomed the move, saying": the person the appositive
      // describes, who opens the sentence
      // ("Senator Raymond Ortiz, Democrat of New Mexico, who has long opposed ..., said": a description in capitals)
      int bs = t.indexFrom(base.start);
      // ("State Rep. Dwight Kessler, R-Twin Falls, who sponsored ..., said": an American party tag)
      // ("Kate Lyons, the Labour MP for Bristol South West, who chairs ..., said": an office of a place, read as the place's
      // name after a determiner)
      if (base.kind == Mention.Kind.DESCRIPTOR || base.kind == Mention.Kind.NAME && (p.roleWord(t.lower(bs)) || PARTY_TAG.matcher(base.surface).matches()
          || base.roleClass != null && MentionParser.DETERMINERS.contains(t.lower(bs)))) {
        Mention person = bs - 2 >= lo && t.text(bs - 1).equals(",") ? p.backward(t, lo, bs - 2, text) : null;
        if (person != null && person.kind == Mention.Kind.NAME && person.conjuncts.isEmpty() && personName(person)
            && (opensAfterTitles(t, lo, t.indexFrom(person.start)) || afterOpeningPhrase(t, lo, t.indexFrom(person.start)))
            && after(t, person) == bs - 1) {
          return person;
        }
      }
      Mention from = beforeFromPlace(t, p, text, lo, base);
      if (from != null) return from;
      // "The Russian Reconciliation Centre in Hmeimim, for its part, said": the body before its place
      Mention placed = nameBeforePlace(t, p, text, lo, base);
      if (placed != null) return placed;
      Mention opening = subjectOpening(t, p, text, lo, base);
      if (opening != null) return opening;
      if (appos != null && appos.kind == Mention.Kind.NAME && appos.end <= t.start(j)) {
        // "Minister of Foreign Affairs and Expatriates, Asaad al-Shaibani, said": a title with its portfolio
        if (base.kind == Mention.Kind.NAME && base.conjuncts.isEmpty() && p.portfolioOnly(base.name)) return appos.withRole(p.titleRole(t, lo, k));
        // "The family's MP, Liberal Democrat Tom Carrow, said": a title in capitals read as a name, then the person
        if (base.kind == Mention.Kind.NAME && base.conjuncts.isEmpty() && base.name != null && !base.name.contains(" ")
            && p.roleWord(base.name) && personName(appos)) return appos.withRole(p.titleRole(t, lo, k));
        // "Director of the Center ... of the Russian Academy of Sciences, Nikita Arkhipov, told": a role held in a body,
        // then the person's name; the person speaks, not the body
        if (base.kind == Mention.Kind.NAME && base.conjuncts.isEmpty() && personName(appos) && roleOpening(t, p, lo, k)) {
          return appos.withRole(p.titleRole(t, lo, k));
        }
        // "A former Royal Marine, James Whitcombe, said": a name after "a"/"an" is a description; the person speaks
        if (base.kind == Mention.Kind.NAME && base.conjuncts.isEmpty() && personName(appos)
            && SentenceSubject.indefinite(t.lower(bs))) return appos;
        if (base.conjuncts.size() > 1) {
          Mention last = base.conjuncts.get(base.conjuncts.size() - 1);
          if (last.kind == Mention.Kind.DESCRIPTOR) base.conjuncts.set(base.conjuncts.size() - 1, appos);
        } else if (base.kind == Mention.Kind.DESCRIPTOR && !SentenceSubject.indefinite(t.lower(t.indexFrom(appos.start)))) {
          base.appositive = appos; // ("Another aide, a Democrat, notes": a name after "a" describes, it names no one)
        }
      } else if (appos != null) {
        base.appositive = p.describe(t, k + 1, j, text);
      }
      return base;
    }
    Mention m = p.backward(t, lo, j, text);
    // "Host families who opened their homes in the first months of the war say": no phrase before the cue
    if (m == null) return opening(t, p, text, lo, j + 1, false);
    // "Euroclear has issued a short statement saying": the document's author
    Mention issuer = p.issuerOf(t, lo, m, text);
    if (issuer != null) return issuer;
    // "The charity he was working for, Cymru Aid Link, issued a statement saying": the issuing verb's own subject, past an
    // appositive or a clause that the phrase right before the verb does not make
    int issuing = p.issuingVerb(t, lo, m);
    if (issuing > lo) {
      Mention author = subjectBefore(t, p, text, lo, issuing);
      // (a name after "a"/"an" is a post-modifier's object read alone: "the Coalition for a Free Syria")
      if (author != null && !(author.kind == Mention.Kind.NAME && SentenceSubject.indefinite(t.lower(t.indexFrom(author.start))))) return author;
    }
    Mention person = nameBeforePlace(t, p, text, lo, m);
    Mention from = beforeFromPlace(t, p, text, lo, person != null ? person : m);
    if (from != null) return from;
    if (person != null) return person;
    Mention opening = subjectOpening(t, p, text, lo, m);
    if (opening != null) return opening;
    // "An SDF official reached by Al-Monitor in Hasakah said": a descriptor whose post-modifier runs to the cue
    // (a lower-case head before it: "Governor of the Central Bank of Jordan Omar Nasser" is a title and its holder)
    int ms = t.indexFrom(m.start);
    // ("the Russian ambassador to Syria Alexander Yefimov": a title's place, then its holder, who speaks)
    boolean holder = titleHolder(t, p, m, lo, ms);
    // ("Residents in rural Daraa and Idlib complain": one lower-case word between the preposition and the place)
    int prep = ms - 1;
    if (prep - 1 > lo && t.isWord(prep) && !t.isCapitalized(prep) && !MODIFIER_PREPOSITIONS.contains(t.lower(prep))
        && MODIFIER_PREPOSITIONS.contains(t.lower(prep - 1))) prep--;
    if (m.kind == Mention.Kind.NAME && prep > lo && MODIFIER_PREPOSITIONS.contains(t.lower(prep)) && (lowerCaseHead(t, lo, prep) || prep == lo + 1 && pluralHead(t.lower(lo))) && !holder) {
      Mention first = p.forward(t, lo, j + 1, text);
      if (first != null && first.kind == Mention.Kind.DESCRIPTOR && first.conjuncts.isEmpty() && t.indexFrom(first.start) == lo
          && after(t, first) == j + 1) return first;
    }
    return m;
  }

  /**
   * The name that opens the clause at {@code lo} before a "whose" aside that runs to the comma {@code j} before the cue:
   * "Maya Stern, whose brother Yoav, 34, is being held in Gaza, wrote"; "Karim Haddad, whose father, Sami Haddad, a
   * shopkeeper from Homs, was detained in 2013, said". The aside has its own verb, so nobody in it is the cue's subject,
   * however many commas it holds: the first ", whose" after the opening name is taken to run to {@code j} (not checked:
   * a main verb of the name between them is not looked for). Null when the clause opens otherwise.
   */
  private static Mention beforeWhoseAside(Tokens t, MentionParser p, String text, int lo, int j) {
    for (int x = lo + 1; x + 2 < j; x++) {
      if (!t.text(x).equals(",") || !t.lower(x + 1).equals("whose")) continue;
      int e = x - 1;
      // "Hatice Demir, 42, whose son ...": an age between the name and the aside
      if (e - 2 >= lo && isNumber(t, e) && t.text(e - 1).equals(",")) e -= 2;
      Mention m = p.backward(t, lo, e, text);
      if (m != null && m.kind == Mention.Kind.NAME && m.conjuncts.isEmpty() && personName(m) && t.indexFrom(m.start) == lo
          && after(t, m) == e + 1) return m;
      return null;
    }
    return null;
  }

  /** Whether {@code w} is a plural descriptor head of persons ("residents", "families"), no title: a sentence may open with it. */
  private static boolean pluralHead(String w) {
    org.stancemap.speakers.Descriptors.Head h = org.stancemap.speakers.Descriptors.load().head(w);
    return h != null && h.plural && !org.stancemap.speakers.Speaker.ORGANIZATION.equals(h.type);
  }

  /** Whether the cue at token {@code i} reports a clause ("saying", "warning"), not words it labels ("calling", "branding"). */
  private static boolean clauseCue(Tokens t, int i) {
    CueLexicon.Cue c = CueLexicon.load().at(t, i, t.size());
    return c != null && (c.role.equals(CueLexicon.SPEECH) || c.role.equals(CueLexicon.THAT));
  }

  /**
   * Whether a finite verb stands among the eight tokens from {@code i}, before punctuation: an auxiliary of
   * data/reported-speech-words.tsv aux ("inspections are holding up deliveries") or a past form in -ed; "saying goodbye to
   * reporters", "saying nothing about the proposal" have none.
   */
  private static boolean finiteVerbAfter(Tokens t, int i) {
    org.stancemap.statements.ReportedSpeechWords words = org.stancemap.statements.ReportedSpeechWords.load();
    for (int x = i + 1; x < Math.min(t.size(), i + 8) && t.isWord(x); x++) {
      String w = t.lower(x);
      if (words.auxiliary(w) || w.length() > 4 && w.endsWith("ed")) return true;
    }
    return false;
  }

  /** Whether a lower-case word that is no determiner, preposition or title link stands among tokens [lo, s). */
  private static boolean lowerCaseHead(Tokens t, int lo, int s) {
    for (int i = lo; i < s; i++) {
      String w = t.lower(i);
      if (t.isWord(i) && !t.isCapitalized(i) && !MentionParser.DETERMINERS.contains(w) && !MODIFIER_PREPOSITIONS.contains(w)
          && !TITLE_LINKS.contains(w)) return true;
    }
    return false;
  }

  private static boolean dash(Tokens t, int i) {
    String x = t.text(i);
    return x.equals("\u2014") || x.equals("\u2013") || x.equals("--");
  }

  /**
   * The subject before an appositive between dashes that ends at the dash {@code j} before the cue: "A second Turkish
   * official — a diplomat involved in Syria policy — said", "Hakan Fidan — Turkey's foreign minister — said"; the phrase
   * before the first dash speaks, with the appositive. Null when no such phrase is there.
   */
  private static Mention beforeDashAside(Tokens t, MentionParser p, String text, int lo, int j) {
    int k = j - 1;
    while (k > lo && k > j - WINDOW && !dash(t, k) && !t.text(k).equals(",") && t.first(k) != '"') k--;
    if (k <= lo || k >= j - 1 || !dash(t, k)) return null;
    Mention base = p.backward(t, lo, k - 1, text);
    if (base == null || base.kind == Mention.Kind.PRONOUN) return null;
    Mention appos = p.forward(t, k + 1, j, text);
    if (appos != null && appos.kind == Mention.Kind.NAME && base.kind == Mention.Kind.DESCRIPTOR && appos.end <= t.start(j)) {
      base.appositive = appos;
    } else {
      base.appositive = p.describe(t, k + 1, j, text);
    }
    return base;
  }

  /**
   * Token {@code s} opens the clause after an opening phrase and its comma: "In an interview, Pavel Orlov, president of
   * ..., one of ..., said".
   */
  private static boolean afterOpeningPhrase(Tokens t, int lo, int s) {
    return s - 2 > lo && t.text(s - 1).equals(",") && SentenceSubject.opensWithAdverbial(t, lo, s);
  }

  /** Subject pronouns that open a relative clause without its pronoun: "the charity [that] he was working for" (data/speaker-words.tsv contact-subjects). */
  private static final Set<String> CONTACT_SUBJECTS = SpeakerWords.list("contact-subjects");

  /** Participles of a hedged attribution ("is reported to have said", "was heard to say"; data/speaker-words.tsv "hedged-participles"). */
  private static final Set<String> HEDGED = SpeakerWords.list("hedged-participles");

  /**
   * The token before a hedged attribution that ends at {@code j} right before a cue: "[Erdogan] is reported to have
   * (said)", "[The minister] was heard to (say)", "[He] is understood to have (told)"; {@code j} itself when none.
   */
  private static int hedgeBefore(Tokens t, int lo, int j) {
    int k = j;
    if (k >= lo && t.lower(k).equals("have")) k--;
    if (k - 2 < lo || !t.lower(k).equals("to") || !HEDGED.contains(t.lower(k - 1))) return j;
    int b = k - 2;
    while (b >= lo && skippable(t, b) && !BE.contains(t.lower(b))) b--; // "is also said to", "is widely believed to"
    return b - 1 >= lo && BE.contains(t.lower(b)) ? b - 1 : j;
  }

  /**
   * The phrase before a place the subject comes from, set off by commas: "The heavyweight, from Stockport, Greater
   * Manchester, says" (the place {@code place} found before the cue); null when {@code place} is no such object of "from"
   * or the phrase before it does not open the clause.
   */
  private static Mention beforeFromPlace(Tokens t, MentionParser p, String text, int lo, Mention place) {
    if (place == null || place.kind != Mention.Kind.NAME) return null;
    int ps = t.indexFrom(place.start);
    if (ps - 3 < lo || !t.lower(ps - 1).equals("from") || !t.text(ps - 2).equals(",")) return null;
    Mention from = p.backward(t, lo, ps - 3, text);
    // a phrase with a head no list has, opening the sentence: "The heavyweight"
    if (from == null && ps - 2 - lo >= 2 && ps - 2 - lo <= 4) from = p.loose(t, lo, ps - 2, text);
    return from != null && from.kind != Mention.Kind.PRONOUN && from.conjuncts.isEmpty() && after(t, from) == ps - 2
        && (t.indexFrom(from.start) == lo || afterOpeningPhrase(t, lo, t.indexFrom(from.start))) ? from : null;
  }

  /**
   * The description that opens the sentence at {@code lo} and is followed, up to token {@code k}, by a short relative clause
   * without its pronoun, opened by a subject pronoun: "Analysts I have talked to", "Residents we spoke with", "People she
   * interviewed" (data/speaker-words.tsv contact-subjects, and "I"); null when none.
   */
  private static Mention contactedDescription(Tokens t, MentionParser p, String text, int lo, int k) {
    for (int r = Math.max(lo + 1, k - 5); r < k - 1; r++) {
      String w = t.lower(r).replace('\u2019', '\'');
      // ("Several diplomats I've met say": the pronoun with its auxiliary in one word)
      if (w.endsWith("'ve") || w.endsWith("'d")) w = w.substring(0, w.lastIndexOf('\''));
      if (!(CONTACT_SUBJECTS.contains(w) && !t.isCapitalized(r) || w.equals("i") && t.text(r).startsWith("I"))) continue;
      for (int i = r + 1; i < k; i++) if (!inRelativeClause(t, i) || t.isCapitalized(i)) return null;
      Mention d = p.forward(t, lo, r, text);
      return d != null && d.conjuncts.isEmpty() && d.kind == Mention.Kind.DESCRIPTOR && after(t, d) == r ? d : null;
    }
    return null;
  }

  /**
   * Whether tokens [lo, k) are a description and a relative clause of words that runs to {@code k}: "A former Royal Marine
   * who served in Helmand", "The charity he was working for" (a clause without its pronoun, opened by a subject pronoun).
   */
  private static boolean describedWithRelative(Tokens t, MentionParser p, String text, int lo, int k) {
    for (int r = lo + 2; r < k - 1; r++) {
      String w = t.lower(r);
      if (!w.equals("who") && !w.equals("that") && !(CONTACT_SUBJECTS.contains(w) && !t.isCapitalized(r))) continue;
      for (int i = r + 1; i < k; i++) if (!inRelativeClause(t, i)) return false;
      Mention d = p.forward(t, lo, r, text);
      if (d == null && r - lo <= 4) d = p.loose(t, lo, r, text); // a head no list has: "The hospital she worked for"
      return d != null && d.conjuncts.isEmpty() && d.kind != Mention.Kind.PRONOUN && after(t, d) == r;
    }
    return false;
  }

  /** Whether only capitalised words ("State" of "State Rep. ...") stand between the sentence's start {@code lo} and token {@code s}. */
  private static boolean opensAfterTitles(Tokens t, int lo, int s) {
    for (int x = lo; x < s; x++) if (!t.isWord(x) || !t.isCapitalized(x) || MentionParser.isStopCap(t.lower(x))) return false;
    return s - lo <= 2;
  }

  /** The verb forms of saying that are never a noun after a possessive: "Lloyd's said", "Sotheby's says". */
  private static final Set<String> PLAIN_SAYING = SpeakerWords.list("plain-saying");
  private static final Set<String> CONTRACTED_PRONOUNS = SpeakerWords.list("contracted-pronouns");

  /** A pronoun contracted with "has" or "is" ("he's", "what's"): no possessive name. */
  private static boolean contractedPronoun(String lower) {
    return apostropheS(lower) && CONTRACTED_PRONOUNS.contains(lower.substring(0, lower.length() - 2));
  }

  /** A word that ends in "'s" (either apostrophe): a possessive, or "is"/"has" contracted. */
  private static boolean apostropheS(String w) {
    return w.endsWith("'s") || w.endsWith("\u2019s");
  }

  /** A name that ends in "'s" with words of its own after it before token {@code k}: "Syria's closest ally" describes, it names no one. */
  private static boolean possessor(Tokens t, Mention m, int k) {
    int e = t.indexFrom(m.end);
    return (apostropheS(m.surface) || e < k && (t.text(e).equals("'s") || t.text(e).equals("\u2019s"))) && after(t, m) < k;
  }

  /** An American party tag after a lawmaker's name: "R-Twin Falls", "D-Md.", "I-Vt.". */
  private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}[\\p{L}. '\u2019-]*");

  /**
   * Whether {@code m} is a place and then a person's name ("Syria Ingrid Talvela", read backward from the cue), after a
   * title among tokens [a, b) ("UNICEF Representative in", "IOM Chief of Mission in"): the title's holder. The title must
   * head the phrase: no preposition before its last title word ("a spokesman for the UN envoy to Syria Geir Pedersen" is
   * the spokesman's, "the daughter of the ambassador to Turkey X" the daughter's).
   */
  private static boolean titleHolder(Tokens t, MentionParser p, Mention m, int a, int b) {
    if (m.kind != Mention.Kind.NAME || m.name == null || m.name.equals(m.surface) || !m.surface.endsWith(m.name) || !p.personName(m.name)) {
      return false;
    }
    int title = -1;
    for (int i = a; i < b; i++) if (t.isWord(i) && p.titleWord(t.lower(i))) title = i;
    if (title < 0) return false;
    for (int i = a; i < title; i++) if (MODIFIER_PREPOSITIONS.contains(t.lower(i))) return false;
    return true;
  }

  /** A person's name of two words or more ("Nikita Arkhipov"), no body's. */
  private static boolean personName(Mention m) {
    return m.name != null && m.name.contains(" ") && !MentionParser.looksLikeOrganization(m.name);
  }

  /**
   * The clause [lo, k) opens with a role held in a body: a title or head word, first or after "The"/"A" and at
   * most two capitalised words ("Director of ...", "The head of the patients' organization ...", "SOCAR Vice
   * President for Investments"), with "of" or "for" after it, or ending the clause ("SOCAR Vice President").
   */
  private static boolean roleOpening(Tokens t, MentionParser p, int lo, int k) {
    // the role opens the sentence, or follows an opening phrase and its comma ("Also briefing the Council, the
    // Personal Envoy of the Secretary-General for Sudan, Abdoulaye Sarr, said")
    for (int r0 = lo; r0 < k; r0++) {
      if (r0 > lo && !t.text(r0 - 1).equals(",")) continue;
      int r = r0;
      if (r < k && (t.lower(r).equals("the") || t.lower(r).equals("a"))) r++;
      // "Personal Envoy", "SOCAR Vice President": capitalised words before the role word
      for (int c = 0; c < 2 && r + 1 < k && t.isWord(r) && !p.roleWord(t.text(r)) && t.isCapitalized(r); c++) r++;
      if (r >= k || !t.isWord(r) || !p.roleWord(t.text(r))) continue;
      if (r == k - 1) return true;
      for (int x = r + 1; x < k && x <= r + 3; x++) if (t.lower(x).equals("of") || t.lower(x).equals("for")) return true;
    }
    return false;
  }

  /**
   * The token before a parenthesised short form that ends at token {@code e} ("Regulatory Agency (MHRA)"
   * → the token before "("), the "(" within five tokens and after {@code lo}; {@code e} itself otherwise.
   */
  static int beforeShortForm(Tokens t, int lo, int e) {
    if (e < lo || !t.text(e).equals(")")) return e;
    int o = e - 1;
    while (o > lo && o > e - 6 && !t.text(o).equals("(")) o--;
    return o > lo && t.text(o).equals("(") ? o - 1 : e;
  }

  private static boolean isQuoteMark(String s) {
    return s.equals("\"") || s.equals("\u201d") || s.equals("''");
  }

  /** A comma between phrases: not one of a number ("2,000"). */
  static boolean clauseComma(Tokens t, int k) {
    return t.text(k).equals(",") && !thousands(t, k);
  }

  /**
   * The comma of a number: digits on both sides, no space. The tokenizer keeps "2,000" in one word; this is for the digits it
   * leaves apart ("3,14159", "2019,2020").
   */
  static boolean thousands(Tokens t, int k) {
    if (k - 1 < 0 || k + 1 >= t.size() || t.end(k - 1) != t.start(k) || t.start(k + 1) != t.end(k)) return false;
    String a = t.text(k - 1), b = t.text(k + 1);
    return !a.isEmpty() && !b.isEmpty() && Character.isDigit(a.charAt(a.length() - 1)) && Character.isDigit(b.charAt(0));
  }

  /**
   * "A Russian official who has worked on Syria policy for years, speaking on condition of anonymity
   * because ..., said": when the words between the sentence's first comma and the comma {@code j} before
   * the cue start with a participle ("speaking", "asked", "citing"), the subject is the phrase that opens
   * the sentence; null otherwise.
   */
  static Mention participleAside(Tokens t, MentionParser p, String text, int lo, int j) {
    int c = lo;
    while (c < j && !clauseComma(t, c)) {
      if (t.first(c) == '"' || t.text(c).equals(";")) return null;
      c++;
    }
    if (c >= j || c == lo || !t.isWord(c + 1) || t.isCapitalized(c + 1)) return null;
    String w = t.lower(c + 1);
    if (!(w.endsWith("ing") || w.equals("asked") || w.equals("quoted") || w.equals("interviewed"))) return null;
    Mention first = p.forward(t, lo, c, text);
    if (first == null || first.kind == Mention.Kind.PRONOUN || first.start != t.start(lo)) return null;
    // the opening phrase reaches the comma, or a relative clause of words follows it ("... who has worked ... for years,")
    int a = after(t, first);
    if (a != c) {
      if (!RELATIVES.contains(t.lower(a))) return null;
      for (int i = a + 1; i < c; i++) if (!inRelativeClause(t, i)) return null;
    }
    return first;
  }

  /**
   * Whether token {@code i} may stand inside a relative clause of a subject: a word, a hyphen, or a
   * currency or percent sign ("who oversees about $3 billion in debt said").
   */
  public static boolean inRelativeClause(Tokens t, int i) {
    String x = t.text(i);
    return t.isWord(i) || x.equals("-") || x.equals("%") || x.length() == 1 && Character.getType(x.charAt(0)) == Character.CURRENCY_SYMBOL;
  }

  /** Prepositions whose object, met right before a cue, is inside a modifier of the subject. */
  private static final Set<String> MODIFIER_PREPOSITIONS = SpeakerWords.list("modifier-prepositions"); // not "with": "with spokesman Dmitry Peskov telling reporters"
  private static final Set<String> TITLE_LINKS = SpeakerWords.list("title-links");
  private static final Set<String> RELATIVES = SpeakerWords.list("relatives");

  /** Whether tokens [a, b) are all words. */
  private static boolean allWords(Tokens t, int a, int b) {
    for (int i = a; i < b; i++) if (!t.isWord(i)) return false;
    return true;
  }

  /** A word that opens a relative clause ("who", "which", "whose", "that"; data/speaker-words.tsv "relatives"). */
  public static boolean relative(String lower) {
    return RELATIVES.contains(lower);
  }

  /**
   * The phrase that opens the sentence, when the phrase {@code m} found before a cue is an object inside
   * a modifier of it: a relative clause ("The chief executive of a Mersin-based firm
   * that builds houses in Aleppo said": not Aleppo) or an aside between commas ("Sargsyan, answering a
   * question about the situation in Kessab, the village in Latakia province, said": not Kessab; there
   * {@code m} must follow a preposition). Null when the sentence does not open with a speaker phrase
   * followed by a relative pronoun or a comma.
   */
  static Mention subjectOpening(Tokens t, MentionParser p, String text, int lo, Mention m) {
    return opening(t, p, text, lo, t.indexFrom(m.start), true);
  }

  /**
   * The phrase opening the sentence at {@code lo} when a relative clause or an aside runs from it to token
   * {@code s} (see {@link #subjectOpening}); without a phrase at {@code s} ({@code object} false) only a
   * relative clause of two words or more.
   */
  private static Mention opening(Tokens t, MentionParser p, String text, int lo, int s, boolean object) {
    if (s - 1 <= lo) return null;
    int c = lo;
    while (c < s - 1 && t.isWord(c) && !RELATIVES.contains(t.lower(c))) c++;
    if (c >= s - 1 || c == lo) return null;
    boolean relative = RELATIVES.contains(t.lower(c));
    boolean aside = t.text(c).equals(",") && t.isWord(c + 1) && !t.isCapitalized(c + 1);
    // in an aside the phrase must be a preposition's object; in a relative clause any object ("who shot the
    // envoy said"), but not the clause's own subject ("the deal that Putin said ...")
    if (aside && !MODIFIER_PREPOSITIONS.contains(t.lower(s - 1))) return null;
    if (!relative && !aside) return null;
    if (!object && (!relative || s - c < 3)) return null;
    for (int i = c + 1; i < s; i++) {
      if (t.first(i) == '"' || t.text(i).equals(";") || t.text(i).equals(".")) return null;
      if (relative && !inRelativeClause(t, i)) return null; // the relative clause runs to m
    }
    // "Deputy Spokesperson of the Ministry of Foreign Affairs Lilit Sargsyan,": read back from the comma
    Mention first = relative ? p.forward(t, lo, c, text) : p.backward(t, lo, c - 1, text);
    if (first == null || first.kind == Mention.Kind.PRONOUN || after(t, first) != c) return null;
    // the phrase opens the sentence: only a title chain may stand before it ("The Kremlin declined to comment
    // on the talks between A and B, with ..." is no subject)
    for (int i = lo; i < t.indexFrom(first.start); i++) {
      // ("In a statement, the Directorate in Daraa said": "In" is no title)
      if (!t.isWord(i) || !((t.isCapitalized(i) && !MentionParser.isStopCap(t.text(i))) || TITLE_LINKS.contains(t.lower(i))
          || p.roleWord(t.text(i)))) return null;
    }
    return first;
  }

  private static final Set<String> PLACE_CHAIN = SpeakerWords.list("place-chain");
  private static final Set<String> NAME_LINKS = SpeakerWords.list("name-links");
  private static final Set<String> CLAUSE_OPENERS = SpeakerWords.list("clause-openers");
  private static final Set<String> POSSESSIVES = SpeakerWords.list("possessives");

  /**
   * "Imam Khalid Rahman of the Islamic Centre in nearby Woodstock said": the phrase before the cue is a
   * place or body at the end of prepositional phrases after the sentence's first name; the speaker is that
   * name. Only capitalised words and the words of {@link #PLACE_CHAIN} may stand between them. A body's name that ends
   * right before the place, in a clause that opens inside the sentence, is read backward when the sentence's first name
   * is no such one: "Flows stopped after the International Chamber of Commerce in Paris ruled".
   */
  static Mention nameBeforePlace(Tokens t, MentionParser p, String text, int lo, Mention m) {
    if (m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty()) return null;
    int s = t.indexFrom(m.start);
    if (s - 1 <= lo || !PLACE_CHAIN.contains(t.lower(s - 1)) || t.lower(s - 1).equals("of")) return null;
    // after an opening phrase and its comma: "In a statement, the Internal Security Directorate in Daraa said"
    int from = lo;
    for (int i = s - 1; i > lo; i--) {
      if (t.text(i).equals(",")) { from = i + 1; break; }
    }
    Mention first = p.forward(t, from, s, text);
    if (first == null && from > lo) first = p.forward(t, lo, s, text);
    // "UNICEF Representative in Syria Ingrid Talvela said", "ICRC Head of Delegation in Syria Tom Beck said": a title held
    // in a place, then its holder's name right before the cue; the holder speaks, not the title
    if (first != null && first.kind == Mention.Kind.NAME && first.conjuncts.isEmpty() && after(t, first) == s - 1
        && titleHolder(t, p, m, t.indexFrom(first.start), s - 1)) {
      return m.withRole(p.titleRole(t, t.indexFrom(first.start), s - 1));
    }
    Mention placed = placedName(t, p, text, s, m, first);
    if (placed != null) return placed;
    // "Flows stopped after the International Chamber of Commerce in Paris ruled": the name that ends right before the
    // place, found backward over its capitalised words and the small words inside a body's name (name-links)
    int k = s - 2;
    while (k >= from && t.isWord(k) && (t.isCapitalized(k) || NAME_LINKS.contains(t.lower(k)))) k--;
    int start = k + 1;
    while (start < s - 1 && NAME_LINKS.contains(t.lower(start)) && !t.lower(start).equals("the")) start++;
    if (start <= from || start >= s - 1 || first != null && t.indexFrom(first.start) == start) return null;
    // only where a clause opens ("after", "when", a comma): "Farmers who sued the Ministry of Agriculture in Ankara said" is
    // the farmers' (the name is an object there)
    if (!t.text(start - 1).equals(",") && !CLAUSE_OPENERS.contains(t.lower(start - 1))) return null;
    return placedName(t, p, text, s, m, p.forward(t, start, s, text));
  }

  /** {@code first}, a name read forward, when it ends where a place links it to the mention {@code m} at token {@code s}. */
  private static Mention placedName(Tokens t, MentionParser p, String text, int s, Mention m, Mention first) {
    if (first == null || first.kind != Mention.Kind.NAME || first.name == null) return null;
    boolean body = MentionParser.looksLikeOrganization(first.name);
    if (!first.name.contains(" ") && !(body && first.surface.contains(" "))) return null; // "The Russian Embassy"
    int a = after(t, first);
    // "The German Economic Institute (IW) in Cologne": past the body's short form
    if (body && a + 3 < s && t.text(a).equals("(") && t.text(a + 2).equals(")")) a += 3;
    if (a >= s) return null;
    String link = t.lower(a);
    // a person "of", "from", "at" or "in" a place; a body only "in" or "at" one ("The Russian Embassy in
    // Washington"; "Bank of England" is one name)
    if (body ? !link.equals("in") && !link.equals("at") : !link.equals("of") && !link.equals("from") && !link.equals("at") && !link.equals("in")) {
      return null;
    }
    for (int i = a; i < s; i++) {
      if (!t.isWord(i) || !(t.isCapitalized(i) || PLACE_CHAIN.contains(t.lower(i)))) return null;
    }
    // a body keeps its place: "the Russian Embassy in Washington" is one embassy of many
    if (body && a == s - 1 && m.name != null && m.name.equals(m.surface)) return p.bodyInPlace(first, m, text);
    return first;
  }

  private static final Set<String> NAMING = SpeakerWords.list("naming"); // not "known as": an alias

  /**
   * The name a speaker goes by, ending just before token {@code end}: "who asked to be identified only as
   * Mohammad", "who gave his name as Abu Omar" (a word of naming at most four words before "as"); null if
   * the words before {@code end} are no such phrase.
   */
  public static Mention givenName(Tokens t, MentionParser p, String text, int lo, int end) {
    if (end - 1 < lo) return null;
    Mention m = p.backward(t, lo, end - 1, text);
    if (m == null || m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty()) return null;
    int a = t.indexFrom(m.start) - 1;
    if (a < lo || !t.lower(a).equals("as")) return null;
    for (int k = a - 1; k >= lo && k >= a - 4; k--) if (NAMING.contains(t.lower(k))) return m;
    return null;
  }

  /**
   * The phrase that opens the clause [lo, cue) when a participle's aside follows it and a verb follows the aside: "CHP
   * leader Ozgur Ozel, speaking to reporters at the party's headquarters in Ankara, called the detention ... and vowed":
   * Ozgur Ozel; null otherwise. A last resort for a cue after "and" whose shared subject the other readings miss.
   */
  public static Mention openingPastAside(Tokens t, MentionParser p, String text, int lo, int cue) {
    Mention opening = p.forward(t, lo, cue, text);
    if (opening == null || !opening.conjuncts.isEmpty() || opening.kind == Mention.Kind.PRONOUN) return null;
    int comma = after(t, opening);
    if (comma + 1 >= cue || !t.text(comma).equals(",") || !t.isWord(comma + 1) || t.isCapitalized(comma + 1)
        || !(t.lower(comma + 1).endsWith("ing") || t.lower(comma + 1).endsWith("ed"))) return null;
    int x = comma + 2;
    while (x < cue && !t.text(x).equals(",")) x++;
    // the aside's closing comma, then the clause's verb in lower case
    return x + 1 < cue && verbAfterAside(t, x + 1) ? opening : null;
  }

  /**
   * Whether token {@code i}, right after an aside's closing comma, can be the clause's own verb: a lower-case word that
   * marks no noun and is no modifier's preposition, "and", "who" or "which" ("..., a member of the committee, called").
   */
  private static boolean verbAfterAside(Tokens t, int i) {
    return t.isWord(i) && !t.isCapitalized(i) && !nounMarker(t, i) && !MODIFIER_PREPOSITIONS.contains(t.lower(i))
        && !t.lower(i).equals("and") && !t.lower(i).equals("who") && !t.lower(i).equals("which");
  }

  /**
   * The subject of the clause a cue at {@code cue} belongs to, for cues after a conjunction or a
   * participle ("Putin thanked Erdogan, calling ...", "... but noted that ..."): the last phrase
   * that starts the sentence or follows a comma and is followed by a verb-like word.
   */
  public static Mention clauseSubject(Tokens t, MentionParser p, String text, int lo, int cue) {
    Mention best = null;
    Mention name = null; // a name that ends at a comma: the head of an appositive after it
    int nameComma = -1; // that comma's token
    lo = Math.max(lo, cue - WINDOW);
    int opens = lo; // the clause's first token: lo, or past a dateline's dash or an opening time phrase
    int openingComma = -1; // the comma right after the phrase that opens the clause
    for (int i = lo; i < cue; i++) {
      // (or after a dateline's dash: "DAMASCUS — Sen. Dale Whitcomb, an Oklahoma Republican, ... said")
      boolean dateline = i - 1 == lo + 1 && (t.text(i - 1).equals("\u2014") || t.text(i - 1).equals("\u2013"));
      // (or after an opening time phrase: "Last week Sweden's Supreme Court turned down the request, saying")
      boolean timed = i == lo + 2 && OPENING_TIMES.contains(t.lower(lo)) && t.isWord(lo + 1)
          && (TIME.contains(t.lower(lo + 1)) || OPENING_TIME_NOUNS.contains(t.lower(lo + 1)));
      if (dateline || timed) opens = i;
      if (!(i == lo || t.text(i - 1).equals(",") || t.text(i - 1).equals(";") || dateline || timed)) continue;
      Mention m = p.forward(t, i, cue, text);
      if (i == opens && m != null && after(t, m) < cue && t.text(after(t, m)).equals(",")) openingComma = after(t, m);
      Mention before = name != null && nameComma == i - 1 ? name : null;
      name = null;
      // "One of them, Maria Keller, criticised the plan and said": a name between commas right after the opening phrase,
      // then the verb of the clause ("praised his predecessor, Angela Merkel, warmly" is an object)
      if (m == null && before != null && t.indexFrom(before.start) == openingComma + 1 && verbAfterAside(t, i)) best = before;
      if (m == null) continue;
      int a = after(t, m);
      if (a >= cue) continue;
      // "Sen. Roger Kimball (R-Miss.), a member of ...,": a short parenthesis after the name is the name's
      int comma = m.kind == Mention.Kind.NAME ? pastParenthesis(t, a, cue, 8) : a;
      if (m.kind == Mention.Kind.NAME && comma < cue && t.text(comma).equals(",")) {
        name = m;
        nameComma = comma;
      }
      // "Rep. Glenn Pruitt, R-Texas, the panel's chairman, called ... and said": an American party tag between commas goes
      // with the name before it, and the name's verb may follow it
      // ("D-Ore.,": the abbreviation's full stop before the comma)
      if (before != null && m.kind == Mention.Kind.NAME && comma + 1 < cue && t.text(comma).equals(".") && t.text(comma + 1).equals(",")) comma++;
      // ("Alexander Kell, KC, prosecuting, said": letters after a name between commas, as the party tag)
      if (before != null && m.kind == Mention.Kind.NAME && (PARTY_TAG.matcher(m.surface).matches()
          || org.stancemap.speakers.Descriptors.load().isPostnominal(m.surface)) && comma < cue && t.text(comma).equals(",")) {
        name = before;
        nameComma = comma;
        if (comma + 1 < cue && t.isWord(comma + 1) && !t.isCapitalized(comma + 1) && !nounMarker(t, comma + 1)
            && !MentionParser.DETERMINERS.contains(t.lower(comma + 1))) best = before;
        continue;
      }
      // "Roger Kimball (R-Miss.), a member of the Armed Services Committee, called ... and said": the appositive closes
      // with a comma and the name's verb follows
      if (before != null && m.kind == Mention.Kind.DESCRIPTOR && t.text(a).equals(",") && a + 1 < cue && verbAfterAside(t, a + 1)) {
        best = before;
        continue;
      }
      // "Russia, Syria's closest ally, has used its veto ..., arguing": a possessor opens an appositive; the name before it
      if (m.kind == Mention.Kind.NAME && before != null && possessor(t, m, cue)) {
        best = before;
        continue;
      }
      if (!t.isWord(a) || t.isCapitalized(a)) continue;
      String w = t.lower(a);
      if (w.equals("of") || w.equals("and") || w.equals("in") || w.equals("for") || w.equals("to") || w.equals("with")) continue;
      // "Ruben Rubinyan, Kilic's counterpart in the talks, welcomed ..., saying": the name the appositive describes
      // (an appositive ends at a comma before the verb or goes on with a relative clause: "Officially, the senator
      // said" is neither, and the senator speaks)
      boolean appositive = t.text(a - 1).equals(",") || w.equals("who") || w.equals("whose") || w.equals("which");
      // ("Dale Whitcomb, an Oklahoma Republican who sits on ..., met ... and said": a capitalised description after "a"/"an"
      // describes the name before it, as a lower-case one does)
      // (the name opening the clause: "heard from Dale Whitcomb, a Tulsa Police officer, and the judge said" is an object)
      boolean describes = m.kind == Mention.Kind.DESCRIPTOR
          || m.kind == Mention.Kind.NAME && SentenceSubject.indefinite(t.lower(i)) && before != null && t.indexFrom(before.start) == opens;
      best = describes && before != null && appositive ? before : m;
    }
    return best;
  }

  /** A number of at most three digits: an age ("Marian Lloyd, 74,"). */
  static boolean isNumber(Tokens t, int i) {
    return t.isDigits(i, 3);
  }

  private static final Set<String> NOUN_MARKERS = SpeakerWords.list("noun-markers");

  /** A determiner or possessive: the word after it is a noun. */
  static boolean nounMarker(Tokens t, int i) {
    String w = t.lower(i);
    return NOUN_MARKERS.contains(w) || (t.isWord(i) && apostropheS(w));
  }

  /** Whether token {@code i} is a coordinating conjunction. */
  public static boolean conjunction(Tokens t, int i) {
    String w = t.lower(i);
    return w.equals("and") || w.equals("but") || w.equals("or");
  }

  /** Past a parenthesised short form of one word at token {@code i} ("(SES)", "(AA)"), before {@code hi}; {@code i} itself when none. */
  public static int pastShortForm(Tokens t, int i, int hi) {
    return i + 2 < hi && t.text(i).equals("(") && t.text(i + 2).equals(")") && t.isWord(i + 1) ? i + 3 : i;
  }

  /** The subject of a speech cue: direct subject, else the clause subject after a conjunction or for a participle. */
  public static Mention speakerOfCue(Tokens t, MentionParser p, String text, int lo, int cue) {
    // "Lord Sacks's comment", "the report": a noun, not a verb (but "Lloyd's said": a name in 's before "said" speaks)
    if (cue - 1 >= lo && nounMarker(t, cue - 1) && !(t.isCapitalized(cue - 1) && PLAIN_SAYING.contains(t.lower(cue))
        && !contractedPronoun(t.lower(cue - 1)))) return null;
    // "the Syrian state "does not seek ..."": a determiner and a state's adjective before a cue in its bare form (no
    // -s, -d or -ing: not "the Kremlin said") and a quotation right after it make the cue a noun ("the British say the
    // deal is dead" keeps its verb)
    String form = t.lower(cue);
    if (cue - 2 >= lo && cue + 1 < t.size() && isQuoteMark(t.text(cue + 1)) && nounMarker(t, cue - 2) && t.isCapitalized(cue - 1)
        && !t.lower(cue - 1).endsWith("s") && !form.endsWith("s") && !form.endsWith("d") && !form.endsWith("ing")
        && p.stateWord(t.text(cue - 1))) return null;
    Mention m = subjectBefore(t, p, text, lo, cue);
    // "Alexander Kell, KC, prosecuting, said": the name before the letters after it
    if (m != null && m.kind == Mention.Kind.NAME && org.stancemap.speakers.Descriptors.load().isPostnominal(m.surface)) {
      int s = t.indexFrom(m.start);
      Mention named = s - 2 >= lo && t.text(s - 1).equals(",") ? p.backward(t, lo, s - 2, text) : null;
      if (named != null && named.kind == Mention.Kind.NAME) m = named;
    }
    if (m != null) {
      // "Asked about media reports that ...": the object of a preposition is no subject, and "reports" a noun; but the
      // antecedent of ", who said" may be one ("Tishreen carried an interview with Nizar Haddad, who said that ...")
      int s = t.indexFrom(m.start);
      int r = cue - 1;
      while (r >= lo && skippable(t, r)) r--;
      boolean relative = r - 1 >= lo && t.lower(r).equals("who") && t.text(r - 1).equals(",");
      // "..., with the Foreign Ministry warning that ...": "with", a subject and its participle cue before "that" (an absolute
      // phrase) speak; "met with the minister, saying" does not
      // ("with Turkish officials saying inspections are slow": no "that", but no comma between the subject and its participle)
      boolean absolute = s - 1 >= lo && t.lower(s - 1).equals("with") && t.lower(cue).endsWith("ing") && cue + 1 < t.size()
          && (t.lower(cue + 1).equals("that") || r >= lo && !t.text(r).equals(",") && (!clauseCue(t, cue) || finiteVerbAfter(t, cue + 1)));
      boolean object = s - 1 >= lo && OBJECT_PREPOSITIONS.contains(t.lower(s - 1)) && !relative && !absolute;
      // "In a statement claiming the attack, Hezbollah said": a participle after a preposition's object
      // ("carried a statement from the SDF media office saying": a document's author after "from" speaks)
      boolean modified = s - 1 >= lo && MODIFIER_PREPOSITIONS.contains(t.lower(s - 1)) && t.lower(cue).endsWith("ing")
          && !(p.documentBefore(t, lo, s) && !t.lower(s - 1).equals("of")); // ("a statement of administration policy" names no author)
      // "In Ankara, the ministry welcomed the decision, saying": the place of an opening phrase, read as a name before an
      // appositive, is no subject; the clause's subject says it (below)
      // ("Speaking in Istanbul, the minister defended the law, saying": the clause's subject, wherever the preposition stands)
      if ((object || modified) && r >= lo && t.text(r).equals(",") && t.lower(cue).endsWith("ing")) m = null;
      else if (object || modified) return null;
      else return m;
    }
    int j = cue - 1;
    while (j >= lo && skippable(t, j)) j--;
    // ", saying": also after a quotation that ends with the comma ('as "information warfare," saying')
    if (j - 1 >= lo && isQuoteMark(t.text(j)) && t.text(j - 1).equals(",") && t.lower(cue).endsWith("ing")) j--;
    if (j >= lo && (conjunction(t, j) || (t.text(j).equals(",") && t.lower(cue).endsWith("ing")))) {
      return clauseSubject(t, p, text, lo, j);
    }
    // "The authors acknowledged that", "Turkey's coast guard said": a phrase with a head no list has,
    // opening the sentence or the clause after its opening phrase
    // adverbs and auxiliaries between ("have also said"), but no form of "be": "The talks were described as" is passive
    int e = cue - 1;
    while (e >= lo && skippable(t, e) && !BE.contains(t.lower(e))) e--;
    for (int a = e - 1; a >= lo && a >= e - 3; a--) {
      Mention loose = p.loose(t, a, e + 1, text);
      if (loose != null && (a == lo || t.text(a - 1).equals(","))) return loose;
    }
    return null;
  }

  /** The cue at token i if it can introduce speech (speech or label role). */
  public static CueLexicon.Cue speechCue(CueLexicon cues, Tokens t, int i, int hi) {
    CueLexicon.Cue c = cues.at(t, i, hi);
    return c != null && c.speaks() ? c : null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
