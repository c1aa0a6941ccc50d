package org.stancemap.tone;

import java.util.List;

/** Helpers shared by the lexicon scorers: how evidence words are written, confidence. */
final class ToneEvidence {
  private ToneEvidence() {}

  /** The words of a lexicon hit as written, prefixed with "not " when negated. */
  static String word(List<Token> tokens, Lexicon.Hit h, boolean negated) {
    StringBuilder sb = new StringBuilder(negated ? "not " : "");
    for (int i = h.from(); i < h.to(); i++) {
      if (i > h.from()) sb.append(' ');
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }

  /**
   * Confidence in [0, 1] of a label read off {@code score} with thresholds {@code pos} and
   * {@code neg} (both positive): 0.5 at a threshold, growing to 1 at ±1 for pos/neg, and to 1 at
   * 0 for neutral.
   */
  static double confidence(double score, double pos, double neg) {
    if (score >= pos) return 0.5 + 0.5 * Math.min(1, (score - pos) / Math.max(1e-9, 1 - pos));
    if (score <= -neg) return 0.5 + 0.5 * Math.min(1, (-score - neg) / Math.max(1e-9, 1 - neg));
    double edge = score >= 0 ? pos : neg;
    return 0.5 + 0.5 * (1 - Math.abs(score) / Math.max(1e-9, edge));
  }
}
