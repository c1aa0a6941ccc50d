package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.schema.StatementColumns;
import org.stancemap.sql.StancemapFunctions;
import org.stancemap.text.Sentences;
import org.stancemap.text.TextView;

/** The job on the seed articles: schema, offsets, and the pipeline's sentences equal the plain-Java ones. */
class StatementsJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("local[2]", "statements-test");
    udfs();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void articlesTheExtractorFailedOnAreNamedOnTheConsoleOnce() {
    // what the extractor gives an article it failed on is recognised as such
    String text = "Putin said the talks went well.\n\nErdogan agreed.";
    assertTrue(StatementsJob.failed(new org.stancemap.statements.StatementExtractor(org.stancemap.statements.CueLexicon.load(), null,
        org.stancemap.speakers.Descriptors.load()).extract("x", text, null, null)));
    assertTrue(!StatementsJob.failed(org.stancemap.statements.StatementExtractor.defaults().extract("x", text, null, null)));
    assertTrue(!StatementsJob.failed(List.of()));
    // the ids gathered while the statements were computed (a retried task adds its own again)
    for (String id : List.of("b", "a", "b")) StatementsJob.extractionErrors(spark).add(id);
    java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
    assertEquals(2, StatementsJob.warnExtractionErrors(spark, new java.io.PrintStream(console, true)));
    assertTrue(console.toString().contains("statement extraction failed on 2 articles (a, b)"), console::toString);
    console.reset();
    assertEquals(0, StatementsJob.warnExtractionErrors(spark, new java.io.PrintStream(console, true)), "read once");
    assertEquals("", console.toString());
    // the samples: none
    Dataset<Row> articles = StatementsJob.readArticles(spark, "../data/samples");
    assertTrue(StatementsJob.statements(articles).count() > 50);
    assertEquals(0, StatementsJob.warnExtractionErrors(spark, new java.io.PrintStream(console, true)));
  }

  @Test
  void seedsGiveStatementRowsWithValidOffsetsAndSameSentencesAsPlainJava() {
    Dataset<Row> articles = StatementsJob.readArticles(spark, "../data/samples").cache();
    Dataset<Row> st = StatementsJob.statements(articles).cache();
    assertEquals(Arrays.asList(StatementColumns.ARTICLE_ID, StatementColumns.STATEMENT_ID, StatementColumns.KIND,
        StatementColumns.TEXT, StatementColumns.START, StatementColumns.END, StatementColumns.SENTENCE_INDEX,
        StatementColumns.PARAGRAPH_INDEX, StatementColumns.SPEAKER, StatementColumns.SPEAKER_ID, StatementColumns.SPEAKER_TYPE,
        StatementColumns.SPEAKER_AFFILIATION, StatementColumns.CUE, StatementColumns.ATTRIBUTION_METHOD,
        StatementColumns.ATTRIBUTION_RULE, StatementColumns.CUE_START, StatementColumns.CUE_END, StatementColumns.SPEAKER_START,
        StatementColumns.SPEAKER_END, StatementColumns.CONFIDENCE), Arrays.asList(st.columns()));
    assertEquals(org.stancemap.schema.ReadmeSchemaTest.actual(StatementsJob.SCHEMA), org.stancemap.schema.ReadmeSchemaTest.actual(st.schema()));
    List<Row> joined = st.withColumnRenamed("text", "t").join(articles, "article_id")
        .select(functions.col("text"), functions.col("start"), functions.col("end"), functions.col("t")).collectAsList();
    assertTrue(joined.size() > 50);
    for (Row r : joined) assertEquals(r.getString(0).substring(r.getInt(1), r.getInt(2)), r.getString(3));
    assertTrue(st.filter(functions.col("kind").equalTo("social")).count() == 2);

    // provenance: every row has a rule and a confidence; spans point into the article text
    List<Row> prov = st.withColumnRenamed("text", "t").join(articles, "article_id")
        .select(functions.col("text"), functions.col("kind"), functions.col("attribution_rule"), functions.col("cue"),
            functions.col("cue_start"), functions.col("cue_end"), functions.col("speaker"), functions.col("speaker_start"),
            functions.col("speaker_end"), functions.col("confidence")).collectAsList();
    int cues = 0, speakers = 0;
    for (Row r : prov) {
      String text = r.getString(0);
      assertTrue(r.getString(2) != null && !r.getString(2).isEmpty(), r::toString);
      assertTrue(r.getDouble(9) >= 0 && r.getDouble(9) <= 1, r::toString);
      if (r.getString(1).equals("narrative")) {
        assertTrue(r.isNullAt(4) && r.isNullAt(7), r::toString);
        continue;
      }
      if (!r.isNullAt(4)) {
        cues++;
        assertEquals(r.getString(3), text.substring(r.getInt(4), r.getInt(5)).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
      }
      if (!r.isNullAt(7)) {
        speakers++;
        assertTrue(0 <= r.getInt(7) && r.getInt(7) < r.getInt(8) && r.getInt(8) <= text.length(), r::toString);
      }
    }
    assertTrue(cues > 20 && speakers > 20, cues + " cue spans, " + speakers + " speaker spans");
    assertEquals(st.count(), st.select("statement_id").distinct().count());

    // agreement: the Spark NLP pipeline's sentence bounds = Sentences.detect on the same view
    Dataset<Row> withView = articles.withColumn("_view", functions.callUDF("statement_view_test", functions.col("text")));
    List<Row> ann = StatementsJob.sentencePipeline(withView).transform(withView).select("text", "_sentence.begin", "_sentence.end").collectAsList();
    for (Row r : ann) {
      List<Integer> b = r.getList(1), e = r.getList(2);
      int[][] fromSpark = new int[b.size()][];
      for (int i = 0; i < b.size(); i++) fromSpark[i] = new int[] {b.get(i), e.get(i) + 1};
      int[][] plain = Sentences.detect(TextView.of(r.getString(0)).view());
      if (plain.length != fromSpark.length) {
        System.out.println("PLAIN " + Arrays.deepToString(plain));
        System.out.println("SPARK " + Arrays.deepToString(fromSpark));
      }
      assertArrayEquals(plain, fromSpark);
    }
  }

  @Test
  void udfIsRegistered() {
    StancemapFunctions.register(spark);
    List<Row> rows = spark.sql("SELECT explode(extract_statements('\"We will win,\" Erdogan said. Fighting went on.')) AS s")
        .select("s.kind", "s.speaker_id").collectAsList();
    assertEquals("direct", rows.get(0).getString(0));
    assertEquals("erdogan", rows.get(0).getString(1));
    assertEquals("narrative", rows.get(1).getString(0));
  }

  static void udfs() {
    // the detector's input, as the job builds it (StatementsJob.statements): the view with abbreviation periods masked
    spark.udf().register("statement_view_test", (org.apache.spark.sql.api.java.UDF1<String, String>) t -> Sentences.detectorInput(TextView.of(t).view()),
        org.apache.spark.sql.types.DataTypes.StringType);
  }
}
