package org.stancemap.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.stancemap.jobs.InputFiles;
import org.stancemap.text.Sentences;

/**
 * The benchmark's floor: the least any stancemap run must do with the same articles. It reads
 * the JSON Lines records and text files and only splits sentences and tokens with the Spark NLP stages the
 * statements stage uses (DocumentAssembler, SentenceDetector, Tokenizer), then sums the token
 * counts so every document is really processed. The full pipeline's time over this one is a
 * ratio that survives a noisy machine.
 */
public final class FloorJob {
  private static final StructType RECORD = new StructType().add("text", "string");

  private FloorJob() {}

  /** Documents, sentences and tokens seen. */
  public record Counts(long documents, long sentences, long tokens) {}

  /**
   * The articles' texts under {@code inputs} (files, folders, globs, listed as {@code run} lists
   * them): the {@code text} field of JSON Lines records, and each text file whole. JSON documents
   * and CSV files are not read (the benchmark's corpus is JSON Lines; the bundled samples are text).
   */
  public static Dataset<Row> readTexts(SparkSession spark, List<String> inputs) {
    List<String> records = new java.util.ArrayList<>();
    List<String> texts = new java.util.ArrayList<>();
    for (InputFiles.InputFile f : InputFiles.expand(inputs, spark.sparkContext().hadoopConfiguration()).files()) {
      if (f.kind() == InputFiles.Kind.JSON_LINES) records.add(f.path());
      else if (f.kind() == InputFiles.Kind.TEXT) texts.add(f.path());
    }
    Dataset<Row> all = spark.createDataFrame(List.of(), RECORD);
    if (!records.isEmpty()) all = all.unionByName(spark.read().schema(RECORD).json(records.toArray(String[]::new)));
    if (!texts.isEmpty()) all = all.unionByName(spark.read().option("wholetext", true).text(texts.toArray(String[]::new)).toDF("text"));
    return all.filter(col("text").isNotNull());
  }

  /** Sentence and token counts of {@code texts} (a {@code text} column), computed in one pass. */
  public static Counts split(Dataset<Row> texts) {
    PipelineModel model = pipeline().fit(texts.limit(0));
    Row r = model.transform(texts)
        .agg(count(lit(1)), sum(coalesce(size(col("sentence")), lit(0))), sum(coalesce(size(col("token")), lit(0))))
        .first();
    return new Counts(r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1), r.isNullAt(2) ? 0 : r.getLong(2));
  }

  /** DocumentAssembler → SentenceDetector → Tokenizer, as in the statements stage. */
  public static Pipeline pipeline() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    SentenceDetector sentences = Sentences.detector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {"sentence"});
    tokens.setOutputCol("token");
    return new Pipeline().setStages(new PipelineStage[] {document, sentences, tokens});
  }
}
