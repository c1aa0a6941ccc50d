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
      Dataset<Row> t = tables.get(name);
      assertEquals(expected, List.of(t.columns()), name);
      Map<String, String> types = new java.util.HashMap<>();
      for (StructField f : t.schema().fields()) types.put(f.name(), f.dataType().simpleString());
      assertEquals("bigint", types.get(AggregateColumns.N_STATEMENTS));
      assertEquals("bigint", types.get(AggregateColumns.N_ARTICLES));
      for (String c : List.of(AggregateColumns.MEAN_SCORE, AggregateColumns.CI_LOW, AggregateColumns.CI_HIGH,
          AggregateColumns.SHARE_POS, AggregateColumns.SHARE_NEG)) {
        assertEquals("double", types.get(c), name + "." + c);
      }
      assertEquals("boolean", types.get(AggregateColumns.LOW_SUPPORT));
      assertEquals("string", types.get(AggregateColumns.RUN_ID));
      assertFalse(small.get(name).isEmpty(), name);
    }
    assertEquals("date", tables.get(AggregateColumns.BY_DATE).schema()
        .apply(AggregateColumns.PERIOD_START).dataType().simpleString());
    // outlet × target × voice: Alpha has Russia (all/own/quoted) and Turkey (all/quoted); Beta Russia (all/own)
    assertEquals(7, small.get(AggregateColumns.BY_OUTLET).size());
    // putin/Russia, erdogan/Russia, erdogan/Turkey; narratives have no speaker id
    assertEquals(3, small.get(AggregateColumns.BY_SPEAKER).size());
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

    Row putin = row(t.get(AggregateColumns.BY_SPEAKER), AggregateColumns.BY_SPEAKER, "putin");
    assertEquals("Putin", putin.getAs(AggregateColumns.SPEAKER)); // tie between spellings: smallest
    assertEquals("RU gov", putin.getAs(AggregateColumns.SPEAKER_AFFILIATION));
    assertEquals("person", putin.getAs(AggregateColumns.SPEAKER_TYPE));
    assertEquals(0.75, d(putin, AggregateColumns.MEAN_SCORE), 1e-12);
    assertEquals(2, n(putin, AggregateColumns.N_ARTICLES));

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
    // Beta's article has no date
    assertTrue(byDate.stream().noneMatch(r -> "Beta".equals(r.getAs(AggregateColumns.OUTLET))));
  }

  @Test
  void intervalIsClusterRobustContainsTheMeanAndShrinksWithMoreArticles() {
    // 10 copies: 30 Alpha articles with per-article sums 0, 1, -1 (2, 2, 1 statements): m = 0,
    // var = 30/29 · 20 / 50² , half width = t(29) · sqrt(var) = 2.0452 · 0.0909718
    Row ten = row(byOutlet(Fixtures.small(10)), AggregateColumns.BY_OUTLET, "Alpha", "Russia", "all");
    double half = 2.0452 * Math.sqrt(30.0 / 29 * 20 / 2500);
    assertEquals(-half, d(ten, AggregateColumns.CI_LOW), 1e-4);
    assertEquals(half, d(ten, AggregateColumns.CI_HIGH), 1e-4);
    assertFalse((Boolean) ten.getAs(AggregateColumns.LOW_SUPPORT));
    Row three = row(byOutlet(Fixtures.small(3)), AggregateColumns.BY_OUTLET, "Alpha", "Russia", "all");
    double widthThree = d(three, AggregateColumns.CI_HIGH) - d(three, AggregateColumns.CI_LOW);
    double widthTen = d(ten, AggregateColumns.CI_HIGH) - d(ten, AggregateColumns.CI_LOW);
    assertTrue(widthTen < widthThree, widthTen + " < " + widthThree);
    for (Row r : small.get(AggregateColumns.BY_SPEAKER)) {
      assertTrue(d(r, AggregateColumns.CI_LOW) <= d(r, AggregateColumns.MEAN_SCORE), r.toString());
      assertTrue(d(r, AggregateColumns.MEAN_SCORE) <= d(r, AggregateColumns.CI_HIGH), r.toString());
    }
  }

  static List<Row> byOutlet(Fixtures f) {
    return AggregateJob.byOutlet(AggregateJob.units(f.articles(spark), f.statements(spark), f.tone(spark)), 5, "r")
        .filter("outlet = 'Alpha' and target = 'Russia' and voice = 'all'").collectAsList();
  }

  @Test
  void sameInputGivesIdenticalTablesAndReplacesThem(@TempDir Path dir) throws Exception {
    Fixtures f = Fixtures.small(4);
    String out = dir.toString();
    f.articles(spark).write().parquet(out + "/articles");
    f.statements(spark).repartition(3).write().parquet(out + "/statements");
    f.tone(spark).repartition(4).write().parquet(out + "/tone");
    Map<String, String> paths = AggregateJob.run(spark, out, AggregateJob.Options.defaults());
    Map<String, List<String>> first = readAll(paths);
    // same content, different row order and partitioning
    f.tone(spark).orderBy(org.apache.spark.sql.functions.col("score").desc()).repartition(2)
        .write().mode("overwrite").parquet(out + "/tone");
    Map<String, List<String>> second = readAll(AggregateJob.run(spark, out, AggregateJob.Options.defaults()));
    assertEquals(first, second);
    String runId = first.get(AggregateColumns.BY_OUTLET).get(0);
    assertTrue(runId.contains(",in-"), runId); // derived from the input's content
    for (String p : paths.values()) {
      try (var files = Files.list(Path.of(p))) {
        assertEquals(1, files.filter(x -> x.getFileName().toString().endsWith(".parquet")).count(), p);
      }
    }
    try (var siblings = Files.list(Path.of(out, AggregateColumns.DIR))) {
      assertEquals(4, siblings.count(), "no staging directories left behind");
    }
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
}
