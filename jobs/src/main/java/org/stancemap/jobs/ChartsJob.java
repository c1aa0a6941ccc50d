package org.stancemap.jobs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.charts.ChartData.Lines;
import org.stancemap.jobs.charts.ChartData.Matrix;
import org.stancemap.jobs.charts.ChartData.Value;
import org.stancemap.jobs.charts.Charts;
import org.stancemap.jobs.charts.Drawing;
import org.stancemap.jobs.charts.MonthCharts;
import org.stancemap.jobs.charts.RowCharts;
import org.stancemap.schema.AggregateColumns;

/**
 * Draws the comparison charts from the aggregate tables (small: they are collected to the driver)
 * into {@code out/charts/NAME.png} and {@code NAME.svg}.
 */
public final class ChartsJob {
  private ChartsJob() {}

  public static final String DIR = "charts";
  public static final String NO_OUTLET = "(unknown outlet)";
  public static final String NO_AFFILIATION = "(no affiliation)";

  /**
   * @param topSpeakers speakers shown, by number of statements
   * @param topOutlets outlets shown, by number of statements
   * @param minArticles the aggregate stage's minimum support, named in the chart notes: take it
   *     from the tables' own settings ({@link #of})
   */
  public record Options(int topSpeakers, int topOutlets, int minArticles) {
    /** The default chart settings for tables built with the default aggregate settings. */
    public static Options defaults() {
      return of(AggregateJob.Options.defaults());
    }

    /** The default chart settings for tables built with {@code tables}: the same minimum support. */
    public static Options of(AggregateJob.Options tables) {
      return new Options(15, 20, tables.minArticles());
    }
  }

  /** One chart: file name without extension, title, drawing. */
  public record Chart(String name, String title, Drawing drawing) {}

  /** The aggregate tables under {@code out/aggregates/}, collected, each in the order the aggregate stage gives its rows. */
  public static Map<String, List<Row>> collect(SparkSession spark, String outDir) {
    Map<String, List<Row>> tables = new LinkedHashMap<>();
    for (String t : AggregateColumns.TABLES) {
      tables.put(t, AggregateJob.inKeyOrder(t, spark.read().parquet(outDir + "/" + AggregateColumns.DIR + "/" + t).collectAsList()));
    }
    return tables;
  }

  /** Every chart, from collected aggregate tables, without the coverage shares (no article counts). */
  public static List<Chart> charts(Map<String, List<Row>> tables, Options o) {
    return charts(tables, Map.of(), o);
  }

