package org.stancemap.tone.roles;

import java.io.Serializable;

/**
 * An event frame of {@code data/tone/frames.tsv}: what being its doer or the one done to says about
 * a state.
 *
 * @param name the frame's name ({@code harm}, {@code accuse}, ...)
 * @param agent valence in [-1, 1] toward the doer
 * @param patient valence in [-1, 1] toward the one done to
 * @param ofAgent whether a state after "of" with a noun trigger is the doer ("the mediation of
 *     Moscow") rather than the one done to ("the killing of Turkish soldiers")
 * @param symmetric every party is a doer ("Russia and Turkey agreed", "talks with Ankara")
 */
public record Frame(String name, double agent, double patient, boolean ofAgent, boolean symmetric) implements Serializable {}
