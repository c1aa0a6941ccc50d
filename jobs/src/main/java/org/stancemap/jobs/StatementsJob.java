package org.stancemap.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.CollectionAccumulator;
import org.stancemap.ingest.ArticleParser;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.sql.StatementFunctions;
import org.stancemap.statements.RuleNames;
import org.stancemap.statements.StatementExtractor;
import org.stancemap.text.Sentences;
import org.stancemap.text.TextView;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * articles → statements. A Spark NLP pipeline (DocumentAssembler → SentenceDetector, no pretrained
 * models) finds sentence spans on each article's normalised view; the plain-Java
 * {@link StatementExtractor} turns text + spans into statements, which are exploded into one row per
 * statement with the columns of {@link StatementColumns}.
 */
public final class StatementsJob {
  private StatementsJob() {}

  /** The statements table: the article id, then the fields of {@link StatementFunctions#STATEMENT}. */
  public static final org.apache.spark.sql.types.StructType SCHEMA = withArticleId(StatementFunctions.STATEMENT);

  private static org.apache.spark.sql.types.StructType withArticleId(org.apache.spark.sql.types.StructType statement) {
    org.apache.spark.sql.types.StructType t = new org.apache.spark.sql.types.StructType()
        .add(StatementColumns.ARTICLE_ID, DataTypes.StringType, true);
    for (org.apache.spark.sql.types.StructField f : statement.fields()) t = t.add(f);
    return t;
  }

  private static final String VIEW = "_view", DOCUMENT = "_document", SENTENCE = "_sentence", S = "_s";

  /** The Spark NLP stages: documents from the normalised view, then sentences. */
  public static PipelineModel sentencePipeline(Dataset<Row> withView) {
    DocumentAssembler doc = new DocumentAssembler();
    doc.setInputCol(VIEW);
    doc.setOutputCol(DOCUMENT);
    SentenceDetector sentences = Sentences.detector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(SENTENCE);
    return new Pipeline().setStages(new PipelineStage[] {doc, sentences}).fit(withView);
  }

  /** The statements of {@code articles} (needs columns article_id, text, outlet). */
  public static Dataset<Row> statements(Dataset<Row> articles) {
    UserDefinedFunction view = functions.udf((org.apache.spark.sql.api.java.UDF1<String, String>) t -> Sentences.detectorInput(TextView.cached(t).view()), DataTypes.StringType);
    Dataset<Row> withView = articles
        .withColumn(ArticleColumns.TEXT, functions.coalesce(col(ArticleColumns.TEXT), functions.lit("")))
        .withColumn(VIEW, view.apply(col(ArticleColumns.TEXT)));
    Dataset<Row> annotated = sentencePipeline(withView).transform(withView);
    CollectionAccumulator<String> failures = extractionErrors(articles.sparkSession());
    UserDefinedFunction extract = functions.udf((UDF5<String, String, String, Seq<Integer>, Seq<Integer>, List<Row>>)
        (id, text, outlet, begins, ends) -> {
          List<org.stancemap.statements.Statement> out = StatementExtractor.defaults().extract(id, text, outlet, spans(begins, ends));
          if (failed(out)) failures.add(id);
          return StatementFunctions.rows(out);
        },
        DataTypes.createArrayType(StatementFunctions.STATEMENT));
    Dataset<Row> exploded = annotated.select(col(ArticleColumns.ARTICLE_ID),
        explode(extract.apply(col(ArticleColumns.ARTICLE_ID), col(ArticleColumns.TEXT), col(ArticleColumns.OUTLET),
            col(SENTENCE + ".begin"), col(SENTENCE + ".end"))).as(S));
    return exploded.select(col(ArticleColumns.ARTICLE_ID).as(StatementColumns.ARTICLE_ID),
        col(S + ".statement_id").as(StatementColumns.STATEMENT_ID), col(S + ".kind").as(StatementColumns.KIND),
        col(S + ".text").as(StatementColumns.TEXT), col(S + ".start").as(StatementColumns.START),
        col(S + ".end").as(StatementColumns.END), col(S + ".sentence_index").as(StatementColumns.SENTENCE_INDEX),
        col(S + ".paragraph_index").as(StatementColumns.PARAGRAPH_INDEX), col(S + ".speaker").as(StatementColumns.SPEAKER),
        col(S + ".speaker_id").as(StatementColumns.SPEAKER_ID), col(S + ".speaker_type").as(StatementColumns.SPEAKER_TYPE),
        col(S + ".speaker_affiliation").as(StatementColumns.SPEAKER_AFFILIATION), col(S + ".cue").as(StatementColumns.CUE),
        col(S + ".attribution_method").as(StatementColumns.ATTRIBUTION_METHOD),
        col(S + ".attribution_rule").as(StatementColumns.ATTRIBUTION_RULE), col(S + ".cue_start").as(StatementColumns.CUE_START),
        col(S + ".cue_end").as(StatementColumns.CUE_END), col(S + ".speaker_start").as(StatementColumns.SPEAKER_START),
        col(S + ".speaker_end").as(StatementColumns.SPEAKER_END), col(S + ".confidence").as(StatementColumns.CONFIDENCE));
  }

