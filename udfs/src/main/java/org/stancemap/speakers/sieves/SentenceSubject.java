package org.stancemap.speakers.sieves;

import java.util.Set;
import org.stancemap.speakers.Descriptors;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.SpeakerWords;
import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.Speaker;
import org.stancemap.statements.CueLexicon;
import org.stancemap.statements.ReportedSpeechWords;
import org.stancemap.text.Tokens;

/**
 * The person a sentence is about, read as its subject: a name or a singular person descriptor followed
 * by a lower-case word that is no cue (its verb): "Ozturk has been inspected four times.", "Asked about
 * those statements, Haj Omar shrugged.", "But firebrand MP Pavel Sukhov went much further.", "Back in Ras
 * al-Ain, a teenage fighter guarding a checkpoint summed up the mood.", "In Istanbul, where ..., baker
 * Selim Arslan, 47, was still fuming", "Hesso, who sat on one of those committees, spoke for two hours".
 * Before the subject: a conjunction, up to three phrases ending in a comma when the sentence opens with
 * an adverbial word, and up to two lower-case words ("a teenage fighter"). Between subject and verb: an
 * age, an appositive name ("His daughter, Rana, 19, is"), a relative clause or a participle's aside ("Peskov, asked
 * about the bases, was brief:") between commas.
 */
public final class SentenceSubject {
  private static final Set<String> CONJUNCTIONS = SpeakerWords.list("subject-conjunctions");
  /** Words that open an adverbial ending in a comma before the subject. */
  private static final Set<String> ADVERBIAL = SpeakerWords.list("subject-adverbials");
  /** Lower-case words after a phrase that show it is no subject. */
  private static final Set<String> NOT_VERB = SpeakerWords.list("not-verb");
  private static final Set<String> ARTICLES = SpeakerWords.list("indefinite-articles");

  /** Whether a lower-case word is an indefinite article ("a", "an"; data/speaker-words.tsv indefinite-articles). */
  public static boolean indefinite(String lower) {
    return ARTICLES.contains(lower);
  }

  private static final Set<String> RELATIVE = SpeakerWords.list("subject-relatives");
  /** Possessives that open a subject phrase ("His mother", "Her lawyer", "Their spokesman"). */
  private static final Set<String> POSSESSIVES = SpeakerWords.list("possessives");
  private static final Set<String> PERSON_PRONOUNS = SpeakerWords.list("person-pronouns");
  private static final int REACH = 40, RELATIVE_MAX = 25;

  /** The subject phrase (a name, descriptor or "he"/"she") and the token of its verb. */
  public final Mention mention;
  public final int verb;

  /**
   * This subject as the speaker of a quote, the cue its verb as the article writes it (the view has
   * straightened marks: "s‘aid" must stay "s‘aid"), for the rule {@code rule}.
   */
  public Attribution attribution(Tokens t, String text, String rule) {
    String cue = text.substring(t.start(verb), t.end(verb)).toLowerCase(java.util.Locale.ROOT);
    return Attribution.of(mention, cue, t.start(verb), t.end(verb), rule);
  }

  private SentenceSubject(Mention mention, int verb) {
    this.mention = mention;
    this.verb = verb;
  }

  /** Whether a lower-case word after a phrase shows it is no subject (no verb of it): "of", "and", "who", ... */
  public static boolean notVerb(String lower) {
    return NOT_VERB.contains(lower);
  }

  /** Whether the sentence at token {@code lo} opens with an adverbial word ("Back in Ras al-Ain, ..."), which is no name. */
  public static boolean opensWithAdverbial(Tokens t, int lo, int hi) {
    return lo < hi && t.isWord(lo) && ADVERBIAL.contains(t.lower(lo));
  }

  /** The subject of the sentence in tokens [lo, hi), or null; "he"/"she" only when {@code pronouns}. */
  public static SentenceSubject find(Tokens t, MentionParser parser, Descriptors descriptors, CueLexicon cues, String text, int lo,
      int hi, boolean pronouns) {
    return find(t, parser, descriptors, cues, text, lo, hi, pronouns, false);
  }

