package org.stancemap.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stancemap.text.Tokens;

/**
 * Speaker resolution within one article, in reading order: canonical ids (alias table first, then
 * earlier full names in the article: "Erdogan" after "Recep Tayyip Erdogan"), coreference of
 * pronouns ("he added") and definite descriptors ("the Russian leader") to the right earlier
 * person (role class, affiliation, number, recency), plural speakers, organisations and anonymous
 * sources. Two people who share a surname are never merged: a bare surname goes to the latest
 * earlier full name with that surname, and different full names keep different ids.
 */
public final class ArticleSpeakers {
  /** A resolved speaker and whether it was found by coreference. */
  public static final class Resolution {
    public final Speaker speaker;
    public final boolean coreference;

    public Resolution(Speaker speaker, boolean coreference) {
      this.speaker = speaker;
      this.coreference = coreference;
    }
  }

  private static final class Person {
    final String name, surname, id;
    String affiliation, role;
    /** A person named, or an anonymous one described ("a teenage fighter"). */
    String type = Speaker.PERSON;
    int pos;
    /** The start of the last paragraph that named this person (-1: none yet). */
    int paragraph = -1;
    /** The full name as the article first wrote it, where the speaker table spells it otherwise ("Mohammad al-Bashir"). */
    String written;

    /** The name coreference shows: the article's spelling of a full name, else the name. */
    String shown() {
      return written != null ? written : name;
    }

    Person(String name, String id, String affiliation, String role, int pos) {
      this.name = name;
      String[] w = Tokens.splitSpaces(name);
      this.surname = w[w.length - 1].toLowerCase(Locale.ROOT);
      this.id = id;
      this.affiliation = affiliation;
      this.role = role;
      this.pos = pos;
    }
  }

  private final SpeakerTable table;
  private final Descriptors desc;
  private final List<Person> persons = new ArrayList<>();
  /**
   * Indexes over {@code persons} (names and ids never change): by id, and by every word-boundary
   * suffix of the lower-cased name. Linear scans here made huge articles (thousands of people)
   * quadratic.
   */
  private final java.util.Map<String, Person> personsById = new java.util.HashMap<>();
  private final java.util.Map<String, List<Person>> personsBySuffix = new java.util.HashMap<>();
  private Speaker lastPerson, lastPlural, lastOrg;
  /** Where {@link #lastOrg} spoke. */
  private int lastOrgPos = -1;
  /** The body or document last named as a sentence's subject, and where ("The ministry rejected ... It said"). */
  private Speaker subjectOrg;
  private int subjectOrgPos = -1;
  private int lastPersonPos = -1;
  private Person lastSubject;
  private int lastSubjectPos = -1;
  private final List<Speaker> anonymous = new ArrayList<>();
  /** Anonymous groups that spoke ("two Turkish officials", "sources familiar with ..."), for "the officials" and "the official" later. */
  private final List<Speaker> anonymousGroups = new ArrayList<>();
  /** Where the latest anonymous group spoke, and where a plural phrase was last a sentence's subject (its speaker id). */
  private int lastGroupPos = -1, pluralSubjectPos = -1;
  private Speaker pluralSubject;
  /** How far back (characters) a group that spoke may be what "one of them" means. */
  private static final int OF_THEM_REACH = 1500;
  private int paragraphStart, sentenceStart;
  /** The sentence where the last person spoke: [spokeSentence, spokeSentenceEnd), the end unknown until the next sentence starts. */
  private int spokeSentence = -1, spokeSentenceEnd = Integer.MAX_VALUE;
  /** The people named in the current paragraph, each once. */
  private final List<Person> paragraphPersons = new ArrayList<>();

  public ArticleSpeakers(SpeakerTable table, Descriptors desc) {
    this.table = table;
    this.desc = desc;
  }

  /** Marks where the paragraph being read starts (call before its first sentence). */
  public void paragraph(int start) {
    if (start > spokeSentence && spokeSentenceEnd == Integer.MAX_VALUE) spokeSentenceEnd = start;
    paragraphStart = start;
    sentenceStart = start;
    paragraphPersons.clear();
  }

  /** Marks where the sentence being read starts. */
  public void sentence(int start) {
    if (start > spokeSentence && spokeSentenceEnd == Integer.MAX_VALUE) spokeSentenceEnd = start;
    sentenceStart = start;
  }

  /**
   * The one person named in an earlier sentence of this paragraph, when the last speaker spoke in an
   * earlier paragraph and is not named in this one: who "he said" goes to in a paragraph that moves to
   * someone new ("For Oleksandr Melnyk, who fled ..., the news is never far away. His parents ..., and he
   * said ..."); null when there is none or more than one.
   */
  private Person paragraphTopic(int pos) {
    if (lastPersonPos >= paragraphStart || pos < sentenceStart) return null;
    Person topic = null;
    for (Person x : paragraphPersons) { // only the people named in this paragraph: linear in the article
      if (x.pos < paragraphStart || x.pos >= pos) continue; // pos: the pronoun; names after it do not count
      if (x.pos >= sentenceStart) return null; // someone named in the pronoun's own sentence: not this rule
      if (lastPerson != null && x.id.equals(lastPerson.id)) return null;
      if (topic != null && !topic.id.equals(x.id)) return null;
      topic = x;
    }
    return topic;
  }

  /** Records a mention of {@code p} at {@code pos}, and that it was named in the current paragraph. */
  private void touch(Person p, int pos) {
    p.pos = pos;
    if (pos >= paragraphStart && p.paragraph != paragraphStart) {
      p.paragraph = paragraphStart;
      paragraphPersons.add(p);
    }
  }

