package org.stancemap.jobs;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;
import org.stancemap.stats.GroupMeasures;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Turns scored statements into the comparison tables under {@code out/aggregates/}, each as a
 * Parquet folder {@code NAME} and the same rows as one CSV file {@code NAME.csv}.
 *
 * <p>The unit is one statement × target (several mentions of a target in one statement are
 * averaged into one score). Each group gets the mean score with a 95% confidence interval that
 * treats articles as clusters: statements of one article are not independent, so the interval is
 * the cluster-robust (CR1) standard error of the ratio mean Σscore / Σstatements over articles,
 * with Student's t at (articles − 1) degrees of freedom, clipped to [-1, 1]. Where CR1 cannot be
 * trusted (fewer articles than the minimum support, or articles that agree exactly, which makes
 * it a point), the bounded-scale floor (a Wilson interval, never a point) widens it and
 * {@code ci_widened} says so; elsewhere CR1 stands (the floor assumes the largest spread scores in
 * [−1, 1] allow and would widen nearly every real group). The formulas are plain Java
 * ({@link GroupMeasures}). Every table comes from one Spark aggregation over the units, per article
 * and then per group, for all tables at once; only the groups reach the driver, so it scales with
 * the input, not with the statements.
 * Sums are taken in DECIMAL so that the result does not depend on the order Spark adds rows in:
 * the same input gives identical tables.
 */
public final class AggregateJob {
  private AggregateJob() {}

  public static final int DEFAULT_MIN_ARTICLES = 5;

  /**
   * Settings of the aggregate stage: {@code minArticles} is the one minimum support, passed on to
   * the charts and the report (see {@link ChartsJob.Options#of}). {@code runId} null: derived from
   * the input's content.
   */
  public record Options(int minArticles, String runId) {
    public Options {
      if (minArticles < 1) throw new IllegalArgumentException("minArticles must be >= 1");
    }

    /** The default minimum support, run id from the input. */
    public static Options defaults() {
      return new Options(DEFAULT_MIN_ARTICLES, null);
    }

    /** The settings of a config file ({@code aggregate.min_support}), run id from the input. */
    public static Options of(org.stancemap.ops.StancemapConfig c) {
      return new Options((int) c.getLong("aggregate.min_support", DEFAULT_MIN_ARTICLES), null);
    }
  }

  // columns of the statement × target units (see units())
  public static final String U_SCORE = "score";
  public static final String U_SCORE_DEC = "score_dec";
  public static final String U_LABEL = "label";
  public static final String U_EVIDENCE = "evidence";
  public static final String U_KIND = "kind";
  public static final String U_STATEMENT_TEXT = "statement_text";
  public static final String U_URL = "url";
  public static final String U_TITLE = "title";
  public static final String U_SOURCE_FILE = "source_file";
  public static final String U_PUBLISHED = "published";
  private static final String ARTICLE_ID = ToneColumns.ARTICLE_ID;
  private static final String NARRATIVE = "narrative";
  private static final String OUTLET_TYPE = "outlet";

