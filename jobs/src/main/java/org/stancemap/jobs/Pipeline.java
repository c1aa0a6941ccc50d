package org.stancemap.jobs;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.RejectColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;

/** The whole stancemap run, stage by stage: ingest → statements → tone → aggregates → charts → report. */
public final class Pipeline {
  /** How many reject lines the console shows before pointing to the rejects table. */
  public static final int REJECTS_SHOWN = 20;

  private Pipeline() {}

  /**
   * What a run reads, where it writes, and the settings its stages take (passed down, never read
   * from globals): {@code aggregate} sets the tables and, through its minimum support, the charts
   * and the report. {@code allowEmpty}: an input without one article still replaces the tables
   * (with empty ones) instead of stopping the run ({@code --allow-empty}).
   */
  public record Options(List<String> inputs, String outputDir, long maxArticleBytes, ToneJob.Config tone,
      AggregateJob.Options aggregate, boolean allowEmpty) {
    /** With the default tone and aggregate settings. */
    public Options(List<String> inputs, String outputDir, long maxArticleBytes) {
      this(inputs, outputDir, maxArticleBytes, ToneJob.Config.defaults(), AggregateJob.Options.defaults());
    }

    /** An input without articles stops the run. */
    public Options(List<String> inputs, String outputDir, long maxArticleBytes, ToneJob.Config tone, AggregateJob.Options aggregate) {
      this(inputs, outputDir, maxArticleBytes, tone, aggregate, false);
    }

    /** The same run writing to another folder (a transaction's staging folder). */
    public Options to(String otherOutputDir) {
      return new Options(inputs, otherOutputDir, maxArticleBytes, tone, aggregate, allowEmpty);
    }
  }

  /** What a run did, for the console summary and the exit code. */
  public record Summary(long articles, long rejected, long duplicates, List<String> outlets, List<String> outputs) {
    Summary plus(String output) {
      List<String> all = new java.util.ArrayList<>(outputs);
      all.add(output);
      return new Summary(articles, rejected, duplicates, outlets, List.copyOf(all));
    }
  }

  public static Summary run(SparkSession spark, Options o, PrintStream console) {
    Summary summary = StageTimer.time("ingest", () -> ingest(spark, o, console));
    Dataset<Row> articles = spark.read().parquet(path(o.outputDir(), ArticleColumns.TABLE));
    Map<String, Dataset<Row>> tables = articleTables(spark, articles, o, console);
    for (String written : writeArticleTables(spark, tables, o.outputDir(), console)) summary = summary.plus(written);
    for (String written : rebuild(spark, o, console)) summary = summary.plus(written);
    return summary;
  }

  /**
   * The ingest stage alone: writes {@code articles} and {@code rejects} under the output folder.
   * An input without one article (an empty folder, or every article rejected) stops here with an
   * {@link InputNotFoundException} before anything is written, unless {@link Options#allowEmpty}:
   * a run would otherwise replace every table of the previous run with empty ones.
   */
  public static Summary ingest(SparkSession spark, Options o, PrintStream console) {
    Timestamp now = Timestamp.from(Instant.now());
    IngestJob.Result r = IngestJob.ingest(spark, o.inputs(), o.maxArticleBytes(), now);
    printRejects(r, console);
    if (r.articlesRead() == 0 && !o.allowEmpty()) {
      r.articles().unpersist();
      r.rejects().unpersist();
      throw new InputNotFoundException("no article in the input (" + r.rejected() + " rejected); nothing was written, "
          + "previous outputs are unchanged. Give --allow-empty to write empty tables.");
    }
    String articlesDir = path(o.outputDir(), ArticleColumns.TABLE);
    String rejectsDir = path(o.outputDir(), RejectColumns.TABLE);
    AtomicOutput.writeParquet(r.articles(), articlesDir);
    AtomicOutput.writeParquet(r.rejects().coalesce(1), rejectsDir);
    List<String> outlets = r.articles().select(ArticleColumns.OUTLET).na().fill("(unknown)").distinct()
        .orderBy(ArticleColumns.OUTLET).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    r.articles().unpersist();
    return new Summary(r.articlesRead() - r.duplicates(), r.rejected(), r.duplicates(), outlets, List.of(articlesDir, rejectsDir));
  }