  /** Records that {@code s} spoke at {@code pos} (for "he added", "they said", "it said"). */
  public void spoke(Speaker s, int pos) {
    if (s == null) return;
    if (Speaker.ANONYMOUS.equals(s.type) && !s.plural) anonymous.add(s);
    if (Speaker.ANONYMOUS.equals(s.type) && s.plural) {
      anonymousGroups.add(s);
      lastGroupPos = pos;
    }
    if (s.plural) lastPlural = s;
    // an anonymous person ("a Russian official who ...", "a European diplomat") is who "he said" goes to next
    else if (Speaker.PERSON.equals(s.type) || Speaker.ANONYMOUS.equals(s.type)) {
      lastPerson = s;
      lastPersonPos = pos;
      spokeSentence = sentenceStart;
      spokeSentenceEnd = Integer.MAX_VALUE;
    }
    // a body that spoke, or a document ("The report said ... Former commanders now hold ..., it said"): what "it" means next
    if (itAntecedent(s)) {
      lastOrg = s;
      lastOrgPos = pos;
    }
  }

  /** A speaker "it" may refer to: one body, or one document ("the report", {@link #documentPhrase}). */
  private boolean itAntecedent(Speaker s) {
    return !s.plural && (Speaker.ORGANIZATION.equals(s.type) || documentPhrase(s.surface));
  }

  /** Records a person named as the subject opening a sentence ("Russian Ambassador Anatoly Antonov dismissed ..."). */
  public void observeSubject(Mention m, int pos) {
    if (m.kind == Mention.Kind.DESCRIPTOR) { // "a teenage fighter guarding a checkpoint summed up the mood."
      Resolution r = resolve(m, pos);
      if (r != null && r.speaker.plural) { // "Protesters gathered outside": whom a later "one of them" may mean
        pluralSubjectPos = pos;
        pluralSubject = r.speaker;
      }
      if (r != null && !r.speaker.plural) {
        lastSubject = new Person(r.speaker.surface, r.speaker.id, r.speaker.affiliation, r.speaker.roleClass, pos);
        lastSubject.type = r.speaker.type;
        lastSubjectPos = pos;
        subjectBody(r.speaker, pos);
      }
      return;
    }
    observe(m, pos);
    SpeakerTable.Entry e = lookup(m);
    // "The Foreign Ministry rejected the criticism. It said ...": a body that opens a sentence is what "it" means next
    if (m.kind == Mention.Kind.NAME && m.conjuncts.isEmpty() && m.name != null
        && (e != null ? Speaker.ORGANIZATION.equals(e.type) && !e.place : MentionParser.looksLikeOrganization(m.name))) {
      Resolution r = resolve(m, pos);
      if (r != null) subjectBody(r.speaker, pos);
    }
    Person p = e != null ? byId(e.id) : byName(m.name, pos + 1);
    // "Marina, a theatre producer from St Petersburg, moved on": a given name alone, described as a person
    if (p == null && e == null && m.kind == Mention.Kind.NAME && m.name != null && !m.name.contains(" ") && m.conjuncts.isEmpty()
        && (personAppositive(m.appositive) || m.aged) && desc.affiliation(m.name) == null && !MentionParser.looksLikeOrganization(m.name)) {
      p = person(m.name, SpeakerTable.slug(m.name), m.affiliation, m.roleClass, pos);
    }
    if (p != null && m.age != null) aged.put(m.age, p); // "Artyom, 33, did go back": "the 33-year-old" later
    if (p != null) { lastSubject = p; lastSubjectPos = pos; }
  }

  /**
   * A body or a document named as a sentence's subject ("The draft of the package proposes ... It also calls for") is
   * the antecedent of a later "it" when it came after the last body that spoke ({@link #spoke}); "the statement" still
   * goes to the body that spoke.
   */
  private void subjectBody(Speaker s, int pos) {
    if (s != null && itAntecedent(s)) {
      subjectOrg = s;
      subjectOrgPos = pos;
    }
  }

  /** An appositive that describes one person: "a theatre producer from St Petersburg", "a 34-year-old designer". */
  private boolean personAppositive(Mention a) {
    if (a == null || a.kind != Mention.Kind.DESCRIPTOR || a.head == null) return false;
    Descriptors.Head h = desc.head(a.head);
    return h != null && !h.plural && (Speaker.PERSON.equals(h.type) || Speaker.ANONYMOUS.equals(h.type));
  }

  private Person byId(String id) {
    return personsById.get(id);
  }

  /** Registers a name seen in the text (not necessarily a speaker) for later coreference. */
  public void observe(Mention m, int pos) {
    if (m == null) return;
    if (!m.conjuncts.isEmpty()) {
      for (Mention c : m.conjuncts) observe(c, pos);
      return;
    }
    if (m.kind != Mention.Kind.NAME || m.name == null) return;
    m = personPart(m);
    SpeakerTable.Entry e = lookup(m);
    if (e != null && !m.name.contains(" ") && !seen(e.id) && byName(m.name, pos) != null) return; // another person's surname
    if (e != null) {
      if (Speaker.PERSON.equals(e.type)) written(person(e.name, e.id, e.affiliation != null ? e.affiliation : m.affiliation, roleOf(m, e), pos), m);
      return;
    }
    // a name of two words or more, or a surname after an honorific ("Mr. Ellison, my English teacher.")
    if ((Tokens.splitSpaces(m.name).length >= 2 || honorificBefore(m)) && !MentionParser.looksLikeOrganization(m.name)
        && desc.affiliation(firstWord(m.name)) == null && !headline(m.name) && !desc.isPlaceName(m.name) && !titlesOnly(m.name)
        && !outletName(m.name)) {
      Person p = byName(m.name, pos);
      if (p == null) p = person(m.name, SpeakerTable.slug(m.name), m.affiliation, m.roleClass, pos);
      else { touch(p, pos); if (p.affiliation == null) p.affiliation = m.affiliation; if (p.role == null) p.role = m.roleClass; }
      if (m.age != null && p != null) aged.put(m.age, p);
    }
  }