  /**
   * One row per statement × target: the statement's score toward the target (mean over its
   * mentions), label (majority of the mentions' non-neutral labels), evidence words, and the
   * statement's speaker, voice and article fields.
   */
  public static Dataset<Row> units(Dataset<Row> articles, Dataset<Row> statements, Dataset<Row> tone) {
    Column scoreDec = col(ToneColumns.SCORE).cast("decimal(18,9)");
    Dataset<Row> perTarget = tone
        .groupBy(col(ToneColumns.ARTICLE_ID), col(ToneColumns.STATEMENT_ID), col(ToneColumns.TARGET))
        .agg(sum(scoreDec).divide(count(lit(1))).cast("decimal(20,9)").as(U_SCORE_DEC),
            sum(when(col(ToneColumns.LABEL).equalTo("pos"), 1).otherwise(0)).as("n_pos_mentions"),
            sum(when(col(ToneColumns.LABEL).equalTo("neg"), 1).otherwise(0)).as("n_neg_mentions"),
            array_sort(array_distinct(flatten(collect_list(col(ToneColumns.EVIDENCE))))).as(U_EVIDENCE))
        .withColumn(U_SCORE, col(U_SCORE_DEC).cast("double"))
        .withColumn(U_LABEL, when(col("n_pos_mentions").gt(col("n_neg_mentions")), "pos")
            .when(col("n_neg_mentions").gt(col("n_pos_mentions")), "neg").otherwise("neu"))
        .drop("n_pos_mentions", "n_neg_mentions");
    Dataset<Row> st = statements.select(col(StatementColumns.ARTICLE_ID), col(StatementColumns.STATEMENT_ID),
        col(StatementColumns.KIND).as(U_KIND), col(StatementColumns.TEXT).as(U_STATEMENT_TEXT),
        col(StatementColumns.SPEAKER), col(StatementColumns.SPEAKER_ID), col(StatementColumns.SPEAKER_TYPE),
        col(StatementColumns.SPEAKER_AFFILIATION));
    Dataset<Row> ar = articles.select(col(ArticleColumns.ARTICLE_ID), col(ArticleColumns.OUTLET),
        col(ArticleColumns.PUBLISHED).cast("date").as(U_PUBLISHED), col(ArticleColumns.URL).as(U_URL),
        col(ArticleColumns.TITLE).as(U_TITLE), col(ArticleColumns.SOURCE_FILE).as(U_SOURCE_FILE));
    return perTarget
        .join(st, seq(ToneColumns.ARTICLE_ID, ToneColumns.STATEMENT_ID), "left")
        .join(ar, seq(ARTICLE_ID), "left")
        .withColumn(AggregateColumns.VOICE, when(col(U_KIND).equalTo(NARRATIVE)
            .or(col(StatementColumns.SPEAKER_TYPE).equalTo(OUTLET_TYPE)), AggregateColumns.VOICE_OWN)
            .otherwise(AggregateColumns.VOICE_QUOTED));
  }

  /** The aggregate tables, by name, in the order of {@link AggregateColumns#TABLES}. */
  public static Map<String, Dataset<Row>> aggregate(Dataset<Row> articles, Dataset<Row> statements,
      Dataset<Row> tone, Options options) {
    return aggregate(units(articles, statements, tone), options);
  }

  /** The units without the text columns only the report needs: what the aggregation reads. */
  private static Dataset<Row> measured(Dataset<Row> units) {
    return units.drop(U_STATEMENT_TEXT, U_EVIDENCE, U_URL, U_TITLE, U_SOURCE_FILE);
  }

