package org.stancemap.speakers;

/**
 * A resolved speaker: as written in the article, its canonical id, type
 * ({@code person, organization, anonymous, outlet}), affiliation (the country or body it speaks
 * for; may be null), whether it is several people, and its role class (leader, minister, ...).
 */
public final class Speaker {
  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String ANONYMOUS = "anonymous";
  public static final String OUTLET = "outlet";

  public final String surface;
  public final String id;
  public final String type;
  public final String affiliation;
  public final boolean plural;
  public final String roleClass;

  public Speaker(String surface, String id, String type, String affiliation, boolean plural, String roleClass) {
    this.surface = surface;
    this.id = id;
    this.type = type;
    this.affiliation = affiliation;
    this.plural = plural;
    this.roleClass = roleClass;
  }

  public Speaker withSurface(String s) {
    return new Speaker(s, id, type, affiliation, plural, roleClass);
  }

  /** The outlet as the speaker of its own narrative ("unknown outlet" when not known). */
  public static Speaker outlet(String outlet) {
    String name = outlet == null || outlet.isBlank() ? "unknown outlet" : outlet.strip();
    return new Speaker(name, "outlet:" + SpeakerTable.slug(name), OUTLET, null, false, "media");
  }

  @Override
  public String toString() {
    return surface + " [" + id + ", " + type + (affiliation == null ? "" : ", " + affiliation) + (plural ? ", plural" : "") + "]";
  }
}
