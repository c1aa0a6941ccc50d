package org.stancemap.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.tone.ToneEvaluator;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.model.LinearModelScorer;
import org.stancemap.tone.model.LexiconFeatures;
import org.stancemap.tone.model.LinearToneModel;
import org.stancemap.tone.model.MentionEmbedder;
import org.stancemap.tone.model.MiniLmEncoder;
import org.stancemap.tone.model.RoleFeatures;
import org.stancemap.tone.model.WordFeatures;

/**
 * Trains the {@code minilm-lr} tone scorer on NewsMTSC's {@code train.jsonl} with Spark MLlib:
 * target-aware MiniLM features ({@link MentionEmbedder}, computed in {@code mapPartitions}), then a
 * multinomial logistic regression whose regularisation is chosen on a seeded validation split of
 * the training set (never on the dev files). The chosen setting is refit on all of train, measured
 * on the dev files (reported only), and exported for the plain-Java scorer
 * ({@link LinearToneModel}), together with a sample of MLlib's own predictions that a test checks
 * the plain-Java scorer reproduces.
 */
public final class TrainToneJob {
  public static final List<String> CLASSES = List.of(ToneScore.NEG, ToneScore.NEU, ToneScore.POS);
  public static final List<String> DEFAULT_BLOCKS = List.of("raw.all", "raw.mention", "raw.left", "raw.right",
      "mask.all", "mask.mention", LexiconFeatures.BLOCK);
  /** The fast scorer's blocks: no encoder. */
  public static final List<String> ROLES_BLOCKS = List.of(LexiconFeatures.BLOCK, RoleFeatures.BLOCK, WordFeatures.BLOCK);
  static final StructType FEATURES_SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("label", DataTypes.DoubleType)
      .add("features", SQLDataTypes.VectorType());

  private TrainToneJob() {}

  /** Settings of one training run. */
  public record Settings(String name, List<String> blocks, List<Double> regParams, List<Double> elasticNetParams,
      boolean balanceClasses, double validationFraction, long seed, int maxIter) {}

