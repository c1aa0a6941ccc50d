package org.stancemap.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.stancemap.jobs.report.ReportHtml;
import org.stancemap.jobs.report.ReportHtml.ChartImage;
import org.stancemap.jobs.report.ReportHtml.Example;
import org.stancemap.jobs.report.ReportHtml.Table;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;

/**
 * Writes {@code out/report/index.html}: the charts, the aggregate tables and, for each outlet ×
 * target, the most positive and most negative statements with their speaker, score, highlighted
 * evidence and a link back to the article.
 */
public final class ReportJob {
  private ReportJob() {}

  public static final String DIR = "report";
  public static final String FILE = "index.html";

  /** @param examples statements shown per outlet × target and direction; @param maxTableRows rows per table */
  public record Options(int examples, int maxTableRows) {
    public static Options defaults() {
      return new Options(2, 300);
    }
  }

  /**
   * The {@code k} most positive (score > 0) and {@code k} most negative (score < 0) statement ×
   * target units per outlet × target, ties broken by ids so the choice is stable.
   */
  public static Dataset<Row> extremes(Dataset<Row> units, int k) {
    var byPair = Window.partitionBy(col(AggregateColumns.OUTLET), col(AggregateColumns.TARGET));
    Dataset<Row> pos = units.filter(col(AggregateJob.U_SCORE).gt(0))
        .withColumn("rank", row_number().over(byPair.orderBy(col(AggregateJob.U_SCORE).desc(),
            col(ToneColumns.ARTICLE_ID), col(ToneColumns.STATEMENT_ID))));
    Dataset<Row> neg = units.filter(col(AggregateJob.U_SCORE).lt(0))
        .withColumn("rank", row_number().over(byPair.orderBy(col(AggregateJob.U_SCORE).asc(),
            col(ToneColumns.ARTICLE_ID), col(ToneColumns.STATEMENT_ID))));
    return pos.unionByName(neg).filter(col("rank").leq(k));
  }

  static List<Example> examples(List<Row> rows) {
    List<Example> out = new ArrayList<>();
    for (Row r : rows) {
      Object published = r.getAs(AggregateJob.U_PUBLISHED);
      double score = ((Number) r.getAs(AggregateJob.U_SCORE)).doubleValue();
      String outlet = r.getAs(AggregateColumns.OUTLET);
      out.add(new Example(outlet == null || outlet.isBlank() ? ChartsJob.NO_OUTLET : outlet,
          r.getAs(AggregateColumns.TARGET), score > 0, score, r.getAs(AggregateJob.U_STATEMENT_TEXT),
          r.getAs(StatementColumns.SPEAKER), r.getAs(StatementColumns.SPEAKER_TYPE),
          r.getAs(StatementColumns.SPEAKER_AFFILIATION), r.getAs(AggregateJob.U_KIND),
          r.getList(r.fieldIndex(AggregateJob.U_EVIDENCE)), r.getAs(AggregateJob.U_URL), r.getAs(AggregateJob.U_TITLE),
          r.getAs(AggregateJob.U_SOURCE_FILE), published == null ? null : published.toString()));
    }
    out.sort(Comparator.comparing(Example::outlet).thenComparing(Example::target)
        .thenComparing(e -> !e.positive()).thenComparing(e -> e.positive() ? -e.score() : e.score()));
    return out;
  }