  /** The first rejects of an ingestion, one line each (cleaned of control characters), then how many more. */
  public static void printRejects(IngestJob.Result r, PrintStream console) {
    printRejects(r.rejects(), r.rejected(), console);
  }

  /** The first of {@code rejected} rejects (the rejects table's columns), one line each, then how many more. */
  public static void printRejects(Dataset<Row> rejects, long rejected, PrintStream console) {
    if (rejected == 0) return; // no query to find none
    for (Row reject : rejects.limit(REJECTS_SHOWN).collectAsList()) {
      console.println(ConsoleText.clean("stancemap: rejected " + reject.getAs(RejectColumns.SOURCE) + ": "
          + reject.getAs(RejectColumns.REASON) + " (" + reject.getAs(RejectColumns.DETAIL) + ")"));
    }
    if (rejected > REJECTS_SHOWN) console.println("stancemap: ... and " + (rejected - REJECTS_SHOWN) + " more rejects");
  }

  /**
   * The per-article stages (statements, tone, ...): a set of articles in, tables whose rows belong
   * to one article each (an {@code article_id} column) out, not yet written, in the order they are
   * to be written (a table may read the one before it). A full run writes them as they are
   * ({@link #writeArticleTables}); {@code run --incremental} calls this with the new and changed
   * articles only and merges the result into the existing tables. One line per stage, e.g.
   * {@code tables.put(StatementColumns.TABLE, StatementsJob.statements(articles));}
   */
  public static Map<String, Dataset<Row>> articleTables(SparkSession spark, Dataset<Row> articles, Options o, PrintStream console) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    // kept on local disk, not in memory (which in local mode is the driver's and would grow with
    // the corpus): tone reads the statements, and both are written
    Dataset<Row> statements = StatementsJob.statements(articles).persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());
    tables.put(StatementColumns.TABLE, statements);
    tables.put(ToneColumns.TABLE, tone(statements, articles, o.tone()));
    return tables;
  }

  /**
   * The tone of statements toward their targets; it also needs each article's date (the entity
   * table's periods) and outlet (a state-run outlet's own state for its contextual words): a small
   * broadcast join.
   */
  static Dataset<Row> tone(Dataset<Row> statements, Dataset<Row> articles, ToneJob.Config config) {
    Dataset<Row> dates = articles.select(functions.col(ArticleColumns.ARTICLE_ID).as(StatementColumns.ARTICLE_ID),
        functions.col(ArticleColumns.PUBLISHED).as(ToneJob.PUBLISHED), functions.col(ArticleColumns.OUTLET).as(ToneJob.OUTLET));
    // the statements come from the articles row by row, in their partitions (StatementsJob.statements)
    return ToneJob.score(ToneJob.spread(statements, articles.rdd().getNumPartitions())
        .join(functions.broadcast(dates), StatementColumns.ARTICLE_ID, "left"), config);
  }

  /**
   * {@code run --stages}: the chosen stages ({@link Stages#parse}, in pipeline order) on the tables
   * already under {@code o.outputDir()}, each reading what the stages before it wrote, computed as a
   * whole run computes them; every table is replaced atomically as it is written (not all together,
   * as a run's commit does). Returns the paths written.
   */
  public static List<String> runStages(SparkSession spark, Options o, List<Stages.Stage> stages, PrintStream console) {
    String out = o.outputDir();
    ChartsJob.Options chartOptions = ChartsJob.Options.of(o.aggregate());
    List<String> written = new java.util.ArrayList<>();
    ChartsJob.Drawn drawn = null; // the charts stage's, for the report after it
    AggregateJob.Written aggregated = null; // the aggregate stage's, for the charts after it
    for (Stages.Stage stage : stages) {
      String dir = path(out, stage.writes());
      switch (stage) {
        case STATEMENTS, TONE -> {
          Dataset<Row> articles = spark.read().parquet(path(out, ArticleColumns.TABLE));
          long rows = StageTimer.time(stage.writes(), () -> {
            AtomicOutput.writeParquet(stage == Stages.Stage.STATEMENTS ? StatementsJob.statements(articles)
                : tone(spark.read().parquet(path(out, StatementColumns.TABLE)), articles, o.tone()), dir);
            return TableFiles.parquetRows(spark.sparkContext().hadoopConfiguration(), dir);
          });
          console.println("stancemap: " + rows + " rows in " + stage.writes());
          if (stage == Stages.Stage.STATEMENTS) StatementsJob.warnExtractionErrors(spark, console);
        }
        case AGGREGATE -> aggregated = StageTimer.time("aggregates", () -> AggregateJob.run(spark, out, o.aggregate()));
        case CHARTS -> {
          AggregateJob.Written tables = aggregated;
          drawn = StageTimer.time("charts", () -> tables == null ? ChartsJob.run(spark, out, chartOptions)
              : ChartsJob.run(spark, out, tables.rows(), chartOptions));
          console.println("stancemap: " + drawn.charts().size() + " charts");
        }
        case REPORT -> {
          ChartsJob.Drawn charts = drawn;
          StageTimer.time("report", () -> charts == null ? ReportJob.run(spark, out, chartOptions, ReportJob.Options.defaults())
              : ReportJob.run(spark, out, charts, chartOptions, ReportJob.Options.defaults()));
        }
      }
      written.add(stage == Stages.Stage.REPORT ? path(dir, ReportJob.FILE) : dir);
    }
    return written;
  }

  /**
   * Writes the tables of {@link #articleTables} under {@code outputDir} in their order, one timed
   * stage each (named after the table), counts each from its Parquet footers ({@link TableFiles#parquetRows}), then releases what
   * the tables cached. Returns the paths written.
   */
  public static List<String> writeArticleTables(SparkSession spark, Map<String, Dataset<Row>> tables, String outputDir, PrintStream console) {
    List<String> written = new java.util.ArrayList<>();
    try {
      for (Map.Entry<String, Dataset<Row>> table : tables.entrySet()) {
        String dir = path(outputDir, table.getKey());
        long rows = StageTimer.time(table.getKey(), () -> {
          AtomicOutput.writeParquet(table.getValue(), dir);
          return TableFiles.parquetRows(spark.sparkContext().hadoopConfiguration(), dir);
        });
        console.println("stancemap: " + rows + " rows in " + table.getKey());
        if (table.getKey().equals(StatementColumns.TABLE)) StatementsJob.warnExtractionErrors(spark, console);
        written.add(dir);
      }
    } finally {
      release(tables);
    }
    return written;
  }

  /** Frees whatever the tables of {@link #articleTables} cached. */
  public static void release(Map<String, Dataset<Row>> tables) {
    for (Dataset<Row> t : tables.values()) t.unpersist();
  }

  /**
   * The whole-table stages (aggregates, charts, report), rebuilt from the complete tables
   * under {@code o.outputDir()} ({@code articles} and every table of {@link #articleTables}): the
   * tail of every full run and of each incremental run. Returns the paths written.
   */
  public static List<String> rebuild(SparkSession spark, Options o, PrintStream console) {
    AggregateJob.Written tables = StageTimer.time("aggregates", () -> AggregateJob.run(spark, o.outputDir(), o.aggregate()));
    // the charts name the minimum support the tables were flagged with, and draw the rows just written
    ChartsJob.Options chartOptions = ChartsJob.Options.of(o.aggregate());
    ChartsJob.Drawn drawn = StageTimer.time("charts", () -> ChartsJob.run(spark, o.outputDir(), tables.rows(), chartOptions));
    console.println("stancemap: " + drawn.charts().size() + " charts");
    // the report shows the charts just drawn, from the tables they were drawn from
    String report = StageTimer.time("report",
        () -> ReportJob.run(spark, o.outputDir(), drawn, chartOptions, ReportJob.Options.defaults()));
    return List.of(path(o.outputDir(), AggregateColumns.DIR), path(o.outputDir(), ChartsJob.DIR), report);
  }

  public static String path(String outputDir, String table) {
    return new Path(outputDir, table).toString();
  }
}
