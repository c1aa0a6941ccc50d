package org.stancemap.tone;

/** Scores the tone of a text toward one mention of a target inside it. */
public interface ToneScorer {
  /** Stable name, written to the {@code scorer} column and used to select it. */
  String name();

  /**
   * @param text the statement or sentence
   * @param mentionStart start offset of the target mention in {@code text}
   * @param mentionEnd end offset (exclusive)
   * @param target the target's name (e.g. {@code Russia}), for scorers that use it
   */
  ToneScore score(String text, int mentionStart, int mentionEnd, String target);
}
