package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.schema.AggregateColumns;

/** Aggregate tables on a tiny fixture whose values were computed by hand (see Fixtures.small). */
class AggregateJobTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("local[2]", "AggregateJobTest");
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    small = collect(aggregate(Fixtures.small(1), 3));
  }

  /** The tables of Fixtures.small(1) with a minimum support of 3 articles, collected once. */
  static Map<String, List<Row>> small;

  static Map<String, List<Row>> collect(Map<String, Dataset<Row>> tables) {
    Map<String, List<Row>> rows = new java.util.LinkedHashMap<>();
    tables.forEach((k, v) -> rows.put(k, v.collectAsList()));
    return rows;
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Map<String, Dataset<Row>> aggregate(Fixtures f, int minArticles) {
    return AggregateJob.aggregate(f.articles(spark), f.statements(spark), f.tone(spark),
        new AggregateJob.Options(minArticles, "test-run"));
  }

  /** The one row whose key columns equal {@code key} (in the table's key order). */
  static Row row(List<Row> table, String tableName, Object... key) {
    List<String> keys = AggregateColumns.keys(tableName);
    List<Row> hits = new ArrayList<>();
    for (Row r : table) {
      boolean match = true;
      for (int i = 0; i < key.length; i++) {
        Object v = r.getAs(keys.get(i));
        if (key[i] == null ? v != null : !key[i].equals(v == null ? null : v.toString())) match = false;
      }
      if (match) hits.add(r);
    }
    assertEquals(1, hits.size(), "rows for " + java.util.Arrays.asList(key) + " in " + tableName);
    return hits.get(0);
  }

  static double d(Row r, String c) {
    return ((Number) r.getAs(c)).doubleValue();
  }

  static long n(Row r, String c) {
    return ((Number) r.getAs(c)).longValue();
  }

  @Test
  void everyTableHasItsKeysThenTheMeasures() {
    Map<String, Dataset<Row>> tables = aggregate(Fixtures.small(1), 5);
    assertEquals(AggregateColumns.TABLES, List.copyOf(tables.keySet()));
    for (String name : AggregateColumns.TABLES) {
      List<String> expected = new ArrayList<>(AggregateColumns.keys(name));
      expected.addAll(AggregateColumns.MEASURES);
      expected.addAll(AggregateColumns.extras(name));
      Dataset<Row> t = tables.get(name);
      assertEquals(expected, List.of(t.columns()), name);
      assertEquals(AggregateColumns.columns(name), List.of(t.columns()), name);
      Map<String, String> types = new java.util.HashMap<>();
      for (StructField f : t.schema().fields()) types.put(f.name(), f.dataType().simpleString());
      assertEquals("bigint", types.get(AggregateColumns.N_STATEMENTS));
      assertEquals("bigint", types.get(AggregateColumns.N_ARTICLES));
      for (String c : List.of(AggregateColumns.MEAN_SCORE, AggregateColumns.CI_LOW, AggregateColumns.CI_HIGH,
          AggregateColumns.SHARE_POS, AggregateColumns.SHARE_NEG, AggregateColumns.SHARE_NEU)) {
        assertEquals("double", types.get(c), name + "." + c);
      }
      assertEquals("boolean", types.get(AggregateColumns.CI_WIDENED));
      assertEquals("boolean", types.get(AggregateColumns.LOW_SUPPORT));
      assertEquals("string", types.get(AggregateColumns.RUN_ID));
      assertFalse(small.get(name).isEmpty(), name);
    }
    assertEquals("double", tables.get(AggregateColumns.BY_OUTLET_SPEAKER).schema()
        .apply(AggregateColumns.SHARE_OF_OUTLET_STATEMENTS).dataType().simpleString());
    assertEquals("date", tables.get(AggregateColumns.BY_DATE).schema()
        .apply(AggregateColumns.PERIOD_START).dataType().simpleString());
    // outlet × target × voice: Alpha has Russia (all/own/quoted) and Turkey (all/quoted); Beta Russia (all/own)
    assertEquals(7, small.get(AggregateColumns.BY_OUTLET).size());
    // putin/Russia, erdogan/Russia, erdogan/Turkey; narratives have no speaker id
    assertEquals(3, small.get(AggregateColumns.BY_SPEAKER).size());
    // the same three, all quoted by Alpha
    assertEquals(3, small.get(AggregateColumns.BY_OUTLET_SPEAKER).size());
  }

  @Test
  void measuresAndTablesAsDocumented() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "aggregates.md"));
    String section = doc.substring(doc.indexOf("## Tables"));
    java.util.regex.Pattern measureRow = java.util.regex.Pattern.compile("^\\| ((?:`\\w+`(?:, )?)+) \\| (\\w+) \\|.*$");
    java.util.regex.Pattern tableRow = java.util.regex.Pattern.compile("^\\| `(by_\\w+)` \\|.*$");
    Map<String, String> documented = new java.util.LinkedHashMap<>();
    List<String> tables = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("## Charts")) break;
      java.util.regex.Matcher m = measureRow.matcher(line);
      if (m.matches()) {
        for (String name : m.group(1).split(", ")) documented.put(name.replace("`", ""), m.group(2));
      }
      java.util.regex.Matcher t = tableRow.matcher(line);
      if (t.matches()) tables.add(t.group(1));
    }
    Dataset<Row> byOutlet = aggregate(Fixtures.small(1), 5).get(AggregateColumns.BY_OUTLET);
    Map<String, String> actual = new java.util.LinkedHashMap<>();
    for (String c : AggregateColumns.MEASURES) actual.put(c, byOutlet.schema().apply(c).dataType().simpleString());
    assertEquals(actual, documented, "the measures table of docs/aggregates.md");
    assertEquals(AggregateColumns.TABLES.stream().sorted().toList(), tables.stream().sorted().toList(),
        "the tables table of docs/aggregates.md");
    assertTrue(section.contains("`" + AggregateColumns.SHARE_OF_OUTLET_STATEMENTS + "` (double)"));
  }

  @Test
  void valuesComputedByHand() {
    Map<String, List<Row>> t = small;
    List<Row> byOutlet = t.get(AggregateColumns.BY_OUTLET);
    // Alpha/Russia: -0.5, mean(0.4, 0.6)=0.5, 0.0, 1.0, -1.0 over 3 articles
    Row all = row(byOutlet, AggregateColumns.BY_OUTLET, "Alpha", "Russia", "all");
    assertEquals(5, n(all, AggregateColumns.N_STATEMENTS));
    assertEquals(3, n(all, AggregateColumns.N_ARTICLES));
    assertEquals(0.0, d(all, AggregateColumns.MEAN_SCORE), 1e-12);
    assertEquals(0.4, d(all, AggregateColumns.SHARE_POS), 1e-12);
    assertEquals(0.4, d(all, AggregateColumns.SHARE_NEG), 1e-12);
    assertEquals(0.2, d(all, AggregateColumns.SHARE_NEU), 1e-12); // the 0.0 narrative of a2
    assertFalse((Boolean) all.getAs(AggregateColumns.LOW_SUPPORT));
    assertEquals("test-run", all.getAs(AggregateColumns.RUN_ID));
    Row own = row(byOutlet, AggregateColumns.BY_OUTLET, "Alpha", "Russia", "own");
    assertEquals(2, n(own, AggregateColumns.N_STATEMENTS));
    assertEquals(-0.25, d(own, AggregateColumns.MEAN_SCORE), 1e-12);
    assertTrue((Boolean) own.getAs(AggregateColumns.LOW_SUPPORT));
    Row quoted = row(byOutlet, AggregateColumns.BY_OUTLET, "Alpha", "Russia", "quoted");
    assertEquals(0.5 / 3, d(quoted, AggregateColumns.MEAN_SCORE), 1e-12);
    // one article: the interval is the whole scale
    Row turkey = row(byOutlet, AggregateColumns.BY_OUTLET, "Alpha", "Turkey", "all");
    assertEquals(0.2, d(turkey, AggregateColumns.MEAN_SCORE), 1e-12);
    assertEquals(-1.0, d(turkey, AggregateColumns.CI_LOW));
    assertEquals(1.0, d(turkey, AggregateColumns.CI_HIGH));
    assertEquals(1.0, d(turkey, AggregateColumns.SHARE_POS));
    assertEquals(0.0, d(turkey, AggregateColumns.SHARE_NEU));
    assertFalse((Boolean) turkey.getAs(AggregateColumns.CI_WIDENED), "the whole scale needs no widening");
    for (List<Row> table : t.values()) {
      for (Row r : table) {
        double shares = d(r, AggregateColumns.SHARE_POS) + d(r, AggregateColumns.SHARE_NEG) + d(r, AggregateColumns.SHARE_NEU);
        assertEquals(1.0, shares, 1e-12, "every unit is pos, neg or neu: " + r);
      }
    }

    Row putin = row(t.get(AggregateColumns.BY_SPEAKER), AggregateColumns.BY_SPEAKER, "putin");
    assertEquals("Putin", putin.getAs(AggregateColumns.SPEAKER)); // tie between spellings: smallest
    assertEquals("RU gov", putin.getAs(AggregateColumns.SPEAKER_AFFILIATION));
    assertEquals("person", putin.getAs(AggregateColumns.SPEAKER_TYPE));
    assertEquals(0.75, d(putin, AggregateColumns.MEAN_SCORE), 1e-12);
    assertEquals(2, n(putin, AggregateColumns.N_ARTICLES));

    // Alpha quotes Putin twice (a1, a2) and Erdogan once about Russia, out of its 5 units toward Russia
    List<Row> byOutletSpeaker = t.get(AggregateColumns.BY_OUTLET_SPEAKER);
    Row alphaPutin = row(byOutletSpeaker, AggregateColumns.BY_OUTLET_SPEAKER, "Alpha", "putin");
    assertEquals("Putin", alphaPutin.getAs(AggregateColumns.SPEAKER)); // the same record as by_speaker
    assertEquals("RU gov", alphaPutin.getAs(AggregateColumns.SPEAKER_AFFILIATION));
    assertEquals(2, n(alphaPutin, AggregateColumns.N_STATEMENTS));
    assertEquals(2, n(alphaPutin, AggregateColumns.N_ARTICLES));
    assertEquals(0.75, d(alphaPutin, AggregateColumns.MEAN_SCORE), 1e-12);
    assertEquals(0.4, d(alphaPutin, AggregateColumns.SHARE_OF_OUTLET_STATEMENTS), 1e-12);
    Row alphaErdoganRussia = row(byOutletSpeaker, AggregateColumns.BY_OUTLET_SPEAKER, "Alpha", "erdogan",
        "Recep Tayyip Erdogan", "person", "TR gov", "Russia");
    assertEquals(0.2, d(alphaErdoganRussia, AggregateColumns.SHARE_OF_OUTLET_STATEMENTS), 1e-12);
    Row alphaErdoganTurkey = row(byOutletSpeaker, AggregateColumns.BY_OUTLET_SPEAKER, "Alpha", "erdogan",
        "Recep Tayyip Erdogan", "person", "TR gov", "Turkey");
    assertEquals(1.0, d(alphaErdoganTurkey, AggregateColumns.SHARE_OF_OUTLET_STATEMENTS), 1e-12);

    List<Row> byAff = t.get(AggregateColumns.BY_AFFILIATION);
    Row none = row(byAff, AggregateColumns.BY_AFFILIATION, null, "Russia");
    assertEquals((-0.5 + 0.0 + 0.3) / 3, d(none, AggregateColumns.MEAN_SCORE), 1e-12);
    assertEquals(3, n(none, AggregateColumns.N_ARTICLES));
    Row tr = row(byAff, AggregateColumns.BY_AFFILIATION, "TR gov", "Turkey");
    assertEquals(0.2, d(tr, AggregateColumns.MEAN_SCORE), 1e-12);

    List<Row> byDate = t.get(AggregateColumns.BY_DATE);
    Row week = row(byDate, AggregateColumns.BY_DATE, "week", "2020-03-02", "Alpha", "Russia");
    assertEquals(4, n(week, AggregateColumns.N_STATEMENTS));
    assertEquals(2, n(week, AggregateColumns.N_ARTICLES));
    assertEquals(0.25, d(week, AggregateColumns.MEAN_SCORE), 1e-12);
    Row day = row(byDate, AggregateColumns.BY_DATE, "day", "2020-03-04", "Alpha", "Russia");
    assertEquals(0.5, d(day, AggregateColumns.MEAN_SCORE), 1e-12);
    Row month = row(byDate, AggregateColumns.BY_DATE, "month", "2020-03-01", "Alpha", "Russia");
    assertEquals(5, n(month, AggregateColumns.N_STATEMENTS));
    assertEquals(3, n(month, AggregateColumns.N_ARTICLES));
    assertEquals(0.0, d(month, AggregateColumns.MEAN_SCORE), 1e-12);
    // Beta's article has no date
    assertTrue(byDate.stream().noneMatch(r -> "Beta".equals(r.getAs(AggregateColumns.OUTLET))));
  }

  @Test
  void eachGranularityOfByDateCountsEveryDatedUnitOnce() {
    // Fixtures.small: Alpha's dated units are 5 toward Russia and 1 toward Turkey; Beta has no date
    List<Row> byDate = small.get(AggregateColumns.BY_DATE);
    assertEquals(AggregateColumns.GRANULARITIES, byDate.stream()
        .map(r -> (String) r.getAs(AggregateColumns.GRANULARITY)).distinct().sorted(
            java.util.Comparator.comparingInt(AggregateColumns.GRANULARITIES::indexOf)).toList());
    for (String g : AggregateColumns.GRANULARITIES) {
      long units = byDate.stream().filter(r -> g.equals(r.getAs(AggregateColumns.GRANULARITY)))
          .mapToLong(r -> n(r, AggregateColumns.N_STATEMENTS)).sum();
      assertEquals(6, units, g);
    }
    for (Row r : byDate) {
      java.time.LocalDate start = ((java.sql.Date) r.getAs(AggregateColumns.PERIOD_START)).toLocalDate();
      if ("month".equals(r.getAs(AggregateColumns.GRANULARITY))) assertEquals(1, start.getDayOfMonth(), r.toString());
      if ("week".equals(r.getAs(AggregateColumns.GRANULARITY))) assertEquals(java.time.DayOfWeek.MONDAY, start.getDayOfWeek());
    }
  }

  @Test
  void intervalIsClusterRobustContainsTheMeanAndShrinksWithMoreArticles() {
    // 10 copies: 30 Alpha articles with per-article sums 0, 1, -1 (2, 2, 1 statements): m = 0,
    // var = 30/29 · 20 / 50² , CR1 half width = t(29) · sqrt(var) = 2.0452 · 0.0909718 = 0.186;
    // the floor for m = 0 over 30 articles would be wider (0.337), but 30 articles that disagree
    // are enough support for CR1, which stands
    Row ten = row(byOutlet(Fixtures.small(10)), AggregateColumns.BY_OUTLET, "Alpha", "Russia", "all");
    double cr1 = 2.0452 * Math.sqrt(30.0 / 29 * 20 / 2500);
    double[] floor = wilson(0, 30);
    assertTrue(floor[1] > cr1, floor[1] + " > " + cr1);
    assertEquals(-cr1, d(ten, AggregateColumns.CI_LOW), 1e-3);
    assertEquals(cr1, d(ten, AggregateColumns.CI_HIGH), 1e-3);
    assertFalse((Boolean) ten.getAs(AggregateColumns.CI_WIDENED));
    assertFalse((Boolean) ten.getAs(AggregateColumns.LOW_SUPPORT));
    Row three = row(byOutlet(Fixtures.small(3)), AggregateColumns.BY_OUTLET, "Alpha", "Russia", "all");
    double widthThree = d(three, AggregateColumns.CI_HIGH) - d(three, AggregateColumns.CI_LOW);
    double widthTen = d(ten, AggregateColumns.CI_HIGH) - d(ten, AggregateColumns.CI_LOW);
    assertTrue(widthTen < widthThree, widthTen + " < " + widthThree);
    for (List<Row> table : small.values()) {
      for (Row r : table) {
        assertTrue(d(r, AggregateColumns.CI_LOW) <= d(r, AggregateColumns.MEAN_SCORE), r.toString());
        assertTrue(d(r, AggregateColumns.MEAN_SCORE) <= d(r, AggregateColumns.CI_HIGH), r.toString());
        assertTrue(d(r, AggregateColumns.CI_LOW) < d(r, AggregateColumns.CI_HIGH), "never a point: " + r);
      }
    }
  }

  @Test
  void agreeingArticlesGetTheBoundedScaleFloorNotCertainty() {
    // 7 articles whose one statement each scores -0.077: CR1 says [-0.077, -0.077]
    Fixtures f = new Fixtures();
    for (int i = 0; i < 7; i++) {
      f.article("same" + i, "Gamma", "2020-03-02", null, "t", "x")
          .statement("same" + i, "s1", "direct", "Russia is so-so", "Ann Other", "ann", "person", "Agreeing")
          .tone("same" + i, "s1", "Russia", -0.077);
    }
    // 10 articles scoring +1 and -1 in turn: CR1 is wider than the floor and is kept
    for (int i = 0; i < 10; i++) {
      f.article("split" + i, "Gamma", "2020-03-02", null, "t", "x")
          .statement("split" + i, "s1", "direct", "Russia is good or bad", "Bo Other", "bo", "person", "Split")
          .tone("split" + i, "s1", "Russia", i % 2 == 0 ? 1.0 : -1.0);
    }
    List<Row> byAff = aggregate(f, 5).get(AggregateColumns.BY_AFFILIATION).collectAsList();

    Row same = row(byAff, AggregateColumns.BY_AFFILIATION, "Agreeing", "Russia");
    assertEquals(-0.077, d(same, AggregateColumns.MEAN_SCORE), 1e-12);
    double[] floor = wilson(-0.077, 7);
    assertEquals(floor[0], d(same, AggregateColumns.CI_LOW), 1e-9);
    assertEquals(floor[1], d(same, AggregateColumns.CI_HIGH), 1e-9);
    assertTrue(d(same, AggregateColumns.CI_HIGH) - d(same, AggregateColumns.CI_LOW) > 1.0, "seven articles are not certainty");
    assertTrue((Boolean) same.getAs(AggregateColumns.CI_WIDENED));

    Row split = row(byAff, AggregateColumns.BY_AFFILIATION, "Split", "Russia");
    double cr1 = 2.2622 * Math.sqrt(10.0 / 9 * 10 / 100); // t(9) · sqrt(G/(G-1) · Σ s_a² / N²)
    assertTrue(cr1 > wilson(0, 10)[1]);
    assertEquals(-cr1, d(split, AggregateColumns.CI_LOW), 1e-4);
    assertEquals(cr1, d(split, AggregateColumns.CI_HIGH), 1e-4);
    assertFalse((Boolean) split.getAs(AggregateColumns.CI_WIDENED));
  }

  /**
   * The Wilson score interval of p = (m + 1) / 2 over n, in the textbook form, mapped back to the
   * −1 … +1 scale: what the floor of every interval must be.
   */
  static double[] wilson(double m, int n) {
    double z = 1.959963984540054;
    double p = (m + 1) / 2;
    double center = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return new double[] {2 * (center - half) - 1, 2 * (center + half) - 1};
  }

  static List<Row> byOutlet(Fixtures f) {
    return AggregateJob.aggregate(AggregateJob.units(f.articles(spark), f.statements(spark), f.tone(spark)),
            new AggregateJob.Options(5, "r")).get(AggregateColumns.BY_OUTLET)
        .filter("outlet = 'Alpha' and target = 'Russia' and voice = 'all'").collectAsList();
  }

  @Test
  void sameInputGivesIdenticalTablesAndReplacesThem(@TempDir Path dir) throws Exception {
    Fixtures f = Fixtures.small(4);
    String out = dir.toString();
    f.articles(spark).write().parquet(out + "/articles");
    f.statements(spark).repartition(3).write().parquet(out + "/statements");
    f.tone(spark).repartition(4).write().parquet(out + "/tone");
    Map<String, String> paths = AggregateJob.run(spark, out, AggregateJob.Options.defaults()).paths();
    Map<String, List<String>> first = readAll(paths);
    Map<String, String> firstCsv = readCsv(paths);
    // same content, different row order and partitioning
    f.tone(spark).orderBy(org.apache.spark.sql.functions.col("score").desc()).repartition(2)
        .write().mode("overwrite").parquet(out + "/tone");
    Map<String, List<String>> second = readAll(AggregateJob.run(spark, out, AggregateJob.Options.defaults()).paths());
    assertEquals(first, second);
    assertEquals(firstCsv, readCsv(paths));
    String runId = first.get(AggregateColumns.BY_OUTLET).get(0);
    assertTrue(runId.contains(",in-"), runId); // derived from the input's content
    for (String p : paths.values()) {
      try (var files = Files.list(Path.of(p))) {
        assertEquals(1, files.filter(x -> x.getFileName().toString().endsWith(".parquet")).count(), p);
      }
    }
    try (var siblings = Files.list(Path.of(out, AggregateColumns.DIR))) {
      List<String> expected = new ArrayList<>();
      for (String t : AggregateColumns.TABLES) expected.addAll(List.of(t, t + AggregateColumns.CSV_SUFFIX));
      assertEquals(expected.stream().sorted().toList(), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
          "each table and its CSV file, no staging directory or temporary file left behind");
    }
  }

  @Test
  void rowsHandedToTheChartsAreThoseReadBackFromTheTables(@TempDir Path dir) {
    // dated articles over several periods (by_date's dates), unattributed statements (null keys)
    Fixtures f = Fixtures.small(4);
    String out = dir.toString();
    f.articles(spark).write().parquet(out + "/articles");
    f.statements(spark).write().parquet(out + "/statements");
    f.tone(spark).write().parquet(out + "/tone");
    AggregateJob.Written written = AggregateJob.run(spark, out, AggregateJob.Options.defaults());
    assertEquals(AggregateColumns.TABLES, List.copyOf(written.rows().keySet()));
    for (String t : AggregateColumns.TABLES) {
      Dataset<Row> table = spark.read().parquet(written.paths().get(t));
      List<Row> back = table.collectAsList();
      assertFalse(back.isEmpty(), t);
      assertEquals(back, written.rows().get(t), t);
      for (Row r : written.rows().get(t)) assertEquals(table.schema(), r.schema(), t); // getAs(name) works as on rows read
    }
    // the charts drawn from the handed rows are the charts drawn from the written tables
    ChartsJob.Options o = ChartsJob.Options.defaults();
    List<String> handed = ChartsJob.draw(spark, out, written.rows(), o).charts().stream().map(c -> c.drawing().toSvg()).toList();
    List<String> read = ChartsJob.draw(spark, out, o).charts().stream().map(c -> c.drawing().toSvg()).toList();
    assertEquals(read, handed);
  }

  @Test
  void aLargeTableIsWrittenInBoundedSlicesAndReadBackInItsKeysOrder(@TempDir Path dir) throws Exception {
    // by_date has a row per granularity, period, outlet and target: 600 days of two outlets give 1,200 day rows,
    // more than one task carries (a table in one task outgrew what a cluster's executors can be sent)
    Fixtures f = new Fixtures();
    java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 600; i++) {
      for (String outlet : List.of("TASS", "Anadolu Agency")) {
        String id = outlet.charAt(0) + "-" + i;
        f.article(id, outlet, day.plusDays(i).toString(), null, "t", "x").narrative(id, "s1", "x")
            .tone(id, "s1", "Syria", ((i * 7) % 9 - 4) / 4.0);
      }
    }
    String out = dir.toString();
    f.articles(spark).write().parquet(out + "/articles");
    f.statements(spark).write().parquet(out + "/statements");
    f.tone(spark).write().parquet(out + "/tone");
    AggregateJob.Written written = AggregateJob.run(spark, out, new AggregateJob.Options(2, "slices"));
    List<Row> byDate = written.rows().get(AggregateColumns.BY_DATE);
    assertTrue(byDate.size() > AggregateJob.ROWS_PER_TASK, byDate.size() + " rows");
    assertEquals((byDate.size() + AggregateJob.ROWS_PER_TASK - 1) / AggregateJob.ROWS_PER_TASK,
        parquetFiles(written.paths().get(AggregateColumns.BY_DATE)), "files (tasks) of at most ROWS_PER_TASK rows");
    assertEquals(1, parquetFiles(written.paths().get(AggregateColumns.BY_OUTLET)), "a small table stays one file");
    // the charts and the report read it back in the order the stage gave (Spark reads the files largest first)
    assertEquals(byDate, ChartsJob.collect(spark, out).get(AggregateColumns.BY_DATE));
    List<Row> shuffled = new ArrayList<>(byDate);
    java.util.Collections.shuffle(shuffled, new java.util.Random(54));
    assertEquals(byDate, AggregateJob.inKeyOrder(AggregateColumns.BY_DATE, shuffled), "the keys' order, whatever order files are read in");
    String csv = Files.readString(Path.of(written.paths().get(AggregateColumns.BY_DATE) + AggregateColumns.CSV_SUFFIX));
    Csv.assertSameRows(AggregateColumns.columns(AggregateColumns.BY_DATE), byDate, Csv.parse(csv), "by_date.csv in order");
  }

  private static long parquetFiles(String folder) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
    }
  }

  @Test
  void csvBesideEveryTableHoldsTheSameRows(@TempDir Path dir) throws Exception {
    Fixtures f = Fixtures.small(2);
    // names a CSV must quote: comma, double quote, line break, non-ASCII; an outlet that is null
    f.article("q1", "Kommersant, \"Moscow\"\nedition", "2020-04-01", null, "t", "x")
        .statement("q1", "s1", "direct", "Türkiye is fine", "Mevlüt Çavuşoğlu", "cavusoglu", "person", "Türkiye")
        .tone("q1", "s1", "Turkey", 0.25);
    f.article("q2", null, "2020-04-02", null, "t", "x")
        .statement("q2", "s1", "direct", "Syria, again", "", "empty-name", "person", "")
        .tone("q2", "s1", "Syria", -0.25);
    String out = dir.toString();
    f.articles(spark).write().parquet(out + "/articles");
    f.statements(spark).write().parquet(out + "/statements");
    f.tone(spark).write().parquet(out + "/tone");
    Map<String, String> paths = AggregateJob.run(spark, out, new AggregateJob.Options(2, "csv-test")).paths();
    boolean quoted = false;
    boolean accented = false;
    for (String name : AggregateColumns.TABLES) {
      Path csvFile = Path.of(paths.get(name) + AggregateColumns.CSV_SUFFIX);
      assertTrue(Files.isRegularFile(csvFile), csvFile + " is one file");
      String text = Files.readString(csvFile, java.nio.charset.StandardCharsets.UTF_8); // fails on bad UTF-8
      assertFalse(text.startsWith("\uFEFF"), "no byte order mark");
      accented |= text.contains("Mevlüt Çavuşoğlu");
      quoted |= text.contains("\"Kommersant, \"\"Moscow\"\"\nedition\"");
      List<Row> parquet = spark.read().parquet(paths.get(name)).collectAsList();
      Csv.assertSameRows(AggregateColumns.columns(name), parquet, Csv.parse(text), name);
    }
    assertTrue(quoted, "the outlet with a comma, quotes and a line break is quoted as RFC 4180 says");
    assertTrue(accented, "UTF-8 text kept");
  }

  private static Map<String, String> readCsv(Map<String, String> paths) {
    Map<String, String> texts = new java.util.TreeMap<>();
    for (String p : paths.values()) {
      try {
        texts.put(p, Files.readString(Path.of(p + AggregateColumns.CSV_SUFFIX)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return texts;
  }

  private static Map<String, List<String>> readAll(Map<String, String> paths) {
    return paths.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        e -> spark.read().parquet(e.getValue()).collectAsList().stream().map(Row::toString)
            .collect(Collectors.toList())));
  }

  @Test
  void unitsAverageMentionsAndSplitVoices() {
    Fixtures f = Fixtures.small(1);
    List<Row> units = AggregateJob.units(f.articles(spark), f.statements(spark), f.tone(spark))
        .filter("article_id = 'a1' and statement_id = 's2'").collectAsList();
    assertEquals(1, units.size());
    Row u = units.get(0);
    assertEquals(0.5, d(u, AggregateJob.U_SCORE), 1e-12);
    assertEquals("pos", u.getAs(AggregateJob.U_LABEL));
    assertEquals(List.of("good", "partner"), u.getList(u.fieldIndex(AggregateJob.U_EVIDENCE)));
    assertEquals("quoted", u.getAs(AggregateColumns.VOICE));
    assertNotNull(u.getAs(AggregateJob.U_URL));
  }

  @Test
  void keysSortAsSparkSortsStringsByTheirUtf8Bytes() {
    java.util.Random random = new java.util.Random(11);
    int[] points = {'a', 'Z', 0xE9, 0x4E2D, 0xFFFD, 0xFFFF, 0x1F600, 0x10400, 0};
    for (int trial = 0; trial < 20_000; trial++) {
      String a = randomString(random, points);
      String b = randomString(random, points);
      int bytes = Integer.signum(org.apache.spark.unsafe.types.UTF8String.fromString(a)
          .compareTo(org.apache.spark.unsafe.types.UTF8String.fromString(b)));
      assertEquals(bytes, Integer.signum(AggregateJob.compareCodePoints(a, b)), a + " vs " + b);
    }
  }

  private static String randomString(java.util.Random random, int[] points) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) s.appendCodePoint(points[random.nextInt(points.length)]);
    return s.toString();
  }
}
