package org.stancemap.jobs;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;
import org.stancemap.stats.StudentT;
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
 * it a point), the bounded-scale floor ({@link #boundedScale}: a Wilson interval, never a point)
 * widens it and {@code ci_widened} says so; elsewhere CR1 stands (the floor assumes the largest
 * spread scores in [−1, 1] allow and would widen nearly every real group). Everything is computed from
 * per-article sums in two aggregations (no data on the driver), so it scales with the input.
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
    return aggregate(measured(units(articles, statements, tone)).persist(), options);
  }

  /** The units without the text columns only the report needs: less to cache. */
  private static Dataset<Row> measured(Dataset<Row> units) {
    return units.drop(U_STATEMENT_TEXT, U_EVIDENCE, U_URL, U_TITLE, U_SOURCE_FILE);
  }

  /** The tables from statement × target units (see {@link #units}); persist them first. */
  public static Map<String, Dataset<Row>> aggregate(Dataset<Row> units, Options options) {
    String runId = options.runId() != null ? options.runId() : contentRunId(units);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(AggregateColumns.BY_OUTLET, byOutlet(units, options.minArticles(), runId));
    tables.put(AggregateColumns.BY_SPEAKER, bySpeaker(units, options.minArticles(), runId));
    tables.put(AggregateColumns.BY_OUTLET_SPEAKER, byOutletSpeaker(units, options.minArticles(), runId));
    tables.put(AggregateColumns.BY_AFFILIATION, byAffiliation(units, options.minArticles(), runId));
    tables.put(AggregateColumns.BY_DATE, byDate(units, options.minArticles(), runId));
    return tables;
  }

  /** outlet × target × voice (all, own, quoted). */
  public static Dataset<Row> byOutlet(Dataset<Row> units, int minArticles, String runId) {
    Dataset<Row> all = units.withColumn(AggregateColumns.VOICE, lit(AggregateColumns.VOICE_ALL));
    return summarize(all.unionByName(units), AggregateColumns.BY_OUTLET, minArticles, runId);
  }

  /**
   * speaker_id × target, with the speaker's most frequent (name, type, affiliation) record over all
   * their statements (see {@link #withSpeakerInfo}).
   */
  public static Dataset<Row> bySpeaker(Dataset<Row> units, int minArticles, String runId) {
    return summarize(withSpeakerInfo(units), AggregateColumns.BY_SPEAKER, minArticles, runId);
  }

  /**
   * outlet × speaker_id × target (speaker record as in {@link #bySpeaker}): which speakers each
   * outlet quotes, how much, and in what tone. {@code share_of_outlet_statements} is the group's
   * units over all of the outlet's units toward the target (every voice, attributed or not).
   */
  public static Dataset<Row> byOutletSpeaker(Dataset<Row> units, int minArticles, String runId) {
    String table = AggregateColumns.BY_OUTLET_SPEAKER;
    Dataset<Row> perOutlet = units.groupBy(col(AggregateColumns.OUTLET).as("o_outlet"),
        col(AggregateColumns.TARGET).as("o_target")).agg(count(lit(1)).as("o_units"));
    Dataset<Row> measured = measure(withSpeakerInfo(units), table, minArticles, runId);
    Dataset<Row> shared = measured.join(perOutlet, col(AggregateColumns.OUTLET).eqNullSafe(col("o_outlet"))
            .and(col(AggregateColumns.TARGET).equalTo(col("o_target"))), "left")
        .withColumn(AggregateColumns.SHARE_OF_OUTLET_STATEMENTS,
            col(AggregateColumns.N_STATEMENTS).cast("double").divide(col("o_units").cast("double")));
    return ordered(shared, table);
  }

  /**
   * The units that have a speaker_id, each with its speaker's most frequent (name, type,
   * affiliation) record over all their statements; ties go to the smallest name. One record per
   * speaker, so by_speaker and by_outlet_speaker name a speaker alike.
   */
  static Dataset<Row> withSpeakerInfo(Dataset<Row> units) {
    Dataset<Row> attributed = units.filter(col(AggregateColumns.SPEAKER_ID).isNotNull());
    Column[] record = {col(AggregateColumns.SPEAKER_ID), col(AggregateColumns.SPEAKER),
        col(AggregateColumns.SPEAKER_TYPE), col(AggregateColumns.SPEAKER_AFFILIATION)};
    Dataset<Row> info = attributed.groupBy(record).agg(count(lit(1)).as("c"))
        .withColumn("rank", row_number().over(Window.partitionBy(col(AggregateColumns.SPEAKER_ID))
            .orderBy(col("c").desc(), col(AggregateColumns.SPEAKER).asc_nulls_last(),
                col(AggregateColumns.SPEAKER_TYPE).asc_nulls_last(),
                col(AggregateColumns.SPEAKER_AFFILIATION).asc_nulls_last())))
        .filter(col("rank").equalTo(1)).drop("c", "rank");
    return attributed.drop(AggregateColumns.SPEAKER, AggregateColumns.SPEAKER_TYPE,
        AggregateColumns.SPEAKER_AFFILIATION).join(info, seq(AggregateColumns.SPEAKER_ID), "left");
  }

  /** speaker affiliation × target: the stance matrix (null affiliation is its own row). */
  public static Dataset<Row> byAffiliation(Dataset<Row> units, int minArticles, String runId) {
    return summarize(units, AggregateColumns.BY_AFFILIATION, minArticles, runId);
  }

  /**
   * (month | week | day) × outlet × target, for articles with a publication date: every dated unit
   * once per granularity, so sums within one granularity never count a unit twice.
   */
  public static Dataset<Row> byDate(Dataset<Row> units, int minArticles, String runId) {
    Dataset<Row> dated = units.filter(col(U_PUBLISHED).isNotNull());
    Dataset<Row> periods = null;
    for (String granularity : AggregateColumns.GRANULARITIES) {
      Dataset<Row> p = dated.withColumn(AggregateColumns.GRANULARITY, lit(granularity))
          .withColumn(AggregateColumns.PERIOD_START, periodStart(granularity, col(U_PUBLISHED)));
      periods = periods == null ? p : periods.unionByName(p);
    }
    return summarize(periods, AggregateColumns.BY_DATE, minArticles, runId);
  }

  /** The first day of the month, week (Monday) or day holding {@code date}. */
  static Column periodStart(String granularity, Column date) {
    return granularity.equals(AggregateColumns.DAY) ? date : date_trunc(granularity, date).cast("date");
  }

  /** Student's t quantile as a Spark function (plain Java in udfs). */
  private static final UserDefinedFunction T975 =
      udf((UDF1<Long, Double>) df -> df == null ? null : StudentT.quantile975(df), DataTypes.DoubleType)
          .asNonNullable().withName("stancemap_t975");

  /** {@link #measure}, then {@link #ordered}: the table as written. */
  static Dataset<Row> summarize(Dataset<Row> units, String table, int minArticles, String runId) {
    return ordered(measure(units, table, minArticles, runId), table);
  }

  /**
   * Groups units by the table's keys and computes the measures. Two passes: per group × article
   * sums, then per group the sums over articles that the mean and its cluster-robust variance need.
   */
  static Dataset<Row> measure(Dataset<Row> units, String table, int minArticles, String runId) {
    List<String> keys = AggregateColumns.keys(table);
    List<Column> groupArticle = new ArrayList<>(cols(keys));
    groupArticle.add(col(ARTICLE_ID));
    Dataset<Row> perArticle = units.groupBy(groupArticle.toArray(Column[]::new)).agg(
        sum(col(U_SCORE_DEC)).cast("decimal(20,9)").as("s"),
        count(lit(1)).as("n"),
        sum(when(col(U_LABEL).equalTo("pos"), 1).otherwise(0)).as("npos"),
        sum(when(col(U_LABEL).equalTo("neg"), 1).otherwise(0)).as("nneg"),
        sum(when(col(U_LABEL).equalTo("neu"), 1).otherwise(0)).as("nneu"));
    Dataset<Row> g = perArticle.groupBy(cols(keys).toArray(Column[]::new)).agg(
        count(lit(1)).as("G"),
        sum(col("n")).as("N"),
        sum(col("s")).as("S"),
        sum(col("s").multiply(col("s"))).as("Q"),
        sum(col("s").multiply(col("n"))).as("P"),
        sum(col("n").multiply(col("n"))).as("R"),
        sum(col("npos")).as("NPOS"),
        sum(col("nneg")).as("NNEG"),
        sum(col("nneu")).as("NNEU"));
    Column m = col("S").cast("double").divide(col("N").cast("double"));
    Interval cr1 = clusterRobust(m);
    Interval floor = boundedScale(m, col("G"));
    // CR1 cannot be trusted with few articles or when the articles happen to agree exactly (zero
    // spread gives a point); only there the bounded-scale floor applies
    Column untrusted = col("G").lt(minArticles).or(cr1.high().minus(cr1.low()).lt(DEGENERATE_WIDTH));
    Column widened = untrusted.and(floor.low().lt(cr1.low()).or(floor.high().gt(cr1.high())));
    return g
        .withColumn(AggregateColumns.N_STATEMENTS, col("N"))
        .withColumn(AggregateColumns.N_ARTICLES, col("G"))
        .withColumn(AggregateColumns.MEAN_SCORE, m)
        .withColumn(AggregateColumns.CI_LOW, when(widened, least(cr1.low(), floor.low())).otherwise(cr1.low()))
        .withColumn(AggregateColumns.CI_HIGH, when(widened, greatest(cr1.high(), floor.high())).otherwise(cr1.high()))
        .withColumn(AggregateColumns.CI_WIDENED, widened)
        .withColumn(AggregateColumns.SHARE_POS, share(col("NPOS")))
        .withColumn(AggregateColumns.SHARE_NEG, share(col("NNEG")))
        .withColumn(AggregateColumns.SHARE_NEU, share(col("NNEU")))
        .withColumn(AggregateColumns.LOW_SUPPORT, col("G").lt(minArticles))
        .withColumn(AggregateColumns.RUN_ID, lit(runId));
  }

  /** The table's columns ({@link AggregateColumns#columns}) sorted by its keys into one partition. */
  static Dataset<Row> ordered(Dataset<Row> measured, String table) {
    // one sorted file: identical tables on identical input, cheap for tables this size
    return measured.select(cols(AggregateColumns.columns(table)).toArray(Column[]::new))
        .repartition(1).sortWithinPartitions(cols(AggregateColumns.keys(table)).toArray(Column[]::new));
  }

  /** A count of the group's units as a share of them (column N of {@link #measure}). */
  private static Column share(Column count) {
    return count.cast("double").divide(col("N").cast("double"));
  }

  /** A CR1 interval narrower than this is a point: the articles agree exactly. */
  static final double DEGENERATE_WIDTH = 1e-9;

  /** A 95% interval as two Spark columns. */
  record Interval(Column low, Column high) {}

  /**
   * The cluster-robust (CR1) 95% interval of the mean {@code m} from the per-group sums of
   * {@link #measure}: {@code m ± t(0.975, G−1) · √(G/(G−1) · Σ_a (s_a − m·n_a)² / N²)}, clipped
   * to [−1, 1]; the whole scale for a single article.
   */
  static Interval clusterRobust(Column m) {
    // Σ_a (s_a − m n_a)² expanded, from exact sums
    Column resid = col("Q").cast("double").minus(m.multiply(2).multiply(col("P").cast("double")))
        .plus(m.multiply(m).multiply(col("R").cast("double")));
    Column variance = col("G").cast("double").divide(col("G").minus(1).cast("double"))
        .multiply(greatest(resid, lit(0.0))).divide(col("N").cast("double").multiply(col("N").cast("double")));
    Column half = T975.apply(col("G").minus(1)).multiply(sqrt(variance));
    return new Interval(when(col("G").lt(2), lit(-1.0)).otherwise(greatest(lit(-1.0), m.minus(half))),
        when(col("G").lt(2), lit(1.0)).otherwise(least(lit(1.0), m.plus(half))));
  }

  /**
   * The floor under every interval: the Wilson score interval of p = (m+1)/2 over {@code n}
   * articles, mapped back to −1 … +1, i.e. {@code (m ± z·√((1 − m² + z²/n)/n)) / (1 + z²/n)} with
   * z the normal 0.975 quantile. It is the interval a mean of values bounded in [−1, 1] would get
   * at the largest variance those bounds allow, holds the mean, and never shrinks to a point: a
   * group whose articles happen to agree does not look certain.
   */
  static Interval boundedScale(Column m, Column n) {
    double z = StudentT.Z975;
    Column k = lit(z * z).divide(n.cast("double"));
    Column spread = sqrt(greatest(lit(1.0).minus(m.multiply(m)), lit(0.0)).plus(k).divide(n.cast("double")))
        .multiply(z);
    Column denominator = lit(1.0).plus(k);
    return new Interval(greatest(lit(-1.0), m.minus(spread).divide(denominator)),
        least(lit(1.0), m.plus(spread).divide(denominator)));
  }

  /** A run id that depends only on the input: "in-" and 16 hex digits of a digest of the units. */
  public static String contentRunId(Dataset<Row> units) {
    Row r = units.agg(count(lit(1)),
        sum(xxhash64(col(ARTICLE_ID), col(ToneColumns.STATEMENT_ID), col(ToneColumns.TARGET), col(U_SCORE_DEC),
            col(U_LABEL), col(AggregateColumns.OUTLET), col(U_PUBLISHED), col(AggregateColumns.SPEAKER_ID),
            col(AggregateColumns.SPEAKER), col(AggregateColumns.SPEAKER_AFFILIATION), col(U_KIND))
            .cast("decimal(38,0)"))).first();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((r.get(0) + ":" + r.get(1)).getBytes(StandardCharsets.UTF_8));
      return "in-" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads {@code out/{articles,statements,tone}}, writes {@code out/aggregates/NAME} (Parquet) and
   * {@code out/aggregates/NAME.csv} for every table, each replaced atomically; returns the Parquet
   * paths.
   */
  public static Map<String, String> run(SparkSession spark, String outDir, Options options) {
    Dataset<Row> articles = spark.read().parquet(outDir + "/" + ArticleColumns.TABLE);
    Dataset<Row> statements = spark.read().parquet(outDir + "/" + StatementColumns.TABLE);
    Dataset<Row> tone = spark.read().parquet(outDir + "/" + ToneColumns.TABLE);
    Dataset<Row> units = measured(units(articles, statements, tone)).persist();
    try {
      Map<String, String> paths = new LinkedHashMap<>();
      for (Map.Entry<String, Dataset<Row>> e : aggregate(units, options).entrySet()) {
        String path = outDir + "/" + AggregateColumns.DIR + "/" + e.getKey();
        AtomicOutput.writeParquet(e.getValue(), path);
        // from the table as written: the same rows in the same order, not computed twice
        TableFiles.writeCsv(spark.read().parquet(path), spark.sparkContext().hadoopConfiguration(),
            path + AggregateColumns.CSV_SUFFIX);
        paths.put(e.getKey(), path);
      }
      return paths;
    } finally {
      units.unpersist();
    }
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
