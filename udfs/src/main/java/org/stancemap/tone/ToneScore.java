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

  /**
   * The verdict of class probabilities {@code p} (P(neg), P(neu), P(pos)): {@code score} P(pos) −
   * P(neg); {@code label} {@code pos} when the score reaches {@code threshold}, {@code neg} when it
   * falls to minus it, else {@code neu}, or with threshold 0 the most probable class (ties go to
   * {@code neu}); {@code confidence} the label's probability. Label and score never disagree.
   */
  public static ToneScore ofProbabilities(double[] p, double threshold, List<String> evidence, String scorer) {
    double score = p[2] - p[0];
    String label;
    if (threshold > 0) label = score >= threshold ? POS : score <= -threshold ? NEG : NEU;
    else label = p[1] >= p[2] && p[1] >= p[0] ? NEU : score > 0 ? POS : NEG;
    double confidence = p[label.equals(NEG) ? 0 : label.equals(POS) ? 2 : 1];
    return new ToneScore(score, label, confidence, evidence, scorer, p.clone());
  }

  /** A verdict without class probabilities (the lexicon scorers). */
  public ToneScore(double score, String label, double confidence, List<String> evidence, String scorer) {
    this(score, label, confidence, evidence, scorer, null);
  }
}
