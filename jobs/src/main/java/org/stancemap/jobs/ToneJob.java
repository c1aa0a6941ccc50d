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
  /** Statements scored together: one scorer call, so batched scorers fill their batches. */
  static final int CHUNK = 256;

  private ToneJob() {}

  /** Options of one run. */
  public record Config(String scorer, Targets targets, TargetMatcher.Options matcherOptions) implements java.io.Serializable {
    /** The scorer and targets of the run's config file ({@code tone.scorer}, {@code targets.file}), else the defaults. */
    public static Config defaults() {
      org.stancemap.ops.StancemapConfig c = org.stancemap.ops.StancemapConfig.current();
      String targetsFile = c.get("targets.file");
      return new Config(c.get("tone.scorer", ToneScorers.DEFAULT),
          targetsFile == null ? Targets.load() : Targets.load(java.nio.file.Path.of(targetsFile)), TargetMatcher.Options.DEFAULT);
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
        DataTypes.createStructField(ToneColumns.EVIDENCE, DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField(ToneColumns.SCORER, DataTypes.StringType, false),
    });
  }

  private static StructField field(StructType in, String name) {
    StructField f = in.apply(name);
    return DataTypes.createStructField(name, f.dataType(), true);
  }

  /** Scores every statement ({@code article_id, statement_id, text[, start]}) toward every target it mentions. */
  public static Dataset<Row> score(Dataset<Row> statements, Config config) {
    ToneScorers.get(config.scorer()); // fail fast on an unknown name, on the driver
    boolean hasStart = List.of(statements.columns()).contains(StatementColumns.START);
    Dataset<Row> in = hasStart
        ? statements.select(StatementColumns.ARTICLE_ID, StatementColumns.STATEMENT_ID, StatementColumns.TEXT, StatementColumns.START)
        : statements.select(StatementColumns.ARTICLE_ID, StatementColumns.STATEMENT_ID, StatementColumns.TEXT);
    StructType schema = schema(statements.schema());
    MapPartitionsFunction<Row, Row> f = rows -> scorePartition(rows, config, hasStart);
    return in.mapPartitions(f, Encoders.row(schema));
  }

  private static Iterator<Row> scorePartition(Iterator<Row> rows, Config config, boolean hasStart) {
    TargetToneAnalyzer analyzer = new TargetToneAnalyzer(new TargetMatcher(config.targets(), config.matcherOptions()),
        ToneScorers.get(config.scorer()));
    // lazily, CHUNK statements at a time: a task holds one chunk's rows, not its whole partition's,
    // and batched scorers (minilm-lr) see many mentions per call
    return new Iterator<>() {
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && rows.hasNext()) current = scoreChunk(rows, analyzer, hasStart).iterator();
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        return current.next();
      }
    };
  }

  private static List<Row> scoreChunk(Iterator<Row> rows, TargetToneAnalyzer analyzer, boolean hasStart) {
    List<Row> chunk = new ArrayList<>(CHUNK);
    while (chunk.size() < CHUNK && rows.hasNext()) {
      Row r = rows.next();
      String text = r.getString(2);
      if (text != null && !text.isEmpty()) chunk.add(r);
    }
    List<String> texts = new ArrayList<>(chunk.size());
    for (Row c : chunk) texts.add(c.getString(2));
    List<List<TargetTone>> tones = analyzer.analyzeAll(texts);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      Row c = chunk.get(i);
      int base = hasStart && !c.isNullAt(3) ? ((Number) c.get(3)).intValue() : 0;
      for (TargetTone t : tones.get(i)) {
        out.add(RowFactory.create(c.get(0), c.get(1), t.target(), t.mention().mention(),
            base + t.mention().start(), base + t.mention().end(), t.tone().score(), t.tone().label(),
            t.tone().confidence(), t.tone().evidence().toArray(new String[0]), t.tone().scorer()));
      }
    }
    return out;
  }

  /** Reads {@code statementsDir} (Parquet), scores, writes {@code outputDir} atomically; returns rows written. */
  public static long run(SparkSession spark, String statementsDir, String outputDir, Config config) {
    // written once, then counted from the Parquet footers: no cache that grows with the corpus
    AtomicOutput.writeParquet(score(spark.read().parquet(statementsDir), config), outputDir);
    return spark.read().parquet(outputDir).count();
  }
}