  /**
   * {@link #find(Tokens, MentionParser, Descriptors, CueLexicon, String, int, int, boolean)}, and with {@code speech} a subject
   * whose verb is a speech cue too ("His mother, Natalya, wrote about the case in a post."): who "she" is later, once the
   * rules of reported speech have read the sentence.
   */
  public static SentenceSubject find(Tokens t, MentionParser parser, Descriptors descriptors, CueLexicon cues, String text, int lo,
      int hi, boolean pronouns, boolean speech) {
    return find(t, parser, descriptors, cues, text, lo, hi, pronouns, speech, false);
  }

  /**
   * {@link #find(Tokens, MentionParser, Descriptors, CueLexicon, String, int, int, boolean, boolean)}, and with {@code bodies} a
   * body or a group as the subject too ("The ministry issued a statement that read: ..."), not only a person.
   */
  public static SentenceSubject find(Tokens t, MentionParser parser, Descriptors descriptors, CueLexicon cues, String text, int lo,
      int hi, boolean pronouns, boolean speech, boolean bodies) {
    int i = lo;
    if (i < hi && t.isWord(i) && CONJUNCTIONS.contains(t.lower(i))) i++;
    SentenceSubject among = amongWas(t, parser, text, i, hi);
    if (among != null) return among;
    i = afterTimePhrase(t, i, hi);
    for (int commas = 0; i < hi && i < lo + REACH && commas <= 3; commas++) {
      if (!t.isWord(i)) return null;
      for (int x = i; x <= i + 2 && x < hi && t.isWord(x); x++) {
        boolean possessive = x - 1 == i && POSSESSIVES.contains(t.lower(i));
        if (x > i && !possessive && (t.isCapitalized(x - 1) || NOT_VERB.contains(t.lower(x - 1)))) break;
        Mention m = parser.forward(t, x, hi, text);
        if (m == null || !m.conjuncts.isEmpty()) continue;
        // "His mother, Natalya, wrote ...": a possessive before the phrase, read with it below
        if (m.kind == Mention.Kind.PRONOUN && x == i && POSSESSIVES.contains(t.lower(x))) continue;
        if (m.kind == Mention.Kind.PRONOUN && !(pronouns && x == i && PERSON_PRONOUNS.contains(t.lower(x)))) break;
        if (x > i && m.kind == Mention.Kind.DESCRIPTOR && (ARTICLES.contains(t.lower(i)) || POSSESSIVES.contains(t.lower(i)))) {
          m = parser.describe(t, i, Grammar.after(t, m), text); // the whole phrase: "a teenage fighter"
        }
        SentenceSubject s = withVerb(t, parser, descriptors, cues, text, m, hi, speech, bodies);
        if (s != null) return s;
        break;
      }
      if (commas == 0 && !ADVERBIAL.contains(t.lower(i))) return null;
      int c = i;
      while (c < hi && c < lo + REACH && !t.text(c).equals(",")) c++;
      if (c >= hi || c >= lo + REACH) return null;
      i = c + 1;
    }
    return null;
  }

  /**
   * The subject of an inverted sentence: "Among the demonstrators was Luka, a 22-year-old student, who ...", "Among those
   * detained were two journalists": the phrase after "was"/"were", with that verb; null when the sentence is no such one.
   */
  private static SentenceSubject amongWas(Tokens t, MentionParser parser, String text, int i, int hi) {
    if (i >= hi || !t.lower(i).equals("among")) return null;
    for (int v = i + 1; v < hi && v <= i + 12; v++) {
      if (t.text(v).equals(",")) return null;
      if (!t.lower(v).equals("was") && !t.lower(v).equals("were")) continue;
      Mention m = v + 1 < hi ? parser.forward(t, v + 1, hi, text) : null;
      return m != null && m.conjuncts.isEmpty() && m.kind != Mention.Kind.PRONOUN && t.indexFrom(m.start) == v + 1 ? new SentenceSubject(m, v) : null;
    }
    return null;
  }

