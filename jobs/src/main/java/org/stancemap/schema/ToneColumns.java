package org.stancemap.schema;

/** Columns of {@code out/tone/}, one row per (statement, target mention). */
public final class ToneColumns {
  private ToneColumns() {}

  public static final String TABLE = "tone";
  public static final String ARTICLE_ID = "article_id";
  public static final String STATEMENT_ID = "statement_id";
  public static final String TARGET = "target";
  public static final String MENTION = "mention";
  public static final String MENTION_START = "mention_start";
  public static final String MENTION_END = "mention_end";
  /** In [-1, 1]. */
  public static final String SCORE = "score";
  /** neg, neu, pos */
  public static final String LABEL = "label";
  public static final String CONFIDENCE = "confidence";
  /** The words that drove the score (array of strings). */
  public static final String EVIDENCE = "evidence";
  public static final String SCORER = "scorer";
}
