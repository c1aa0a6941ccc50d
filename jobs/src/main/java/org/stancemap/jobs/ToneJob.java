package org.stancemap.jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.targets.Targets;
import org.stancemap.tone.TargetTone;
import org.stancemap.tone.TargetToneAnalyzer;
import org.stancemap.tone.ToneScorers;

/**
 * Tone toward targets: statements in, one row per (statement, target mentioned) out
 * ({@link ToneColumns}). Finding mentions and scoring is {@link TargetToneAnalyzer} (plain Java),
 * run once per partition. {@code mention_start}/{@code mention_end} are offsets into the article's
 * {@code text}: the statement's {@code start} plus the offset inside the statement (inside the
 * statement alone when the statements table has no {@code start}).
 */
public final class ToneJob {
  /**
   * Statements scored together: one scorer call, so batched scorers fill their batches of similar length. Most
   * statements name no target: 256 of them gave the encoder about 18 mentions a call on the benchmark corpus, in
   * batches padded to their longest; 2,048 made the tone stage 1.3 times faster (docs/benchmark.md). A chunk holds
   * its statements' rows only, so memory stays flat whatever the corpus.
   */
  static final int CHUNK = 2048;

  private ToneJob() {}

  /** Options of one run. */
  public record Config(String scorer, Targets targets, TargetMatcher.Options matcherOptions) implements java.io.Serializable {
    /** The default scorer and the packaged targets. */
    public static Config defaults() {
      return new Config(ToneScorers.DEFAULT, Targets.load(), TargetMatcher.Options.DEFAULT);
    }

    /**
     * The scorer and targets of a config file ({@code tone.scorer}, {@code targets.file}); a
     * {@code --scorer} flag ({@code scorerFlag}, null when not given) wins over the file.
     */
    public static Config of(org.stancemap.ops.StancemapConfig c, String scorerFlag) {
      String targetsFile = c.get("targets.file");
      return new Config(scorerName(c, scorerFlag), targetsFile == null ? Targets.load() : Targets.load(java.nio.file.Path.of(targetsFile)),
          TargetMatcher.Options.DEFAULT);
    }

    /** The scorer's name alone, as {@link #of} resolves it (without loading the targets). */
    public static String scorerName(org.stancemap.ops.StancemapConfig c, String scorerFlag) {
      return scorerFlag != null ? ToneScorers.resolve(scorerFlag) : c.get("tone.scorer", ToneScorers.DEFAULT);
    }
  }