  /** The aggregate tables as report tables (run_id shown once at the top instead of per row). */
  static List<Table> tables(Map<String, List<Row>> aggregates, int maxRows) {
    List<Table> tables = new ArrayList<>();
    String[][] captions = {
        {AggregateColumns.BY_OUTLET, "by_outlet: outlet × target × voice"},
        {AggregateColumns.BY_AFFILIATION, "by_affiliation: speaker affiliation × target"},
        {AggregateColumns.BY_SPEAKER, "by_speaker: speaker × target (most statements first)"},
        {AggregateColumns.BY_OUTLET_SPEAKER, "by_outlet_speaker: outlet × speaker × target (most statements first)"},
        {AggregateColumns.BY_DATE, "by_date: month / week / day × outlet × target"}};
    for (String[] c : captions) {
      List<Row> rows = new ArrayList<>(aggregates.getOrDefault(c[0], List.of()));
      if (c[0].equals(AggregateColumns.BY_SPEAKER) || c[0].equals(AggregateColumns.BY_OUTLET_SPEAKER)) {
        rows.sort(Comparator.comparingLong((Row r) -> -((Number) r.getAs(AggregateColumns.N_STATEMENTS)).longValue())
            .thenComparing(r -> String.valueOf((Object) r.getAs(AggregateColumns.SPEAKER_ID))));
      }
      if (c[0].equals(AggregateColumns.BY_DATE)) {
        // months first: the overview over time; then weeks, then days
        rows.sort(Comparator.comparingInt((Row r) -> granularityRank(r.getAs(AggregateColumns.GRANULARITY))));
      }
      List<String> columns = new ArrayList<>(AggregateColumns.columns(c[0]));
      columns.remove(AggregateColumns.RUN_ID);
      List<List<Object>> cells = new ArrayList<>();
      for (Row r : rows.subList(0, Math.min(maxRows, rows.size()))) {
        List<Object> row = new ArrayList<>();
        for (String col : columns) row.add(cell(col, r.getAs(col)));
        cells.add(row);
      }
      tables.add(new Table(c[0], c[1], columns, cells, rows.size()));
    }
    return tables;
  }

  /** Position of a by_date granularity in {@link AggregateColumns#GRANULARITIES} (coarsest first). */
  private static int granularityRank(String granularity) {
    int i = AggregateColumns.GRANULARITIES.indexOf(granularity);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** A flag shown as the word it stands for ("low", "widened") when true, blank when false. */
  static Object cell(String column, Object value) {
    if (!(value instanceof Boolean flag)) return value;
    String word = switch (column) {
      case AggregateColumns.LOW_SUPPORT -> "low";
      case AggregateColumns.CI_WIDENED -> "widened";
      default -> "yes";
    };
    return flag ? word : "";
  }

  /** The page, from collected inputs (no Spark). */
  public static String html(String runId, List<String> summary, List<ChartsJob.Chart> charts,
      List<Row> extremes, Map<String, List<Row>> aggregates, Options o) {
    List<ChartImage> images = new ArrayList<>();
    for (ChartsJob.Chart c : charts) {
      byte[] png = c.drawing().toPng();
      images.add(new ChartImage(c.name(), c.title(), png, c.drawing().width(), c.drawing().height()));
    }
    return ReportHtml.render(new ReportHtml.Model(runId, summary, images, examples(extremes),
        tables(aggregates, o.maxTableRows())));
  }

  /**
   * Reads {@code out/{articles,statements,tone}} and {@code out/aggregates/*}, draws the charts and
   * writes {@code out/report/index.html} (replaced atomically); returns its path.
   */
  public static String run(SparkSession spark, String outDir, ChartsJob.Options chartOptions, Options o) {
    Map<String, List<Row>> aggregates = ChartsJob.collect(spark, outDir);
    List<ChartsJob.Chart> charts = ChartsJob.charts(aggregates, chartOptions);
    Dataset<Row> articles = spark.read().parquet(outDir + "/" + ArticleColumns.TABLE);
    Dataset<Row> statements = spark.read().parquet(outDir + "/" + StatementColumns.TABLE);
    Dataset<Row> tone = spark.read().parquet(outDir + "/" + ToneColumns.TABLE);
    Dataset<Row> units = AggregateJob.units(articles, statements, tone);
    List<Row> extremes = extremes(units, o.examples()).collectAsList();
    List<Row> byOutlet = aggregates.getOrDefault(AggregateColumns.BY_OUTLET, List.of());
    String runId = byOutlet.isEmpty() ? "(no data)" : byOutlet.get(0).getAs(AggregateColumns.RUN_ID);
    List<String> summary = List.of(
        articles.count() + " articles, " + statements.count() + " statements, " + tone.count() + " target mentions scored",
        byOutlet.stream().map(ChartsJob::outletName).distinct().count() + " outlets; tables under "
            + AggregateColumns.DIR + "/, charts under " + ChartsJob.DIR + "/");
    String page = Pipeline.path(Pipeline.path(outDir, DIR), FILE);
    return OutputFiles.replace(spark.sparkContext().hadoopConfiguration(), page,
        html(runId, summary, charts, extremes, aggregates, o).getBytes(StandardCharsets.UTF_8));
  }
}
