package org.stancemap.jobs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.report.ReportHtml;
import org.stancemap.jobs.report.ReportQueries;
import org.stancemap.jobs.report.VoiceGaps;
import org.stancemap.jobs.report.WhoIsQuoted;
import org.stancemap.jobs.report.ReportHtml.Table;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;

/**
 * Writes {@code out/report/index.html}: one self-contained page that answers in the order a reader
 * asks (see {@link ReportHtml}): which scorer, which corpus, coverage, tone by outlet with the gap
 * between its own voice and the voices it quotes, whom it quotes, the stance matrix, a filterable
 * table of a capped sample of statements, and the aggregate tables. The Spark queries are in
 * {@link ReportQueries}, the page in {@link ReportHtml}.
 */
public final class ReportJob {
  private ReportJob() {}

  public static final String DIR = "report";
  public static final String FILE = "index.html";

  /**
   * @param statementsPerOutlet most recent statements of each outlet in the page's statement table
   * @param maxStatements statements in that table at most, whatever the number of outlets (the
   *     per-outlet number shrinks to fit, never below 1)
   * @param maxTableRows rows per aggregate table
   */
  public record Options(int statementsPerOutlet, int maxStatements, int maxTableRows) {
    public Options {
      if (statementsPerOutlet < 1 || maxStatements < 1 || maxTableRows < 0) {
        throw new IllegalArgumentException("statementsPerOutlet and maxStatements must be >= 1, maxTableRows >= 0");
      }
    }

    public static Options defaults() {
      return new Options(100, 5000, 300);
    }

    /** Statements per outlet for {@code outlets} outlets: the setting, or less to stay under the cap. */
    int perOutlet(long outlets) {
      return (int) Math.max(1, Math.min(statementsPerOutlet, maxStatements / Math.max(1, outlets)));
    }
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

  /** The lines at the top of the page: scorer, corpus, statements, minimum support, outputs. */
  static List<ReportHtml.Fact> facts(ReportQueries.Corpus c, int minArticles) {
    List<ReportHtml.Fact> facts = new ArrayList<>();
    facts.add(new ReportHtml.Fact("Tone scorer", c.scorers().isEmpty() ? "(no statement scored)"
        : String.join("; ", c.scorers().entrySet().stream().map(e -> c.scorers().size() == 1 ? e.getKey()
            : e.getKey() + " (" + e.getValue() + " mentions)").toList())));
    String dates = c.firstDate() == null ? "no dated article"
        : c.firstDate().equals(c.lastDate()) ? "published " + c.firstDate() : "published " + c.firstDate() + " to " + c.lastDate();
    facts.add(new ReportHtml.Fact("Corpus", c.articles() + (c.articles() == 1 ? " article" : " articles") + " from "
        + c.outlets() + (c.outlets() == 1 ? " outlet" : " outlets") + ", " + dates
        + (c.undated() > 0 && c.firstDate() != null ? " (" + c.undated() + " undated)" : "")));
    facts.add(new ReportHtml.Fact("Statements", c.statements() + " statements; " + c.units()
        + " statement × target pairs scored"));
    facts.add(new ReportHtml.Fact("Minimum support", minArticles + " articles: groups with fewer are marked low "
        + "(faded or hollow in the charts)"));
    facts.add(new ReportHtml.Fact("Files", "tables under " + AggregateColumns.DIR + "/ (Parquet and CSV), charts under "
        + ChartsJob.DIR + "/ (SVG and PNG)"));
    return facts;
  }