  /**
   * The token after a time phrase with no comma that opens a sentence before its subject ("Last month Ms Harcourt
   * posted ...", "Earlier this week the minister wrote ..."), or {@code i} when there is none.
   */
  static int afterTimePhrase(Tokens t, int i, int hi) {
    ReportedSpeechWords w = ReportedSpeechWords.load();
    int j = i;
    if (j + 1 < hi && w.timeRelative(t.lower(j)) && w.timeOpener(t.lower(j + 1))) j++; // "Earlier this"
    if (j + 2 < hi && (j > i || w.timeOpener(t.lower(j))) && t.isWord(j + 1) && w.timeNoun(t.lower(j + 1)) && t.isWord(j + 2)) {
      return j + 2;
    }
    return i;
  }

  /** A lower-case word in -ed or -ing at token {@code i}: a participle opening an aside. */
  private static boolean participle(Tokens t, int i) {
    String w = t.lower(i);
    return t.isWord(i) && !t.isCapitalized(i) && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
  }

  private static SentenceSubject withVerb(Tokens t, MentionParser parser, Descriptors descriptors, CueLexicon cues, String text,
      Mention m, int hi, boolean speech, boolean bodies) {
    int a = Grammar.after(t, m);
    Mention person = m;
    for (int n = 0; n < 2 && a < hi && t.text(a).equals(","); n++) { // ", 47," / ", Rana," / ", who ...,"
      boolean relative = a + 1 < hi && RELATIVE.contains(t.lower(a + 1));
      int b = a + 1;
      int limit = a + (relative ? RELATIVE_MAX : 10); // ", a 29-year-old data analyst from Kazan who ..."
      while (b < hi && b <= limit && !t.text(b).equals(",")) {
        // ", a teacher who has received her salary late for most of the past two years,": a relative clause in the appositive
        if (!relative && RELATIVE.contains(t.lower(b))) limit = Math.max(limit, b + RELATIVE_MAX);
        b++;
      }
      if (b >= hi || !t.text(b).equals(",")) return null;
      if (!relative) {
        Mention appos = parser.forward(t, a + 1, b, text);
        if (appos != null && appos.kind == Mention.Kind.NAME && appos.end <= t.start(b) && person.kind == Mention.Kind.DESCRIPTOR) {
          // "His mother, Natalya,": the name, described as a person (a given name alone is then one)
          if (appos.appositive == null) appos.appositive = person;
          person = appos;
        }
        // ", asked about the bases on Tuesday,", ", speaking in Ankara,": a participle's aside
        else if (appos == null && !(b == a + 2 && Grammar.isNumber(t, a + 1)) && !participle(t, a + 1)) return null;
      }
      a = b + 1;
    }
    a = Grammar.skipForward(t, a, hi);
    if (a >= hi || !t.isWord(a) || t.isCapitalized(a) || NOT_VERB.contains(t.lower(a))) return null;
    CueLexicon.Cue cue = cues.at(t, a, hi);
    if (cue != null && cue.speaks() && !speech) return null; // a speech cue: the rules of reported speech read it
    if (person.kind == Mention.Kind.PRONOUN) return new SentenceSubject(person, a);
    if (person.kind == Mention.Kind.NAME && bodies) {
      return person.name != null && !MentionParser.isStopCap(person.name) ? new SentenceSubject(person, a) : null;
    }
    if (person.kind == Mention.Kind.NAME) {
      return person.name != null && !MentionParser.looksLikeOrganization(person.name) && descriptors.affiliation(person.name) == null
          && !MentionParser.isStopCap(person.name) ? new SentenceSubject(person, a) : null;
    }
    Descriptors.Head h = person.head == null ? null : descriptors.head(person.head);
    if (bodies) return h != null ? new SentenceSubject(person, a) : null;
    return h != null && (Speaker.PERSON.equals(h.type) || Speaker.ANONYMOUS.equals(h.type)) && !h.plural && !person.isPlural()
        ? new SentenceSubject(person, a) : null;
  }
}
