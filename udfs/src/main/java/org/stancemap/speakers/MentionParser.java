package org.stancemap.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stancemap.text.Tokens;

/**
 * Reads speaker phrases from tokens: backwards from the word before a cue ("... Kremlin spokesman
 * Dmitry Peskov | said") or forwards from the word after one ("said | Yury Barmin, a Middle East
 * analyst at ..."). Token-level rules: capitalised words, title words ({@code data/titles.txt}),
 * descriptor heads and affiliation adjectives ({@code data/descriptors.tsv}), name particles
 * between capitalised words (al-, bin, of, for), coordination with "and", a leading determiner.
 */
public final class MentionParser {
  public static final Set<String> PRONOUNS = SpeakerWords.list("pronouns");
  /** Words that open a determined noun phrase ("the ministry", "two officials"). */
  public static final Set<String> DETERMINERS = SpeakerWords.list("determiners");
  /** Words between a document and where it was put: "a statement on Telegram" (data/speaker-words.tsv). */
  private static final Set<String> PLATFORM_LINKS = SpeakerWords.list("platform-links");
  /** Numbers read with "the" before them: "the two agencies", "the three leaders". */
  static final Set<String> NUMBER_WORDS = SpeakerWords.list("number-words");
  /** Ordinals read with the determiner before them: "a third EU diplomat", "the second source". */
  static final Set<String> ORDINALS = SpeakerWords.list("ordinals");
  private static final Set<String> DEFINITE = SpeakerWords.list("definite");
  private static final Set<String> LINK_PARTICLES = SpeakerWords.list("link-particles");
  private static final Set<String> PARTICLES = SpeakerWords.list("particles");
  /** Capitalised words that are not names (sentence-initial function words, days, months). */
  static final Set<String> CAP_STOP = SpeakerWords.list("cap-stop");

  private static final int MAX_LEN = 25;
  /** Words by which an outlet keeps its distance from a body's own name: "the so-called Reconciliation Centre". */
  private static final Set<String> DISTANCING = SpeakerWords.list("distancing");
  /** Words that end the object of a post-modifier ("one diplomat involved in the talks, who ..."). */
  private static final Set<String> POST_STOP = SpeakerWords.list("post-stop");
  /** The longest post-modifier read backwards, in tokens ("from President Recep Tayyip Erdogan's ruling Justice and Development Party"). */
  private static final int POST_MAX = 12;
  private final Descriptors desc;
  /** Whether a token starts a cue (a speech verb ends a speaker phrase). */
  private final java.util.function.BiPredicate<Tokens, Integer> cueAt;

  public MentionParser(Descriptors desc) {
    this(desc, (t, i) -> false);
  }

  public MentionParser(Descriptors desc, java.util.function.BiPredicate<Tokens, Integer> cueAt) {
    this.desc = desc;
    this.cueAt = cueAt;
  }

  /** Lower-case particles that, joined by a hyphen or apostrophe to a capitalised word, make a name word: "al-Bashir". */
  static final Set<String> JOINED_PARTICLES = SpeakerWords.list("joined-particles");
  /** Prepositions a post-modifier of a descriptor starts with ("a spokesman for the SDF", "sources familiar with ..."). */
  private static final Set<String> POST_PREPOSITIONS = SpeakerWords.list("post-prepositions");

  /** Whether {@code w} (lower case) is a preposition of data/speaker-words.tsv post-prepositions: "a researcher at ...". */
  public static boolean postPreposition(String w) {
    return POST_PREPOSITIONS.contains(w);
  }

  /**
   * A preposition that opens a descriptor's post-modifier at token {@code i}: those of {@link #POST_PREPOSITIONS},
   * and "on" ("doctors on the front line", "its spokesperson on migration", "an officer on trial"), but not before
   * where the words were said ("one supporter on X", "a viewer on social media": {@link #MEDIA_AFTER_ON}).
   */
  private static boolean postPreposition(Tokens t, int i, int hi) {
    String w = t.lower(i);
    // "Israeli opposition lawmakers on Tuesday lashed out": when, not which lawmakers (as Grammar.skipForward reads it)
    if (w.equals("on") && i + 1 < hi && TIME_WORDS.contains(t.lower(i + 1))) return false;
    return POST_PREPOSITIONS.contains(w) || w.equals("on") && i + 1 < hi && !MEDIA_AFTER_ON.contains(t.lower(i + 1));
  }

  /** Words that say when ("Tuesday", "today", "night"): no post-modifier opens with a preposition and one. */
  private static final Set<String> TIME_WORDS = SpeakerWords.list("time-words");

  /** Where a speaker says something, after "on": no post-modifier of the speaker ("one supporter on X"). */
  private static final Set<String> MEDIA_AFTER_ON = SpeakerWords.list("media-after-on");
  /** Participles that open a post-modifier with "by" ("a colonel flanked by soldiers"). */
  private static final Set<String> BY_PARTICIPLES = SpeakerWords.list("by-participles");
  /** Participles that may open such a post-modifier ("involved in", "based in", "familiar with", "close to"). */
  /** Heads whose post-modifier opens with "to" ("ambassador to the EU", "adviser to the president"). */
  private static final Set<String> TO_HEADS = SpeakerWords.list("to-heads");
  /** Words after "a" that count a plural head ("a few officials", "a dozen protesters", "a number of residents"). */
  private static final Set<String> QUANTITIES = SpeakerWords.list("quantities");
  /** Participles that open a post-modifier with their object ("a lawyer representing the family", "an adviser to ..."). */
  private static final Set<String> OBJECT_PARTICIPLES = SpeakerWords.list("object-participles");
  private static final Set<String> POST_PARTICIPLES = SpeakerWords.list("post-participles");

  /** A capitalised word, or a name word with a lower-case joined particle: "al-Bashir", "el-Sisi". */
  public static boolean capitalized(Tokens t, int i) {
    if (t.isCapitalized(i)) return true;
    if (!t.isWord(i)) return false;
    String w = t.text(i);
    int k = 0;
    while (k < w.length() && Character.isLowerCase(w.charAt(k))) k++;
    if (k == 0 || k + 1 >= w.length() || (w.charAt(k) != '-' && w.charAt(k) != '\'' && w.charAt(k) != '\u2019')) return false;
    return Character.isUpperCase(w.charAt(k + 1)) && JOINED_PARTICLES.contains(w.substring(0, k));
  }

  /** Endings of English nouns of an office ("Implementation", "Development"; data/speaker-words.tsv noun-suffixes). */
  private static final Set<String> NOUN_SUFFIXES = SpeakerWords.list("noun-suffixes");

  /**
   * The person's name at the end of a name that opens with a body: "People's Assembly Hadiyeh Abbas" →
   * "Hadiyeh Abbas", "Central Bank of Syria Abdulkader Husrieh" → "Abdulkader Husrieh" (a title "Speaker of
   * the ..." read with its organisation). At least two capitalised words must follow the last organisation
   * word (and an "of PLACE" after it); null when the name is no such phrase.
   */
  public static String personAfterOrganization(String name, Descriptors desc) {
    String[] w = Tokens.splitSpaces(name);
    // "Tomás Brennan of University College Dublin": a person's name, then "of" and the body, is no such phrase
    for (int i = 2; i < w.length; i++) {
      if (!w[i].equals("of")) continue;
      boolean person = true;
      for (int j = 0; j < i && person; j++) person = plainNameWord(w[j], desc) && Character.isUpperCase(w[j].charAt(0));
      if (person) return null;
      break;
    }
    int k = -1;
    for (int i = 0; i < w.length; i++) if (BodyWords.contains(w[i].toLowerCase(Locale.ROOT)) || w[i].equalsIgnoreCase("republic")) k = i;
    if (k < 0) return null;
    int a = k + 1;
    if (a + 1 < w.length && PARTICLES.contains(w[a].toLowerCase(Locale.ROOT)) && !w[a].isEmpty() && Character.isLowerCase(w[a].charAt(0))) {
      a++;
      // "Economic Community of West African States": a place's words after the "of" are no person's name
      if (desc.isPlaceName(String.join(" ", java.util.Arrays.copyOfRange(w, a, w.length)))) return null;
      // "Ministry of Foreign Affairs and Expatriates Lilit Sargsyan": a portfolio is read whole
      int b = a;
      while (b < w.length && (desc.isPortfolio(w[b]) || (b > a && w[b].equalsIgnoreCase("and")))) b++;
      // "Committee on International Affairs Oleg Tarkhanov": capitalised words up to the last portfolio word
      // that leaves a name of two words
      for (int x = w.length - 3; x >= a && b == a; x--) {
        if (!desc.isPortfolio(w[x])) continue;
        boolean capitals = true;
        for (int y = a; y < x && capitals; y++) capitals = Character.isUpperCase(w[y].charAt(0)) || w[y].equalsIgnoreCase("and");
        if (capitals) b = x + 1;
      }
      a = b > a ? b : a + 1;
    }
    // "Parliament Speaker Mohammad Qalibaf": titles after the body are no part of the person's name
    while (a < w.length - 2 && (desc.title(w[a]) != null && !desc.isModifier(w[a]) || desc.head(w[a]) != null
        || org.stancemap.text.TitleAbbreviations.load().words().contains(w[a].replace(".", "").toLowerCase(Locale.ROOT)))) a++;
    if (w.length - a < 2) return null;
    // "Ministry for the Ecological Transition": capitalised words right after "of the"/"for the" go on the
    // body's own name, unless they open with a given name ("Ministry of the Interior Ali Yerlikaya" has a
    // portfolio word between)
    if (a >= 2 && w[a - 1].equals("the") && PARTICLES.contains(w[a - 2]) && GivenNames.of(w[a]) == null) return null;
    // (a name that opens with a given name is a person's, whatever its surname: "Julia Sellers", "Tom Banks")
    boolean given = GivenNames.of(w[a]) != null;
    for (int i = a; i < w.length; i++) {
      if (w[i].isEmpty()) return null;
      String lw = w[i].toLowerCase(Locale.ROOT);
      if (BodyWords.contains(lw)) return null;
      // "Federation of Turkish Trade Unions", "Authority for Palestine Arab Refugees": a body word's plural or the head of a
      // group of people ends the body's own name, no person's
      if (!given && lw.endsWith("s") && (BodyWords.contains(lw.substring(0, lw.length() - 1)) || desc.head(lw) != null)) return null;
      char c = w[i].charAt(0);
      if (!Character.isUpperCase(c) && !w[i].contains("-")) return null;
    }
    // "Office of Financial Sanctions Implementation": words of the body's own name, not a person's, when the last ends like
    // a noun of an office (noun-suffixes: "-tion", "-ment", "-ity") and no given name opens them
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    if (GivenNames.of(w[a]) == null && NOUN_SUFFIXES.stream().anyMatch(last::endsWith)) return null;
    return String.join(" ", java.util.Arrays.copyOfRange(w, a, w.length));
  }

  /** Whether every word of {@code name} is a portfolio word or "and" ("Expatriates", "Economy and Industry"). */
  public boolean portfolioOnly(String name) {
    if (name == null || name.isBlank()) return false;
    for (String w : Tokens.splitSpaces(name)) if (!desc.isPortfolio(w) && !w.equalsIgnoreCase("and")) return false;
    return true;
  }

