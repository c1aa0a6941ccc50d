package org.stancemap.targets;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One surface form the matcher looks for.
 *
 * @param target canonical target name (e.g. {@code Russia}); empty for {@link #OTHER} and
 *     {@link #CONTEXTUAL} forms
 * @param alias the words as written in the entity table or the targets file
 * @param group {@code name}, {@code demonym}, {@code capital}, {@code metonym} or {@code leader}
 *     for a mention of the target; {@link #OTHER} for a form that names something else and so
 *     blocks the shorter forms inside it ("Syrian opposition", "Free Syrian Army" are not Syria);
 *     {@link #CONTEXTUAL} for a form whose state comes from the text around it ("regime forces")
 * @param from first day the form holds (null: open); for a contextual form, of its default state
 * @param to last day the form holds (null: open); for a contextual form, of its default state
 * @param state the state the form stands for, a target or not ("Israeli army": Israel); empty
 *     for non-state entities ("Syrian opposition"). Contextual words resolve to it, so "the army"
 *     after "Israeli troops" is Israel's and no mention of a target. For a contextual form, the state
 *     it stands for when the article does not say ("the regime": Syria until December 2024), or empty
 * @param kind the entity kind ({@code government}, {@code military}, {@code ministry}, ...); for a
 *     contextual form the kind of entity it stands for ("government forces": {@code military})
 */
public record TargetAlias(String target, String alias, String group, LocalDate from, LocalDate to, String state, String kind)
    implements Serializable {
  public static final String LEADER = "leader";
  public static final String METONYM = "metonym";
  public static final String OTHER = "other";
  public static final String CONTEXTUAL = "contextual";

  public TargetAlias {
    state = state == null ? "" : state;
    kind = kind == null ? "" : kind;
  }

  /** A target's own word (a targets-file row): it stands for the target, at all times. */
  public TargetAlias(String target, String alias, String group) {
    this(target, alias, group, null, null, target, "");
  }

  /** The same form with other words (the matcher drops a leading "the"). */
  public TargetAlias withAlias(String words) {
    return new TargetAlias(target, words, group, from, to, state, kind);
  }

  /** Whether the form holds on {@code day} (always when the day is unknown). */
  public boolean holdsOn(LocalDate day) {
    return day == null || ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to)));
  }

  /** A mention of a target (not a blocking or contextual form). */
  public boolean namesTarget() {
    return !group.equals(OTHER) && !group.equals(CONTEXTUAL);
  }
}