  /** Label thresholds tried on the validation split ({@link LinearModelScorer#label}; 0 is the argmax rule). */
  static final double[] THRESHOLDS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4};

  /** One fitted setting and its validation figures. */
  public record Trial(double regParam, double elasticNetParam, double f1m, double accuracy) {}

  /** The outcome: the model, the grid's trials and the dev figures. */
  public record Result(LogisticRegressionModel model, LinearToneModel exported, List<Trial> trials, Trial chosen,
      double threshold, Map<String, double[]> devFigures) {}

  /**
   * Reads NewsMTSC-format JSON lines ({@code id, sentence, from, to, polarity}) into rows with a
   * numeric {@code label} (0 neg, 1 neu, 2 pos), in id order so runs are reproducible.
   */
  public static Dataset<Row> readExamples(SparkSession spark, String... paths) {
    return spark.read().json(paths)
        .select(functions.col("id").cast("string"), functions.col("sentence"),
            functions.col("from").cast("int"), functions.col("to").cast("int"),
            functions.col("polarity").cast("double").plus(1).as("label"))
        .orderBy("id");
  }

  /** The data files the lexicon and role features are computed from. */
  static final List<String> FEATURE_DATA = List.of(org.stancemap.tone.Lexicon.VADER_FILE, org.stancemap.tone.Lexicon.DOMAIN_FILE,
      org.stancemap.tone.Lexicon.MODIFIERS_FILE, org.stancemap.tone.LexiconScorer.PARAMS_FILE,
      org.stancemap.tone.roles.EventLexicon.FRAMES_FILE, org.stancemap.tone.roles.EventLexicon.TRIGGERS_FILE,
      org.stancemap.tone.roles.RoleGrammar.FILE);

  /** A short hash of {@link #FEATURE_DATA}'s contents (a features cache key). */
  public static String featureDataFingerprint() {
    StringBuilder all = new StringBuilder();
    for (String f : FEATURE_DATA) all.append(f).append('\n').append(org.stancemap.text.DataFiles.read(f));
    return Integer.toHexString(all.toString().hashCode());
  }

  /** Adds the target-aware feature vector: rows {@code id, label, features}. */
  public static Dataset<Row> features(Dataset<Row> examples, List<String> blocks) {
    List<String> b = List.copyOf(blocks);
    MapPartitionsFunction<Row, Row> f = rows -> featurize(rows, b);
    return examples.select("id", "sentence", "from", "to", "label")
        .mapPartitions(f, Encoders.row(FEATURES_SCHEMA));
  }

  private static Iterator<Row> featurize(Iterator<Row> rows, List<String> blocks) {
    MentionEmbedder embedder = embedder(MentionEmbedder.needsEncoder(blocks) ? MiniLmEncoder.get() : null, blocks);
    List<Row> out = new ArrayList<>();
    List<Row> batch = new ArrayList<>();
    while (rows.hasNext()) {
      batch.add(rows.next());
      if (batch.size() == 256 || !rows.hasNext()) {
        List<MentionEmbedder.Mention> mentions = new ArrayList<>(batch.size());
        for (Row r : batch) mentions.add(new MentionEmbedder.Mention(r.getString(1), r.getInt(2), r.getInt(3)));
        double[][] x = embedder.features(mentions);
        for (int i = 0; i < x.length; i++) {
          Row r = batch.get(i);
          out.add(RowFactory.create(r.getString(0), r.getDouble(4), Vectors.dense(x[i]).compressed()));
        }
        batch.clear();
      }
    }
    return out.iterator();
  }

  /** The feature extractor for {@code blocks}, with the packaged lexicons when they hold {@code lex}. */
  public static MentionEmbedder embedder(MiniLmEncoder encoder, List<String> blocks) {
    return new MentionEmbedder(encoder, blocks,
        blocks.contains(LexiconFeatures.BLOCK) ? LexiconFeatures.standard() : null);
  }

  /** Adds inverse-frequency class weights ({@code weight}) so each class counts the same. */
  static Dataset<Row> withClassWeights(Dataset<Row> data) {
    List<Row> counts = data.groupBy("label").count().collectAsList();
    long total = 0;
    Map<Double, Long> byLabel = new LinkedHashMap<>();
    for (Row r : counts) {
      byLabel.put(r.getDouble(0), r.getLong(1));
      total += r.getLong(1);
    }
    org.apache.spark.sql.Column w = functions.lit(1.0);
    for (Map.Entry<Double, Long> e : byLabel.entrySet()) {
      double weight = (double) total / (byLabel.size() * e.getValue());
      w = functions.when(functions.col("label").equalTo(e.getKey()), weight).otherwise(w);
    }
    return data.withColumn("weight", w);
  }

  static LogisticRegression estimator(Settings s, double reg, double elastic) {
    LogisticRegression lr = new LogisticRegression()
        .setFamily("multinomial")
        .setRegParam(reg)
        .setElasticNetParam(elastic)
        .setStandardization(true)
        .setMaxIter(s.maxIter())
        .setTol(1e-6);
    if (s.balanceClasses()) lr.setWeightCol("weight");
    return lr;
  }

  /**
   * Macro-F1 over the three classes and accuracy of a model's predictions on {@code data}
   * ({@link ToneEvaluator}), labelled as the scorer labels ({@link LinearModelScorer#label}).
   */
  public static double[] evaluate(LogisticRegressionModel model, Dataset<Row> data, double threshold) {
    return evaluate(probabilities(model, data), threshold);
  }

  /** Gold label index and class probabilities of each row of {@code data}. */
  static List<double[]> probabilities(LogisticRegressionModel model, Dataset<Row> data) {
    List<double[]> out = new ArrayList<>();
    for (Row r : model.transform(data).select("label", "probability").collectAsList()) {
      double[] p = ((Vector) r.get(1)).toArray();
      out.add(new double[] {r.getDouble(0), p[0], p[1], p[2]});
    }
    return out;
  }

  static double[] evaluate(List<double[]> rows, double threshold) {
    List<String> gold = new ArrayList<>(), predicted = new ArrayList<>();
    for (double[] r : rows) {
      gold.add(CLASSES.get((int) r[0]));
      predicted.add(LinearModelScorer.label(r[1], r[2], r[3], threshold));
    }
    ToneEvaluator.Result m = ToneEvaluator.measure("train-tone", "", gold, predicted, 0);
    return new double[] {m.macroF1(), m.accuracy()};
  }

  /**
   * Grid-searches the regularisation on a seeded split of {@code train}, refits the best setting
   * on all of it and measures it on each of {@code dev} (name → featurized rows).
   */
  public static Result train(Dataset<Row> train, Map<String, Dataset<Row>> dev, Settings s) {
    Dataset<Row> data = s.balanceClasses() ? withClassWeights(train) : train;
    data = data.cache();
    List<Trial> trials = new ArrayList<>();
    Trial best = null;
    double threshold = 0;
    {
      // validation rows chosen by a seeded hash of the id: the same rows whatever the partitioning
      org.apache.spark.sql.Column held = functions.pmod(functions.hash(functions.col("id"), functions.lit(s.seed())),
          functions.lit(10_000)).lt((int) Math.round(s.validationFraction() * 10_000));
      Dataset<Row> fit = data.filter(functions.not(held)).cache(), validation = data.filter(held).cache();
      for (double reg : s.regParams()) {
        for (double elastic : s.elasticNetParams()) {
          double[] m = evaluate(estimator(s, reg, elastic).fit(fit), validation, 0);
          Trial t = new Trial(reg, elastic, m[0], m[1]);
          trials.add(t);
          System.err.printf(Locale.ROOT, "train-tone: regParam %.4g elasticNet %.2f -> validation F1m %.3f acc %.3f%n",
              reg, elastic, m[0], m[1]);
          if (best == null || t.f1m() > best.f1m()) best = t;
        }
      }
      // the label threshold, on the same validation split with the chosen setting
      List<double[]> p = probabilities(estimator(s, best.regParam(), best.elasticNetParam()).fit(fit), validation);
      double bestF1 = -1;
      for (double t : THRESHOLDS) {
        double f1 = evaluate(p, t)[0];
        System.err.printf(Locale.ROOT, "train-tone: label threshold %.2f -> validation F1m %.3f%n", t, f1);
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          threshold = t;
        }
      }
      fit.unpersist();
      validation.unpersist();
    }
    LogisticRegressionModel model = estimator(s, best.regParam(), best.elasticNetParam()).fit(data);
    Map<String, double[]> figures = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> e : dev.entrySet()) figures.put(e.getKey(), evaluate(model, e.getValue(), threshold));
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("scorer", s.name());
    meta.put("blocks", String.join(",", s.blocks()));
    meta.put("trainer", "Spark MLlib LogisticRegression family=multinomial standardization=true");
    meta.put("regParam", Double.toString(best.regParam()));
    meta.put("elasticNetParam", Double.toString(best.elasticNetParam()));
    meta.put("balanceClasses", Boolean.toString(s.balanceClasses()));
    meta.put("seed", Long.toString(s.seed()));
    meta.put("label_threshold", Double.toString(threshold));
    for (Map.Entry<String, double[]> e : figures.entrySet()) {
      meta.put(e.getKey(), String.format(Locale.ROOT, "F1m %.3f acc %.3f", e.getValue()[0], e.getValue()[1]));
    }
    LinearToneModel exported = export(model, embedder(null, s.blocks()).featureNames(), meta);
    data.unpersist();
    return new Result(model, exported, trials, best, threshold, figures);
  }

  /** What MLlib learned, as the plain-Java model: coefficients per feature and class, intercepts. */
  public static LinearToneModel export(LogisticRegressionModel model, List<String> featureNames, Map<String, String> meta) {
    Matrix w = model.coefficientMatrix(); // classes x features
    Vector b = model.interceptVector();
    double[][] rows = new double[w.numCols()][w.numRows()];
    for (int f = 0; f < w.numCols(); f++) for (int c = 0; c < w.numRows(); c++) rows[f][c] = w.apply(c, f);
    return new LinearToneModel(CLASSES, b.toArray(), rows, featureNames, meta);
  }

  /**
   * Writes MLlib's own class probabilities for some examples as JSON lines
   * ({@code sentence, from, to, probability}), for the test that the plain-Java scorer matches.
   */
  public static void writeCheck(LogisticRegressionModel model, List<String> featureNames, Map<String, Dataset<Row>> examples,
      Map<String, Dataset<Row>> featurized, int perFile, Path file) {
    List<Row> rows = new ArrayList<>();
    for (String name : examples.keySet()) {
      rows.addAll(model.transform(featurized.get(name).limit(perFile)).select("id", "probability", "features")
          .join(examples.get(name).select("id", "sentence", "from", "to"), "id").orderBy("id").collectAsList());
    }
    int lex = featureNames.indexOf(LexiconFeatures.NAMES.get(0));
    List<String> roleNames = RoleFeatures.standard().names();
    int role = featureNames.indexOf(roleNames.get(0));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
      try (Writer w = Files.newBufferedWriter(file)) {
        w.write("# Spark MLlib's class probabilities (neg, neu, pos) for a sample of dev examples, written by\n"
            + "# `stancemap train-tone`; a test checks the plain-Java scorer reproduces them, and that the lexicon\n"
            + "# and role features (lex, role) are still what the model was trained with.\n");
        for (Row r : rows) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("sentence", r.getString(3));
          o.put("from", r.getInt(4));
          o.put("to", r.getInt(5));
          o.put("probability", ((Vector) r.get(1)).toArray());
          double[] x = ((Vector) r.get(2)).toArray();
          if (lex >= 0) { // the lexicon features as trained, to tell a changed lexicon from a broken scorer
            o.put("lex", java.util.Arrays.copyOfRange(x, lex, lex + LexiconFeatures.NAMES.size()));
          }
          if (role >= 0) { // likewise the role features (frames, triggers, grammar)
            o.put("role", java.util.Arrays.copyOfRange(x, role, role + roleNames.size()));
          }
          w.write(om.writeValueAsString(o));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