  /**
   * Every chart, from collected aggregate tables and the number of articles of each outlet
   * ({@link #articlesByOutlet}: the denominators of the coverage shares), in the order a reader
   * asks: coverage, coverage over time, tone by outlet, own voice against quoted voices, tone by
   * speaker, the stance matrix, tone over time.
   */
  public static List<Chart> charts(Map<String, List<Row>> tables, Map<String, Long> outletArticles, Options o) {
    List<Row> byOutlet = tables.getOrDefault(AggregateColumns.BY_OUTLET, List.of());
    List<String> outlets = top(byOutlet, r -> outletName(r), o.topOutlets());
    // targets in name order everywhere, so each target keeps its place from chart to chart
    List<String> targets = sorted(top(byOutlet, r -> r.getAs(AggregateColumns.TARGET), Integer.MAX_VALUE));
    String shownOutlets = shown(outlets.size(), distinct(byOutlet, ChartsJob::outletName), "outlets");
    List<Chart> charts = new ArrayList<>();

    // coverage: share of each outlet's articles with a statement about the target
    Map<String, Map<String, Map<String, Value>>> coverage = new LinkedHashMap<>();
    for (Row r : voice(byOutlet, AggregateColumns.VOICE_ALL)) {
      Long total = outletArticles.get(outletName(r));
      if (total == null || total == 0) continue;
      long n = ((Number) r.getAs(AggregateColumns.N_ARTICLES)).longValue();
      coverage.computeIfAbsent(r.getAs(AggregateColumns.TARGET), k -> new LinkedHashMap<>())
          .computeIfAbsent(outletName(r), k -> new LinkedHashMap<>()).put(SHARE, share(n, total, o.minArticles()));
    }
    List<String> outletNotes = articleNotes(outlets, outletArticles);
    charts.add(new Chart("coverage_by_outlet", "Coverage: share of each outlet's articles about each target",
        RowCharts.draw("Coverage: share of each outlet's articles about each target", shownOutlets
            + "An article counts when one of its statements (the outlet's own or quoted) mentions the target.",
            new RowCharts.Panels(outlets, outletNotes, targets, List.of(SHARE), coverage), RowCharts.Scale.SHARE,
            "Bars: share; lines: 95% Wilson interval. Pale bars: outlets with fewer than " + o.minArticles()
                + " articles.")));

    List<Row> byDate = tables.getOrDefault(AggregateColumns.BY_DATE, List.of());
    String granularity = overTimeGranularity(byDate);
    List<Row> periods = byDate.stream().filter(r -> granularity.equals(r.getAs(AggregateColumns.GRANULARITY))).toList();
    List<String> lineOutlets = top(periods, ChartsJob::outletName, 8);
    List<Lines> linePanels = new ArrayList<>();
    for (String target : sorted(top(periods, r -> r.getAs(AggregateColumns.TARGET), Integer.MAX_VALUE))) {
      Map<String, Map<LocalDate, Value>> series = new LinkedHashMap<>();
      for (Row r : periods) {
        if (!target.equals(r.getAs(AggregateColumns.TARGET)) || !lineOutlets.contains(outletName(r))) continue;
        series.computeIfAbsent(outletName(r), k -> new TreeMap<>())
            .put(((java.sql.Date) r.getAs(AggregateColumns.PERIOD_START)).toLocalDate(), value(r));
      }
      linePanels.add(new Lines(target, lineOutlets, series));
    }
    String shownLineOutlets = shown(lineOutlets.size(), distinct(periods, ChartsJob::outletName), "outlets");
    charts.add(new Chart("coverage_over_time", "Coverage over time: articles about each target, by outlet",
        Charts.countLines("Coverage over time: articles about each target, by outlet", shownLineOutlets
            + "Articles per " + granularity + " with a statement about the target (by publication date; undated "
            + "articles left out).", linePanels, "articles per " + granularity, o.minArticles())));

    Map<String, Map<String, Map<String, Value>>> toneAll = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Value>>> toneVoices = new LinkedHashMap<>();
    for (Row r : byOutlet) {
      String voice = r.getAs(AggregateColumns.VOICE);
      String target = r.getAs(AggregateColumns.TARGET);
      if (AggregateColumns.VOICE_ALL.equals(voice)) {
        toneAll.computeIfAbsent(target, k -> new LinkedHashMap<>()).computeIfAbsent(outletName(r),
            k -> new LinkedHashMap<>()).put(ALL_STATEMENTS, value(r));
      } else {
        toneVoices.computeIfAbsent(target, k -> new LinkedHashMap<>()).computeIfAbsent(outletName(r),
            k -> new LinkedHashMap<>()).put(AggregateColumns.VOICE_OWN.equals(voice) ? OWN : QUOTED, value(r));
      }
    }
    String dots = "Dots: mean tone; lines: 95% interval (articles as clusters, never narrower than few articles "
        + "warrant); n: articles. Hollow dots: fewer than " + o.minArticles() + " articles.";
    charts.add(new Chart("tone_by_outlet", "Tone toward each target, by outlet",
        RowCharts.draw("Tone toward each target, by outlet", shownOutlets + "All statements (the outlet's own and "
            + "those it quotes).", new RowCharts.Panels(outlets, null, targets, List.of(ALL_STATEMENTS), toneAll),
            RowCharts.Scale.TONE, dots)));
    charts.add(new Chart("own_vs_quoted", "Outlet's own voice vs the voices it quotes",
        RowCharts.draw("Outlet's own voice vs the voices it quotes", shownOutlets
            + "Does the outlet's own framing differ from the speakers it picks?",
            new RowCharts.Panels(outlets, null, targets, List.of(OWN, QUOTED), toneVoices), RowCharts.Scale.TONE, dots)));

    List<Row> bySpeaker = tables.getOrDefault(AggregateColumns.BY_SPEAKER, List.of()).stream()
        .filter(r -> !"outlet".equals(r.getAs(AggregateColumns.SPEAKER_TYPE))).toList();
    List<String> speakerIds = top(bySpeaker, r -> r.getAs(AggregateColumns.SPEAKER_ID), o.topSpeakers());
    Map<String, String> speakerNames = new LinkedHashMap<>();
    Map<String, String> speakerSubs = new LinkedHashMap<>();
    Map<String, Map<String, Value>> speakerValues = new LinkedHashMap<>();
    for (Row r : bySpeaker) {
      String id = r.getAs(AggregateColumns.SPEAKER_ID);
      if (!speakerIds.contains(id)) continue;
      speakerNames.put(id, Objects.requireNonNullElse(r.getAs(AggregateColumns.SPEAKER), id));
      String aff = r.getAs(AggregateColumns.SPEAKER_AFFILIATION);
      speakerSubs.put(id, aff != null ? aff : Objects.requireNonNullElse(r.getAs(AggregateColumns.SPEAKER_TYPE), ""));
      speakerValues.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(r.getAs(AggregateColumns.TARGET), value(r));
    }
    // labels are names; two speakers with one name keep distinct rows through their id
    List<String> labels = new ArrayList<>();
    List<String> subs = new ArrayList<>();
    Map<String, Map<String, Map<String, Value>>> byTarget = new LinkedHashMap<>();
    for (String id : speakerIds) {
      String label = speakerNames.get(id);
      while (labels.contains(label)) label = label + " ";
      labels.add(label);
      subs.add(speakerSubs.get(id));
      for (Map.Entry<String, Value> e : speakerValues.get(id).entrySet()) {
        byTarget.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(label, Map.of(ALL_STATEMENTS, e.getValue()));
      }
    }
    List<String> speakerTargets = sorted(top(bySpeaker, r -> r.getAs(AggregateColumns.TARGET), Integer.MAX_VALUE));
    charts.add(new Chart("tone_by_speaker", "Tone toward each target, by speaker",
        RowCharts.draw("Tone toward each target, by speaker",
            shown(speakerIds.size(), distinct(bySpeaker, r -> r.getAs(AggregateColumns.SPEAKER_ID)), "speakers")
                + "Speakers quoted most often; under each name its affiliation or type.",
            new RowCharts.Panels(labels, subs, speakerTargets, List.of(ALL_STATEMENTS), byTarget), RowCharts.Scale.TONE,
            dots)));

    List<Row> byAff = tables.getOrDefault(AggregateColumns.BY_AFFILIATION, List.of());
    List<String> affRows = top(byAff, ChartsJob::affiliationName, 30);
    Map<String, Map<String, Value>> affValues = new LinkedHashMap<>();
    for (Row r : byAff) {
      affValues.computeIfAbsent(affiliationName(r), k -> new LinkedHashMap<>())
          .put(r.getAs(AggregateColumns.TARGET), value(r));
    }
    List<String> affTargets = sorted(top(byAff, r -> r.getAs(AggregateColumns.TARGET), Integer.MAX_VALUE));
    charts.add(new Chart("stance_matrix", "Stance matrix: speaker affiliation × target",
        Charts.heatmap("Stance matrix: speaker affiliation × target",
            shown(affRows.size(), distinct(byAff, ChartsJob::affiliationName), "affiliations")
                + "Mean tone of each affiliation's statements toward each target; n: articles.",
            "affiliation", new Matrix(affRows, affTargets, affValues), o.minArticles())));

    // tone over time: always by month (weeks are too few articles to read a tone from), smoothed
    List<Row> months = byDate.stream().filter(r -> AggregateColumns.MONTH.equals(r.getAs(AggregateColumns.GRANULARITY)))
        .toList();
    List<String> monthOutlets = top(months, ChartsJob::outletName, MONTH_OUTLETS);
    Map<String, Map<String, Map<YearMonth, Value>>> monthValues = new LinkedHashMap<>();
    for (Row r : months) {
      if (!monthOutlets.contains(outletName(r))) continue;
      monthValues.computeIfAbsent(outletName(r), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.getAs(AggregateColumns.TARGET), k -> new TreeMap<>())
          .put(YearMonth.from(((java.sql.Date) r.getAs(AggregateColumns.PERIOD_START)).toLocalDate()), value(r));
    }
    charts.add(new Chart("tone_over_time", "Tone toward each target by month, by outlet",
        MonthCharts.tone("Tone toward each target by month, by outlet",
            shown(monthOutlets.size(), distinct(months, ChartsJob::outletName), "outlets")
                + "Statements by their article's publication month (undated articles left out).",
            new MonthCharts.Grid(monthOutlets, articleNotes(monthOutlets, outletArticles),
                sorted(top(months, r -> r.getAs(AggregateColumns.TARGET), Integer.MAX_VALUE)), monthValues),
            o.minArticles())));
    return charts;
  }

