package org.stancemap.speakers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.text.DataFiles;
import org.stancemap.text.Tokens;

/**
 * Title words ({@code data/titles.txt}), descriptor heads and affiliation words
 * ({@code data/descriptors.tsv}): what "Kremlin spokesman", "the Russian leader" or "a Western
 * diplomat" say about a speaker's role and whom it speaks for. The words of a state - its names,
 * demonyms and capital - come from the one entity table ({@code data/entities.tsv}, rows of type
 * place); {@code descriptors.tsv} adds the affiliation words no state row has ("Western", "NATO",
 * "Kurdish", "Pentagon") and wins where both name a word.
 */
public final class Descriptors {
  /** A descriptor head noun: the speaker type, number and role class it implies. */
  public static final class Head {
    public final String type;
    public final boolean plural;
    public final String roleClass;
    /** "m" or "f" for a head that says it ("son", "widow"), else null: a pronoun of the other gender does not refer to it. */
    public final String gender;

    Head(String spec) {
      String[] p = spec.split(":");
      this.type = p[0];
      this.plural = p.length > 1 && p[1].equals("pl");
      this.roleClass = p.length > 2 ? p[2] : "other";
      this.gender = p.length > 3 ? p[3] : null;
      if (gender != null && !gender.equals("m") && !gender.equals("f")) {
        throw new IllegalArgumentException("data/descriptors.tsv: head gender must be m or f, not '" + gender + "' in " + spec);
      }
    }
  }

  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, Head> heads = new HashMap<>();
  private final Map<String, String> affiliations = new HashMap<>();
  private final java.util.Set<String> portfolios = new java.util.HashSet<>();
  /** A transcript's words for whoever presides ("President.", "The CHAIRMAN."). */
  private final java.util.Set<String> presiding = new java.util.HashSet<>();
  private final java.util.Set<String> documents = new java.util.HashSet<>();
  /** Documents a speaking body puts out itself ({@code kind=document, value=own}): "the statement" is the body's. */
  private final java.util.Set<String> ownDocuments = new java.util.HashSet<>();
  private final java.util.Set<String> issuing = new java.util.HashSet<>();
  private final java.util.Set<String> postnominals = new java.util.HashSet<>();
  private final java.util.Set<String> placeFirst = new java.util.HashSet<>(), placeLast = new java.util.HashSet<>();

  private static volatile Descriptors defaults;

  public static Descriptors load() {
    Descriptors d = defaults;
    if (d == null) {
      synchronized (Descriptors.class) {
        if (defaults == null) {
          defaults = new Descriptors(DataFiles.tsv("titles.txt"), DataFiles.tsv("descriptors.tsv"));
          defaults.addStates(org.stancemap.entities.EntityTable.load());
        }
        d = defaults;
      }
    }
    return d;
  }

