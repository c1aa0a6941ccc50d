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
  void seedsGiveStatementRowsWithValidOffsetsAndSameSentencesAsPlainJava() {
    Dataset<Row> articles = StatementsJob.readArticles(spark, "../data/samples").cache();
    Dataset<Row> st = StatementsJob.statements(articles).cache();
    assertEquals(Arrays.asList(StatementColumns.ARTICLE_ID, StatementColumns.STATEMENT_ID, StatementColumns.KIND,
        StatementColumns.TEXT, StatementColumns.START, StatementColumns.END, StatementColumns.SENTENCE_INDEX,
        StatementColumns.PARAGRAPH_INDEX, StatementColumns.SPEAKER, StatementColumns.SPEAKER_ID, StatementColumns.SPEAKER_TYPE,
        StatementColumns.SPEAKER_AFFILIATION, StatementColumns.CUE, StatementColumns.ATTRIBUTION_METHOD), Arrays.asList(st.columns()));
    List<Row> joined = st.withColumnRenamed("text", "t").join(articles, "article_id")
        .select(functions.col("text"), functions.col("start"), functions.col("end"), functions.col("t")).collectAsList();
    assertTrue(joined.size() > 50);
    for (Row r : joined) assertEquals(r.getString(0).substring(r.getInt(1), r.getInt(2)), r.getString(3));
    assertTrue(st.filter(functions.col("kind").equalTo("social")).count() == 2);
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
    spark.udf().register("statement_view_test", (org.apache.spark.sql.api.java.UDF1<String, String>) t -> TextView.of(t).view(),
        org.apache.spark.sql.types.DataTypes.StringType);
  }
}
