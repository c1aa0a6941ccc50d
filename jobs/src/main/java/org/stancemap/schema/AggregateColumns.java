package org.stancemap.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns of the tables under {@code out/aggregates/}: {@code by_outlet}, {@code by_speaker},
 * {@code by_outlet_speaker}, {@code by_affiliation} and {@code by_date} (documented in
 * docs/aggregates.md). Every table has its group keys, then the {@link #MEASURES}, then the
 * table's own columns ({@link #extras}); {@link #columns} lists them in that order.
 */
public final class AggregateColumns {
  private AggregateColumns() {}

  public static final String DIR = "aggregates";
  public static final String BY_OUTLET = "by_outlet";
  public static final String BY_SPEAKER = "by_speaker";
  public static final String BY_OUTLET_SPEAKER = "by_outlet_speaker";
  public static final String BY_AFFILIATION = "by_affiliation";
  public static final String BY_DATE = "by_date";
  public static final List<String> TABLES = List.of(BY_OUTLET, BY_SPEAKER, BY_OUTLET_SPEAKER, BY_AFFILIATION, BY_DATE);
  /** Beside each table's Parquet folder {@code NAME}, the same rows as one CSV file {@code NAME.csv}. */
  public static final String CSV_SUFFIX = ".csv";

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
  /** month, week or day: each granularity covers every dated unit once */
  public static final String GRANULARITY = "granularity";
  public static final String MONTH = "month";
  public static final String WEEK = "week";
  public static final String DAY = "day";
  /** The granularities of by_date, coarsest first. */
  public static final List<String> GRANULARITIES = List.of(MONTH, WEEK, DAY);
  /** First day of the period (the 1st for months, the Monday for weeks). */
  public static final String PERIOD_START = "period_start";

  // measures, in every table
  public static final String N_STATEMENTS = "n_statements";
  public static final String N_ARTICLES = "n_articles";
  public static final String MEAN_SCORE = "mean_score";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";
  /** true when the cluster-robust interval was narrower than the bounded-scale floor and was widened to it */
  public static final String CI_WIDENED = "ci_widened";
  public static final String SHARE_POS = "share_pos";
  public static final String SHARE_NEG = "share_neg";
  public static final String SHARE_NEU = "share_neu";
  public static final String LOW_SUPPORT = "low_support";
  public static final String RUN_ID = "run_id";
  public static final List<String> MEASURES = List.of(N_STATEMENTS, N_ARTICLES, MEAN_SCORE, CI_LOW, CI_HIGH,
      CI_WIDENED, SHARE_POS, SHARE_NEG, SHARE_NEU, LOW_SUPPORT, RUN_ID);

  // columns of one table only
  /** by_outlet_speaker: the speaker's share of the outlet's statement × target units toward the target. */
  public static final String SHARE_OF_OUTLET_STATEMENTS = "share_of_outlet_statements";

  /** The group keys of each table, in column order. */
  public static List<String> keys(String table) {
    switch (table) {
      case BY_OUTLET: return List.of(OUTLET, TARGET, VOICE);
      case BY_SPEAKER: return List.of(SPEAKER_ID, SPEAKER, SPEAKER_TYPE, SPEAKER_AFFILIATION, TARGET);
      case BY_OUTLET_SPEAKER: return List.of(OUTLET, SPEAKER_ID, SPEAKER, SPEAKER_TYPE, SPEAKER_AFFILIATION, TARGET);
      case BY_AFFILIATION: return List.of(SPEAKER_AFFILIATION, TARGET);
      case BY_DATE: return List.of(GRANULARITY, PERIOD_START, OUTLET, TARGET);
      default: throw new IllegalArgumentException("no aggregate table " + table);
    }
  }

  /** The columns a table has beyond its keys and the measures (after the measures). */
  public static List<String> extras(String table) {
    return table.equals(BY_OUTLET_SPEAKER) ? List.of(SHARE_OF_OUTLET_STATEMENTS) : List.of();
  }

  /** Every column of a table, in order: keys, measures, extras. */
  public static List<String> columns(String table) {
    List<String> c = new ArrayList<>(keys(table));
    c.addAll(MEASURES);
    c.addAll(extras(table));
    return List.copyOf(c);
  }
}
