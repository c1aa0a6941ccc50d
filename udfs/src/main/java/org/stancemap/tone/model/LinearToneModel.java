package org.stancemap.tone.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.text.DataFiles;

/**
 * What a multinomial logistic regression learned, in a plain text file under {@code data/models/}:
 * class order, intercepts and one coefficient row per feature (on the features' original scale,
 * so no separate scaling step is needed). Written by {@code stancemap train-tone} from Spark
 * MLlib's model and read here without Spark, so the scorer runs in UDFs and unit tests.
 *
 * <pre>
 * # comment header
 * meta    KEY    VALUE            (free-form facts: trainer, seed, regParam, figures)
 * classes neg    neu    pos
 * intercept  b_neg  b_neu  b_pos
 * w       FEATURE_NAME   c_neg  c_neu  c_pos     (one row per feature, in feature order)
 * </pre>
 */
public final class LinearToneModel {
  private final List<String> classes;
  private final double[] intercepts;
  private final double[][] coefficients; // [feature][class]
  private final List<String> featureNames;
  private final Map<String, String> meta;

  public LinearToneModel(List<String> classes, double[] intercepts, double[][] coefficients,
      List<String> featureNames, Map<String, String> meta) {
    if (intercepts.length != classes.size()) throw new IllegalArgumentException("one intercept per class");
    if (coefficients.length != featureNames.size()) throw new IllegalArgumentException("one row per feature");
    this.classes = List.copyOf(classes);
    this.intercepts = intercepts.clone();
    this.coefficients = coefficients;
    this.featureNames = List.copyOf(featureNames);
    this.meta = new LinkedHashMap<>(meta);
  }

  /** Reads a model file through {@link DataFiles}, e.g. {@code models/tone-minilm-lr.tsv}. */
  public static LinearToneModel load(String dataPath) {
    List<String> classes = null;
    double[] intercepts = null;
    List<double[]> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, String> meta = new LinkedHashMap<>();
    for (String[] r : DataFiles.tsv(dataPath)) {
      switch (r[0]) {
        case "meta" -> meta.put(r[1], r.length > 2 ? r[2] : "");
        case "classes" -> classes = List.of(r).subList(1, r.length);
        case "intercept" -> intercepts = parse(r, 1);
        case "w" -> {
          names.add(r[1]);
          rows.add(parse(r, 2));
        }
        default -> throw new IllegalArgumentException("data/" + dataPath + ": unknown row kind " + r[0]);
      }
    }
    if (classes == null || intercepts == null || rows.isEmpty()) {
      throw new IllegalArgumentException("data/" + dataPath + " lacks classes, intercept or w rows");
    }
    return new LinearToneModel(classes, intercepts, rows.toArray(new double[0][]), names, meta);
  }

  private static double[] parse(String[] r, int from) {
    double[] v = new double[r.length - from];
    for (int i = 0; i < v.length; i++) v[i] = Double.parseDouble(r[from + i]);
    return v;
  }

  /** Writes the model in the format {@link #load} reads, below a {@code #} comment header. */
  public void write(Path file, String header) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(file)) {
        for (String line : header.split("\n", -1)) w.write("# " + line + "\n");
        for (Map.Entry<String, String> e : meta.entrySet()) w.write("meta\t" + e.getKey() + "\t" + e.getValue() + "\n");
        w.write("classes\t" + String.join("\t", classes) + "\n");
        w.write("intercept" + join(intercepts) + "\n");
        for (int f = 0; f < coefficients.length; f++) w.write("w\t" + featureNames.get(f) + join(coefficients[f]) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String join(double[] v) {
    StringBuilder sb = new StringBuilder();
    for (double d : v) sb.append('\t').append(String.format(Locale.ROOT, "%.9g", d));
    return sb.toString();
  }

  /** Class probabilities (softmax of the linear scores), in {@link #classes()} order. */
  public double[] probabilities(double[] features) {
    if (features.length != coefficients.length) {
      throw new IllegalArgumentException("expected " + coefficients.length + " features, got " + features.length);
    }
    int k = classes.size();
    double[] z = intercepts.clone();
    for (int f = 0; f < features.length; f++) {
      double x = features[f];
      if (x == 0) continue;
      double[] row = coefficients[f];
      for (int c = 0; c < k; c++) z[c] += row[c] * x;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    double sum = 0;
    for (int c = 0; c < k; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < k; c++) z[c] /= sum;
    return z;
  }

  public List<String> classes() {
    return classes;
  }

  public int featureCount() {
    return coefficients.length;
  }

  public List<String> featureNames() {
    return featureNames;
  }

  public double coefficient(int feature, int cls) {
    return coefficients[feature][cls];
  }

  public Map<String, String> meta() {
    return meta;
  }
}
