package org.stancemap.entities;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code data/entities.tsv}: a person, body, place or group, the state it speaks or acts
 * for, and the period in which that holds.
 *
 * @param id canonical id (a speaker's {@code speaker_id})
 * @param name display name (also a surface form)
 * @param aliases other surface forms
 * @param type person | organization | place
 * @param kind state, demonym, capital, government, leader, official, ministry, military, backed,
 *     media, opposition, armed_group, international, ngo, people, label, contextual or city
 * @param state the state it speaks or acts for; null for non-state actors and contextual words
 * @param affiliation the state again, or the side a non-state actor belongs to; null for contextual words
 * @param role free text
 * @param from first day the row holds (inclusive); null: open
 * @param to last day the row holds (inclusive); null: open
 */
public record Entity(String id, String name, List<String> aliases, String type, String kind, String state,
    String affiliation, String role, LocalDate from, LocalDate to) implements Serializable {
  /** Kinds whose mentions are mentions of their state (the words tone is scored toward). */
  public static final List<String> STATE_KINDS = List.of("state", "demonym", "capital", "government", "leader", "official",
      "ministry", "military", "backed");
  public static final String CONTEXTUAL = "contextual";
  /** Places inside a state: no mention of it, but where an article is (a clue for its contextual words). */
  public static final String CITY = "city";
  /** Set phrases that name a state without its doing ("banned in Russia"): no mention of it, and no speaker. */
  public static final String LABEL = "label";

  /** The name and the aliases. */
  public List<String> surfaces() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>(aliases.size() + 1);
    all.add(name);
    for (String a : aliases) if (!a.equals(name)) all.add(a);
    return all;
  }

  /** Whether the row holds on {@code day}; every row holds when the day is unknown (null). */
  public boolean holdsOn(LocalDate day) {
    if (day == null) return true;
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** Whether a mention of this entity is a mention of its state. */
  public boolean speaksForState() {
    return state != null && STATE_KINDS.contains(kind);
  }
}