  /**
   * The tables from statement × target units (see {@link #units}), as small local datasets (their
   * rows are on the driver: one per group, as the charts and the report read them).
   */
  public static Map<String, Dataset<Row>> aggregate(Dataset<Row> units, Options options) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    collected(units, options).forEach((name, rows) -> tables.put(name, table(units.sparkSession(), name, rows)));
    return tables;
  }

  /**
   * Rows of a driver-side table per partition, so per task that writes it: about 700 KB as Spark serialises
   * them, under its 1 MB task-size warning. Each task carries its rows, and a task larger than
   * {@code spark.rpc.message.maxSize} (128 MB) cannot be sent to a cluster's executors: in one task,
   * {@code by_date} of 5,000 benchmark articles (14,934 rows) made a task of 10 MB, and it grows with the
   * corpus's outlet-days.
   */
  static final int ROWS_PER_TASK = 1_000;

  /**
   * Table {@code name}'s rows (of {@link #collected}) as a small dataset of consecutive slices of at most
   * {@link #ROWS_PER_TASK} rows, in order: one partition (one Parquet file) for most tables, several for a large one,
   * read in order by {@link TableFiles#writeCsv}.
   */
  private static Dataset<Row> table(SparkSession spark, String name, List<Row> rows) {
    // from an RDD: a local relation of this many rows would be converted on the driver
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, (rows.size() + ROWS_PER_TASK - 1) / ROWS_PER_TASK);
    return spark.createDataFrame(jsc.parallelize(rows, slices), schema(name));
  }

  // the one aggregation: every table's groups, one row per (kind, keys), told apart by KIND
  private static final String KIND = "_kind";
  /** The run id's digest: every unit in one group. */
  private static final String KIND_CONTENT = "_content";
  /** Each speaker_id's records (name, type, affiliation), with how many units carry each. */
  private static final String KIND_SPEAKER_RECORD = "_speaker_record";
  private static final String KIND_BY_OUTLET_ALL = AggregateColumns.BY_OUTLET + "/" + AggregateColumns.VOICE_ALL;
  /** The kinds, numbered by their place here in the aggregation's rows. */
  private static final List<String> KINDS = List.of(KIND_CONTENT, KIND_SPEAKER_RECORD, KIND_BY_OUTLET_ALL,
      AggregateColumns.BY_OUTLET, AggregateColumns.BY_SPEAKER, AggregateColumns.BY_OUTLET_SPEAKER,
      AggregateColumns.BY_AFFILIATION, AggregateColumns.BY_DATE);
  /** Every group key of every kind, with its type: a kind leaves the keys it does not use null. */
  private static final List<String> GROUP_KEYS = List.of(AggregateColumns.OUTLET, AggregateColumns.TARGET,
      AggregateColumns.VOICE, AggregateColumns.SPEAKER_ID, AggregateColumns.SPEAKER, AggregateColumns.SPEAKER_TYPE,
      AggregateColumns.SPEAKER_AFFILIATION, AggregateColumns.GRANULARITY, AggregateColumns.PERIOD_START);
  private static final String DIGEST = "_digest";
  /** Whether a unit belongs to a kind of group (an attributed one, a dated one, ...). */
  private static final String KEEP = "_keep";

  /**
   * Every table's rows from statement × target units (see {@link #units}), in the order of
   * {@link AggregateColumns#TABLES}, each sorted by its keys, on the driver: each row carries its
   * table's {@link #schema} and the values reading the written table back gives.
   * One Spark aggregation over the units computes the per-article sums and then the per-group sums
   * of every table at once (and the run id's digest, and each speaker's records); only the groups
   * reach the driver, where {@link GroupMeasures} turns their sums into the measures.
   */
  public static Map<String, List<Row>> collected(Dataset<Row> units, Options options) {
    // one scan of the units (without the text columns): each unit becomes a row per kind of group it belongs to
    Dataset<Row> keyed = measured(units).select(explode(array(kinds().toArray(Column[]::new))).as("_keyed"))
        .select(col("_keyed.*")).filter(col(KEEP)).drop(KEEP);
    List<Column> groupArticle = new ArrayList<>(cols(GROUP_KEYS));
    groupArticle.add(0, col(KIND));
    groupArticle.add(col(ARTICLE_ID));
    Dataset<Row> perArticle = keyed.groupBy(groupArticle.toArray(Column[]::new)).agg(
        sum(col(U_SCORE_DEC)).cast("decimal(20,9)").as("s"),
        count(lit(1)).as("n"),
        sum(when(col(U_LABEL).equalTo("pos"), 1).otherwise(0)).as("npos"),
        sum(when(col(U_LABEL).equalTo("neg"), 1).otherwise(0)).as("nneg"),
        sum(when(col(U_LABEL).equalTo("neu"), 1).otherwise(0)).as("nneu"),
        sum(col(DIGEST)).as("h"));
    List<Column> group = new ArrayList<>(cols(GROUP_KEYS));
    group.add(0, col(KIND));
    List<Row> groups = perArticle.groupBy(group.toArray(Column[]::new)).agg(
        count(lit(1)).as("G"),
        sum(col("n")).as("N"),
        // sums exact in DECIMAL whatever order Spark adds rows in, then made double as the measures use them
        sum(col("s")).cast("double").as("S"),
        sum(col("s").multiply(col("s"))).cast("double").as("Q"),
        sum(col("s").multiply(col("n"))).cast("double").as("P"),
        sum(col("n").multiply(col("n"))).cast("double").as("R"),
        sum(col("npos")).as("NPOS"),
        sum(col("nneg")).as("NNEG"),
        sum(col("nneu")).as("NNEU"),
        sum(col("h")).as("H")).collectAsList();
    return fromGroups(groups, options);
  }

  /** A unit keyed for each kind of group (see {@link #collected}): one struct per kind, of one type. */
  private static List<Column> kinds() {
    Column always = lit(true);
    Column attributed = col(AggregateColumns.SPEAKER_ID).isNotNull();
    List<Column> kinds = new ArrayList<>();
    kinds.add(keyed(KIND_CONTENT, always, Map.of()));
    kinds.add(keyed(KIND_SPEAKER_RECORD, attributed, Map.of(AggregateColumns.SPEAKER_ID, col(AggregateColumns.SPEAKER_ID),
        AggregateColumns.SPEAKER, col(AggregateColumns.SPEAKER), AggregateColumns.SPEAKER_TYPE, col(AggregateColumns.SPEAKER_TYPE),
        AggregateColumns.SPEAKER_AFFILIATION, col(AggregateColumns.SPEAKER_AFFILIATION))));
    kinds.add(keyed(KIND_BY_OUTLET_ALL, always, Map.of(AggregateColumns.OUTLET, col(AggregateColumns.OUTLET),
        AggregateColumns.TARGET, col(AggregateColumns.TARGET), AggregateColumns.VOICE, lit(AggregateColumns.VOICE_ALL))));
    kinds.add(keyed(AggregateColumns.BY_OUTLET, always, Map.of(AggregateColumns.OUTLET, col(AggregateColumns.OUTLET),
        AggregateColumns.TARGET, col(AggregateColumns.TARGET), AggregateColumns.VOICE, col(AggregateColumns.VOICE))));
    kinds.add(keyed(AggregateColumns.BY_SPEAKER, attributed, Map.of(AggregateColumns.SPEAKER_ID, col(AggregateColumns.SPEAKER_ID),
        AggregateColumns.TARGET, col(AggregateColumns.TARGET))));
    kinds.add(keyed(AggregateColumns.BY_OUTLET_SPEAKER, attributed, Map.of(AggregateColumns.OUTLET, col(AggregateColumns.OUTLET),
        AggregateColumns.SPEAKER_ID, col(AggregateColumns.SPEAKER_ID), AggregateColumns.TARGET, col(AggregateColumns.TARGET))));
    kinds.add(keyed(AggregateColumns.BY_AFFILIATION, always, Map.of(
        AggregateColumns.SPEAKER_AFFILIATION, col(AggregateColumns.SPEAKER_AFFILIATION), AggregateColumns.TARGET, col(AggregateColumns.TARGET))));
    // every dated unit once per granularity, so sums within one granularity never count a unit twice
    for (String granularity : AggregateColumns.GRANULARITIES) {
      kinds.add(keyed(AggregateColumns.BY_DATE, col(U_PUBLISHED).isNotNull(), Map.of(
          AggregateColumns.GRANULARITY, lit(granularity), AggregateColumns.PERIOD_START, periodStart(granularity, col(U_PUBLISHED)),
          AggregateColumns.OUTLET, col(AggregateColumns.OUTLET), AggregateColumns.TARGET, col(AggregateColumns.TARGET))));
    }
    return kinds;
  }

  /**
   * A unit as a row of kind {@code kind} with the given keys (the others null), kept when it passes
   * {@code filter} ({@link #KEEP}).
   */
  private static Column keyed(String kind, Column filter, Map<String, Column> keys) {
    List<Column> c = new ArrayList<>();
    c.add(filter.as(KEEP));
    c.add(lit(KINDS.indexOf(kind)).as(KIND));
    for (String k : GROUP_KEYS) {
      String type = k.equals(AggregateColumns.PERIOD_START) ? "date" : "string";
      c.add((keys.containsKey(k) ? keys.get(k) : lit(null)).cast(type).as(k));
    }
    c.add(col(ARTICLE_ID));
    c.add(col(U_SCORE_DEC));
    c.add(col(U_LABEL));
    c.add(kind.equals(KIND_CONTENT) ? contentDigest() : lit(null).cast("decimal(38,0)").as(DIGEST));
    return struct(c.toArray(Column[]::new));
  }

  /** A unit's part of the run id: a hash of what the tables are computed from. */
  private static Column contentDigest() {
    return xxhash64(col(ARTICLE_ID), col(ToneColumns.STATEMENT_ID), col(ToneColumns.TARGET), col(U_SCORE_DEC),
        col(U_LABEL), col(AggregateColumns.OUTLET), col(U_PUBLISHED), col(AggregateColumns.SPEAKER_ID),
        col(AggregateColumns.SPEAKER), col(AggregateColumns.SPEAKER_AFFILIATION), col(U_KIND))
        .cast("decimal(38,0)").as(DIGEST);
  }

  /** The tables' rows from the groups of {@link #collected} (on the driver). */
  private static Map<String, List<Row>> fromGroups(List<Row> groups, Options options) {
    Map<String, List<Row>> byKind = new LinkedHashMap<>();
    for (Row g : groups) byKind.computeIfAbsent(KINDS.get(g.<Integer>getAs(KIND)), k -> new ArrayList<>()).add(g);
    String runId = options.runId() != null ? options.runId() : contentRunId(byKind.getOrDefault(KIND_CONTENT, List.of()));
    Map<String, Row> speakers = speakerRecords(byKind.getOrDefault(KIND_SPEAKER_RECORD, List.of()));
    Map<List<Object>, Long> outletUnits = new java.util.HashMap<>();
    for (Row g : byKind.getOrDefault(KIND_BY_OUTLET_ALL, List.of())) {
      outletUnits.put(java.util.Arrays.asList(g.getAs(AggregateColumns.OUTLET), g.getAs(AggregateColumns.TARGET)), g.getAs("N"));
    }
    Map<String, List<Row>> tables = new LinkedHashMap<>();
    for (String table : AggregateColumns.TABLES) {
      List<Row> rows = new ArrayList<>();
      List<Row> own = new ArrayList<>(byKind.getOrDefault(table, List.of()));
      if (table.equals(AggregateColumns.BY_OUTLET)) own.addAll(byKind.getOrDefault(KIND_BY_OUTLET_ALL, List.of()));
      for (Row g : own) rows.add(tableRow(table, g, speakers, outletUnits, options.minArticles(), runId));
      rows.sort(byKeys(AggregateColumns.keys(table).size()));
      tables.put(table, rows);
    }
    return tables;
  }

  /** One row of {@code table}: its keys, the measures of group {@code g}, its extras. */
  private static Row tableRow(String table, Row g, Map<String, Row> speakers, Map<List<Object>, Long> outletUnits,
      int minArticles, String runId) {
    List<Object> values = new ArrayList<>();
    Row speaker = g.isNullAt(g.fieldIndex(AggregateColumns.SPEAKER_ID)) ? null : speakers.get(g.<String>getAs(AggregateColumns.SPEAKER_ID));
    for (String k : AggregateColumns.keys(table)) {
      boolean record = speaker != null && (k.equals(AggregateColumns.SPEAKER) || k.equals(AggregateColumns.SPEAKER_TYPE)
          || k.equals(AggregateColumns.SPEAKER_AFFILIATION));
      values.add(record ? speaker.getAs(k) : g.getAs(k));
    }
    long n = g.getAs("N");
    GroupMeasures.Measures m = GroupMeasures.of(new GroupMeasures.Sums(g.getAs("G"), n, g.getAs("S"), g.getAs("Q"),
        g.getAs("P"), g.getAs("R"), g.getAs("NPOS"), g.getAs("NNEG"), g.getAs("NNEU")), minArticles);
    values.addAll(List.of(m.nStatements(), m.nArticles(), m.meanScore(), m.ciLow(), m.ciHigh(), m.ciWidened(),
        m.sharePos(), m.shareNeg(), m.shareNeu(), m.lowSupport(), runId));
    if (table.equals(AggregateColumns.BY_OUTLET_SPEAKER)) {
      // the group's units over all of the outlet's units toward the target (every voice, attributed or not)
      Long all = outletUnits.get(java.util.Arrays.asList(g.getAs(AggregateColumns.OUTLET), g.getAs(AggregateColumns.TARGET)));
      values.add(all == null ? null : (double) n / (double) all);
    }
    return new GenericRowWithSchema(values.toArray(), schema(table));
  }

  /**
   * Each speaker_id's most frequent (name, type, affiliation) record over all their units; ties go
   * to the smallest name, then type, then affiliation (nulls last). One record per speaker, so
   * by_speaker and by_outlet_speaker name a speaker alike.
   */
  private static Map<String, Row> speakerRecords(List<Row> records) {
    Comparator<Row> better = Comparator.<Row>comparingLong(r -> r.<Long>getAs("N")).reversed()
        .thenComparing(r -> r.<String>getAs(AggregateColumns.SPEAKER), NULLS_LAST)
        .thenComparing(r -> r.<String>getAs(AggregateColumns.SPEAKER_TYPE), NULLS_LAST)
        .thenComparing(r -> r.<String>getAs(AggregateColumns.SPEAKER_AFFILIATION), NULLS_LAST);
    Map<String, Row> best = new java.util.HashMap<>();
    for (Row r : records) best.merge(r.getAs(AggregateColumns.SPEAKER_ID), r, (a, b) -> better.compare(a, b) <= 0 ? a : b);
    return best;
  }

  /** Strings as Spark orders them (by code point, as their UTF-8 bytes), nulls last. */
  private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(AggregateJob::compareCodePoints);

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) return Integer.compare(ca, cb);
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * {@code rows} of aggregate table {@code table} (read back from its Parquet folder, whose files Spark reads in no
   * fixed order) in the order {@link #collected} gives them: by the table's keys.
   */
  public static List<Row> inKeyOrder(String table, List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(byKeys(AggregateColumns.keys(table).size()));
    return sorted;
  }

  /** Rows by their first {@code keys} values, ascending with nulls first (Spark's sort). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Row> byKeys(int keys) {
    return (a, b) -> {
      for (int i = 0; i < keys; i++) {
        Object x = a.get(i);
        Object y = b.get(i);
        if (x == null || y == null) {
          if (x != y) return x == null ? -1 : 1;
          continue;
        }
        int c = x instanceof String s ? compareCodePoints(s, (String) y) : ((Comparable) x).compareTo(y);
        if (c != 0) return c;
      }
      return 0;
    };
  }

  /** The written schema of {@code table}: its keys (strings, a date for period_start), the measures, its extras. */
  public static StructType schema(String table) {
    List<StructField> fields = new ArrayList<>();
    for (String c : AggregateColumns.columns(table)) fields.add(DataTypes.createStructField(c, type(c), true));
    return DataTypes.createStructType(fields);
  }

  private static DataType type(String column) {
    return switch (column) {
      case AggregateColumns.PERIOD_START -> DataTypes.DateType;
      case AggregateColumns.N_STATEMENTS, AggregateColumns.N_ARTICLES -> DataTypes.LongType;
      case AggregateColumns.MEAN_SCORE, AggregateColumns.CI_LOW, AggregateColumns.CI_HIGH, AggregateColumns.SHARE_POS,
          AggregateColumns.SHARE_NEG, AggregateColumns.SHARE_NEU, AggregateColumns.SHARE_OF_OUTLET_STATEMENTS -> DataTypes.DoubleType;
      case AggregateColumns.CI_WIDENED, AggregateColumns.LOW_SUPPORT -> DataTypes.BooleanType;
      default -> DataTypes.StringType;
    };
  }

  /** The first day of the month, week (Monday) or day holding {@code date}. */
  static Column periodStart(String granularity, Column date) {
    return granularity.equals(AggregateColumns.DAY) ? date : date_trunc(granularity, date).cast("date");
  }

  /**
   * A run id that depends only on the input: "in-" and 16 hex digits of a digest of the units (their
   * number and the sum of a hash of each), from the content group of {@link #collected}.
   */
  private static String contentRunId(List<Row> content) {
    Object units = content.isEmpty() ? 0L : content.get(0).getAs("N");
    Object digest = content.isEmpty() ? null : content.get(0).getAs("H");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((units + ":" + digest).getBytes(StandardCharsets.UTF_8));
      return "in-" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What {@link #run} wrote: each table's Parquet path, and its rows (those of {@link #collected}). */
  public record Written(Map<String, String> paths, Map<String, List<Row>> rows) {}

  /**
   * Reads {@code out/{articles,statements,tone}}, writes {@code out/aggregates/NAME} (Parquet) and
   * {@code out/aggregates/NAME.csv} for every table, each replaced atomically; returns the paths and
   * the rows, so the charts need not read them again.
   */
  public static Written run(SparkSession spark, String outDir, Options options) {
    Dataset<Row> articles = spark.read().parquet(outDir + "/" + ArticleColumns.TABLE);
    Dataset<Row> statements = spark.read().parquet(outDir + "/" + StatementColumns.TABLE);
    Dataset<Row> tone = spark.read().parquet(outDir + "/" + ToneColumns.TABLE);
    Map<String, List<Row>> rows = collected(units(articles, statements, tone), options);
    Map<String, String> paths = new LinkedHashMap<>();
    for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
      String path = outDir + "/" + AggregateColumns.DIR + "/" + e.getKey();
      Dataset<Row> table = table(spark, e.getKey(), e.getValue());
      // sorted files (one unless the table is large): identical tables on identical input
      AtomicOutput.writeParquet(table, path);
      TableFiles.writeCsv(table, spark.sparkContext().hadoopConfiguration(), path + AggregateColumns.CSV_SUFFIX);
      paths.put(e.getKey(), path);
    }
    return new Written(paths, rows);
  }

  private static List<Column> cols(List<String> names) {
    List<Column> c = new ArrayList<>();
    for (String n : names) c.add(col(n));
    return c;
  }

  public static Seq<String> seq(String... names) {
    return JavaConverters.asScalaBuffer(List.of(names)).toSeq();
  }
}