  /**
   * The author of a document phrase {@code m} that is the object of a verb of issuing: "Euroclear" in "Euroclear
   * has issued a short statement saying" ({@code kind=document} and {@code kind=issue} in data/descriptors.tsv);
   * null when {@code m} is no such phrase.
   */
  public Mention issuerOf(Tokens t, int lo, Mention m, String text) {
    int i = issuingVerb(t, lo, m);
    if (i < 0) return null;
    i--;
    while (i >= lo && t.isWord(i) && (AUXILIARIES.contains(t.lower(i)) || (t.lower(i).endsWith("ly") && !capitalized(t, i))
        || t.lower(i).equals("also"))) i--;
    if (i < lo || !t.isWord(i)) return null;
    Mention issuer = backward(t, lo, i, text);
    // "The Ukrainian Embassy in Washington issued a statement": the body before its place, not the place
    int s = issuer == null ? -1 : t.indexFrom(issuer.start);
    if (issuer != null && issuer.kind == Mention.Kind.NAME && s - 2 >= lo && (t.lower(s - 1).equals("in") || t.lower(s - 1).equals("at"))) {
      Mention body = backward(t, lo, s - 2, text);
      boolean isBody = body != null && (body.kind == Mention.Kind.DESCRIPTOR && body.head != null && desc.head(body.head) != null
          || body.kind == Mention.Kind.NAME && body.name != null && looksLikeOrganization(body.name));
      // a named body keeps its place, as a cue's subject does (Grammar.nameBeforePlace): "the Russian Embassy in Berlin"
      if (isBody && body.kind == Mention.Kind.NAME && issuer.name != null && issuer.name.equals(issuer.surface) && issuer.conjuncts.isEmpty()
          && t.indexFrom(body.end) == s - 1) return bodyInPlace(body, issuer, text);
      if (isBody) return body;
    }
    return issuer;
  }

  /**
   * The token of the verb of issuing before a document phrase {@code m}: "issued" in "The embassy issued a statement
   * (on Telegram) saying"; -1 when {@code m} is no document that such a verb issues.
   */
  public int issuingVerb(Tokens t, int lo, Mention m) {
    if (m == null) return -1;
    int ms = t.indexFrom(m.start), i = ms - 1;
    // "The embassy issued a statement on Telegram saying": the platform after the document, and the document before it
    if (!(m.kind == Mention.Kind.DESCRIPTOR && m.head != null && desc.isDocument(m.head))) {
      if (i - 1 < lo || !PLATFORM_LINKS.contains(t.lower(i)) || !t.isWord(i - 1) || !desc.isDocument(t.lower(i - 1))) return -1;
      i -= 2;
      while (i >= lo && i >= ms - 5 && t.isWord(i) && (DETERMINERS.contains(t.lower(i)) || nounModifier(t, i))) i--;
    }
    return i >= lo && desc.isIssuing(t.lower(i)) ? i : -1;
  }

  /** Whether {@code word} names a state's people or belongs to one: "Syrian", "Turkish" (data/descriptors.tsv). */
  public boolean stateWord(String word) {
    return desc.affiliation(word) != null;
  }

  /** Whether {@code w} is a title or a descriptor head ("master", "spokesperson", "minister"). */
  public boolean roleWord(String w) {
    return desc.title(w) != null || desc.head(w) != null;
  }

  /** Whether the lower-case {@code w} is a title of {@code data/titles.txt} ("chief", "representative"), no modifier. */
  public boolean titleWord(String w) {
    String c = desc.title(w);
    return c != null && !"modifier".equals(c);
  }

  /** The role class of the first title word of tokens [a, b) ("Minister of Energy" → minister), or null. */
  public String titleRole(Tokens t, int a, int b) {
    for (int i = a; i < b; i++) {
      if (!t.isWord(i)) continue;
      String r = desc.title(t.lower(i));
      if (r != null && !"other".equals(r)) return r;
    }
    return null;
  }

  public static boolean isStopCap(String w) {
    return CAP_STOP.contains(w.toLowerCase(Locale.ROOT));
  }

  private boolean npWord(Tokens t, int i) {
    if (!t.isWord(i)) return false;
    String w = t.text(i);
    String lw = t.lower(i);
    if (capitalized(t, i)) return !CAP_STOP.contains(lw) || desc.affiliation(w) != null;
    return desc.title(lw) != null || desc.head(lw) != null;
  }

  private boolean possessiveWord(Tokens t, int i) {
    String w = t.text(i);
    return t.isWord(i) && (w.endsWith("'s") || w.endsWith("s'"));
  }

  /**
   * Token {@code i} is the period of a company's short suffix, which closes its name: "Toyota Motor Corp. said",
   * "Goldman Sachs Group Inc. wrote" (the suffix a body word of data/body-words.txt, capitalised, at most
   * four letters, the period right after it).
   */
  public static boolean suffixPeriod(Tokens t, int i) {
    if (i < 1 || i >= t.size() || !t.text(i).equals(".") || t.end(i - 1) != t.start(i)) return false;
    String w = t.text(i - 1);
    return w.length() <= 4 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && BodyWords.contains(t.lower(i - 1));
  }

  /** Token {@code s} follows a post-modifier's preposition after a lower-case head: "the spokesman of |the ministry", "A source at |one of". */
  private boolean headBeforePreposition(Tokens t, int lo, int s) {
    return s - 2 >= lo && POST_PREPOSITIONS.contains(t.lower(s - 1)) && t.isWord(s - 2) && !capitalized(t, s - 2)
        && desc.head(t.lower(s - 2)) != null;
  }

  /**
   * The descriptor whose post-modifier's object opens at token {@code s} and ends at offset {@code end}: "A source at
   * |one of the largest importers", "A spokesperson for |the Foreign, Commonwealth and Development Office"; its head's
   * affiliation, else {@code aff}. Null when no lower-case head and preposition stand before {@code s}.
   */
  private Mention outerDescriptor(Tokens t, int lo, int s, int end, String aff, String text) {
    if (!headBeforePreposition(t, lo, s)) return null;
    Mention outer = backwardPhrase(t, lo, s - 2, text);
    if (outer == null || outer.kind != Mention.Kind.DESCRIPTOR || !outer.conjuncts.isEmpty()) return null;
    return new Mention(Mention.Kind.DESCRIPTOR, outer.start, end, text.substring(outer.start, end), null, outer.head, outer.definite,
        outer.affiliation != null ? outer.affiliation : aff, outer.roleClass);
  }

  /** A document's word among tokens [a, min(a + 3, e)]: "issued |a statement", "released |its annual report". */
  private boolean documentAfter(Tokens t, int a, int e) {
    for (int y = a; y <= e && y <= a + 3; y++) if (t.isWord(y) && desc.isDocument(t.lower(y))) return true;
    return false;
  }

  /**
   * A speaker phrase that ends with token {@code e} (inclusive), not reaching before token {@code lo}; null if none.
   * A descriptor with a post-modifier is read whole: "officials in Ankara", "a spokeswoman for Gov. Jared Polis",
   * "three sources familiar with the bank's deliberations", "the US special envoy for Syria".
   */
  public Mention backward(Tokens t, int lo, int e, String text) {
    if (e - 2 >= lo && t.lower(e).equals("them")) { // "One of them said"
      Mention ofThem = ofThem(t, e - 2, e + 1, text);
      if (ofThem != null) return ofThem;
    }
    if (e - 1 >= lo && suffixPeriod(t, e)) e--; // "Toyota Motor Corp. said"
    Mention m = listBefore(t, lo, backwardPhrase0(t, lo, e, text), text);
    // "a move community leaders said would ...": "a" and a noun before a plural head open the phrase a relative
    // clause without "that" describes; the plural phrase after them speaks
    if (m != null && m.kind == Mention.Kind.DESCRIPTOR && m.head != null) {
      int s0 = t.indexFrom(m.start);
      Descriptors.Head h = desc.head(m.head);
      String a0 = t.lower(s0);
      if (h != null && h.plural && (a0.equals("a") || a0.equals("an")) && s0 + 2 <= e && t.isWord(s0 + 1)
          && !capitalized(t, s0 + 1) && !QUANTITIES.contains(t.lower(s0 + 1))) {
        m = new Mention(Mention.Kind.DESCRIPTOR, t.start(s0 + 2), m.end, text.substring(t.start(s0 + 2), m.end), null, m.head, false,
            m.affiliation, m.roleClass);
      }
    }
    // "One of the officials said", "one of the sources familiar with the talks": a member of a group
    if (m != null && m.kind == Mention.Kind.DESCRIPTOR) {
      int s0 = t.indexFrom(m.start);
      if (s0 - 2 >= lo && t.lower(s0).equals("the") && t.lower(s0 - 1).equals("of") && MEMBERS.contains(t.lower(s0 - 2))) {
        Mention one = memberOf(t, s0 - 2, m, text);
        // "A source at one of the largest importers of farm machinery said": the member is a post-modifier's object,
        // and the head before it speaks
        Mention outer = one == null ? null : outerDescriptor(t, lo, s0 - 2, one.end, one.affiliation, text);
        if (outer != null) return outer;
        if (one != null) return one;
      }
    }
    return m;
  }

  /**
   * "France, Germany and Italy said": a coordination {@code m} ("Germany and Italy") after names and commas that open
   * the sentence at {@code lo}; the whole list, its items in order. Otherwise {@code m}.
   */
  private Mention listBefore(Tokens t, int lo, Mention m, String text) {
    if (m == null || m.conjuncts.size() < 2) return m;
    List<Mention> items = new ArrayList<>();
    int first = t.indexFrom(m.start);
    while (first - 2 >= lo && t.text(first - 1).equals(",")) {
      int b = first - 1, a = b;
      while (a - 1 >= lo && t.isWord(a - 1) && capitalized(t, a - 1)) a--;
      if (a == b || isStopCap(t.text(a))) return m;
      Mention item = single(t, a, b, text);
      if (item == null || item.kind != Mention.Kind.NAME) return m;
      items.add(0, item);
      first = a;
    }
    if (items.isEmpty() || first != lo) return m;
    Mention whole = new Mention(Mention.Kind.NAME, t.start(first), m.end, text.substring(t.start(first), m.end), null, null, false, null, null);
    whole.conjuncts.addAll(items);
    whole.conjuncts.addAll(m.conjuncts);
    return whole;
  }