  /** "N articles" for each outlet, blank where the number is unknown. */
  private static List<String> articleNotes(List<String> outlets, Map<String, Long> outletArticles) {
    return outlets.stream().map(x -> outletArticles.containsKey(x)
        ? outletArticles.get(x) + (outletArticles.get(x) == 1 ? " article" : " articles") : "").toList();
  }

  /** Outlets (rows) of the monthly tone chart, by number of statements. */
  static final int MONTH_OUTLETS = 8;

  static final String SHARE = "share of articles";
  static final String ALL_STATEMENTS = "all statements";
  static final String OWN = "own voice (narrative)";
  static final String QUOTED = "quoted voices";

  /**
   * A share of {@code total} articles as a chart value: the share, its 95% Wilson interval,
   * {@code n} articles, low support when the outlet has fewer than {@code minArticles} articles.
   */
  static Value share(long n, long total, int minArticles) {
    double p = (double) n / total;
    double z = 1.959963984540054;
    double k = z * z / total;
    double centre = (p + k / 2) / (1 + k);
    double half = z * Math.sqrt(p * (1 - p) / total + k / (4 * total)) / (1 + k);
    return new Value(p, Math.max(0, centre - half), Math.min(1, centre + half), n, n, total < minArticles);
  }

  /** Articles per outlet (named as in the charts), from {@code out/articles}. */
  public static Map<String, Long> articlesByOutlet(SparkSession spark, String outDir) {
    Map<String, Long> n = new LinkedHashMap<>();
    for (Row r : spark.read().parquet(outDir + "/" + org.stancemap.schema.ArticleColumns.TABLE)
        .groupBy(org.stancemap.schema.ArticleColumns.OUTLET).count().collectAsList()) {
      String outlet = r.getString(0);
      n.merge(outlet == null || outlet.isBlank() ? NO_OUTLET : outlet, r.getLong(1), Long::sum);
    }
    return n;
  }

