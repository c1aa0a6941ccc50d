package org.stancemap.schema;

/** Columns of {@code out/statements/}, one row per statement. */
public final class StatementColumns {
  private StatementColumns() {}

  public static final String TABLE = "statements";
  public static final String ARTICLE_ID = "article_id";
  public static final String STATEMENT_ID = "statement_id";
  /** direct, partial, indirect, social, narrative */
  public static final String KIND = "kind";
  public static final String TEXT = "text";
  /** Character offsets into the article's {@code text}: [start, end). */
  public static final String START = "start";
  public static final String END = "end";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String PARAGRAPH_INDEX = "paragraph_index";
  /** The speaker as written in the article. */
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_ID = "speaker_id";
  /** person, organization, anonymous, outlet */
  public static final String SPEAKER_TYPE = "speaker_type";
  public static final String SPEAKER_AFFILIATION = "speaker_affiliation";
  public static final String CUE = "cue";
  /** explicit, coreference, continuation, outlet */
  public static final String ATTRIBUTION_METHOD = "attribution_method";
  /** The named rule that decided the attribution ({@code data/attribution-rules.tsv}); {@code outlet} for narrative. */
  public static final String ATTRIBUTION_RULE = "attribution_rule";
  /** Where the cue stands in the article's {@code text}: [cue_start, cue_end); null when the cue is not in the text. */
  public static final String CUE_START = "cue_start";
  public static final String CUE_END = "cue_end";
  /** Where the speaker phrase the rule read stands in the article's {@code text}; null when none. */
  public static final String SPEAKER_START = "speaker_start";
  public static final String SPEAKER_END = "speaker_end";
  /** Attribution confidence in [0, 1]: the rule's prior × a factor for the attribution method. */
  public static final String CONFIDENCE = "confidence";
}