  private Mention backwardPhrase0(Tokens t, int lo, int e, String text) {
    if (e < lo || e >= t.size()) return null;
    Mention m = backwardPhrase(t, lo, e, text);
    if (m != null && m.kind == Mention.Kind.PRONOUN) return m;
    Mention listed = listedPortfolio(t, lo, e, m, text);
    if (listed != null) return listed;
    Mention modified = modifiersListed(t, lo, e, m, text);
    if (modified != null) return modified;
    // "A statement from the Turkish Foreign Ministry said", "a readout issued by the Kremlin": the author speaks
    if (m != null && documentBefore(t, lo, t.indexFrom(m.start))) return m;
    // "Governor of the Central Bank of Jordan Omar Nasser": a body and then a person's name is no post-modifier
    if (m != null && m.kind == Mention.Kind.NAME && m.name != null && personAfterOrganization(m.name, desc) != null) return m;
    if (bodyThenPerson(t, lo, m)) return m;
    // "Minister of Foreign Affairs Tomas Varga": a name after a portfolio is no post-modifier of "Minister"
    if (m != null && m.kind == Mention.Kind.NAME && m.name != null && m.name.contains(" ") && m.name.length() < m.end - m.start) {
      int n = t.indexFrom(m.end - m.name.length());
      int b = n - 1;
      while (b >= lo && (desc.isPortfolio(t.lower(b)) || (b < n - 1 && t.lower(b).equals("and")))) b--;
      if (b < n - 1 && b - 1 >= lo && t.lower(b).equals("the") && LINK_PARTICLES.contains(t.lower(b - 1))) b--; // "of the Interior"
      if (b < n - 1 && b >= lo && LINK_PARTICLES.contains(t.lower(b))) return m;
      // "Governor of Daraa Anwar al-Zoubi", "Mayor of San Diego Todd Gloria", "the US envoy to Syria Tom Barrack": a place
      // of one or two words after the title's "of" or an office's preposition (single() read the name)
      for (int k = 1; k <= 2; k++) {
        if (n - k - 2 < lo || desc.title(t.lower(n - k - 2)) == null) continue;
        String link = t.lower(n - k - 1);
        if (!link.equals("of") && !(OFFICE_PLACE_LINKS.contains(link) && personName(m.name) && headsPhrase(t, lo, n - k - 2))) continue;
        boolean place = true;
        // (no title in the place: "a spokesperson for UN Secretary-General Antonio Guterres" speaks for him)
        for (int x = n - k; x < n && place; x++) place = t.isWord(x) && capitalized(t, x) && (link.equals("of") || !titleWord(t.lower(x)));
        if (place) return m;
      }
    }
    // "Minister of Energy Dr. Khaled al-Ahmad", "Director of Military Media Col. Mustafa Hiyari": an abbreviated title
    // right before a person's name ends the title's chain; the name is no post-modifier's object
    if (m != null && m.kind == Mention.Kind.NAME && m.name != null && m.name.contains(" ") && !looksLikeOrganization(m.name)
        && m.name.length() <= m.end - m.start) {
      int n = t.indexFrom(m.end - m.name.length());
      if (n - 2 >= lo && t.text(n - 1).endsWith(".") && desc.title(t.lower(n - 1)) != null && capitalized(t, n - 2)) return m;
    }
    // "Head of the Institute for Caucasus Studies at RANEPA Timur Aliyev": a person's name right after a body's name or
    // acronym holds the title before them; no post-modifier's object ("a spokesman for Gov. Jared Polis" is one)
    if (m != null && m.kind == Mention.Kind.NAME && m.name != null && m.conjuncts.isEmpty() && m.end - m.name.length() > m.start
        && personName(m.name) && GivenNames.of(Tokens.splitSpaces(m.name)[0]) != null) {
      int n = t.indexFrom(m.end - m.name.length());
      if (n - 1 >= lo && t.isWord(n - 1) && capitalized(t, n - 1) && looksLikeOrganization(t.text(n - 1))) return m;
    }
    int limit = Math.max(lo, e - POST_MAX - 1);
    for (int p = e; p > limit; p--) {
      // "A source in the Kurdistan Regional Government's (KRG) Ministry of Finance": a short form inside the object
      if (p < e && t.text(p).equals(")") && p - 2 > limit && t.text(p - 2).equals("(") && shortForm(t.text(p - 1))) {
        p -= 2;
        continue;
      }
      if (!t.isWord(p) || cueAt.test(t, p)) break;
      String lp = t.lower(p);
      // "a colonel flanked by a dozen soldiers": a participle with "by" after the head
      boolean by = lp.equals("by") && p - 2 >= lo && BY_PARTICIPLES.contains(t.lower(p - 1));
      // "a lawyer representing the company": a participle with its object after the head
      boolean object = OBJECT_PARTICIPLES.contains(lp);
      // "Its embassy in Paris issued a statement insisting that": an issuing verb and its document end the phrase
      // ("a statement issued by the ministry" is read at its "by"; "a doctor sent to the site" sends no document)
      if (p < e && !capitalized(t, p) && desc.isIssuing(lp) && !t.lower(p + 1).equals("by") && documentAfter(t, p + 1, e)) break;
      if (!postPreposition(t, p, e + 1) && !by && !object) {
        // "the Ministry of Economy and Industry": "and" inside a name is no clause's
        if (lp.equals("and") && m != null && m.kind == Mention.Kind.NAME && m.name != null && looksLikeOrganization(m.name)
            && p - 1 > limit && p + 1 <= e && capitalized(t, p - 1) && capitalized(t, p + 1) && !abbreviationIn(t, p + 1, e)) continue;
        if (POST_STOP.contains(lp)) break;
        continue;
      }
      if (p == e) break;
      int h = object ? p : p - 1;
      // "two lawyers specialising in export controls": a participle in -ing before the preposition, as forward
      if (h >= lo && (POST_PARTICIPLES.contains(t.lower(h)) || ingParticiple(t, h) || by || object)) {
        h--;
        // "Some families still living in camps near Azaz": an adverb before the participle
        if (h > lo && PARTICIPLE_ADVERBS.contains(t.lower(h))) h--;
      }
      // a head word, or a title in lower case ("a colonel flanked by soldiers")
      if (h < lo || !t.isWord(h)) continue;
      Mention head;
      if (desc.head(t.lower(h)) != null || !capitalized(t, h) && desc.title(t.lower(h)) != null) head = backwardPhrase(t, lo, h, text);
      // "A textile manufacturer in Kayseri says": a head no list has, in a phrase that opens the clause (loose) and whose
      // post-modifier ends right before a cue word; a head without a final "s" (no "comes", "says"). "The first question
      // comes from Can Demirel with ..." has no cue after it, "The court heard evidence from Marian Lloyd, 74, ..." none
      // before its comma: neither is read so. A cue after an adverb ("also says") is not seen.
      else if (!capitalized(t, h) && !by && !object && !t.lower(h).endsWith("s") && e + 1 < t.size() && cueAt.test(t, e + 1))
        head = loose(t, lo, h + 1, text);
      else continue;
      if (head == null || head.kind != Mention.Kind.DESCRIPTOR) continue;
      Mention place = m != null && m.start >= t.end(p) ? m : null;
      String aff = head.affiliation != null ? head.affiliation : place == null ? null : place.affiliation != null ? place.affiliation
          : place.name != null ? desc.affiliation(place.name) : null;
      // "the representative of Syria", "the UN special envoy for Syria": an office named by its state or place, not
      // "the envoy" of whoever was named last
      int w0 = p + 1 < e && t.lower(p + 1).equals("the") ? p + 2 : p + 1; // "of the Syrian Arab Republic"
      String whose = text.substring(t.start(w0), t.end(e));
      boolean office = (lp.equals("of") || lp.equals("for")) && (statePlace(whose) || affiliationAt(t, w0, e + 1) != null);
      Mention found = new Mention(Mention.Kind.DESCRIPTOR, head.start, t.end(e), text.substring(head.start, t.end(e)), null, head.head,
          head.definite && !office, aff != null || !office ? aff : stateOf(whose), head.roleClass);
      found.office = office;
      // "the spokesman of the ministry in Damascus", "officials from the new authorities in Damascus": the
      // descriptor found may itself be a post-modifier's object; the outermost head speaks
      int hs = t.indexFrom(head.start);
      if (headBeforePreposition(t, lo, hs)) {
        m = found;
        limit = Math.min(limit, hs - 2);
        p = hs;
        continue;
      }
      return found;
    }
    return personOfBody(t, lo, m, text);
  }

  /**
   * A body or a speaker's head modified by a list of single capitalised words with commas, the phrase {@code m} the
   * list's last items: "The Foreign, Commonwealth and Development Office said", "A Foreign, Commonwealth and
   * Development Office spokesperson said", "The US, British and French governments said". The list opens with a
   * determiner, every item before "and" is one word, and the phrase ends in a body word or a head; "Russia, Turkey and
   * Iran said" (no determiner, no body) is a list of speakers. Null when {@code m} is not such a list's tail.
   */
  private Mention modifiersListed(Tokens t, int lo, int e, Mention m, String text) {
    if (m == null || m.kind == Mention.Kind.PRONOUN) return null;
    int s = t.indexFrom(m.start);
    if (s - 2 < lo || !t.text(s - 1).equals(",") || e - s < 2 || !t.lower(s + 1).equals("and")) return null;
    for (int x = s + 2; x <= e; x++) if (!capitalized(t, x) && desc.head(t.lower(x)) == null) return null;
    boolean body = bodyWord(t.text(e)) && capitalized(t, e);
    boolean head = !capitalized(t, e) && desc.head(t.lower(e)) != null && e - 1 > s + 1 && capitalized(t, e - 1);
    if (!body && !head) return null;
    int a = s - 1; // back over ", Word" items to the determiner
    while (a - 2 >= lo && t.text(a).equals(",") && capitalized(t, a - 1) && t.isWord(a - 1)) a -= 2;
    if (a == s - 1 || a < lo) return null;
    int first = a + 1;
    // "the UK's Foreign, Commonwealth and Development Office": a possessive state, perhaps after "the", before the list
    String aff = null;
    if (possessiveWord(t, a) && t.isWord(a)) {
      aff = affiliationAt(t, a, e + 1);
      if (a - 1 >= lo && DETERMINERS.contains(t.lower(a - 1))) a--;
    } else if (!DETERMINERS.contains(t.lower(a))) {
      return null;
    }
    // "A spokesperson for the Foreign, Commonwealth and Development Office said": the head before the body speaks
    Mention outer = outerDescriptor(t, lo, a, t.end(e), aff, text);
    if (outer != null) return outer;
    // the determiner opens the phrase: "At the UN, Russian and Chinese diplomats said" is a place, then the speakers
    if (a > lo && t.isWord(a - 1) && !t.lower(a - 1).equals("and") && !t.lower(a - 1).equals("but")) return null;
    boolean the = t.lower(a).equals("the");
    if (body) {
      String name = text.substring(t.start(first), t.end(e));
      return new Mention(Mention.Kind.NAME, t.start(a), t.end(e), text.substring(t.start(a), t.end(e)), name, null, the, aff, null);
    }
    return new Mention(Mention.Kind.DESCRIPTOR, t.start(a), t.end(e), text.substring(t.start(a), t.end(e)), null, t.lower(e), the,
        aff, desc.head(t.lower(e)).roleClass);
  }

  /**
   * A body whose portfolio is a list with commas, the phrase {@code m} its last items: "the Ministry of
   * Housing, Communities and Local Government", "Department for Environment, Food and Rural Affairs", and
   * a speaker's head before it ("a spokesperson for the Ministry of Agriculture, Forestry and Fisheries").
   * Null when {@code m} is not such a list's tail.
   */
  private Mention listedPortfolio(Tokens t, int lo, int e, Mention m, String text) {
    if (m == null || m.kind == Mention.Kind.DESCRIPTOR) return null;
    int s = t.indexFrom(m.start);
    if (s - 1 < lo || !t.text(s - 1).equals(",")) return null;
    // the list's last items, joined by "and" ("Communities and Local Government"): "Office of Pardon Attorney, Trump has ..." is no list
    boolean joined = false;
    for (int x = s; x <= e; x++) {
      boolean and = t.lower(x).equals("and") || t.text(x).equals("&");
      if (!(capitalized(t, x) || and)) return null;
      joined |= and && x > s && x < e;
    }
    if (!joined) return null;
    // back over ", Item Words" pieces to "Body of|for"
    int x = s - 1;
    for (int items = 0; items < 6 && x - 1 >= lo && t.text(x).equals(","); items++) {
      int y = x - 1;
      if (!capitalized(t, y)) return null;
      while (y - 1 >= lo && capitalized(t, y - 1)) y--;
      // y: the first capital of the item; before it "of"/"for" and the body word, or another comma
      if (y - 2 >= lo && (t.lower(y - 1).equals("of") || t.lower(y - 1).equals("for")) && capitalized(t, y - 2) && bodyWord(t.text(y - 2))) {
        int b = y - 2;
        while (b - 1 >= lo && capitalized(t, b - 1) && !cueAt.test(t, b - 1)) b--; // "Federal Ministry of ..."
        boolean the = b - 1 >= lo && t.lower(b - 1).equals("the");
        int a = the ? b - 1 : b;
        String name = text.substring(t.start(b), t.end(e));
        Mention body = new Mention(Mention.Kind.NAME, t.start(a), t.end(e), text.substring(t.start(a), t.end(e)), name, null, the, null, null);
        int q = a - 1; // "a spokesperson for the Ministry of ...": the head before a preposition speaks
        if (q - 1 >= lo && POST_PREPOSITIONS.contains(t.lower(q)) && t.isWord(q - 1) && desc.head(t.lower(q - 1)) != null) {
          Mention head = backwardPhrase(t, lo, q - 1, text);
          if (head != null && head.kind == Mention.Kind.DESCRIPTOR) {
            return new Mention(Mention.Kind.DESCRIPTOR, head.start, t.end(e), text.substring(head.start, t.end(e)), null, head.head,
                head.definite, head.affiliation, head.roleClass);
          }
        }
        return body;
      }
      x = y - 1;
    }
    return null;
  }

