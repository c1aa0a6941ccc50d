package org.stancemap.tone;

/**
 * One labelled target mention (the NewsMTSC format: {@code id, sentence, mention, from, to,
 * polarity}).
 *
 * @param label {@code neg}, {@code neu} or {@code pos}; null when the line had no polarity
 */
public record ToneExample(String id, String sentence, String mention, int from, int to, String label) {
  /** NewsMTSC polarity (-1, 0, 1) as a label. */
  public static String label(int polarity) {
    return polarity < 0 ? ToneScore.NEG : polarity > 0 ? ToneScore.POS : ToneScore.NEU;
  }
}