  /**
   * The ids of the articles the extractor failed on (an internal error: their paragraphs were kept
   * as narrative with the rule {@link RuleNames#EXTRACTION_ERROR}), gathered while the statements
   * are computed: one accumulator per Spark context, read and emptied by {@link #warnExtractionErrors}.
   */
  static CollectionAccumulator<String> extractionErrors(SparkSession spark) {
    synchronized (FAILED) {
      return FAILED.computeIfAbsent(spark.sparkContext(), sc -> sc.collectionAccumulator("stancemap: articles the extractor failed on"));
    }
  }

  private static final java.util.Map<SparkContext, CollectionAccumulator<String>> FAILED = new java.util.WeakHashMap<>();

  /** Whether {@code extracted} is the extractor's fallback for an article it failed on. */
  static boolean failed(List<org.stancemap.statements.Statement> extracted) {
    return !extracted.isEmpty() && RuleNames.EXTRACTION_ERROR.equals(extracted.get(0).sieve);
  }

  /**
   * After a statements table was written: when the extractor failed on any article, a warning
   * names the first few, so an internal error is never silent. Costs no query (an accumulator
   * filled as the rows were computed). Returns how many articles failed.
   */
  public static long warnExtractionErrors(SparkSession spark, java.io.PrintStream console) {
    CollectionAccumulator<String> acc = extractionErrors(spark);
    java.util.SortedSet<String> ids = new java.util.TreeSet<>(acc.value()); // a retried task adds its ids again
    acc.reset();
    if (!ids.isEmpty()) {
      List<String> first = ids.stream().limit(5).toList();
      console.println(ConsoleText.clean("stancemap: warning: statement extraction failed on " + ids.size()
          + (ids.size() == 1 ? " article" : " articles") + " (" + String.join(", ", first) + (ids.size() > first.size() ? ", ..." : "")
          + "); each was kept as narrative paragraphs with attribution_rule '" + RuleNames.EXTRACTION_ERROR
          + "' (the log has the error; please report it)"));
    }
    return ids.size();
  }

  /** Spark NLP's inclusive [begin, end] sentence bounds as [start, end) pairs. */
  static int[][] spans(Seq<Integer> begins, Seq<Integer> ends) {
    if (begins == null || ends == null) return null;
    List<Integer> b = JavaConverters.seqAsJavaList(begins), e = JavaConverters.seqAsJavaList(ends);
    int[][] out = new int[Math.min(b.size(), e.size())][];
    for (int i = 0; i < out.length; i++) out[i] = new int[] {b.get(i), e.get(i) + 1};
    return out;
  }

  /**
   * Reads articles: a Parquet articles table as written by ingestion, or any input ingestion
   * accepts (a folder of {@code .txt} files with their manifest, JSON Lines, CSV), ingested on the fly.
   */
  public static Dataset<Row> readArticles(SparkSession spark, String input) {
    if (isParquetTable(spark, input)) return spark.read().parquet(input);
    return IngestJob.ingest(spark, List.of(input), ArticleParser.DEFAULT_MAX_BYTES,
        new java.sql.Timestamp(System.currentTimeMillis())).articles();
  }

  private static boolean isParquetTable(SparkSession spark, String input) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
      org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.getFileStatus(p).isDirectory()) return false;
      for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(p)) {
        if (f.getPath().getName().endsWith(".parquet")) return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
  }

  /** Reads articles from {@code input}, writes statements to {@code output} (parquet or json), atomically. */
  public static long run(SparkSession spark, String input, String output, String format) {
    // written once, then counted from what was written: no cache that grows with the corpus
    AtomicOutput.write(statements(readArticles(spark, input)), output, format);
    warnExtractionErrors(spark, System.out);
    return spark.read().format(format).load(output).count();
  }
}
