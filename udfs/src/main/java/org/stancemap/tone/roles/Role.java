package org.stancemap.tone.roles;

/**
 * The part a target mention plays in one event of a text.
 *
 * @param frame the event's frame
 * @param agent true for the doer ("Russia" in "Russia shelled ..."), false for the one done to
 * @param negated the event is negated ("did not attack", "refused to condemn")
 * @param trigger the trigger's words as written ("shelled")
 */
public record Role(Frame frame, boolean agent, boolean negated, String trigger) {
  /** What negation leaves of a role's valence: it mostly cancels, a little flips ("did not condemn"). */
  public static final double NEGATED = -0.25;

  /** The frame's valence for this role (the agent's for symmetric frames), after negation. */
  public double valence() {
    double v = agent || frame.symmetric() ? frame.agent() : frame.patient();
    return negated ? v * NEGATED : v;
  }

  /** How a reader sees it in {@code evidence}: "agent of: shelled", "not patient of: accused". */
  public String evidence() {
    return (negated ? "not " : "") + (agent ? "agent" : "patient") + " of: " + trigger;
  }
}
