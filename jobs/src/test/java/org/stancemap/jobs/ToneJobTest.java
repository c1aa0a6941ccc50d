package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;
import org.stancemap.sql.StancemapFunctions;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.targets.Targets;
import org.stancemap.tone.TargetToneAnalyzer;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.ToneScorers;

/** The tone job on a hand-made statements table (one SparkSession for the class), and the tone SQL functions. */
class ToneJobTest {
  static final String ARTICLE = "Ankara, March 5. Turkey said Russian airstrikes killed 11 fighters. "
      + "\"We want peace,\" Erdogan said. The weather was fine. Russia and the Kremlin sent tonnes of relief aid to the quake victims.";
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("ToneJobTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    StancemapFunctions.register(spark);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Dataset<Row> statements() {
    StructType schema = new StructType()
        .add(StatementColumns.ARTICLE_ID, DataTypes.StringType)
        .add(StatementColumns.STATEMENT_ID, DataTypes.StringType)
        .add(StatementColumns.KIND, DataTypes.StringType)
        .add(StatementColumns.TEXT, DataTypes.StringType)
        .add(StatementColumns.START, DataTypes.IntegerType)
        .add(StatementColumns.END, DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (String s : new String[] {"Turkey said Russian airstrikes killed 11 fighters.", "We want peace,",
        "The weather was fine.", "Russia and the Kremlin sent tonnes of relief aid to the quake victims."}) {
      int start = ARTICLE.indexOf(s);
      rows.add(RowFactory.create("a1", "a1-" + rows.size(), s.equals("We want peace,") ? "direct" : "narrative", s, start, start + s.length()));
    }
    rows.add(RowFactory.create("a1", "a1-null", "narrative", null, 0, 0));
    return spark.createDataFrame(rows, schema);
  }

  @Test
  void oneRowPerStatementAndTargetWithArticleOffsets() {
    List<Row> rows = new ArrayList<>(ToneJob.score(statements(), ToneJob.Config.defaults()).collectAsList());
    rows.sort(java.util.Comparator.comparing((Row r) -> r.<String>getAs(ToneColumns.STATEMENT_ID))
        .thenComparing(r -> r.<String>getAs(ToneColumns.TARGET)));
    List<String> got = new ArrayList<>();
    for (Row r : rows) got.add(r.getAs(ToneColumns.STATEMENT_ID) + ":" + r.getAs(ToneColumns.TARGET));
    // statement 1 (the quote) names nobody; the weather names nobody; Russia+Kremlin is one row
    assertEquals(List.of("a1-0:Russia", "a1-0:Turkey", "a1-3:Russia"), got);
    for (Row r : rows) {
      int start = r.getAs(ToneColumns.MENTION_START);
      int end = r.getAs(ToneColumns.MENTION_END);
      assertEquals(r.<String>getAs(ToneColumns.MENTION), ARTICLE.substring(start, end));
      assertEquals(ToneScorers.DEFAULT, r.getAs(ToneColumns.SCORER));
      double score = r.getAs(ToneColumns.SCORE);
      assertTrue(score >= -1 && score <= 1);
      // the default scorer is probabilistic: its probabilities are written, and score and label follow from them
      double pNeg = r.getAs(ToneColumns.P_NEG);
      double pNeu = r.getAs(ToneColumns.P_NEU);
      double pPos = r.getAs(ToneColumns.P_POS);
      assertEquals(1.0, pNeg + pNeu + pPos, 1e-6);
      assertEquals(pPos - pNeg, score, 1e-9);
      String label = r.getAs(ToneColumns.LABEL);
      if (label.equals("pos")) assertTrue(score > 0);
      if (label.equals("neg")) assertTrue(score < 0);
    }
    assertEquals("neg", rows.get(0).getAs(ToneColumns.LABEL));
    // the giver of aid is pos by docs/tone-guidelines.md (a praiser would be neu)
    assertEquals("pos", rows.get(2).getAs(ToneColumns.LABEL));
    assertTrue(rows.get(0).<scala.collection.Seq<String>>getAs(ToneColumns.EVIDENCE).contains("airstrikes"));
  }

  @Test
  void outputHasExactlyTheToneColumns() {
    List<String> expected = List.of(ToneColumns.ARTICLE_ID, ToneColumns.STATEMENT_ID, ToneColumns.TARGET,
        ToneColumns.MENTION, ToneColumns.MENTION_START, ToneColumns.MENTION_END, ToneColumns.SCORE, ToneColumns.LABEL,
        ToneColumns.CONFIDENCE, ToneColumns.P_NEG, ToneColumns.P_NEU, ToneColumns.P_POS, ToneColumns.EVIDENCE, ToneColumns.SCORER);
    assertEquals(expected, List.of(ToneJob.score(statements(), ToneJob.Config.defaults()).columns()));
  }

  @Test
  void targetsAndLeadersAreConfigurable(@TempDir Path dir) {
    Targets weather = Targets.parse(List.<String[]>of(new String[] {"Weather", "weather", "name"}), "test");
    List<Row> rows = ToneJob.score(statements(), new ToneJob.Config("default", weather, TargetMatcher.Options.DEFAULT)).collectAsList();
    assertEquals(1, rows.size());
    assertEquals("Weather", rows.get(0).getAs(ToneColumns.TARGET));

    Dataset<Row> quote = statements().where("statement_id = 'a1-1'").selectExpr("article_id", "statement_id",
        "'Erdogan hopes for peace' AS text", "start");
    assertEquals(1, ToneJob.score(quote, ToneJob.Config.defaults()).count());
    assertEquals(0, ToneJob.score(quote, new ToneJob.Config("lexicon", Targets.load(), new TargetMatcher.Options(false))).count());
    assertThrows(IllegalArgumentException.class,
        () -> ToneJob.score(quote, new ToneJob.Config("no-such-scorer", Targets.load(), TargetMatcher.Options.DEFAULT)));
  }

  @Test
  void aSmallTableIsSpreadOverTheCoresWithEachArticleTogetherAndInTextOrder() {
    StructType schema = new StructType()
        .add(StatementColumns.ARTICLE_ID, DataTypes.StringType)
        .add(StatementColumns.STATEMENT_ID, DataTypes.StringType)
        .add(StatementColumns.TEXT, DataTypes.StringType)
        .add(StatementColumns.START, DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (int a = 0; a < 8; a++) {
      // "government forces" are Syria's only after a statement of its article named Syria (the context)
      rows.add(RowFactory.create("art" + a, "art" + a + "-0", "Syria's army said it was ready for talks.", 10));
      rows.add(RowFactory.create("art" + a, "art" + a + "-1", "Government forces shelled the town again.", 60));
    }
    java.util.Collections.reverse(rows); // one partition, articles and statements out of text order
    Dataset<Row> one = spark.createDataFrame(rows, schema).coalesce(1);
    Dataset<Row> spread = ToneJob.spread(one);
    assertEquals(2, spread.rdd().getNumPartitions());
    List<List<String>> parts = new ArrayList<>();
    for (Object p : (Object[]) spread.select(StatementColumns.STATEMENT_ID).javaRDD().map(r -> r.getString(0)).glom().collect().toArray()) {
      parts.add(new ArrayList<>((List<String>) p));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    int total = 0;
    for (List<String> part : parts) {
      total += part.size();
      for (int i = 0; i < part.size(); i += 2) {
        String article = part.get(i).substring(0, part.get(i).indexOf('-'));
        assertEquals(List.of(article + "-0", article + "-1"), part.subList(i, i + 2), "an article's statements together, in text order");
        assertTrue(seen.add(article));
      }
    }
    assertEquals(16, total);
    // so the contextual words find their state in every article
    List<Row> tone = ToneJob.score(spread, ToneJob.Config.defaults()).where("statement_id LIKE '%-1'").collectAsList();
    assertEquals(8, tone.size());
    for (Row r : tone) assertEquals("Syria", r.getAs(ToneColumns.TARGET));
    // a table with a partition per core is left as it is (no shuffle)
    Dataset<Row> two = spark.createDataFrame(rows, schema).repartition(2);
    assertTrue(two == ToneJob.spread(two));
  }

  /**
   * Most statements name no target: a chunk must hold enough of them that the encoder's batches fill (a chunk of 256
   * statements gave it about 18 mentions a call on the benchmark corpus, and the tone stage ran 1.3 times slower).
   */
  @Test
  void aChunkGivesTheScorerAHundredMentionsWhenOneStatementInTenNamesATarget() {
    ToneScorer lexicon = ToneScorers.get("lexicon");
    List<Integer> calls = new ArrayList<>();
    ToneScorer counting = new ToneScorer() {
      @Override
      public String name() {
        return "counting";
      }

      @Override
      public org.stancemap.tone.ToneScore score(String text, int start, int end, String target) {
        return lexicon.score(text, start, end, target);
      }

      @Override
      public List<org.stancemap.tone.ToneScore> scoreAll(List<Request> requests) {
        calls.add(requests.size());
        return ToneScorer.super.scoreAll(requests);
      }
    };
    TargetToneAnalyzer analyzer = new TargetToneAnalyzer(TargetMatcher.standard(), counting);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 1500; i++) { // 50 articles of 30 statements, three of them about Turkey
      String text = i % 10 == 0 ? "Turkey said the border crossing would reopen." : "The market reopened after the holiday.";
      rows.add(RowFactory.create("art-" + i / 30, "s-" + i, text, 100 * (i % 30), null, null, null, "narrative"));
    }
    ToneJob.PeekingIterator<Row> in = new ToneJob.PeekingIterator<>(rows.iterator());
    List<Row> scored = new ArrayList<>();
    while (in.hasNext()) scored.addAll(ToneJob.scoreChunk(in, analyzer));
    assertEquals(150, scored.size());
    assertEquals(List.of(150), calls, "one scorer call for every mention of the 1,500 statements");
  }

  @Test
  void aChunkEndsWithItsLastArticleSoEveryStatementSeesItsArticleAndOutlet() {
    TargetToneAnalyzer analyzer = new TargetToneAnalyzer(TargetMatcher.standard(), ToneScorers.get("lexicon"));
    List<Row> rows = new ArrayList<>();
    java.sql.Date day = java.sql.Date.valueOf("2019-05-14");
    // article a: a headline in SANA's style (its army is Syria's), then more statements than a chunk holds
    rows.add(RowFactory.create("a", "a-0", "Army units repelled an attack on military points.", 0, day, "SANA", null, "narrative"));
    rows.add(RowFactory.create("a", "a-1", "The Syrian army said it was ready.", 60, day, "SANA", null, "narrative"));
    for (int i = 2; i < ToneJob.CHUNK + 40; i++) {
      rows.add(RowFactory.create("a", "a-" + i, "Government forces shelled the town again.", 100 + 50 * i, day, "SANA", null, "narrative"));
    }
    rows.add(RowFactory.create("b", "b-0", "Government forces shelled the town again.", 0, day, "Some Blog", null, "narrative"));
    ToneJob.PeekingIterator<Row> in = new ToneJob.PeekingIterator<>(rows.iterator());
    List<Row> first = ToneJob.scoreChunk(in, analyzer);
    assertEquals("b-0", in.peek().getString(1), "the chunk took every statement of article a, and nothing of b");
    assertEquals(ToneJob.CHUNK + 40, first.size(), "one Syria row per statement of article a");
    for (Row r : first) assertEquals("Syria", r.getString(2));
    assertTrue(ToneJob.scoreChunk(in, analyzer).isEmpty(), "b's government forces: its article names no state");
    assertTrue(!in.hasNext());
  }

  @Test
  void ourCountryIsTheSpeakersStateOrAStateRunOutletsInItsOwnWords() {
    TargetToneAnalyzer analyzer = new TargetToneAnalyzer(TargetMatcher.standard(), ToneScorers.get("lexicon"));
    java.sql.Date day = java.sql.Date.valueOf("2025-03-01");
    String q = "We will defend our country with everything we have.";
    List<Row> rows = List.of(
        RowFactory.create("a", "a-0", q, 0, day, "Some Blog", "Turkey", "direct"), // a Turkish minister's words
        RowFactory.create("b", "b-0", q, 0, day, "Some Blog", "Syrian opposition", "direct"), // a voice that is no state
        RowFactory.create("c", "c-0", "Our forces repelled the attack at dawn.", 0, day, "SANA", null, "narrative"), // SANA's own
        RowFactory.create("d", "d-0", "Our forces repelled the attack at dawn.", 0, day, "SANA", null, "direct")); // someone SANA quotes
    List<String> got = new ArrayList<>();
    for (Row r : ToneJob.scoreChunk(new ToneJob.PeekingIterator<>(rows.iterator()), analyzer)) got.add(r.getString(1) + ":" + r.getString(2));
    assertEquals(List.of("a-0:Turkey", "c-0:Syria"), got);
  }

  @Test
  void runWritesParquet(@TempDir Path dir) {
    String in = dir.resolve("statements").toString();
    statements().write().parquet(in);
    String out = dir.resolve("tone").toString();
    assertEquals(3, ToneJob.run(spark, in, out, ToneJob.Config.defaults()));
    assertEquals(3, spark.read().parquet(out).count());
  }

  @Test
  void sqlFunctions() {
    Row r = spark.sql("SELECT tone_toward('Turkey said Russian airstrikes killed 11 fighters.', 'russia') AS t,"
        + " tone_toward('The weather was fine.', 'Russia') AS none,"
        + " find_targets('#Turkey and #Russia agree') AS m").first();
    Row tone = r.getStruct(0);
    assertEquals("neg", tone.getAs("label"));
    assertEquals(ToneScorers.DEFAULT, tone.getAs("scorer"));
    assertTrue(tone.<scala.collection.Seq<String>>getAs("evidence").contains("airstrikes"));
    assertNull(r.get(1));
    List<Row> mentions = r.getList(2);
    assertEquals(2, mentions.size());
    assertEquals("Turkey", mentions.get(0).getAs("target"));
    assertEquals(1, (int) mentions.get(0).getAs("start"));
    assertEquals("Russia", mentions.get(1).getAs("mention"));
  }
}
