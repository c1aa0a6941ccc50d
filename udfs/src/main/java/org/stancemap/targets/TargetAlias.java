package org.stancemap.targets;

import java.io.Serializable;

/**
 * One surface form that mentions a target.
 *
 * @param target canonical target name (e.g. {@code Russia})
 * @param alias the words as written in {@code data/targets.tsv}
 * @param group {@code name}, {@code demonym}, {@code capital}, {@code metonym} or {@code leader}
 */
public record TargetAlias(String target, String alias, String group) implements Serializable {
  public static final String LEADER = "leader";
}