  /**
   * "Iraqi lawmaker Ali Sabah of the State of Law coalition", "John Smith of the Brookings Institution": a
   * person's name of two words or more, then "of" and the body the phrase {@code m} names; the person
   * speaks. {@code m} itself otherwise.
   */
  private Mention personOfBody(Tokens t, int lo, Mention m, String text) {
    if (m == null || m.kind == Mention.Kind.PRONOUN || !m.conjuncts.isEmpty()) return m;
    int s = t.indexFrom(m.start);
    // "Dr. Zeynep Alkan of Ankara's TOBB University": one capitalised run through "of", a person's name before it and a
    // body after it
    if (m.kind == Mention.Kind.NAME) {
      int me = t.indexFrom(m.end);
      for (int x = s + 2; x < me - 1; x++) {
        if (!t.lower(x).equals("of")) continue;
        Mention person = backwardPhrase(t, s, x - 1, text);
        String body = text.substring(t.start(x + 1), m.end);
        if (person != null && person.kind == Mention.Kind.NAME && person.name != null && person.conjuncts.isEmpty()
            && personName(person.name) && GivenNames.of(Tokens.splitSpaces(person.name)[0]) != null && looksLikeOrganization(body)) {
          return new Mention(Mention.Kind.NAME, person.start, m.end, text.substring(person.start, m.end), person.name, null,
              person.definite, person.affiliation != null ? person.affiliation : m.affiliation, person.roleClass);
        }
        break;
      }
    }
    // "of the main opposition Republican People's Party", "of the center-left Social Democrats": lower-case modifiers
    // between "the" and the body's name
    for (int x = s - 1; x >= lo && x >= s - 3 && !t.lower(s).equals("the"); x--) {
      if (t.lower(x).equals("the")) s = x;
      else if (!t.isWord(x) || capitalized(t, x) || t.lower(x).equals("of")) break;
    }
    // "Dr. Zeynep Alkan of Ankara's TOBB University": a named body after "of" without "the"
    boolean named = s - 3 >= lo && t.lower(s - 1).equals("of") && capitalized(t, s) && m.kind == Mention.Kind.NAME && m.name != null
        && looksLikeOrganization(m.name);
    if (s - 3 < lo || !t.lower(s - 1).equals("of") || !(t.lower(s).equals("the") || named)) return m;
    Mention person = backwardPhrase(t, lo, s - 2, text);
    if (person == null || person.kind != Mention.Kind.NAME || person.name == null || !person.conjuncts.isEmpty()
        || !personName(person.name)) return m;
    String aff = person.affiliation != null ? person.affiliation : m.affiliation;
    return new Mention(Mention.Kind.NAME, person.start, m.end, text.substring(person.start, m.end), person.name, null,
        person.definite, aff, person.roleClass);
  }

  /**
   * A capitalised compound whose last part is a lower-case participle: "Istanbul-based", "Kremlin-backed",
   * "Moscow-born", "State-run" describe the name after them and are no part of it ("al-Sharaa" ends in a
   * capital, "Mum-of-two" in no participle).
   */
  public static boolean compoundAdjective(String w) {
    int h = w.lastIndexOf('-');
    if (h <= 0 || h + 3 > w.length() || !Character.isUpperCase(w.charAt(0))) return false;
    for (int i = h + 1; i < w.length(); i++) if (!Character.isLowerCase(w.charAt(i))) return false;
    String tail = w.substring(h + 1);
    return tail.endsWith("ed") || tail.equals("born") || tail.equals("run");
  }

  /** Two or more capitalised words none of which is a title, a descriptor head, a body's word or an affiliation: a person's name. */
  public boolean personName(String name) {
    String[] w = Tokens.splitSpaces(name.strip());
    if (w.length < 2 || desc.isPlaceName(name)) return false;
    for (String x : w) {
      if (!plainNameWord(x, desc) || !(Character.isUpperCase(x.charAt(0)) || x.contains("-"))
          || PARTICLES.contains(x.toLowerCase(Locale.ROOT)) && w.length == 2 || isStopCap(x)) return false;
    }
    return true;
  }

  /** A word that may be part of a person's name: no title, descriptor head, body's word, affiliation or portfolio word. */
  private static boolean plainNameWord(String x, Descriptors desc) {
    return !x.isEmpty() && desc.title(x) == null && desc.head(x) == null && !BodyWords.contains(x.toLowerCase(Locale.ROOT))
        && desc.affiliation(x) == null && !desc.isPortfolio(x);
  }

  /** Prepositions a body's name may carry in title case: "Families Against Statelessness" (data/speaker-words.tsv). */
  private static final Set<String> TITLE_CASE_PREPOSITIONS = SpeakerWords.list("title-case-prepositions");

  /** Adverbs that may stand before a post-modifier's participle: "families still living in camps" (data/speaker-words.tsv). */
  private static final Set<String> PARTICIPLE_ADVERBS = SpeakerWords.list("participle-adverbs");

  /** What a source has "with" it, in a post-modifier: "people with knowledge of the matter". */
  private static final Set<String> WITH_OBJECTS = SpeakerWords.list("with-objects");

  /** The end (exclusive token) of a post-modifier starting at token {@code j} ("involved in the talks"), or {@code j}. */
  private int postModifierEnd(Tokens t, int j, int hi) {
    int k = j;
    // "families still living in camps": an adverb before the participle
    if (k + 2 < hi && PARTICIPLE_ADVERBS.contains(t.lower(k)) && (POST_PARTICIPLES.contains(t.lower(k + 1)) || ingParticiple(t, k + 1))) k++;
    // "a Ukrainian officer training in Wiltshire", "a doctor working at the hospital": a participle and its place
    if (k + 1 < hi && (POST_PARTICIPLES.contains(t.lower(k)) || ingParticiple(t, k)) && POST_PREPOSITIONS.contains(t.lower(k + 1))) k += 2;
    // "the head of a trading company supplying equipment to Turkey", "a woman selling bread in Homs": a participle, its object
    // of one or two words, then a preposition and its place
    else if (k + 3 < hi && ingParticiple(t, k) && participleObjectEnd(t, k + 1, hi) > 0) k = participleObjectEnd(t, k + 1, hi) + 1;
    // "economists surveyed by Bloomberg", "analysts polled by Reuters": a participle in -ed and "by"
    else if (k + 1 < hi && t.isWord(k) && !capitalized(t, k) && t.lower(k).endsWith("ed") && t.lower(k + 1).equals("by") && !cueAt.test(t, k)) k += 2;
    else if (k < hi && postPreposition(t, k, hi) && !t.lower(k).equals("to") && !t.lower(k).equals("with")) k++;
    // "three people with knowledge of the matter", "officials with direct knowledge of": "with" and what sources have
    else if (k + 1 < hi && t.lower(k).equals("with") && (WITH_OBJECTS.contains(t.lower(k + 1))
        || k + 2 < hi && WITH_OBJECTS.contains(t.lower(k + 2)))) k++;
    // "Turkey's ambassador to the EU", "an adviser to the president": "to" after an envoy's head, before its object
    else if (k + 1 < hi && k >= 1 && t.lower(k).equals("to") && TO_HEADS.contains(t.lower(k - 1))
        && (t.lower(k + 1).equals("the") || capitalized(t, k + 1))) k++;
    else return j;
    int end = k;
    for (int x = k; x < hi && x < k + POST_MAX; x++) {
      if (!t.isWord(x) || cueAt.test(t, x)) break;
      String lx = t.lower(x);
      if (POST_STOP.contains(lx) && !lx.equals("and")) break;
      if (lx.equals("and") && !(x + 1 < hi && t.isWord(x + 1) && capitalized(t, x + 1))) break; // "Iraq and the Levant"
      if (x > k && pastVerb(t, x, hi)) break; // "The representative of France rejected the claim": its verb
      // "the head of a trading company supplying equipment to Turkey": a participle inside, its object and preposition
      int po = x > k && ingParticiple(t, x) ? participleObjectEnd(t, x + 1, hi) : -1;
      if (po > 0 && po + 1 < hi && po + 1 < k + POST_MAX) { x = po; continue; }
      if (!(DETERMINERS.contains(lx) || POST_PREPOSITIONS.contains(lx) || lx.equals("and"))) end = x + 1;
    }
    return end > k ? end : j;
  }

  /**
   * A lower-case word in -ed after a post-modifier's object and before no preposition: the phrase's own verb in the
   * past ("the representative of France rejected that assessment"), not a participle of the object ("the head of the
   * committee tasked with", "officials of the group based in Idlib").
   */
  private static boolean pastVerb(Tokens t, int x, int hi) {
    String w = t.lower(x);
    if (!t.isWord(x) || capitalized(t, x) || w.length() <= 4 || !w.endsWith("ed")) return false;
    return !(x + 1 < hi && t.isWord(x + 1) && (POST_PREPOSITIONS.contains(t.lower(x + 1)) || t.lower(x + 1).equals("by") || t.lower(x + 1).equals("on")));
  }

  /** A lower-case participle in -ing that is no cue ("training", "living", "serving"). */
  /** Whether a token of [a, b] is an abbreviation with its period ("Eng.", "Dr."): a title before a person's name. */
  private static boolean abbreviationIn(Tokens t, int a, int b) {
    for (int i = a; i <= b; i++) if (t.isWord(i) && t.text(i).endsWith(".")) return true;
    return false;
  }

  /**
   * Whether the title at token {@code title} heads its phrase: no preposition before it back to {@code lo} or a comma ("a
   * spokesman for the UN envoy to Syria X" is the spokesman's; "Speaking in Geneva, the UN envoy to Syria X" the envoy's).
   */
  private static boolean headsPhrase(Tokens t, int lo, int title) {
    for (int i = title - 1; i >= lo && !t.text(i).equals(","); i--) if (POST_PREPOSITIONS.contains(t.lower(i))) return false;
    return true;
  }

  /** The preposition after a participle's object of one or two plain words from token {@code k} ("equipment to"); -1 when none. */
  private int participleObjectEnd(Tokens t, int k, int hi) {
    for (int x = k; x < Math.min(hi - 1, k + 3); x++) {
      if (!t.isWord(x) || cueAt.test(t, x)) return -1;
      if (POST_PREPOSITIONS.contains(t.lower(x))) return x > k ? x : -1;
      if (POST_STOP.contains(t.lower(x))) return -1;
    }
    return -1;
  }

  private boolean ingParticiple(Tokens t, int k) {
    String w = t.lower(k);
    return t.isWord(k) && !capitalized(t, k) && w.length() > 5 && w.endsWith("ing") && !cueAt.test(t, k);
  }

  /**
   * A speaker phrase whose head is no word of {@code data/descriptors.tsv}: tokens [a, b) are a
   * determiner or a possessive noun ("the", "Turkey's") and one to three lower-case nouns, the last its head
   * ("the authors", "Turkey's coast guard", "a retired schoolteacher" is not: no participles). Callers
   * read it only right before or after a speech cue; null when [a, b) is no such phrase.
   */
  public Mention loose(Tokens t, int a, int b, String text) {
    if (b - a < 2 || b - a > 4 || a < 0 || b > t.size()) return null;
    String la = t.lower(a);
    boolean possessive = possessiveWord(t, a);
    // not "their accounts", "its findings": after a possessive pronoun a noun is too often a thing
    if (!(possessive || la.equals("the") || la.equals("a") || la.equals("an"))) return null;
    for (int i = a + 1; i < b; i++) {
      if (nounModifier(t, i) || (i == a + 1 && !possessive && i + 1 < b && possessiveWord(t, i))) continue; // "the country's coast guard"
      return null;
    }
    String head = t.lower(b - 1);
    boolean definite = !(la.equals("a") || la.equals("an"));
    return new Mention(Mention.Kind.DESCRIPTOR, t.start(a), t.end(b - 1), text.substring(t.start(a), t.end(b - 1)), null, head, definite,
        affiliationIn(t, a, b), null);
  }

