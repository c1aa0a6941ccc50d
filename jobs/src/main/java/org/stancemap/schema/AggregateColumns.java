package org.stancemap.schema;

import java.util.List;

/**
 * Columns of the tables under {@code out/aggregates/}: {@code by_outlet}, {@code by_speaker},
 * {@code by_affiliation} and {@code by_date} (documented in README, section aggregates). Every
 * table has its group keys followed by the {@link #MEASURES}.
 */
public final class AggregateColumns {
  private AggregateColumns() {}

  public static final String DIR = "aggregates";
  public static final String BY_OUTLET = "by_outlet";
  public static final String BY_SPEAKER = "by_speaker";
  public static final String BY_AFFILIATION = "by_affiliation";
  public static final String BY_DATE = "by_date";
  public static final List<String> TABLES = List.of(BY_OUTLET, BY_SPEAKER, BY_AFFILIATION, BY_DATE);

  // group keys
  public static final String OUTLET = "outlet";
  public static final String TARGET = "target";
  /** all, own (the outlet's narrative), quoted (every other kind of statement) */
  public static final String VOICE = "voice";
  public static final String VOICE_ALL = "all";
  public static final String VOICE_OWN = "own";
  public static final String VOICE_QUOTED = "quoted";
  public static final String SPEAKER_ID = "speaker_id";
  /** The most frequent spelling of the speaker in the input. */
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_TYPE = "speaker_type";
  public static final String SPEAKER_AFFILIATION = "speaker_affiliation";
  /** day or week */
  public static final String GRANULARITY = "granularity";
  /** First day of the period (the Monday for weeks). */
  public static final String PERIOD_START = "period_start";

  // measures, in every table
  public static final String N_STATEMENTS = "n_statements";
  public static final String N_ARTICLES = "n_articles";
  public static final String MEAN_SCORE = "mean_score";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";
  public static final String SHARE_POS = "share_pos";
  public static final String SHARE_NEG = "share_neg";
  public static final String LOW_SUPPORT = "low_support";
  public static final String RUN_ID = "run_id";
  public static final List<String> MEASURES = List.of(N_STATEMENTS, N_ARTICLES, MEAN_SCORE, CI_LOW, CI_HIGH,
      SHARE_POS, SHARE_NEG, LOW_SUPPORT, RUN_ID);

  /** The group keys of each table, in column order. */
  public static List<String> keys(String table) {
    switch (table) {
      case BY_OUTLET: return List.of(OUTLET, TARGET, VOICE);
      case BY_SPEAKER: return List.of(SPEAKER_ID, SPEAKER, SPEAKER_TYPE, SPEAKER_AFFILIATION, TARGET);
      case BY_AFFILIATION: return List.of(SPEAKER_AFFILIATION, TARGET);
      case BY_DATE: return List.of(GRANULARITY, PERIOD_START, OUTLET, TARGET);
      default: throw new IllegalArgumentException("no aggregate table " + table);
    }
  }
}
