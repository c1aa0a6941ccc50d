package org.stancemap.tone;

import java.util.List;

/**
 * One scorer's verdict on a text's tone toward one target mention.
 *
 * @param score in [-1, 1]; negative is hostile toward the target
 * @param label {@code neg}, {@code neu} or {@code pos}
 * @param confidence in [0, 1]
 * @param evidence the words that drove the score, so a user can see why
 * @param scorer the name of the scorer that produced it
 * @param probabilities P(neg), P(neu), P(pos) for scorers that are probabilistic models; null for
 *     the lexicon scorers
 */
public record ToneScore(double score, String label, double confidence, List<String> evidence, String scorer,
    double[] probabilities) {
  public static final String NEG = "neg";
  public static final String NEU = "neu";
  public static final String POS = "pos";

  /** A verdict without class probabilities (the lexicon scorers). */
  public ToneScore(double score, String label, double confidence, List<String> evidence, String scorer) {
    this(score, label, confidence, evidence, scorer, null);
  }
}