  /** Periods a time chart needs before a granularity is worth a line. */
  static final int MIN_PERIODS = 3;

  /**
   * The granularity of the over-time view: the coarsest of month, week and day with at least
   * {@link #MIN_PERIODS} periods in by_date (months over years, weeks over a few months, days over
   * a few weeks); day when none has.
   */
  static String overTimeGranularity(List<Row> byDate) {
    for (String g : AggregateColumns.GRANULARITIES) {
      long periods = byDate.stream().filter(r -> g.equals(r.getAs(AggregateColumns.GRANULARITY)))
          .map(r -> String.valueOf((Object) r.getAs(AggregateColumns.PERIOD_START))).distinct().count();
      if (periods >= MIN_PERIODS) return g;
    }
    return AggregateColumns.DAY;
  }

  /**
   * Writes NAME.png and NAME.svg for each chart into {@code dir} (a path or URI of any Hadoop file
   * system), each file replaced atomically. Returns the files written.
   */
  public static List<String> write(Configuration conf, List<Chart> charts, String dir) {
    List<String> files = new ArrayList<>();
    for (Chart c : charts) {
      files.add(OutputFiles.replace(conf, Pipeline.path(dir, c.name() + ".png"), c.drawing().toPng()));
      files.add(OutputFiles.replace(conf, Pipeline.path(dir, c.name() + ".svg"), c.drawing().toSvg().getBytes(StandardCharsets.UTF_8)));
    }
    return files;
  }