  /** The page, from collected inputs (no Spark). */
  public static String html(String runId, List<ReportHtml.Fact> facts, List<ChartsJob.Chart> charts,
      List<VoiceGaps.Gap> gaps, Map<String, List<Row>> aggregates, ReportQueries.Sample sample, Options o) {
    // over time needs at least two periods: one point per line says nothing
    List<Row> byDate = aggregates.getOrDefault(AggregateColumns.BY_DATE, List.of());
    String granularity = ChartsJob.overTimeGranularity(byDate);
    long periods = byDate.stream().filter(r -> granularity.equals(r.getAs(AggregateColumns.GRANULARITY)))
        .map(r -> String.valueOf((Object) r.getAs(AggregateColumns.PERIOD_START))).distinct().count();
    String timeNote = periods >= 2 ? null : periods == 1
        ? "Every dated article falls on one " + granularity + ": no chart over time."
        : "No dated article: no chart over time.";
    List<ReportHtml.ChartSvg> svgs = new ArrayList<>();
    for (ChartsJob.Chart c : charts) {
      if (timeNote != null && c.name().endsWith("_over_time")) continue;
      svgs.add(new ReportHtml.ChartSvg(c.name(), c.title(), c.drawing().toSvg()));
    }
    List<WhoIsQuoted.OutletQuotes> quotes =
        WhoIsQuoted.of(aggregates.getOrDefault(AggregateColumns.BY_OUTLET_SPEAKER, List.of()), 5, 5);
    String note = sample.shownStatements() < sample.totalStatements()
        ? "The " + sample.perOutlet() + " most recent statements of each outlet: " + sample.shownStatements() + " of "
            + sample.totalStatements() + " statements that mention a target (every statement is in "
            + "statements/ and tone/; stancemap export writes any table as CSV)."
        : "All " + sample.totalStatements() + " statements that mention a target.";
    note += " One row per statement and target it mentions. Filter: every word typed must occur in the row. "
        + "Highlighted: the cue and the speaker mention the attribution rule read "
        + "(with the text around them, greyed, when outside the statement), the words the scorer used. "
        + "Under the speaker: the attribution rule and its confidence. Click date or tone to sort.";
    return ReportHtml.render(new ReportHtml.Model(runId, facts, svgs, timeNote, gaps, quotes,
        ReportQueries.statements(sample.rows()), note, tables(aggregates, o.maxTableRows())));
  }

  /**
   * Reads {@code out/{articles,statements,tone}} and {@code out/aggregates/*}, draws the charts and
   * writes {@code out/report/index.html} (replaced atomically); returns its path.
   */
  public static String run(SparkSession spark, String outDir, ChartsJob.Options chartOptions, Options o) {
    return run(spark, outDir, ChartsJob.draw(spark, outDir, chartOptions), chartOptions, o);
  }

  /**
   * {@link #run(SparkSession, String, ChartsJob.Options, Options)} with the charts the charts stage
   * just drew (and the tables it collected), so a run draws them once.
   */
  public static String run(SparkSession spark, String outDir, ChartsJob.Drawn drawn, ChartsJob.Options chartOptions, Options o) {
    Map<String, List<Row>> aggregates = drawn.aggregates();
    List<ChartsJob.Chart> charts = drawn.charts();
    Dataset<Row> articles = spark.read().parquet(outDir + "/" + ArticleColumns.TABLE);
    Dataset<Row> statements = spark.read().parquet(outDir + "/" + StatementColumns.TABLE);
    Dataset<Row> tone = spark.read().parquet(outDir + "/" + ToneColumns.TABLE);
    Dataset<Row> units = AggregateJob.units(articles, statements, tone).persist();
    try {
      ReportQueries.Corpus corpus = ReportQueries.corpus(articles, statements, tone, units);
      List<Row> byOutlet = aggregates.getOrDefault(AggregateColumns.BY_OUTLET, List.of());
      List<VoiceGaps.Gap> gaps = VoiceGaps.gaps(ReportQueries.gapSums(units), byOutlet, chartOptions.minArticles());
      gaps = gaps.stream().sorted(Comparator.comparing(VoiceGaps.Gap::outlet).thenComparing(VoiceGaps.Gap::target)).toList();
      ReportQueries.Sample sample = ReportQueries.sample(units, articles, statements, o.perOutlet(corpus.outlets()), corpus.mentioning());
      String runId = byOutlet.isEmpty() ? "(no data)" : byOutlet.get(0).getAs(AggregateColumns.RUN_ID);
      String page = Pipeline.path(Pipeline.path(outDir, DIR), FILE);
      return OutputFiles.replace(spark.sparkContext().hadoopConfiguration(), page,
          html(runId, facts(corpus, chartOptions.minArticles()), charts, gaps, aggregates, sample, o)
              .getBytes(StandardCharsets.UTF_8));
    } finally {
      units.unpersist();
    }
  }
}