  /** The person last named with each age ("Anastasia Sobolina, 27,"): "the 27-year-old" is that person. */
  private final Map<String, Person> aged = new HashMap<>();
  private static final java.util.regex.Pattern YEAR_OLD = java.util.regex.Pattern.compile("(?i)^the (\\d{1,2})-year-old$");

  /** The person named with the age that a definite "the N-year-old" gives, named before {@code pos}; null otherwise. */
  private Person byAge(Mention m, int pos) {
    java.util.regex.Matcher a = YEAR_OLD.matcher(m.surface.strip());
    if (!m.definite || !a.matches()) return null;
    Person p = aged.get(a.group(1));
    return p != null && p.pos < pos ? p : null;
  }

  /**
   * The person at the end of a name that opens with a state or body of the entity table, left there by
   * a title read without it: "Russian Ambassador to the United States Anatoly Antonov" → "United States
   * Anatoly Antonov" → "Anatoly Antonov". At least two capitalised words, none a title, must follow;
   * null otherwise.
   */
  String personAfterBody(String name) {
    String[] w = Tokens.splitSpaces(name);
    for (int k = Math.min(3, w.length - 2); k >= 1; k--) {
      SpeakerTable.Entry e = table.find(String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)));
      if (e == null || Speaker.PERSON.equals(e.type)) continue;
      String rest = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
      for (int i = k; i < w.length; i++) {
        if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0)) || desc.title(w[i]) != null || desc.head(w[i]) != null) return null;
      }
      if (MentionParser.looksLikeOrganization(rest) || table.find(rest) != null && !Speaker.PERSON.equals(table.find(rest).type)) return null;
      return rest;
    }
    return null;
  }

  /** The mention's surface opens with an abbreviated title or an honorific before a one-word name: "Mr. Ellison", "Dr Osei". */
  private boolean honorificBefore(Mention m) {
    String[] w = Tokens.splitSpaces(m.surface.strip());
    if (w.length != 2 || !w[1].equals(m.name)) return false;
    return desc.titleBeforeSurname(w[0]);
  }

  /** The names of data/outlets.tsv and the phrases that name them (its clues: "Novaya Gazeta Europe"), lower case. */
  private static final class Outlets {
    static final Set<String> NAMES = load();

    private static Set<String> load() {
      Set<String> names = new java.util.HashSet<>();
      for (org.stancemap.ingest.OutletTable.Outlet o : org.stancemap.ingest.OutletTable.load().outlets()) {
        names.add(o.name().toLowerCase(Locale.ROOT));
        for (String clue : o.clues()) names.add(clue.toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(names);
    }
  }

  /** "Enab Baladi", "Syria Direct": an outlet of data/outlets.tsv (its byline, its name as listener) is no person. */
  public static boolean outletName(String name) {
    return Outlets.NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** "Special Envoy", "Deputy Foreign Minister": title words only, an office, not a person's name. */
  private boolean titlesOnly(String name) {
    if (desc.title(name) != null) return true;
    for (String w : Tokens.splitSpaces(name)) {
      if (desc.title(w) == null && !desc.isModifier(w) && !desc.isPortfolio(w.toLowerCase(Locale.ROOT))) return false;
    }
    return true;
  }

  /** "GALA BID FOR DEVLIN": several words all in capitals are a headline, not a person's name. */
  static boolean headline(String name) {
    String[] w = Tokens.splitSpaces(name);
    if (w.length < 2) return false;
    int letters = 0;
    for (String x : w) {
      for (int i = 0; i < x.length(); i++) {
        char c = x.charAt(i);
        if (Character.isLowerCase(c)) return false;
        if (Character.isLetter(c)) letters++;
      }
    }
    return letters >= 8;
  }

  private static String firstWord(String s) {
    int i = s.indexOf(' ');
    return i < 0 ? s : s.substring(0, i);
  }

  private String roleOf(Mention m, SpeakerTable.Entry e) {
    if (m.roleClass != null && !"other".equals(m.roleClass)) return m.roleClass;
    String r = e.role.toLowerCase(Locale.ROOT);
    if (r.contains("president") || r.contains("leader") || r.contains("chancellor") || r.contains("prime minister")) return "leader";
    if (r.contains("spokes")) return "spokesperson";
    if (r.contains("minister") || r.contains("secretary")) return "minister";
    return null;
  }

  /** Keeps the article's spelling of a table person's full name, the first time the article writes one. */
  private static void written(Person p, Mention m) {
    if (p.written == null && m.name != null && m.name.contains(" ") && !m.name.equals(p.name)) p.written = m.name;
  }

  private Person person(String name, String id, String affiliation, String role, int pos) {
    Person known = personsById.get(id);
    if (known != null) {
      touch(known, pos);
      if (known.affiliation == null) known.affiliation = affiliation;
      if (known.role == null || "other".equals(known.role)) known.role = role;
      return known;
    }
    Person p = new Person(name, id, affiliation, role, pos);
    touch(p, pos);
    persons.add(p);
    personsById.put(id, p);
    String pn = name.toLowerCase(Locale.ROOT);
    personsBySuffix.computeIfAbsent(pn, k -> new ArrayList<>()).add(p);
    for (int i = pn.indexOf(' '); i >= 0; i = pn.indexOf(' ', i + 1)) {
      personsBySuffix.computeIfAbsent(pn.substring(i + 1), k -> new ArrayList<>()).add(p);
    }
    // "Hussam al-Khatib" is "Khatib" later on, as "Bashar al-Assad" is "Assad": the surname without its joined particle
    int space = pn.lastIndexOf(' ');
    String surname = pn.substring(space + 1), bare = withoutJoinedParticle(surname);
    if (space > 0 && !bare.equals(surname)) personsBySuffix.computeIfAbsent(bare, k -> new ArrayList<>()).add(p);
    // "Prince Nawaf bin Abdullah" is "Prince Nawaf" later on: the given name before a patronymic's "bin"/"bint"/"ibn"
    String given = patronymicGiven(pn);
    if (given != null) personsBySuffix.computeIfAbsent(given, k -> new ArrayList<>()).add(p);
    return p;
  }

  /** The given name after an honorific in a name of two words ("Sheikh Khalid": "khalid"), or null. */
  private String honorificGiven(String name) {
    String[] w = Tokens.splitSpaces(name.strip().toLowerCase(Locale.ROOT));
    return w.length == 2 && desc.isHonorific(w[0]) ? w[1] : null;
  }

  /**
   * The given name of a name with a patronymic ("Khalid bin Hamad", "Sheikh Khalid bin Hamad": "khalid", lower case,
   * after an honorific), or null.
   */
  private String patronymicGiven(String name) {
    String[] w = Tokens.splitSpaces(name.toLowerCase(Locale.ROOT));
    int g = w.length >= 4 && desc.isHonorific(w[0]) ? 1 : 0;
    return w.length - g >= 3 && PATRONYMIC.contains(w[g + 1]) ? w[g] : null;
  }

  /** The words that open an Arabic patronymic after a given name (data/speaker-words.tsv). */
  private static final Set<String> PATRONYMIC = SpeakerWords.list("patronymics");

  /** The most recently mentioned person whose name is {@code name} or ends with it as whole words. */
  private Person byName(String name, int pos) {
    List<Person> candidates = personsBySuffix.get(name.toLowerCase(Locale.ROOT));
    // "Sheikh Khalid" after "Sheikh Khalid bin Hamad": an honorific kept with a given name, which a patronymic's name has
    String given = candidates == null ? honorificGiven(name) : null;
    if (given != null) {
      candidates = personsBySuffix.get(given);
      if (candidates != null) candidates = candidates.stream().filter(c -> given.equals(patronymicGiven(c.name))).toList();
    }
    if (candidates == null) return null;
    Person best = null;
    for (Person p : candidates) {
      if (best == null || p.pos > best.pos) best = p;
    }
    return best;
  }

  private SpeakerTable.Entry lookup(Mention m) {
    SpeakerTable.Entry e = table.find(m.surface);
    if (e == null && m.name != null) e = table.find(m.name);
    // "Russian Defence Ministry in Moscow" (MentionParser.bodyInPlace): the body the table knows
    int in = e == null && m.name != null ? m.name.indexOf(" in ") : -1;
    if (in > 0) e = table.find(m.name.substring(0, in));
    if (e == null) {
      // "the Kurdish-led Syrian Democratic Forces": the surface after its determiner and participle compounds
      String[] w = Tokens.splitSpaces(m.surface.strip());
      int i = 0;
      while (i < w.length - 1 && (MentionParser.DETERMINERS.contains(w[i].toLowerCase(Locale.ROOT)) || MentionParser.compoundAdjective(w[i]))) i++;
      if (i > 0) e = table.find(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)));
    }
    if (e == null && m.name != null) {
      // "State Mike Pompeo" (after a title with "of"): try the name's last two or three words
      String[] w = Tokens.splitSpaces(m.name);
      for (int k = Math.min(3, w.length - 1); k >= 2 && e == null; k--) {
        e = table.find(String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length)));
        if (e != null && !Speaker.PERSON.equals(e.type)) e = null;
      }
    }
    return e;
  }

  /**
   * Whether a name mention is a person this article has named before {@code pos} ("Okafor" after "Nadia
   * Okafor") or one the speaker table lists as a person; records nothing.
   */
  public boolean knownPerson(Mention m, int pos) {
    if (m == null || m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty()) return false;
    m = personPart(m);
    SpeakerTable.Entry e = lookup(m);
    if (e != null) return Speaker.PERSON.equals(e.type);
    String name = m.name != null ? m.name : clean(m.surface);
    Person p = byName(name, pos);
    if (p == null) return false;
    // one word ("Okafor") stands for a person whose full name opens with a given name ("Nadia Okafor"), not for
    // a team or place taken for a person ("Thunder" after "Oklahoma City Thunder")
    return name.contains(" ") || GivenNames.of(firstWord(p.name)) != null;
  }

  /**
   * The one person named before {@code pos} whose full name opens with the given name {@code word} ("Claire" for
   * "Host Claire Hadley is joined by ..."), as a podcast's first-name labels use them; null when none or several,
   * or when {@code word} is no given name of data/given-names.tsv and labels one turn only ({@code repeated} false: a
   * dateline "Dubai:" is none); a word the list lacks must open a full name.
   */
  public Speaker byGivenName(String word, int pos, boolean repeated) {
    // a label in capitals ("CLAIRE:") is the given name as written in the list ("Claire")
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) word = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    // a word the list does not know as a given name ("Nicky", left out as a name of either gender) still opens a full name
    // when it labels several turns (a dateline "Dubai:" labels one paragraph)
    boolean given = GivenNames.of(word) != null;
    if (!given && !repeated) return null;
    Person found = null;
    for (Person p : persons) {
      // a full name that opens with it, or the given name alone ("Caller (Gary, Leeds):" introduced Gary)
      if (p.pos >= pos || !Speaker.PERSON.equals(p.type) || !firstWord(p.name).equalsIgnoreCase(word) || !given && !p.name.contains(" ")) continue;
      if (found != null && !found.id.equals(p.id)) return null;
      found = p;
    }
    return found == null ? null : fromPerson(found, word);
  }

  /**
   * The one person named before {@code pos} whose name's initials are {@code word}, two or three capitals ("RM" for
   * "Rania Mansour", a particle such as "al-" not counted); null when none or several.
   */
  public Speaker byInitials(String word, int pos) {
    if (word.length() < 2 || word.length() > 3 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) return null;
    Person found = null;
    for (Person p : persons) {
      if (p.pos >= pos || !Speaker.PERSON.equals(p.type) || !word.equals(initialsOf(p.name))) continue;
      if (found != null && !found.id.equals(p.id)) return null;
      found = p;
    }
    return found == null ? null : fromPerson(found, word);
  }

  /** "RM" for "Rania Mansour", "HK" for "Hussam al-Khatib". */
  private static String initialsOf(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : Tokens.splitSpaces(name)) {
      w = withoutJoinedParticle(w);
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
    }
    return b.toString();
  }

  /** "Khatib" for "al-Khatib" (any case), the word itself when no joined particle opens it or nothing follows the hyphen. */
  private static String withoutJoinedParticle(String w) {
    int hyphen = w.indexOf('-');
    return hyphen > 0 && hyphen < w.length() - 1 && MentionParser.JOINED_PARTICLES.contains(w.substring(0, hyphen).toLowerCase(Locale.ROOT))
        ? w.substring(hyphen + 1) : w;
  }

  /** Resolves a mention found at {@code pos}; null when it cannot be resolved (e.g. "it" with no antecedent). */
  public Resolution resolve(Mention m, int pos) {
    if (m == null) return null;
    if (m.conjuncts.size() > 1) return plural(m, pos);
    switch (m.kind) {
      case PRONOUN: return pronoun(m, pos);
      case DESCRIPTOR: return descriptor(m, pos);
      default: return name(m, pos);
    }
  }

  private Resolution plural(Mention m, int pos) {
    List<String> ids = new ArrayList<>();
    Set<String> affs = new LinkedHashSet<>();
    String type = null;
    for (Mention c : m.conjuncts) {
      Resolution r = resolve(c, pos);
      if (r == null) continue;
      ids.add(r.speaker.id);
      if (r.speaker.affiliation != null) affs.add(r.speaker.affiliation);
      if (type == null) type = r.speaker.type;
      else if (!type.equals(r.speaker.type)) type = Speaker.PERSON.equals(type) || Speaker.PERSON.equals(r.speaker.type) ? Speaker.PERSON : type;
    }
    if (ids.isEmpty()) return null;
    Speaker s = new Speaker(m.surface, String.join("+", ids), type, affs.isEmpty() ? null : String.join("; ", affs), true, null);
    return new Resolution(s, false);
  }

  private Resolution pronoun(Mention m, int pos) {
    String p = m.surface.toLowerCase(Locale.ROOT);
    // a possessive read as its object pronoun ("In his view, ...": MentionParser.possessorPronoun) resolves as that pronoun
    if (p.equals("his") || p.equals("their") || p.equals("its")) p = m.head;
    switch (p) {
      case "he": case "she": case "i": case "him": case "her": {
        if (lastSubject != null && lastSubjectPos < pos && lastSubjectPos > lastPersonPos
            && (lastPerson == null || !lastPerson.id.equals(lastSubject.id)) && fits(lastSubject.name, p)) {
          return new Resolution(fromPerson(lastSubject, lastSubject.shown()), true);
        }
        Person topic = paragraphTopic(m.start);
        if (topic != null && fits(topic.name, p)) return new Resolution(fromPerson(topic, topic.shown()), true);
        Person latest = null;
        for (Person x : persons) if (x.pos < pos && (latest == null || x.pos > latest.pos) && fits(x.name, p)) latest = x;
        boolean lastFits = lastPerson != null && fits(lastPerson.surface, p);
        if (lastFits && (latest == null || lastPersonPos >= 0 && pos - lastPersonPos < 2000 || latest.id.equals(lastPerson.id))) {
          return new Resolution(lastPerson, true);
        }
        if (latest != null) return new Resolution(fromPerson(latest, latest.shown()), true);
        return null;
      }
      case "they": case "them":
        return lastPlural != null ? new Resolution(lastPlural, true) : null;
      case "it":
        if (subjectOrg != null && subjectOrgPos < pos && subjectOrgPos > lastOrgPos) return new Resolution(subjectOrg, true);
        return lastOrg != null ? new Resolution(lastOrg, true) : null;
      default:
        return null;
    }
  }

  /**
   * Whether the pronoun {@code p} may refer to {@code phrase}: "she" not to "her son", "he" not to "the widow",
   * nor to "Fatima al-Hamoud" or "Mrs. Clinton" (data/given-names.tsv).
   */
  private boolean fits(String phrase, String p) {
    if (phrase == null) return true;
    String g = genders.computeIfAbsent(phrase, this::gender);
    if (g.isEmpty()) return true;
    return g.equals("m") ? !(p.equals("she") || p.equals("her")) : !(p.equals("he") || p.equals("him"));
  }

  /** The gender a phrase says, per phrase of the article ("" for none): a pronoun asks it of every person named so far. */
  private final Map<String, String> genders = new HashMap<>();

  private String gender(String phrase) {
    String g = desc.gender(phrase);
    if (g == null) g = GivenNames.of(phrase, desc);
    return g == null ? "" : g;
  }

  /**
   * "the report", "a new study", "its annual report": a determiner (data/speaker-words.tsv), at most two words and a
   * document's word last (not "an official familiar with the report", "one of the reports").
   */
  private boolean documentPhrase(String surface) {
    String[] w = Tokens.splitSpaces(surface.strip().toLowerCase(Locale.ROOT));
    return w.length >= 2 && w.length <= 4 && MentionParser.DETERMINERS.contains(w[0]) && desc.isDocument(w[w.length - 1])
        && java.util.Arrays.stream(w, 1, w.length - 1).noneMatch(MentionParser.DETERMINERS::contains);
  }

  /** "the statement", "the press release": a determiner, at most one modifier, the document's word. */
  private static boolean plainDocument(String surface) {
    String[] w = Tokens.splitSpaces(surface.strip());
    return w.length >= 2 && w.length <= 3 && w[0].equalsIgnoreCase("the") && (w.length == 2 || w[1].equalsIgnoreCase("press"));
  }

  private static String lastWord(String s) {
    String[] w = Tokens.splitSpaces(s.strip());
    return w.length == 0 ? "" : w[w.length - 1];
  }

  private Speaker fromPerson(Person p, String surface) {
    return new Speaker(surface, p.id, p.type, p.affiliation, false, p.role);
  }

  private Resolution descriptor(Mention m, int pos) {
    // "One of them said" after "Two officials in Ankara said": one member of the latest group, who speaks for themselves
    // (one speaker per group, as "one of the officials"); "two of them" are the group; no group, no speaker
    if (MentionParser.OF_THEM.equals(m.head)) {
      Speaker described = describedMember(m); // "One of them, a former shipping agent, said": the description
      if (described != null) return new Resolution(described, false);
      // "One of them, Omar Sabbagh, said": the person named
      if (m.appositive != null && m.appositive.kind == Mention.Kind.NAME) return resolve(m.appositive, pos);
      Speaker g = anonymousGroups.isEmpty() ? null : anonymousGroups.get(anonymousGroups.size() - 1);
      int gPos = lastGroupPos;
      // a group that was a sentence's subject since the last group spoke is the one meant ("Three diplomats said ...
      // Protesters gathered outside. One of them said": one of the protesters)
      if (pluralSubject != null && pluralSubjectPos > lastGroupPos) {
        g = pluralSubject;
        gPos = pluralSubjectPos;
      }
      if (g == null || pos - gPos > OF_THEM_REACH) return null; // only a group named lately
      String low = m.surface.toLowerCase(Locale.ROOT);
      return new Resolution(low.startsWith("one ") ? oneOf(m, g) : g, true);
    }
    SpeakerTable.Entry e = table.find(m.surface);
    if (e != null) return new Resolution(new Speaker(clean(m.surface), e.id, e.type, e.affiliation, false, m.roleClass), false);
    // "The Egyptian Foreign Ministry said in a statement ... The statement added": "the statement" alone is the body that spoke last
    if (m.definite && m.head != null && desc.isOwnDocument(m.head) && m.affiliation == null && lastOrg != null
        && !desc.isDocument(lastWord(lastOrg.surface)) && plainDocument(m.surface)) {
      return new Resolution(lastOrg, true);
    }
    if (m.appositive != null && m.appositive.name != null) {
      // "Minister of Energy, Eng. Khalil Haddad,": the person named holds the title ("the minister" later)
      Resolution r = name(m.appositive.withRole(m.roleClass), pos);
      if (r != null) return r;
    }
    Speaker member = describedMember(m);
    if (member != null) return new Resolution(member, false);
    Person old = byAge(m, pos);
    if (old != null) return new Resolution(fromPerson(old, old.shown()), true);
    Person holder = officeHolder(m, pos);
    if (holder != null) return new Resolution(fromPerson(holder, holder.shown()), true);
    Descriptors.Head h = m.head == null ? null : desc.head(m.head);
    String type = h == null ? Speaker.ANONYMOUS : h.type;
    boolean plural = h != null && h.plural;
    String role = m.roleClass != null ? m.roleClass : h == null ? null : h.roleClass;
    if (m.definite && h != null && Speaker.PERSON.equals(h.type)) {
      if (!plural) {
        // the latest person named, unless named only in passing in the sentence where the last speaker spoke, who
        // then goes on ("Minister X announced ..., in the presence of Turkish Minister Y. ... the minister said": X)
        Person best = null;
        for (Person p : persons) {
          if (p.pos >= pos || !describes(m, role, p)) continue;
          if (best == null || p.pos > best.pos) best = p;
        }
        Person speaker = lastPerson == null || lastPersonPos >= pos ? null : byId(lastPerson.id);
        if (speaker != null && best != null && best != speaker && describes(m, role, speaker)
            && best.pos >= spokeSentence && best.pos < spokeSentenceEnd) {
          return new Resolution(fromPerson(speaker, speaker.shown()), true);
        }
        if (best != null) return new Resolution(fromPerson(best, best.shown()), true);
      } else if (lastPlural != null && "leader".equals(h.roleClass) && Speaker.PERSON.equals(lastPlural.type)) {
        return new Resolution(lastPlural, true); // "the two leaders", "the presidents"
      }
    }
    if (m.definite && h != null && Speaker.ANONYMOUS.equals(h.type) && !plural) {
      // "A Russian diplomatic source, contacted in Moscow, offered a different reading. The source said": the one
      // described as a sentence's subject since the last person spoke
      if (lastSubject != null && Speaker.ANONYMOUS.equals(lastSubject.type) && lastSubjectPos < pos && lastSubjectPos > lastPersonPos
          && Tokens.hasWord(lastSubject.name.toLowerCase(Locale.ROOT), m.head) && sameSide(m.affiliation, lastSubject.affiliation)) {
        return new Resolution(fromPerson(lastSubject, lastSubject.shown()), true);
      }
      // "the official" after "a State Department official": the same anonymous source; "the Syrian official" not
      // the European one who spoke since
      for (int i = anonymous.size() - 1; i >= 0; i--) {
        Speaker a = anonymous.get(i);
        String as = a.surface.toLowerCase(Locale.ROOT);
        if (Tokens.hasWord(as, m.head) && sameSide(m.affiliation, a.affiliation)) return new Resolution(a, true); // "one diplomat involved in the talks"
      }
      // "Deputy Foreign Minister Andrei Voronov told Sputnik ... According to the diplomat, ...": no anonymous
      // diplomat spoke; the person who spoke just before is meant
      Person recent = recentSpeaker(m, role);
      if (recent != null) return new Resolution(fromPerson(recent, recent.shown()), true);
      // "the person" / "that person", with no person described before: the latest single source
      if (m.head.equals("person") && !anonymous.isEmpty()) return new Resolution(anonymous.get(anonymous.size() - 1), true);
    }
    String lowSurface = m.surface.toLowerCase(Locale.ROOT);
    if (m.definite && h != null && Speaker.ANONYMOUS.equals(h.type) && (lowSurface.startsWith("the ") || MentionParser.partOfGroup(lowSurface))) {
      // "the officials" / "the official" after "two Turkish officials said": a member of the group that spoke, or the group
      Speaker g = group(plural ? m.head : pluralHead(m.head));
      // "one of the officials said": a member of that group, who speaks for themselves (one speaker per group; "two of
      // the officials" are still the group)
      if (g != null && lowSurface.startsWith("one of the ")) return new Resolution(oneOf(m, g), true);
      if (g != null) return new Resolution(g, true);
    }
    String aff = m.affiliation;
    if (aff == null && m.appositive != null) aff = m.appositive.affiliation;
    if (Speaker.PERSON.equals(type)) type = Speaker.ANONYMOUS;
    return new Resolution(new Speaker(clean(m.surface), SpeakerTable.slug(m.surface), type, aff, plural, role), false);
  }

  /**
   * "One of the sources, a person close to the defence ministry," / "A second source, a regional diplomat
   * briefed on the talks," / "Another official, a former ambassador,": one of a group, or one more source,
   * that an indefinite appositive describes is that description; null for any other mention.
   */
  private Speaker describedMember(Mention m) {
    Mention ap = m.appositive;
    if (ap == null || ap.kind != Mention.Kind.DESCRIPTOR || ap.head == null) return null;
    String[] a = Tokens.splitSpaces(ap.surface.toLowerCase(Locale.ROOT).strip());
    if (a.length < 2 || !(a[0].equals("a") || a[0].equals("an"))) return null;
    Descriptors.Head h = desc.head(ap.head);
    if (h == null || h.plural || Speaker.ORGANIZATION.equals(h.type)) return null;
    String low = m.surface.toLowerCase(Locale.ROOT).strip();
    String[] w = Tokens.splitSpaces(low);
    boolean member = low.startsWith("one of the ") || low.equals("one of them") || w.length == 2 && w[0].equals("another")
        || w.length == 3 && (w[0].equals("a") || w[0].equals("the")) && MentionParser.ORDINALS.contains(w[1]);
    if (!member) return null;
    String aff = ap.affiliation != null ? ap.affiliation : m.affiliation;
    // without a relative clause: "a Turkish energy official who asked not to be named because ..."
    String surface = ap.surface;
    for (String rel : RELATIVES) {
      int i = surface.indexOf(rel);
      if (i > 0) surface = surface.substring(0, i);
    }
    surface = clean(surface.strip());
    return new Speaker(surface, SpeakerTable.slug(surface), Speaker.ANONYMOUS, aff, false, ap.roleClass);
  }

  /** One member of the group {@code g}, who speaks for themselves: "one of the officials", "one of them" (id one-of-GROUP). */
  private Speaker oneOf(Mention m, Speaker g) {
    return new Speaker(clean(m.surface), "one-of-" + g.id, Speaker.ANONYMOUS, g.affiliation, false, g.roleClass);
  }

  private static final List<String> RELATIVES = List.of(" who ", " whom ", " which ", " that ");

  /**
   * "The President of Türkiye reaffirmed ...": the latest person named before with the office's role and state
   * (Erdogan, named as "President of the Republic of Türkiye Recep Tayyip Erdogan"); null when none, and
   * for any mention that is no office named by its state (then the office itself speaks).
   */
  private Person officeHolder(Mention m, int pos) {
    if (!m.office || m.affiliation == null || m.roleClass == null || "other".equals(m.roleClass) || "official".equals(m.roleClass)) return null;
    Person best = null;
    for (Person p : persons) {
      if (p.pos < pos && m.affiliation.equals(p.affiliation) && m.roleClass.equals(p.role) && Speaker.PERSON.equals(p.type)
          && (best == null || p.pos > best.pos)) best = p;
    }
    return best;
  }

  /**
   * The named person who spoke in this sentence or the one right before, when the definite description {@code m}
   * of no anonymous source (role class {@code role}) may be they: "Deputy Foreign Minister Andrei Voronov told
   * Sputnik .... According to the diplomat, ...". A word of class official ("the diplomat", "the official") fits any
   * minister, spokesperson or official; other classes only their own. Null otherwise.
   */
  private Person recentSpeaker(Mention m, String role) {
    if (lastPerson == null || !Speaker.PERSON.equals(lastPerson.type) || lastPersonPos < 0) return null;
    if (!(spokeSentence == sentenceStart || spokeSentenceEnd == sentenceStart)) return null;
    // "the diplomat", "the senior official": no post-modifier that introduces someone new ("the administrator of a chat")
    if (Tokens.splitSpaces(m.surface.strip()).length > 3 || m.surface.contains(" of ") || m.surface.contains(" for ")) return null;
    // "the first official", "the second source": one of a series, someone new; and a source is unnamed by definition
    String[] w = Tokens.splitSpaces(m.surface.toLowerCase(Locale.ROOT).strip());
    for (String x : w) if (MentionParser.ORDINALS.contains(x)) return null;
    if (UNNAMED_HEADS.contains(m.head)) return null;
    Person p = byId(lastPerson.id);
    if (p == null || !sameSide(m.affiliation, p.affiliation)) return null;
    boolean fits = role != null && (role.equals(p.role) || "official".equals(role) && p.role != null && OFFICE_HOLDERS.contains(p.role));
    return fits ? p : null;
  }

  /** Heads of a source whom the article does not name: never the person who spoke just before ("the source said"). */
  private static final Set<String> UNNAMED_HEADS = SpeakerWords.list("unnamed-heads");

  /** Role classes an office-holder's word of no person type ("the diplomat", "the official") may stand for. */
  private static final Set<String> OFFICE_HOLDERS = Set.of("official", "minister", "spokesperson");

  /** Whether a description's affiliation allows the source's: either unknown, or the same. */
  private static boolean sameSide(String described, String source) {
    return described == null || source == null || described.equals(source);
  }

  /** Whether the definite descriptor {@code m} with role class {@code role} may describe the person {@code p}. */
  private static boolean describes(Mention m, String role, Person p) {
    if (m.affiliation != null && !m.affiliation.equals(p.affiliation)) return false;
    return role == null || "other".equals(role) || role.equals(p.role) || p.role == null && m.affiliation != null;
  }

  /** The latest anonymous group whose head is {@code head} ("officials"), or null. */
  private Speaker group(String head) {
    if (head == null) return null;
    // the latest 50 groups only: an article of thousands of groups stays linear
    for (int i = anonymousGroups.size() - 1; i >= Math.max(0, anonymousGroups.size() - 50); i--) {
      Speaker a = anonymousGroups.get(i);
      String as = a.surface.toLowerCase(Locale.ROOT);
      if (Tokens.hasWord(as, head)) return a;
    }
    return null;
  }

  /** The plural of a descriptor head as descriptors.tsv writes it: "official" → "officials", "authority" → "authorities". */
  private String pluralHead(String head) {
    if (head == null) return null;
    String p = head.endsWith("y") && head.length() > 2 && "aeiou".indexOf(head.charAt(head.length() - 2)) < 0
        ? head.substring(0, head.length() - 1) + "ies" : head.endsWith("s") ? head + "es" : head + "s";
    Descriptors.Head h = desc.head(p);
    return h != null && h.plural ? p : null;
  }


  private static String clean(String s) {
    return s.strip();
  }

  private boolean seen(String id) {
    return personsById.containsKey(id);
  }

  /** "Speaker of the People's Assembly Hadiyeh Abbas": the mention named by the person at its end, not the body; else {@code m}. */
  private Mention personPart(Mention m) {
    String person = m.name == null || !m.conjuncts.isEmpty() ? null : MentionParser.personAfterOrganization(m.name, desc);
    if (person == null && m.name != null && m.conjuncts.isEmpty()) person = personAfterBody(m.name);
    if (person == null) return m;
    Mention p = new Mention(Mention.Kind.NAME, m.start, m.end, m.surface, person, m.head, m.definite, m.affiliation, m.roleClass);
    p.age = m.age;
    return p;
  }

  private Resolution name(Mention m, int pos) {
    m = personPart(m);
    SpeakerTable.Entry e = lookup(m);
    if (e != null && m.name != null && !m.name.contains(" ") && !seen(e.id)) {
      // a bare surname goes to a different person of this article with that surname, if any
      Person other = byName(m.name, pos);
      if (other != null && !other.id.equals(e.id)) {
        touch(other, pos);
        return new Resolution(fromPerson(other, m.name), false);
      }
    }
    String aff = m.affiliation;
    if (aff == null && m.appositive != null) aff = m.appositive.affiliation;
    if (e != null) {
      if (Speaker.PERSON.equals(e.type)) written(person(e.name, e.id, e.affiliation != null ? e.affiliation : aff, roleOf(m, e), pos), m);
      String surface = Speaker.PERSON.equals(e.type) && m.name != null ? m.name : clean(m.surface);
      return new Resolution(new Speaker(surface, e.id, e.type, e.affiliation != null ? e.affiliation : aff, false, m.roleClass), false);
    }
    String name = m.name != null ? m.name : clean(m.surface);
    boolean single = !name.contains(" ");
    Person p = byName(name, pos);
    String honorific = honorificGiven(name);
    if (p != null && (single || p.name.equalsIgnoreCase(name) || p.name.toLowerCase(Locale.ROOT).endsWith(" " + name.toLowerCase(Locale.ROOT))
        || honorific != null && honorific.equals(patronymicGiven(p.name)))) {
      touch(p, pos);
      if (p.affiliation == null) p.affiliation = aff;
      if ((p.role == null || "other".equals(p.role)) && m.roleClass != null) p.role = m.roleClass;
      return new Resolution(fromPerson(p, name), false);
    }
    // "LISE KORSVOLD, Deputy Special Envoy for Syria, said": a speaker's name in capitals that opens with a given name,
    // as UN press releases and records print speakers, is a person, not a headline
    boolean headline = headline(name) && !(Tokens.splitSpaces(name).length <= 4 && GivenNames.of(firstWord(name)) != null);
    if (MentionParser.looksLikeOrganization(name) || desc.affiliation(name) != null || headline) {
      String orgAff = aff != null ? aff : desc.affiliation(name);
      return new Resolution(new Speaker(clean(m.surface), SpeakerTable.slug(name), Speaker.ORGANIZATION, orgAff, false, m.roleClass), false);
    }
    if (outletName(name)) { // "Enab Baladi reported": another outlet speaks as a body
      return new Resolution(new Speaker(clean(m.surface), SpeakerTable.slug(name), Speaker.ORGANIZATION, aff, false, "media"), false);
    }
    Person np = person(name, SpeakerTable.slug(name), aff, m.roleClass, pos);
    return new Resolution(fromPerson(np, name), false);
  }
}