  /** The collected aggregate tables and the charts drawn from them: what the report reuses. */
  public record Drawn(Map<String, List<Row>> aggregates, List<Chart> charts) {}

  /** Reads {@code out/aggregates/*} and {@code out/articles}; draws the charts without writing them. */
  public static Drawn draw(SparkSession spark, String outDir, Options o) {
    return draw(spark, outDir, collect(spark, outDir), o);
  }

  /** Draws the charts of {@code aggregates} (the tables under {@code out/aggregates/}, as collected), reading {@code out/articles}. */
  public static Drawn draw(SparkSession spark, String outDir, Map<String, List<Row>> aggregates, Options o) {
    return new Drawn(aggregates, charts(aggregates, articlesByOutlet(spark, outDir), o));
  }

  /** Reads {@code out/aggregates/*}, writes {@code out/charts/*}; returns the charts drawn and the tables they were drawn from. */
  public static Drawn run(SparkSession spark, String outDir, Options o) {
    return run(spark, outDir, collect(spark, outDir), o);
  }

  /** {@link #run(SparkSession, String, Options)} with the tables the aggregate stage just wrote ({@link AggregateJob.Written#rows}). */
  public static Drawn run(SparkSession spark, String outDir, Map<String, List<Row>> aggregates, Options o) {
    Drawn drawn = draw(spark, outDir, aggregates, o);
    write(spark.sparkContext().hadoopConfiguration(), drawn.charts(), Pipeline.path(outDir, DIR));
    return drawn;
  }

  static Value value(Row r) {
    return new Value(((Number) r.getAs(AggregateColumns.MEAN_SCORE)).doubleValue(),
        ((Number) r.getAs(AggregateColumns.CI_LOW)).doubleValue(),
        ((Number) r.getAs(AggregateColumns.CI_HIGH)).doubleValue(),
        ((Number) r.getAs(AggregateColumns.N_ARTICLES)).longValue(),
        ((Number) r.getAs(AggregateColumns.N_STATEMENTS)).longValue(),
        Boolean.TRUE.equals(r.getAs(AggregateColumns.LOW_SUPPORT)));
  }

  static String outletName(Row r) {
    String o = r.getAs(AggregateColumns.OUTLET);
    return o == null || o.isBlank() ? NO_OUTLET : o;
  }

  static String affiliationName(Row r) {
    String a = r.getAs(AggregateColumns.SPEAKER_AFFILIATION);
    return a == null || a.isBlank() ? NO_AFFILIATION : a;
  }

  private static List<Row> voice(List<Row> rows, String voice) {
    return rows.stream().filter(r -> voice.equals(r.getAs(AggregateColumns.VOICE))).toList();
  }

  private static String shown(int shown, int total, String what) {
    return shown < total ? "Top " + shown + " of " + total + " " + what + " by number of statements. " : "";
  }

  private static int distinct(List<Row> rows, java.util.function.Function<Row, String> key) {
    return (int) rows.stream().map(key).distinct().count();
  }

  /**
   * The {@code limit} keys with the most statements (rows of voice "all" only where the table
   * has voices), ties by name: a stable order for groups and series.
   */
  static List<String> top(List<Row> rows, java.util.function.Function<Row, String> key, int limit) {
    Map<String, Long> n = new LinkedHashMap<>();
    for (Row r : rows) {
      if (hasVoice(r) && !AggregateColumns.VOICE_ALL.equals(r.getAs(AggregateColumns.VOICE))) continue;
      String k = key.apply(r);
      if (k == null) continue;
      n.merge(k, ((Number) r.getAs(AggregateColumns.N_STATEMENTS)).longValue(), Long::sum);
    }
    return n.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(limit).map(Map.Entry::getKey).toList();
  }

  private static List<String> sorted(List<String> names) {
    return names.stream().sorted().toList();
  }

  private static boolean hasVoice(Row r) {
    return List.of(r.schema().fieldNames()).contains(AggregateColumns.VOICE);
  }
}