  private Mention backwardPhrase(Tokens t, int lo, int e, String text) {
    String le = t.lower(e);
    if (PRONOUNS.contains(le)) return build(t, e, e + 1, text);
    // "Israel's Channel 12 reported", "France 24 said"
    if (!mediaNumber(t, e, lo) && !npWord(t, e)) return null;
    int j = e;
    while (j > lo && e - j <= MAX_LEN) {
      int k = j - 1;
      String lw = t.lower(k);
      // "... for Fairs and Exhibitions Eng. Mahmoud al-Mufti": an abbreviated title opens the person's phrase
      if (lw.endsWith(".") && t.isWord(k) && capitalized(t, j) && desc.title(lw) != null) { j = k; break; }
      if (npWord(t, k) || possessiveWord(t, k)) { j = k; continue; }
      if (t.text(k).equals("'") && k - 1 >= lo && t.isWord(k - 1)) { j = k - 1; continue; }
      // "The Syrian Democratic Forces (SDF) Media Center": a short form inside a capitalised name; "Ministry of National
      // Defense (MSB) sources": before the head of the body's people
      if (t.text(k).equals(")") && k - 3 >= lo && t.text(k - 2).equals("(") && shortForm(t.text(k - 1))
          && (capitalized(t, j) || j == e && desc.head(t.lower(j)) != null) && npWord(t, k - 3) && capitalized(t, k - 3)) { j = k - 3; continue; }
      if (particleAt(t, k, lo, e + 1)) { j = k; continue; }
      // "Channel 12 news": a broadcaster's number inside the phrase; "the Suwayda 24 network", "the Deir Ezzor 24 monitor":
      // a number after a capitalised word and before a speaker's head in lower case
      // (a body's or an outlet's head only: "On March 15 officials said" is no name)
      if (mediaNumber(t, k, lo) || k - 1 >= lo && t.isDigits(k, 3) && capitalized(t, k - 1) && t.isWord(k - 1) && !capitalized(t, j)
          && (desc.bodyHead(t.lower(j)) || desc.head(t.lower(j)) != null && "media".equals(desc.head(t.lower(j)).roleClass))) { j = k; continue; }
      // "the Committee to Protect Journalists": "to" between a body's word and a capitalised word
      if (lw.equals("to") && k - 1 >= lo && capitalized(t, k - 1) && bodyWord(t.text(k - 1)) && capitalized(t, j)) { j = k; continue; }
      if ((lw.equals("and") || lw.equals("&")) && k - 1 >= lo && (npWord(t, k - 1) || PRONOUNS.contains(t.lower(k - 1)))) { j = k; continue; }
      if (ORDINALS.contains(lw) && k - 1 >= lo && DETERMINERS.contains(t.lower(k - 1))) { j = k - 1; break; }
      if (DISTANCING.contains(lw) && k - 1 >= lo && DETERMINERS.contains(t.lower(k - 1)) && capitalized(t, j)) { j = k - 1; break; }
      if (DETERMINERS.contains(lw)) {
        j = k;
        if (k - 2 >= lo && (t.lower(k - 1).equals("and") || t.lower(k - 1).equals("&")) && npWord(t, k - 2)) { j = k - 1; continue; }
        // "the Association of the Petroleum Industry of Kurdistan", "the Office of the High Commissioner": a body's
        // word, "of", then a capitalised name after "the"
        if (lw.equals("the") && k - 2 >= lo && k + 1 <= e && capitalized(t, k + 1) && bodyLink(t, k - 1, lo)) { j = k - 2; continue; }
        break;
      }
      // "one London-based marine insurance broker": nouns before a descriptor head, closed by a determiner or name
      int m = k, run = 0;
      // "the UN peacekeeping force": a noun in -ing counts here too, closed by a determiner or a name before it
      while (m >= lo && run < 2 && (nounModifier(t, m) || ingParticiple(t, m) || PARTICIPLE_ADJECTIVES.contains(t.lower(m)))) { m--; run++; }
      // ("Press freedom groups said" at the phrase's start; "a case that press freedom groups said": after a word that ends
      // a post-modifier's object, a relative or a conjunction)
      if (run > 0 && desc.head(t.lower(e)) != null && !capitalized(t, e)
          && (m < lo || DETERMINERS.contains(t.lower(m)) || npWord(t, m) || possessiveWord(t, m) || POST_STOP.contains(t.lower(m)))) {
        j = m + 1;
        continue;
      }
      break;
    }
    if (e - j > MAX_LEN) return null;
    return build(t, j, e + 1, text);
  }

  private static final Set<String> AUXILIARIES = SpeakerWords.list("auxiliaries");
  /** Words a broadcaster's name may end in before its number: "Channel 12", "France 24", "Rossiya 1". */
  private static final Set<String> MEDIA_NUMBERED = SpeakerWords.list("media-numbered");

  /** Token {@code i} is a number of at most three digits after a broadcaster's word at or after {@code lo}: "Channel 12". */
  private static boolean mediaNumber(Tokens t, int i, int lo) {
    return i - 1 >= lo && t.isDigits(i, 3) && capitalized(t, i - 1) && MEDIA_NUMBERED.contains(t.lower(i - 1));
  }
  /** Participles that describe a descriptor's head like adjectives: "informed sources", "one outraged user". */
  private static final Set<String> PARTICIPLE_ADJECTIVES = SpeakerWords.list("participle-adjectives");

  /** Token {@code i} is such a participle with a descriptor's head right after it ("informed sources"): no verb, no cue. */
  public boolean describesHead(Tokens t, int i, int hi) {
    return i + 1 < hi && PARTICIPLE_ADJECTIVES.contains(t.lower(i)) && t.isWord(i + 1) && !capitalized(t, i + 1)
        && desc.head(t.lower(i + 1)) != null;
  }

  /**
   * A lower-case noun that may stand before a descriptor head ("gas" executive, "insurance" broker,
   * "restaurant" owner): a word of letters, no function word, cue, auxiliary, adverb or participle.
   */
  private boolean nounModifier(Tokens t, int i) {
    if (!t.isWord(i) || capitalized(t, i) || cueAt.test(t, i)) return false;
    String w = t.lower(i);
    if (w.length() < 3 || CAP_STOP.contains(w) || POST_STOP.contains(w) || DETERMINERS.contains(w) || PRONOUNS.contains(w)
        || PARTICLES.contains(w) || POST_PREPOSITIONS.contains(w) || AUXILIARIES.contains(w) || OBJECT_PRONOUNS.contains(w)) return false;
    if (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("'s")) return false;
    // letters, or two words of letters joined by a hyphen ("the EU's foreign-policy chief", "a long-time resident")
    int hyphen = w.indexOf('-');
    if (hyphen == 0 || hyphen == w.length() - 1 || hyphen >= 0 && w.indexOf('-', hyphen + 1) >= 0) return false;
    for (int c = 0; c < w.length(); c++) if (c != hyphen && !Character.isLetter(w.charAt(c))) return false;
    return true;
  }

  /**
   * Token {@code i} is "of" or "for" inside a body's name, before "the" and a capitalised word: a body word
   * ends the capitalised run before it ("the Office of the High Commissioner"), or stands in it ("the Center
   * for Reconciliation of the Opposing Parties").
   */
  private boolean bodyLink(Tokens t, int i, int lo) {
    if (!LINK_PARTICLES.contains(t.lower(i)) || t.lower(i).equals("on") || i - 1 < lo || !capitalized(t, i - 1)) return false;
    for (int x = i - 1; x >= lo && x >= i - 5; x--) {
      if (!t.isWord(x) || !(capitalized(t, x) || LINK_PARTICLES.contains(t.lower(x)))) return false;
      if (capitalized(t, x) && BodyWords.contains(t.lower(x))) return true;
    }
    return false;
  }

  /** First words of a state's formal name after "of the" ("Republic of Armenia", "Kingdom of Saudi Arabia"). */
  private static final Set<String> STATE_OPENERS = SpeakerWords.list("state-openers");

  /**
   * A state or place by name: an affiliation word ("Syria"), a place name, or a place of the entity table by any of its
   * names ("Russian Federation", "Syrian Arab Republic", "Türkiye").
   */
  private boolean statePlace(String name) {
    if (desc.affiliation(name) != null || desc.isPlaceName(name)) return true;
    SpeakerTable.Entry e = SpeakerTable.load().find(name);
    return e != null && e.place;
  }

  /** The state a state or place name speaks for ("Türkiye": Turkey), or null. */
  private String stateOf(String name) {
    String a = desc.affiliation(name);
    if (a != null) return a;
    SpeakerTable.Entry e = SpeakerTable.load().find(name);
    return e != null && e.place ? e.affiliation : null;
  }

  /** A capitalised title word among the capitalised words and particles right before token {@code i} ("Minister of Foreign Affairs"). */
  private boolean titleBefore(Tokens t, int i, int lo) {
    for (int x = i - 1; x >= lo && x >= i - 5; x--) {
      if (!t.isWord(x) || !(capitalized(t, x) || LINK_PARTICLES.contains(t.lower(x)))) return false;
      if (capitalized(t, x) && desc.title(t.lower(x)) != null && !desc.isModifier(t.lower(x))) return true;
    }
    return false;
  }

