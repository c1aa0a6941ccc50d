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
  /** The probability of the label (probabilistic scorers) or the lexicon scorer's confidence, 0 … 1. */
  public static final String CONFIDENCE = "confidence";
  /** P(neg), P(neu), P(pos) of a probabilistic scorer (null for the lexicon scorer). */
  public static final String P_NEG = "p_neg";
  public static final String P_NEU = "p_neu";
  public static final String P_POS = "p_pos";
  /** The words that drove the score (array of strings). */
  public static final String EVIDENCE = "evidence";
  public static final String SCORER = "scorer";
}
