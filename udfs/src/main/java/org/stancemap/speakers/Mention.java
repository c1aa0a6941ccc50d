package org.stancemap.speakers;

import java.util.ArrayList;
import java.util.List;

/**
 * A speaker phrase found in a sentence, before resolution: a pronoun ("he"), a name with its
 * titles ("Kremlin spokesman Dmitry Peskov"), a descriptor ("the Russian leader", "a Western
 * diplomat"), or a coordination of these ("Putin and Erdogan"). Offsets are into the text.
 */
public final class Mention {
  public enum Kind { PRONOUN, NAME, DESCRIPTOR }

  public final Kind kind;
  public final int start, end;
  /** The proper-name part ("Dmitry Peskov"), or null. */
  public final String name;
  /** The descriptor head noun ("leader", "diplomat"), or null. */
  public final String head;
  /** Starts with the/his/their/its or a possessive: refers back to someone already named. */
  public final boolean definite;
  /** Affiliation read from modifiers ("Turkish" → Turkey), or null. */
  public final String affiliation;
  /** Role class from titles or the head, or null. */
  public final String roleClass;
  /** The whole phrase as written, without a leading conjunction. */
  public final String surface;
  /** Parts of a coordination ("Putin and Erdogan"); empty otherwise. */
  public final List<Mention> conjuncts = new ArrayList<>();
  /** An appositive next to the phrase (", a Middle East analyst at ..."), or null. */
  public Mention appositive;
  /** An age follows between commas ("Artyom, 33, did go back"): the name is a person's. */
  public boolean aged;
  /** That age ("33"), or null: "the 33-year-old" later is this person. */
  public String age;
  /**
   * An office named by its state or place ("the President of Türkiye", "the UN Special Envoy for Syria"):
   * not "the president" of whoever was named last, but the one person the article names in that office, if any.
   */
  public boolean office;

  Mention(Kind kind, int start, int end, String surface, String name, String head, boolean definite, String affiliation, String roleClass) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.surface = surface;
    this.name = kind == Kind.NAME ? withoutPossessive(name) : name;
    this.head = head;
    this.definite = definite;
    this.affiliation = affiliation;
    this.roleClass = roleClass;
  }

  /**
   * A person's name of two words or more without the possessive it was written with: "Tarik Demirkan's press conference"
   * names Tarik Demirkan. One word, or a first word that is no given name, keeps it: "Lloyd's", "Papa John's" are names of
   * their own.
   */
  static String withoutPossessive(String name) {
    if (name == null || name.indexOf(' ') < 0 || !(name.endsWith("'s") || name.endsWith("\u2019s"))) return name;
    // a person's name, its first word a given name ("Papa John's" is a brand's)
    return GivenNames.of(name.substring(0, name.indexOf(' '))) != null ? name.substring(0, name.length() - 2) : name;
  }

  /** A definite role phrase [start, end) headed by {@code head}: a transcript's label in capitals, "THE JUDGE:". */
  public static Mention role(int start, int end, String surface, String head, String roleClass) {
    return new Mention(Kind.DESCRIPTOR, start, end, surface, null, head, true, null, roleClass);
  }

  /** This phrase read as definite: a transcript's role label "Spokesperson:" stands for "the spokesperson". */
  public Mention asDefinite() {
    if (definite) return this;
    Mention m = new Mention(kind, start, end, surface, name, head, true, affiliation, roleClass);
    m.appositive = appositive;
    m.aged = aged;
    m.age = age;
    m.office = office;
    return m;
  }

  /**
   * This name with the role class of the title it stood after ("Minister of Energy, Mohammad al-Bashir": "the minister"
   * later is he), when it has none (or only "other": "Eng."). Not "official" nor "other": too wide a class for "the
   * representative" later to be the same person as "a senior official of OCHA, Edem Wosornu".
   */
  public Mention withRole(String role) {
    if (roleClass != null && !"other".equals(roleClass) || role == null || "official".equals(role) || "other".equals(role)) return this;
    Mention m = new Mention(kind, start, end, surface, name, head, definite, affiliation, role);
    m.appositive = appositive;
    m.aged = aged;
    m.age = age;
    m.office = office;
    return m;
  }

  /**
   * This descriptor with its post-modifier up to character {@code end} of {@code text}: "A recruiter" read as "A recruiter
   * in the industrial city of Tolyatti", the head and class unchanged.
   */
  public Mention through(int end, String text) {
    Mention m = new Mention(kind, start, end, text.substring(start, end), name, head, definite, affiliation, roleClass);
    m.aged = aged;
    m.age = age;
    m.office = office;
    return m;
  }

  /**
   * A peer's name with the territorial part of their title, when this name is a peer's and its phrase goes on with it:
   * "Baroness Thornbury of Eyam" (name "Baroness Thornbury"; data/speaker-words.tsv peerages). Two peers may share
   * a name and differ only there ("Baroness Smith of Basildon", "Baroness Smith of Newnham"). This mention otherwise.
   */
  public Mention asPeer() {
    if (kind != Kind.NAME || name == null || name.indexOf(' ') < 0 || !PEERAGES.contains(name.substring(0, name.indexOf(' ')).toLowerCase(java.util.Locale.ROOT))) return this;
    int at = surface.indexOf(name);
    if (at < 0 || !surface.startsWith(" of ", at + name.length())) return this;
    String rest = surface.substring(at + name.length() + 4);
    if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return this;
    Mention m = new Mention(kind, start, end, surface, surface.substring(at), head, definite, affiliation, roleClass);
    m.appositive = appositive;
    m.office = office;
    return m;
  }

  private static final java.util.Set<String> PEERAGES = SpeakerWords.list("peerages");

  public boolean isPlural() {
    return conjuncts.size() > 1;
  }

  @Override
  public String toString() {
    return kind + "(" + surface + (name != null ? ", name=" + name : "") + (head != null ? ", head=" + head : "")
        + (conjuncts.isEmpty() ? "" : ", " + conjuncts) + (appositive != null ? ", appos=" + appositive : "") + ")";
  }
}