  /** The output schema; the id columns keep their types from the statements table. */
  public static StructType schema(StructType statements) {
    return new StructType(new StructField[] {
        field(statements, StatementColumns.ARTICLE_ID),
        field(statements, StatementColumns.STATEMENT_ID),
        DataTypes.createStructField(ToneColumns.TARGET, DataTypes.StringType, false),
        DataTypes.createStructField(ToneColumns.MENTION, DataTypes.StringType, false),
        DataTypes.createStructField(ToneColumns.MENTION_START, DataTypes.IntegerType, false),
        DataTypes.createStructField(ToneColumns.MENTION_END, DataTypes.IntegerType, false),
        DataTypes.createStructField(ToneColumns.SCORE, DataTypes.DoubleType, false),
        DataTypes.createStructField(ToneColumns.LABEL, DataTypes.StringType, false),
        DataTypes.createStructField(ToneColumns.CONFIDENCE, DataTypes.DoubleType, false),
        DataTypes.createStructField(ToneColumns.P_NEG, DataTypes.DoubleType, true),
        DataTypes.createStructField(ToneColumns.P_NEU, DataTypes.DoubleType, true),
        DataTypes.createStructField(ToneColumns.P_POS, DataTypes.DoubleType, true),
        DataTypes.createStructField(ToneColumns.EVIDENCE, DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField(ToneColumns.SCORER, DataTypes.StringType, false),
    });
  }

  /** The string column {@code name}, or a null literal when the statements do not carry it. */
  private static org.apache.spark.sql.Column orNull(List<String> columns, String name) {
    return columns.contains(name) ? functions.col(name).cast(DataTypes.StringType) : functions.lit(null).cast(DataTypes.StringType);
  }

  private static StructField field(StructType in, String name) {
    StructField f = in.apply(name);
    return DataTypes.createStructField(name, f.dataType(), true);
  }

  /**
   * Scores every statement ({@code article_id, statement_id, text[, start][, published][, outlet][, speaker_affiliation][, kind]})
   * toward every target it mentions. With {@code published} (the article's date) the entity table's dates
   * apply ({@link TargetMatcher}: "Assad" is Syria until December 2024); statements of one article
   * that come one after another share context for contextual words ("regime forces").
   */
  public static Dataset<Row> score(Dataset<Row> statements, Config config) {
    // fail fast on an unknown name, on the driver, without loading the model there (the executors do)
    ToneScorers.checkName(config.scorer());
    List<String> columns = List.of(statements.columns());
    boolean hasStart = columns.contains(StatementColumns.START);
    boolean hasDate = columns.contains(PUBLISHED);
    Dataset<Row> in = statements.select(functions.col(StatementColumns.ARTICLE_ID), functions.col(StatementColumns.STATEMENT_ID),
        functions.col(StatementColumns.TEXT),
        hasStart ? functions.col(StatementColumns.START) : functions.lit(null).cast(DataTypes.IntegerType),
        hasDate ? functions.col(PUBLISHED).cast(DataTypes.DateType) : functions.lit(null).cast(DataTypes.DateType),
        orNull(columns, OUTLET), orNull(columns, StatementColumns.SPEAKER_AFFILIATION), orNull(columns, StatementColumns.KIND));
    StructType schema = schema(statements.schema());
    MapPartitionsFunction<Row, Row> f = rows -> scorePartition(rows, config);
    return in.mapPartitions(f, Encoders.row(schema));
  }

  /**
   * The statements ({@code article_id, statement_id, start, ...}) over at least as many partitions as
   * the session has cores, for {@link #score}. Scoring is the costly part and one encoder call uses
   * one core ({@code OnnxSessions}), so a small run whose statements sit in one partition (the
   * samples: one file) would score on one core while the other waits. Each article's statements stay
   * together and in text order, as the contextual words need ({@link TargetToneAnalyzer#analyzeAll}).
   * A large run has at least as many partitions as cores and is returned as it is: no shuffle.
   */
  public static Dataset<Row> spread(Dataset<Row> statements) {
    return spread(statements, statements.rdd().getNumPartitions());
  }

  /**
   * {@link #spread(Dataset)} for statements in {@code partitions} partitions, known to the caller: asking a table that is
   * not yet computed for its partitions computes it (a whole run's statements, persisted, were extracted there, outside
   * every timed stage).
   */
  public static Dataset<Row> spread(Dataset<Row> statements, int partitions) {
    int cores = statements.sparkSession().sparkContext().defaultParallelism();
    if (cores < 2 || partitions >= cores
        || !List.of(statements.columns()).contains(StatementColumns.START)) return statements;
    org.apache.spark.sql.Column article = functions.col(StatementColumns.ARTICLE_ID);
    return statements.repartition(cores, article)
        .sortWithinPartitions(article, functions.col(StatementColumns.START), functions.col(StatementColumns.STATEMENT_ID));
  }

  /** The article's publication date, when the statements carry it (see {@link Pipeline#articleTables}). */
  public static final String PUBLISHED = org.stancemap.schema.ArticleColumns.PUBLISHED;
  /** The article's outlet, when the statements carry it: a state-run outlet's state is the last resort of contextual words. */
  public static final String OUTLET = org.stancemap.schema.ArticleColumns.OUTLET;

  private static Iterator<Row> scorePartition(Iterator<Row> rows, Config config) {
    TargetToneAnalyzer analyzer = new TargetToneAnalyzer(TargetMatcher.shared(config.targets(), config.matcherOptions()),
        ToneScorers.get(config.scorer()));
    // lazily, CHUNK statements at a time: a task holds one chunk's rows, not its whole partition's,
    // and batched scorers (minilm-lr) see many mentions per call
    PeekingIterator<Row> peeking = new PeekingIterator<>(rows);
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && peeking.hasNext()) current = scoreChunk(peeking, analyzer).iterator();
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        return current.next();
      }
    };
  }

  /** An iterator that can show its next element without taking it. */
  static final class PeekingIterator<T> implements Iterator<T> {
    private final Iterator<T> in;
    private T next;
    private boolean peeked;

    PeekingIterator(Iterator<T> in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      return peeked || in.hasNext();
    }

    T peek() {
      if (!peeked) {
        next = in.next();
        peeked = true;
      }
      return next;
    }

    @Override
    public T next() {
      T t = peek();
      peeked = false;
      next = null;
      return t;
    }
  }

  private static boolean sameArticle(Row a, Row b) {
    return !a.isNullAt(0) && !b.isNullAt(0) && a.get(0).equals(b.get(0));
  }

  /**
   * The next chunk's scores: {@link #CHUNK} statements, then the rest of the last one's article, so
   * that an article's contextual words see all its statements (a headline's "regime forces" reads
   * the article's "Assad regime" further down).
   */
  static List<Row> scoreChunk(PeekingIterator<Row> rows, TargetToneAnalyzer analyzer) {
    List<Row> chunk = new ArrayList<>(CHUNK);
    while (rows.hasNext() && (chunk.size() < CHUNK || sameArticle(chunk.get(chunk.size() - 1), rows.peek()))) {
      Row r = rows.next();
      String text = r.getString(2);
      if (text != null && !text.isEmpty()) chunk.add(r);
    }
    List<TargetToneAnalyzer.Input> inputs = new ArrayList<>(chunk.size());
    for (Row c : chunk) {
      java.sql.Date day = c.isNullAt(4) ? null : c.getDate(4);
      // whose voice: the speaker's affiliation ("our army"), or the outlet's own words (a narrative statement)
      inputs.add(new TargetToneAnalyzer.Input(c.getString(2), day == null ? null : day.toLocalDate(),
          c.isNullAt(0) ? null : String.valueOf(c.get(0)), c.isNullAt(5) ? null : c.getString(5),
          c.isNullAt(6) ? null : c.getString(6), org.stancemap.statements.Statement.NARRATIVE.equals(c.isNullAt(7) ? null : c.getString(7))));
    }
    List<List<TargetTone>> tones = analyzer.analyzeAll(inputs);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      Row c = chunk.get(i);
      int base = c.isNullAt(3) ? 0 : ((Number) c.get(3)).intValue();
      for (TargetTone t : tones.get(i)) {
        double[] p = t.tone().probabilities();
        out.add(RowFactory.create(c.get(0), c.get(1), t.target(), t.mention().mention(),
            base + t.mention().start(), base + t.mention().end(), t.tone().score(), t.tone().label(),
            t.tone().confidence(), p == null ? null : p[0], p == null ? null : p[1], p == null ? null : p[2],
            t.tone().evidence().toArray(new String[0]), t.tone().scorer()));
      }
    }
    return out;
  }

  /** Reads {@code statementsDir} (Parquet), scores, writes {@code outputDir} atomically; returns rows written. */
  public static long run(SparkSession spark, String statementsDir, String outputDir, Config config) {
    // written once, then counted from the Parquet footers: no cache that grows with the corpus
    AtomicOutput.writeParquet(score(spread(spark.read().parquet(statementsDir)), config), outputDir);
    return TableFiles.parquetRows(spark.sparkContext().hadoopConfiguration(), outputDir);
  }
}