  /** An abbreviation in capitals, 2-8 letters ("SDF", "IW", "ECCAS"). */
  private static boolean shortForm(String w) {
    return w.length() >= 2 && w.length() <= 8 && w.chars().allMatch(Character::isLetter) && w.chars().anyMatch(Character::isUpperCase)
        && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(w.length() - 1));
  }

  /** One or two digits: an age between commas ("Artyom, 33,"). */
  private static boolean age(String w) {
    return (w.length() == 1 || w.length() == 2) && w.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A name whose person part follows a body's word: "the Russian Foreign Ministry Anastasia Lapteva". */
  private boolean bodyThenPerson(Tokens t, int lo, Mention m) {
    if (m == null || m.kind != Mention.Kind.NAME || m.name == null || !m.conjuncts.isEmpty() || !personName(m.name)
        || m.name.length() >= m.surface.length()) return false;
    int n = t.indexFrom(m.end - m.name.length());
    return n - 1 >= lo && capitalized(t, n - 1) && bodyWord(t.text(n - 1));
  }

  /** Prepositions that link an office to the place it serves: "ambassador to Syria", "envoy for Syria", "mission in Syria". */
  private static final Set<String> OFFICE_PLACE_LINKS = SpeakerWords.list("office-place-links");

  /** A lower-case word in -ing that is no cue ("peacekeeping", "polling"). */
  private boolean gerund(Tokens t, int i) {
    if (!t.isWord(i) || capitalized(t, i) || cueAt.test(t, i)) return false;
    String w = t.lower(i);
    if (w.length() < 6 || !w.endsWith("ing")) return false;
    for (int c = 0; c < w.length(); c++) if (!Character.isLetter(w.charAt(c))) return false;
    return true;
  }

  /** Object pronouns that may name a source: "according to him, ...". */
  static final Set<String> OBJECT_PRONOUNS = SpeakerWords.list("object-pronouns");

  /** "him", "her" or "them" at token {@code s} as a pronoun mention ("quoted him as saying"); null otherwise. */
  public Mention objectPronoun(Tokens t, int s) {
    if (s >= t.size() || !OBJECT_PRONOUNS.contains(t.lower(s))) return null;
    return new Mention(Mention.Kind.PRONOUN, t.start(s), t.end(s), t.text(s), null, t.lower(s), true, null, null);
  }

  /**
   * "his", "her", "their" or "its" at token {@code s} as the pronoun of whoever holds a view ("In his view, ...", "In its
   * assessment, ..."): a mention that resolves as "he", "she", "they", "it" do; null for any other word.
   */
  public Mention possessorPronoun(Tokens t, int s) {
    if (s >= t.size()) return null;
    String object = switch (t.lower(s)) {
      case "his" -> "him";
      case "her" -> "her";
      case "their" -> "them";
      case "its" -> "it";
      default -> null;
    };
    return object == null ? null : new Mention(Mention.Kind.PRONOUN, t.start(s), t.end(s), t.text(s), null, object, true, null, null);
  }

  /**
   * The source named after "according to" at token {@code s}: a speaker phrase ({@link #forward}), or an
   * object pronoun standing alone before punctuation ("According to him, the issue ...", "..., according
   * to her."), which resolves as "he" / "she" / "they".
   */
  public Mention source(Tokens t, int s, int hi, String text) {
    Mention m = forward(t, s, hi, text);
    if (m != null) {
      // the author speaks; the phrase keeps its extent, so that what follows it is read as before
      Mention owner = documentOwner(t, s, hi, text);
      return owner == null || owner.end > m.end ? m
          : new Mention(Mention.Kind.NAME, m.start, m.end, owner.surface, owner.name, null, owner.definite, owner.affiliation, owner.roleClass);
    }
    if (s >= hi || s >= t.size()) return m;
    String ls = t.lower(s);
    if (!OBJECT_PRONOUNS.contains(ls) || (s + 1 < hi && t.isWord(s + 1))) return null;
    return new Mention(Mention.Kind.PRONOUN, t.start(s), t.end(s), t.text(s), null, ls, true, null, null);
  }

  /**
   * "a Reuters report", "a Channel 12 report on Thursday", "an Interfax tally": a name before a document's word is
   * its author, the source; null when the tokens from {@code s} are no such phrase.
   */
  private Mention documentOwner(Tokens t, int s, int hi, String text) {
    int a = s < hi && DETERMINERS.contains(t.lower(s)) ? s + 1 : s, j = a;
    while (j < hi && (t.isWord(j) && capitalized(t, j) || j > a && mediaNumber(t, j, a))) j++;
    if (j == a || j >= hi || !t.isWord(j) || capitalized(t, j) || !desc.isDocument(t.lower(j))) return null;
    // "Turkey's statistics agency": a possessive, and a document word that is no head, name a body, not a document's author
    if (possessiveWord(t, j - 1) || j + 1 < hi && t.isWord(j + 1) && desc.head(t.lower(j + 1)) != null) return null;
    Mention owner = forward(t, a, j, text);
    if (owner != null && owner.kind == Mention.Kind.NAME && owner.conjuncts.isEmpty() && owner.end == t.end(j - 1)) return owner;
    // "Channel 12": a broadcaster's number is read as no head here
    if (j - a == 2 && mediaNumber(t, j - 1, a)) {
      String name = text.substring(t.start(a), t.end(j - 1));
      return new Mention(Mention.Kind.NAME, t.start(a), t.end(j - 1), name, name, null, false, null, null);
    }
    return null;
  }

  /**
   * Whether the tokens right before token {@code s} are a document and its author's preposition: "a statement
   * from", "a joint readout issued by", "the communique of" ({@code kind=document} in data/descriptors.tsv).
   */
  public boolean documentBefore(Tokens t, int lo, int s) {
    int x = s - 1;
    if (x < lo || !DOCUMENT_AUTHOR.contains(t.lower(x))) return false;
    x--;
    if (x >= lo && !capitalized(t, x) && t.lower(x).endsWith("ed")) x--; // "issued by", "released by"
    return x >= lo && t.isWord(x) && desc.isDocument(t.lower(x));
  }

  /**
   * "one of the officials" from token {@code s} ("one") and the group phrase after "of": a descriptor with the
   * group's plural head, which resolves to the group that spoke (as the gold sets count a member of it); null
   * when the group is no plural descriptor.
   */
  private Mention memberOf(Tokens t, int s, Mention group, String text) {
    if (group == null || group.kind != Mention.Kind.DESCRIPTOR || group.head == null || !group.conjuncts.isEmpty()) return null;
    Descriptors.Head h = desc.head(group.head);
    if (h == null || !h.plural) return null;
    Mention one = new Mention(Mention.Kind.DESCRIPTOR, t.start(s), group.end, text.substring(t.start(s), group.end), null, group.head,
        true, group.affiliation, group.roleClass);
    one.appositive = group.appositive; // "one of the sources, a person close to the ministry,"
    return one;
  }

  /** The head of {@link #ofThem}'s mentions: a part of the group that spoke last. */
  public static final String OF_THEM = "them";

  /**
   * "one of them", "two of them" at token {@code s} (the word a {@code members} word): a part of a group named before, its
   * head {@link #OF_THEM}; null for other words.
   */
  private Mention ofThem(Tokens t, int s, int hi, String text) {
    if (s + 2 >= hi || !MEMBERS.contains(t.lower(s)) || !t.lower(s + 1).equals("of") || !t.lower(s + 2).equals("them")) return null;
    return new Mention(Mention.Kind.DESCRIPTOR, t.start(s), t.end(s + 2), text.substring(t.start(s), t.end(s + 2)), null, OF_THEM,
        true, null, null);
  }

  /** Words of a part of a group: "one of the officials", "two of the sources", "several of the diplomats". */
  private static final Set<String> MEMBERS = SpeakerWords.list("members");

  /** Whether a lower-case phrase names a part of a group: "one of the officials", "two of the sources". */
  static boolean partOfGroup(String lowSurface) {
    int of = lowSurface.indexOf(" of the ");
    return of > 0 && MEMBERS.contains(lowSurface.substring(0, of));
  }

  /** Prepositions that name a document's author: "a statement by / from / of the ministry". */
  private static final Set<String> DOCUMENT_AUTHOR = SpeakerWords.list("document-author");

  /** The author's first token after a document at token {@code s} ("a joint statement issued by X"), or -1. */
  private int documentAuthor(Tokens t, int s, int hi) {
    int j = s;
    if (j < hi && DETERMINERS.contains(t.lower(j))) j++;
    for (int n = 0; n < 2 && j + 1 < hi && t.isWord(j) && !capitalized(t, j) && !desc.isDocument(t.lower(j)); n++) j++; // "a joint", "a brief written"
    if (j >= hi || !t.isWord(j) || capitalized(t, j) || !desc.isDocument(t.lower(j))) return -1;
    j++;
    if (j + 1 < hi && t.isWord(j) && !capitalized(t, j) && t.lower(j).endsWith("ed") && DOCUMENT_AUTHOR.contains(t.lower(j + 1))) j++;
    if (j + 1 < hi && t.lower(j).equals("of")) {
      int by = topicThenAuthor(t, j + 1, hi);
      if (by > 0) return by;
    }
    return j + 1 < hi && DOCUMENT_AUTHOR.contains(t.lower(j)) ? j + 1 : -1;
  }

  /**
   * "a readout of the call from the presidency", "a transcript of Tuesday's interview issued by the ministry": what the
   * document is of, lower-case words after a determiner or a possessive (at most four), then its author's "from", or
   * "by" after a verb in -ed; the author's first token, or -1.
   */
  private int topicThenAuthor(Tokens t, int a, int hi) {
    int x = a;
    if (x < hi && (DETERMINERS.contains(t.lower(x)) || possessiveWord(t, x))) x++;
    else return -1;
    for (int n = 0; n < 4 && x + 1 < hi && t.isWord(x) && !capitalized(t, x); n++, x++) {
      // "from" names the author; "by" only after a verb of issuing in -ed ("a summary of the talks issued by"): "a video
      // of the strike by Russian troops" names the strike's agent
      boolean from = t.lower(x).equals("from");
      boolean by = t.lower(x).equals("by") && t.lower(x - 1).endsWith("ed");
      if ((from || by) && x > a + 1) return x + 1 < hi ? x + 1 : -1;
    }
    return -1;
  }

  /** A speaker phrase that starts at token {@code s}, not reaching token {@code hi}; null if none. */
  public Mention forward(Tokens t, int s, int hi, String text) {
    if (s >= hi || s >= t.size()) return null;
    int author = documentAuthor(t, s, hi);
    if (author > s) {
      Mention a = forward(t, author, hi, text);
      if (a != null) return a;
    }
    // "said one of them": a member of the group that spoke last (ArticleSpeakers reads it)
    Mention ofThem = ofThem(t, s, hi, text);
    if (ofThem != null) {
      // "said one of them, a Geneva-based trader.": its description after a comma, to the sentence's end or the next comma
      int k = s + 4;
      if (k < hi && t.text(s + 3).equals(",") && (DETERMINERS.contains(t.lower(k)) || npWord(t, k))) {
        int end = k;
        while (end < hi && !t.text(end).equals(",") && !t.text(end).equals(".")) end++;
        ofThem.appositive = describe(t, k, end, text);
      }
      return ofThem;
    }
    // "one of the diplomats", "one of the sources familiar with the talks": a member of a group
    if (s + 2 < hi && MEMBERS.contains(t.lower(s)) && t.lower(s + 1).equals("of") && t.lower(s + 2).equals("the")) {
      Mention group = forward(t, s + 2, hi, text);
      Mention one = memberOf(t, s, group, text);
      if (one != null) return one;
    }
    String ls = t.lower(s);
    if (PRONOUNS.contains(ls)) return build(t, s, s + 1, text);
    int j = s;
    if (DETERMINERS.contains(ls)) j++;
    if (j > s && j < hi && (ORDINALS.contains(t.lower(j)) || (ls.equals("the") && NUMBER_WORDS.contains(t.lower(j))))) j++; // "the two agencies"
    if (j > s && j + 1 < hi && DISTANCING.contains(t.lower(j)) && capitalized(t, j + 1)) j++; // "the so-called Reconciliation Centre"
    int first = j;
    while (j < hi && j - s < MAX_LEN) {
      String lw = t.lower(j);
      if (npWord(t, j) || possessiveWord(t, j)) { j++; continue; }
      if (j > first && mediaNumber(t, j, first)) { j++; continue; } // "according to Channel 12 news", "a Channel 13 report"
      if (t.text(j).equals("'") && j > first && j + 1 < hi && npWord(t, j + 1)) { j++; continue; }
      if (j > first && particleAt(t, j, first, hi)) { j++; continue; }
      if ((lw.equals("and") || lw.equals("&")) && j > first && j + 1 < hi
          && (npWord(t, j + 1) || DETERMINERS.contains(t.lower(j + 1)))) { j++; if (DETERMINERS.contains(t.lower(j))) j++; continue; }
      // "the Center for Reconciliation of the Opposing Parties", "Headquarters for the Treatment of Prisoners"
      if (j > first && j + 2 < hi && t.lower(j + 1).equals("the") && capitalized(t, j + 2) && bodyLink(t, j, first)) { j += 2; continue; }
      // "Minister of Foreign Affairs of the Syrian Arab Republic Rami Haddad": a capitalised title's "of the" and its state
      if (j > first && j + 2 < hi && lw.equals("of") && t.lower(j + 1).equals("the") && capitalized(t, j + 2)
          && (affiliationAt(t, j + 2, hi) != null || STATE_OPENERS.contains(t.lower(j + 2))) && titleBefore(t, j, first)) { j += 2; continue; }
      // "the UN peacekeeping force", "a polling firm": a gerund right before a descriptor head
      if (j + 1 < hi && gerund(t, j) && t.isWord(j + 1) && !capitalized(t, j + 1) && desc.head(t.lower(j + 1)) != null) { j++; continue; }
      // "informed sources", "one outraged user": a participle that describes the head right after it
      if (describesHead(t, j, hi)) { j++; continue; }
      // "one gas executive in Istanbul": nouns before a descriptor head
      int r = 1;
      while (r <= 2 && j + r < hi && nounModifier(t, j + r - 1)
          && !(t.isWord(j + r) && !capitalized(t, j + r) && desc.head(t.lower(j + r)) != null)) r++;
      if (r <= 2 && j + r < hi && nounModifier(t, j + r - 1) && t.isWord(j + r) && !capitalized(t, j + r)
          && desc.head(t.lower(j + r)) != null) { j += r; continue; }
      break;
    }
    if (j == first) return null;
    // "Brig. Gen. (res.) Ronen Tsur", "Colonel (retd) James Hartigan": a short note in brackets after a title, then the
    // person's name
    if (j + 3 < hi && t.text(j).equals("(") && desc.title(t.lower(j - 1)) != null) {
      int close = j + 1;
      while (close < hi && close <= j + 4 && !t.text(close).equals(")")) close++;
      if (close < hi && close <= j + 4 && t.text(close).equals(")") && close + 1 < hi && capitalized(t, close + 1)) {
        Mention name = forward(t, close + 1, hi, text);
        if (name != null && name.kind == Mention.Kind.NAME && name.name != null && name.conjuncts.isEmpty() && personName(name.name)) {
          return new Mention(Mention.Kind.NAME, t.start(s), name.end, text.substring(t.start(s), name.end), name.name, null, false,
              name.affiliation, desc.title(t.lower(j - 1)));
        }
      }
    }
    Mention m = build(t, s, j, text);
    if (m != null && m.kind == Mention.Kind.DESCRIPTOR && m.conjuncts.isEmpty() && j < hi) {
      int pe = postModifierEnd(t, j, hi);
      // "official representative of the Russian Foreign Ministry Anastasia Lapteva": the person at its end speaks
      Mention tail = pe > j + 1 && capitalized(t, pe - 1) ? backward(t, j + 1, pe - 1, text) : null;
      if (tail != null && t.indexFrom(tail.end) == pe && bodyThenPerson(t, j + 1, tail)) {
        Mention named = new Mention(Mention.Kind.NAME, m.start, tail.end, text.substring(m.start, tail.end), tail.name, null, m.definite,
            tail.affiliation != null ? tail.affiliation : m.affiliation, m.roleClass);
        return named;
      }
      if (pe > j) {
        m = new Mention(Mention.Kind.DESCRIPTOR, m.start, t.end(pe - 1), text.substring(m.start, t.end(pe - 1)), null, m.head,
            m.definite, m.affiliation != null ? m.affiliation : affiliationIn(t, j, pe), m.roleClass);
        j = pe;
      }
    }
    if (m != null && j + 1 < hi && t.text(j).equals(",")) {
      // appositive: ", a Middle East analyst at the Russian International Affairs Council"
      int k = j + 1;
      // "Artyom, 33, did go back": an age between commas
      if (m.kind == Mention.Kind.NAME && k + 1 < hi && t.text(k + 1).equals(",") && age(t.text(k))) {
        m.aged = true;
        m.age = t.text(k);
        return m;
      }
      if (DETERMINERS.contains(t.lower(k)) || npWord(t, k)) {
        int end = k;
        while (end < hi && !t.text(end).equals(",") && !t.text(end).equals(".")) end++;
        m.appositive = describe(t, k, end, text);
      }
    }
    return m;
  }

  /** A name particle (al, bin, von, der, of ...) with capitalised words on both sides, across particle runs: "Ursula von der Leyen". */
  static boolean particleAt(Tokens t, int i, int lo, int hi) {
    if (i <= lo || i >= hi - 1 || !PARTICLES.contains(t.lower(i))) return false;
    int a = i - 1;
    while (a > lo && PARTICLES.contains(t.lower(a)) && i - a < 3) a--;
    int b = i + 1;
    while (b < hi - 1 && PARTICLES.contains(t.lower(b)) && b - i < 3) b++;
    // a link particle of a body's name ("Committee on Foreign Affairs") joins no capitalised stop word, day or month after
    // it ("Erdogan on Thursday", "the Defence Ministry on Monday", "Putin On The Offensive") nor, after "on", a medium
    // ("Zakharova on Telegram"); a person's particle keeps what follows ("Qaboos bin Said")
    String after = t.lower(b);
    boolean link = LINK_PARTICLES.contains(t.lower(i))
        && (CAP_STOP.contains(after) || TIME_WORDS.contains(after) || t.lower(i).equals("on") && MEDIA_AFTER_ON.contains(after));
    return capitalized(t, a) && t.isWord(a) && capitalized(t, b) && t.isWord(b) && !link;
  }

  /**
   * A named body and the place after it as one name: "the Russian Embassy" and "Washington" in "the Russian
   * Embassy in Washington" (one embassy of many), from the body's start to the place's end.
   */
  public Mention bodyInPlace(Mention body, Mention place, String text) {
    String surface = body.surface;
    int sp = surface.indexOf(' ');
    if (sp > 0 && DETERMINERS.contains(surface.substring(0, sp).toLowerCase(Locale.ROOT))) surface = surface.substring(sp + 1);
    sp = surface.indexOf(' ');
    if (sp > 0 && DISTANCING.contains(surface.substring(0, sp).toLowerCase(Locale.ROOT))) surface = surface.substring(sp + 1);
    String name = surface + text.substring(body.end, place.end);
    return new Mention(Mention.Kind.NAME, body.start, place.end, text.substring(body.start, place.end), name, null, body.definite,
        body.affiliation, body.roleClass);
  }

  /** Reads role and affiliation words of an appositive or other description. */
  public Mention describe(Tokens t, int a, int b, String text) {
    if (a >= b) return null;
    String aff = null, role = null, head = null;
    for (int i = a; i < b; i++) {
      String w = t.text(i);
      if (aff == null) aff = affiliationAt(t, i, b);
      String r = desc.title(w.toLowerCase(Locale.ROOT));
      if (role == null && r != null) role = r;
      if (head == null && desc.head(w) != null && !t.isCapitalized(i)) head = w.toLowerCase(Locale.ROOT);
    }
    String name = null;
    if (t.isCapitalized(a) && !isStopCap(t.text(a))) {
      int j = a;
      // "Syrian Observatory for Human Rights", "Ursula von der Leyen": particles between capitalised words
      while (j < b && (t.isCapitalized(j) || particleAt(t, j, a, b))) j++;
      name = text.substring(t.start(a), t.end(j - 1));
    }
    return new Mention(name != null && head == null ? Mention.Kind.NAME : Mention.Kind.DESCRIPTOR, t.start(a), t.end(b - 1),
        text.substring(t.start(a), t.end(b - 1)), name, head, false, aff, role);
  }

  private String affiliationIn(Tokens t, int a, int b) {
    for (int i = a; i < b; i++) {
      String af = affiliationAt(t, i, b);
      if (af != null) return af;
    }
    return null;
  }

  private String affiliationAt(Tokens t, int i, int b) {
    if (i + 1 < b && desc.opensMultiWordAffiliation(t.text(i))) {
      String two = desc.affiliation(t.text(i) + " " + t.text(i + 1));
      if (two != null) return two;
    }
    return t.isCapitalized(i) ? desc.affiliation(t.text(i)) : null;
  }

  /** Builds a mention from tokens [a, b): splits coordinations, finds name, head, modifiers. */
  Mention build(Tokens t, int a, int b, String text) {
    while (a < b && (t.lower(a).equals("and") || t.lower(a).equals("&"))) a++;
    if (a >= b) return null;
    List<int[]> parts = new ArrayList<>();
    int s = a;
    for (int i = a; i <= b; i++) {
      // "Minister of Foreign Affairs and Expatriates": "and" inside a portfolio joins no speakers
      boolean joins = i < b && (t.lower(i).equals("and") || t.lower(i).equals("&"))
          && !(i > a && i + 1 < b && desc.isPortfolio(t.lower(i - 1)) && desc.isPortfolio(t.lower(i + 1)));
      if (i == b || joins) {
        if (s < i) parts.add(new int[] {s, i});
        s = i + 1;
      }
    }
    if (parts.size() > 1) {
      Mention whole = new Mention(Mention.Kind.NAME, t.start(a), t.end(b - 1), text.substring(t.start(a), t.end(b - 1)), null, null, false, null, null);
      for (int[] p : parts) {
        Mention c = single(t, p[0], p[1], text);
        if (c != null) whole.conjuncts.add(c);
      }
      if (whole.conjuncts.isEmpty()) return null;
      if (whole.conjuncts.size() == 1) return whole.conjuncts.get(0);
      return whole;
    }
    return single(t, a, b, text);
  }

  private Mention single(Tokens t, int a, int b, String text) {
    String surface = text.substring(t.start(a), t.end(b - 1));
    String la = t.lower(a);
    if (b - a == 1 && PRONOUNS.contains(la)) {
      return new Mention(Mention.Kind.PRONOUN, t.start(a), t.end(a), surface, null, la, true, null, null);
    }
    boolean definite = DEFINITE.contains(la);
    int m = DETERMINERS.contains(la) ? a + 1 : a;
    if (m > a && m < b - 1 && ORDINALS.contains(t.lower(m))) m++;
    if (m >= b) return null;
    String aff = null, role = null;
    int last = b - 1;
    String lastWord = t.text(last);
    boolean descriptor = desc.head(lastWord) != null && (!t.isCapitalized(last) || (last == m
        && isSentenceStart(text, t.start(last))))
        // "an environmental NGO": an acronym after "a"/"an" ends a description, not a name
        || ((la.equals("a") || la.equals("an")) && last > m && lastWord.length() >= 2 && lastWord.chars().allMatch(Character::isUpperCase));
    // "the Deputy Minister", "the Foreign Minister", "the President": capitalised titles alone after "the"
    if (!descriptor && la.equals("the") && personHead(lastWord) && desc.title(lastWord) != null) {
      descriptor = true;
      for (int i = m; i < last && descriptor; i++) {
        descriptor = desc.title(t.lower(i)) != null || desc.isPortfolio(t.lower(i)) || affiliationAt(t, i, last) != null;
      }
    }
    if (descriptor) {
      for (int i = m; i < last; i++) {
        if (aff == null) aff = affiliationAt(t, i, last);
        String r = desc.title(t.lower(i));
        if (role == null && r != null) role = r;
        if (possessiveWord(t, i) || t.text(i).equals("'")) definite = true;
      }
      Descriptors.Head h = desc.head(lastWord);
      if (h != null && (role == null || "other".equals(role))) role = h.roleClass;
      return new Mention(Mention.Kind.DESCRIPTOR, t.start(a), t.end(last), surface, null, lastWord.toLowerCase(Locale.ROOT), definite, aff, role);
    }
    // a name: what follows the last title word, lower-case word or leading affiliation adjective
    int n = m;
    boolean prefix = true;
    int affUntil = -1; // the second word of a two-word affiliation ("United States") is a modifier too
    for (int i = m; i <= last; i++) {
      String w = t.text(i);
      boolean cap = capitalized(t, i);
      boolean particle = particleAt(t, i, m, last + 1);
      // "Moscow State University": a capitalised title word right before a body's word is part of its name
      // "Sir Malcolm Tate" is Malcolm Tate, "Sir Malcolm" stays whole (a given name alone names no one)
      boolean title = desc.title(w) != null && !(cap && (i == last || desc.isModifier(w) || (i + 1 <= last && bodyWord(t.text(i + 1)))
          || (desc.isHonorific(w) && last - i < 2)))
          || (i == m && cap && i < last && capitalized(t, i + 1) && t.text(i + 1).chars().noneMatch(Character::isDigit)
              && personHead(w) && isSentenceStart(text, t.start(i))); // "Visitor Rima al-Sayyed said" (not "Witness Z-7")
      String af = affiliationAt(t, i, b);
      if (af != null && aff == null) aff = af;
      if (af != null && i + 1 < b && desc.opensMultiWordAffiliation(w) && desc.affiliation(w + " " + t.text(i + 1)) != null) affUntil = i + 1;
      boolean affMod = (af != null || i <= affUntil) && i < last && prefix;
      // "MGIMO Anton Lebedev": an organisation's acronym before a person's name of two words
      boolean acronym = i == m && last - i >= 2 && prefix && w.length() >= 3 && looksLikeOrganization(w)
          && !looksLikeOrganization(text.substring(t.start(i + 1), t.end(last)));
      // "Tim Ashford of London-based Bluewater Asset Management": after a name's "of", a compound adjective is the body's
      boolean describes = i < last && compoundAdjective(w) && (prefix || i - 1 < m || !t.lower(i - 1).equals("of"));
      boolean modifier = !particle && (title || !cap || affMod || acronym || (possessiveWord(t, i) && i < last) || describes);
      if (modifier) {
        String r = desc.title(w);
        if (r != null && (role == null || "other".equals(role))) role = r;
        n = i + 1;
      } else if (!particle) {
        prefix = false;
      }
    }
    if (n > last) {
      // only titles/modifiers: "Turkey's Defense Ministry" style organisation, or a bare title
      return new Mention(Mention.Kind.DESCRIPTOR, t.start(a), t.end(last), surface, null, lastWord.toLowerCase(Locale.ROOT), definite, aff, role);
    }
    // "the Ministry of Transport", "Qatar's Ministry of Foreign Affairs": a body named with "of"/"for" after its
    // organisation word is the body, unless a person's name follows ("Ministry of Defence spokesman Ali Kaya" ends
    // at a lower-case word, so n is past it already; "Central Bank of Syria Abdulkader Husrieh": personAfterOrganization)
    for (int x = m + 1; x < last; x++) {
      // "the Committee to Protect Journalists"; "the Directorate General of Coastal Safety": a title word after the body's word
      boolean link = LINK_PARTICLES.contains(t.lower(x)) || t.lower(x).equals("to") && capitalized(t, x + 1);
      int bw = x - 1;
      if (bw - 1 >= m && !BodyWords.contains(t.lower(bw)) && desc.title(t.lower(bw)) != null && capitalized(t, bw)) bw--;
      if (!link || !BodyWords.contains(t.lower(bw))) continue;
      boolean capitalsOnly = true; // "Ministry of National Defense spokesman Zeki Akturk" is the spokesman
      for (int y = x + 1; y <= last && capitalsOnly; y++) {
        capitalsOnly = capitalized(t, y) || PARTICLES.contains(t.lower(y)) || t.lower(y).equals("the") || portfolioAt(t, y, x);
      }
      String body = text.substring(t.start(bw), t.end(last));
      if (!capitalsOnly || personAfterOrganization(body, desc) != null) break;
      return new Mention(Mention.Kind.NAME, t.start(a), t.end(last), surface, body, null, definite, aff, role);
    }
    // "Secretary of State Mike Pompeo": a name does not start with "of"/"for"/"on" (but "Al Mazrouei", "von der Leyen" keep theirs)
    while (n < last && (LINK_PARTICLES.contains(t.lower(n)) || (desc.title(t.lower(n)) != null && !desc.isModifier(t.lower(n))
        && !(desc.isHonorific(t.lower(n)) && last - n < 2))
        || portfolioAt(t, n, a))) n++;
    // "the UN Special Envoy for Syria", "the High Commissioner for Refugees": a title's "for"/"of" and then a state, a
    // place or a plural noun, no person's name: the office speaks
    // ("the Minister of Foreign Affairs of the Russian Federation": after "of the", the title before the portfolio)
    int r0 = n < last && t.lower(n).equals("the") ? n + 1 : n;
    int link = r0 - 1 >= m && t.lower(r0 - 1).equals("the") ? r0 - 2 : r0 - 1;
    int titled = link - 1;
    while (titled >= m && titled >= link - 5 && (desc.isPortfolio(t.lower(titled)) || titled + 1 < link
        && (t.lower(titled).equals("of") || t.lower(titled).equals("for")) && desc.isPortfolio(t.lower(titled + 1)))) titled--;
    if (titled >= m && r0 <= last && (t.lower(link).equals("for") || t.lower(link).equals("of")) && desc.title(t.lower(titled)) != null
        && !desc.isModifier(t.lower(titled))) {
      String rest = text.substring(t.start(r0), t.end(last));
      boolean office = statePlace(rest)
          || r0 == last && t.lower(r0).endsWith("s") && GivenNames.of(t.text(r0)) == null && !looksLikeOrganization(rest);
      // not read as "the envoy" of whoever was named last: the office is its own speaker
      if (office) {
        Mention o = new Mention(Mention.Kind.DESCRIPTOR, t.start(a), t.end(last), surface, null, t.lower(titled), false,
            aff != null ? aff : stateOf(rest), role);
        o.office = true;
        return o;
      }
    }
    // "Ukraine's Defence Intelligence", "the Naval Command": capitalised title words right before a body's own word
    // are its name, not a title ("Defence Minister Ali Kaya" ends in a person's name and keeps its title out)
    // ("Lebanese General Security": a title word before one portfolio word is the body's name too)
    if (n == last && capitalized(t, last) && (bodyWord(lastWord) || desc.isPortfolio(t.lower(last)))) {
      while (n - 1 >= m && capitalized(t, n - 1) && desc.title(t.lower(n - 1)) != null && !possessiveWord(t, n - 1)
          && affiliationAt(t, n - 1, b) == null) n--;
    }
    // "Governor of Daraa Anwar al-Zoubi", "Ambassador of Russia Sergei Ivanov": a place after a title's "of", then the
    // person (a state or affiliation word, or the first of exactly three capitalised words)
    if (n - 2 >= m && t.lower(n - 1).equals("of") && desc.title(t.lower(n - 2)) != null && capitalized(t, n)) {
      if (desc.affiliation(t.text(n)) != null && last - n >= 2) n++;
      else if (last - n == 2 && capitalized(t, n + 1) && capitalized(t, last) && !PARTICLES.contains(t.lower(n + 1))
          && !bodyWord(t.text(n)) && !desc.isPortfolio(t.lower(n))) n++;
    }
    // "Deputy Prime Minister for Restoration Andrii Koval": the words of a portfolio no list has, after a title's "for",
    // "of" or "on", up to a given name that opens the last two words (else the last three): the person's name starts
    // there (the two-word name first, so that a given name inside a place's name, "San Diego", is not taken for it)
    if (n - 1 >= m && (t.lower(n - 1).equals("for") || t.lower(n - 1).equals("of") || t.lower(n - 1).equals("on"))
        && GivenNames.of(t.text(n)) == null && last - n <= 5 && capitalized(t, last) && !bodyWord(t.text(last))) {
      boolean capitals = true;
      for (int x = n; x <= last && capitals; x++) capitals = capitalized(t, x);
      for (int g = last - 1; capitals && g > n && g >= last - 2; g--) {
        if (GivenNames.of(t.text(g)) != null) {
          n = g;
          break;
        }
      }
    }
    // "Jonathan Prewitt KC", "Anna Roe MP": post-nominal letters after a name of two words or more are no part of it
    int nameEnd = last;
    while (nameEnd - n >= 2 && desc.isPostnominal(t.text(nameEnd))) nameEnd--;
    // "Turkish Airlines", "the Turkish Red Crescent", "Russian Railways": an affiliation word (no possessive) before a
    // body's own name (no portfolio or title word in it, its last word a body's) is part of that name, not only its
    // affiliation ("the Turkish Foreign Ministry" stays the "Foreign Ministry" of Turkey; "Britain's Royal Navy" the
    // "Royal Navy")
    if (n - 1 >= m && n <= nameEnd && capitalized(t, n - 1) && !possessiveWord(t, n - 1) && affiliationAt(t, n - 1, b) != null
        && bodyWord(t.text(nameEnd))) {
      boolean own = true;
      for (int x = n; x <= nameEnd && own; x++) {
        own = capitalized(t, x) && desc.title(t.lower(x)) == null && !desc.isPortfolio(t.lower(x)) && affiliationAt(t, x, b) == null;
      }
      if (own) n--;
    }
    // "Families Against Statelessness", "Mothers Against Drunk Driving": a group's word before a capitalised preposition opens
    // the body's name in title case
    if (n - 1 >= m && n < nameEnd && capitalized(t, n) && TITLE_CASE_PREPOSITIONS.contains(t.lower(n)) && capitalized(t, n - 1)) n--;
    String name = text.substring(t.start(n), t.end(nameEnd));
    // "Ron DeSantis of Florida", "Senator Jane Roe of Ohio": a person's name of two words or more, then "of" and
    // where they come from; the person is the name before "of" (bodies, "Bank of England", are not persons)
    for (int x = n + 2; x < last; x++) {
      if (!t.lower(x).equals("of")) continue;
      String person = text.substring(t.start(n), t.end(x - 1));
      // a body's name ("Joint Chiefs of Staff") is cut only before a person's name that opens with a given name
      boolean given = false;
      String[] pw = Tokens.splitSpaces(person);
      for (int g = 0; g < pw.length - 1 && !given; g++) given = GivenNames.of(pw[g]) != null; // past titles: "Detective Inspector Paul Reardon"

      if (!looksLikeOrganization(person) && (!looksLikeOrganization(name) || personName(person) && given)
          && personAfterOrganization(name, desc) == null) name = person;
      break;
    }
    return new Mention(Mention.Kind.NAME, t.start(a), t.end(last), surface, name, null, definite, aff, role);
  }

  /**
   * Token {@code i} continues a portfolio ("Minister of Foreign Affairs and Expatriates Lilit Sargsyan"):
   * a portfolio word, or "and" between two, after "of", "for", "on" or another portfolio word.
   */
  private boolean portfolioAt(Tokens t, int i, int a) {
    if (i - 1 < a) return false;
    String prev = t.lower(i - 1);
    boolean after = LINK_PARTICLES.contains(prev) || desc.isPortfolio(prev) || prev.equals("and");
    if (!after) return false;
    if (desc.isPortfolio(t.lower(i))) return true;
    return t.lower(i).equals("and") && desc.isPortfolio(prev) && i + 1 < t.size() && desc.isPortfolio(t.lower(i + 1));
  }

  private static boolean isSentenceStart(String text, int pos) {
    int i = pos - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    return i < 0 || ".!?\n\"'".indexOf(text.charAt(i)) >= 0;
  }

  /** A head noun of a person or an anonymous speaker ("visitor", "resident"), no body's. */
  private boolean personHead(String word) {
    Descriptors.Head h = desc.head(word);
    return h != null && !Speaker.ORGANIZATION.equals(h.type);
  }

  /** A word that names a body: a body word ({@link BodyWords}) or the head of an organisation ("Intelligence"). */
  private boolean bodyWord(String word) {
    Descriptors.Head h = desc.head(word);
    return BodyWords.contains(word.toLowerCase(Locale.ROOT)) || (h != null && Speaker.ORGANIZATION.equals(h.type));
  }

  /** Whether the last word of a name marks an organisation ("Council", "News", "Ministry"). */
  public static boolean looksLikeOrganization(String name) {
    String[] w = Tokens.splitSpaces(name);
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    if (BodyWords.contains(last)) return true;
    // "the US Consulate General", "the Directorate General": a body's word before "General"
    if (last.equals("general") && w.length >= 2 && BodyWords.contains(w[w.length - 2].toLowerCase(Locale.ROOT))) return true;
    // "General Authority for Statistics", "Ministry of Defence": an organisation word before a linking "for"/"of";
    // "Russian Embassy in Ankara", "German Economic Institute (IW) in Cologne": before its place or short form
    for (int i = 0; i + 1 < w.length; i++) {
      String x = w[i + 1].toLowerCase(Locale.ROOT);
      if ((x.equals("for") || x.equals("of") || x.equals("in") || x.equals("at") || x.startsWith("("))
          && BodyWords.contains(w[i].toLowerCase(Locale.ROOT))) return true;
    }
    String bare = name.replace(".", "");
    return bare.length() >= 2 && bare.length() <= 6 && bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.chars().allMatch(Character::isLetter);
  }
}