  public Descriptors(List<String[]> titleRows, List<String[]> descriptorRows) {
    for (String[] r : titleRows) {
      String w = r[0].strip().toLowerCase(Locale.ROOT);
      // a second line for a word would silently replace the first's class ("conservative" a modifier, then a title)
      if (titles.put(w, r.length > 1 ? r[1].strip() : "other") != null) {
        throw new IllegalStateException("data/titles.txt: '" + w + "' is listed twice; keep one line with one class");
      }
    }
    for (String[] r : descriptorRows) {
      if (r.length < 3) continue;
      String w = r[0].strip();
      if (r[1].strip().equals("head")) heads.put(w.toLowerCase(Locale.ROOT), new Head(r[2].strip()));
      else if (r[1].strip().equals("affiliation")) putAffiliation(w, r[2].strip(), true);
      else if (r[1].strip().equals("portfolio")) portfolios.add(w.toLowerCase(Locale.ROOT));
      else if (r[1].strip().equals("presiding")) presiding.add(w.toLowerCase(Locale.ROOT));
      else if (r[1].strip().equals("document")) {
        documents.add(w.toLowerCase(Locale.ROOT));
        if (r[2].strip().equals("own")) ownDocuments.add(w.toLowerCase(Locale.ROOT));
      }
      else if (r[1].strip().equals("issue")) issuing.add(w.toLowerCase(Locale.ROOT));
      else if (r[1].strip().equals("postnominal")) postnominals.add(w);
      else if (r[1].strip().equals("place")) {
        String v = r[2].strip();
        if (!v.equals("first") && !v.equals("last")) throw new IllegalArgumentException("data/descriptors.tsv: place word '" + w + "' needs first or last, not '" + v + "'");
        (v.equals("first") ? placeFirst : placeLast).add(w.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** The first word of every affiliation of several words ("United" of "United States"). */
  private final Set<String> multiWordFirsts = new HashSet<>();

  /** Adds an affiliation word ({@code replace}: over one listed already; descriptors.tsv's rows replace, the entity table's do not). */
  private void putAffiliation(String words, String body, boolean replace) {
    if (replace) affiliations.put(words, body);
    else affiliations.putIfAbsent(words, body);
    if (words.indexOf(' ') > 0) multiWordFirsts.add(words.substring(0, words.indexOf(' ')));
  }

  /**
   * Whether {@code word} opens an affiliation of several words: when it does not (nearly always), no
   * two-word key need be built and looked up ({@link #affiliation} of "word next" is then null).
   */
  public boolean opensMultiWordAffiliation(String word) {
    return multiWordFirsts.contains(word);
  }

  /**
   * The table's states as affiliation words, where descriptors.tsv has none: a demonym as an adjective
   * ("Lithuanian", "Swiss"; not the plural noun "Lithuanians"), and a state's or capital's name only as a
   * possessive ("Lithuania's foreign minister", "Baku's envoy"), since a bare name is often a given name
   * ("Jordan Lee") or the speaker itself.
   */
  void addStates(org.stancemap.entities.EntityTable entities) {
    for (org.stancemap.entities.Entity e : entities.entities()) {
      if (!"place".equals(e.type()) || e.state() == null) continue;
      boolean demonym = e.kind().equals("demonym");
      if (!(e.kind().equals("state") || demonym || e.kind().equals("capital"))) continue;
      for (String surface : e.surfaces()) {
        if (surface.startsWith("the ")) continue;
        if (demonym) {
          if (e.aliases().isEmpty() || !surface.endsWith("s")) putAffiliation(surface, e.state(), false); // not "Syrians", "Azeris"; "Swiss" is the only form
        } else {
          putAffiliation(surface + "'s", e.state(), false);
          putAffiliation(surface + "\u2019s", e.state(), false);
        }
      }
    }
  }

  /** Role class of a title word ("spokesman" → spokesperson), or null; a modifier ("state", "refugee") gives "other". */
  public String title(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String c = titles.get(w);
    if (c == null) c = hyphenated(w, titles);
    // an abbreviated title of data/title-abbreviations.txt the list has no class for ("Adm.", "Eng."): a title
    if (c == null && w.length() > 2 && w.endsWith(".") && org.stancemap.text.TitleAbbreviations.load().words().contains(w.substring(0, w.length() - 1))) {
      c = "other";
    }
    return MODIFIER.equals(c) || HONORIFIC.equals(c) ? "other" : c;
  }

  private static final String MODIFIER = "modifier";
  private static final String HONORIFIC = "honorific";

  /** A word of class "honorific" in titles.txt ("Sir", "Dame"): a title before a full name, part of "Sir Malcolm" alone. */
  public boolean isHonorific(String word) {
    return HONORIFIC.equals(titles.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * A word that may stand before a bare surname and makes it a person's: an honorific ("Sir") or an abbreviated
   * title of data/title-abbreviations.txt ("Mr.", "Dr", "Sen."), as written.
   */
  public boolean titleBeforeSurname(String word) {
    String w = word.replace(".", "").toLowerCase(Locale.ROOT);
    return isHonorific(w) || org.stancemap.text.TitleAbbreviations.load().words().contains(w);
  }

  /** A word of class "modifier" in titles.txt: inside a speaker phrase in lower case, part of a name when capitalised. */
  public boolean isModifier(String word) {
    return MODIFIER.equals(titles.get(word.toLowerCase(Locale.ROOT)));
  }

  /** Whether a transcript's label word names whoever presides ("President", "CHAIRMAN"). */
  public boolean isPresiding(String word) {
    return presiding.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A word of a ministry's or a committee's portfolio ("Foreign", "Affairs", "Energy"): part of a body's name, never of a person's. */
  public boolean isPortfolio(String word) {
    return portfolios.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The gender a phrase's last word says ("her son" → "m", "the widow" → "f"), or null. */
  public String gender(String phrase) {
    if (phrase == null || phrase.isBlank()) return null;
    String[] w = Tokens.splitSpaces(phrase.strip());
    Head h = head(w[w.length - 1]);
    return h == null ? null : h.gender;
  }

  /** Letters after a name that are no part of it ("Jane Doe KC", "John Roe MP"; case as written). */
  public boolean isPostnominal(String word) {
    return postnominals.contains(word);
  }

  /** A word for a text that speaks for its author ("statement", "readout"): "a statement by the ministry said" is the ministry's. */
  /** Whether {@code word} names a document its author puts out itself ("statement", "readout"; not "report", "letter"). */
  public boolean isOwnDocument(String word) {
    return ownDocuments.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isDocument(String word) {
    return documents.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A verb by which a speaker puts out a document ("issued", "released"): "X issued a statement saying" is X's. */
  public boolean isIssuing(String word) {
    return issuing.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A name of several words that is a place by its first or last word ("St Petersburg", "Black Sea"), not a person. */
  public boolean isPlaceName(String name) {
    String[] w = Tokens.splitSpaces(name.strip());
    if (w.length < 2) return false;
    return placeFirst.contains(w[0].replace(".", "").toLowerCase(Locale.ROOT)) || placeLast.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} is the head of a body's phrase ("ministry", "directorate", "network"): a head of type organization. */
  public boolean bodyHead(String word) {
    Head h = word == null ? null : head(word);
    return h != null && Speaker.ORGANIZATION.equals(h.type);
  }

  /** "the 24-year-old", "a 52-year-old": an age stands for a person. */
  static final Head AGE = new Head("person:sg:other");

  public Head head(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Head h = heads.get(w);
    if (h == null && isAge(w)) return AGE;
    if (h == null) h = hyphenated(w, heads);
    return h;
  }

  /** Number words of a tabloid's "mum-of-three" (data/speaker-words.tsv number-words). */
  private static final java.util.Set<String> NUMBER_WORDS = SpeakerWords.list("number-words");

  /**
   * A compound's head: "ambassador-designate", "president-elect", "vice-president", "co-founder"; and a parent by their
   * children's number, as tabloids write it: "mum-of-three", "father-of-2".
   */
  private static <T> T hyphenated(String w, Map<String, T> table) {
    int of = w.indexOf("-of-");
    if (of > 0) {
      String n = w.substring(of + 4);
      return NUMBER_WORDS.contains(n) || !n.isEmpty() && n.length() <= 2 && n.chars().allMatch(Character::isDigit) ? table.get(w.substring(0, of)) : null;
    }
    int d = w.indexOf('-');
    if (d <= 0 || d == w.length() - 1 || w.indexOf('-', d + 1) >= 0) return null;
    String left = w.substring(0, d), right = w.substring(d + 1);
    if (COMPOUND_SUFFIXES.contains(right)) return table.get(left);
    if (COMPOUND_PREFIXES.contains(left)) return table.get(right);
    return null;
  }

  private static final java.util.Set<String> COMPOUND_SUFFIXES = java.util.Set.of("designate", "elect", "general");
  private static final java.util.Set<String> COMPOUND_PREFIXES = java.util.Set.of("vice", "co", "deputy", "ex", "acting");

  /** "24-year-old", "45-year-old" (digits, "-year-old"). */
  public static boolean isAge(String w) {
    if (!w.endsWith("-year-old")) return false;
    int n = w.length() - "-year-old".length();
    if (n < 1 || n > 3) return false;
    for (int i = 0; i < n; i++) if (!Character.isDigit(w.charAt(i))) return false;
    return true;
  }

  /** Affiliation of an adjective or name ("Turkish", "Kremlin", "Turkey's"), or null. Case-sensitive. */
  public String affiliation(String word) {
    String a = affiliations.get(word);
    if (a == null && (word.endsWith("'s") || word.endsWith("\u2019s"))) a = affiliations.get(word.substring(0, word.length() - 2));
    return a;
  }
}
