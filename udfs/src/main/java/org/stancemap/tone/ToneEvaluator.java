package org.stancemap.tone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a tone scorer on labelled target mentions: accuracy and macro-F1 over neg/neu/pos
 * (F1m, the figure NewsMTSC reports), per-class F1 and the confusion matrix.
 */
public final class ToneEvaluator {
  public static final List<String> LABELS = List.of(ToneScore.NEG, ToneScore.NEU, ToneScore.POS);
  private static final ObjectMapper JSON = new ObjectMapper();

  private ToneEvaluator() {}

  /**
   * The measured figures.
   *
   * @param confusion [gold][predicted] in {@link #LABELS} order
   * @param seconds wall time spent scoring
   */
  public record Result(String scorer, String dataset, int n, double accuracy, double macroF1, double[] f1,
      int[][] confusion, double seconds) {
    public double perSecond() {
      return seconds <= 0 ? Double.POSITIVE_INFINITY : n / seconds;
    }
  }

  /** Reads a NewsMTSC-format JSONL file; lines that cannot be read raise an error naming them. */
  public static List<ToneExample> read(Path file) {
    List<ToneExample> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) continue;
        try {
          out.add(parse(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** One JSON object as an example: needs {@code sentence}, {@code from}, {@code to}. */
  public static ToneExample parse(JsonNode o) {
    if (o == null || !o.isObject()) throw new IllegalArgumentException("not a JSON object");
    JsonNode sentence = o.get("sentence");
    JsonNode from = o.get("from");
    JsonNode to = o.get("to");
    if (sentence == null || !sentence.isTextual()) throw new IllegalArgumentException("no \"sentence\" string");
    if (from == null || !from.canConvertToInt() || to == null || !to.canConvertToInt()) {
      throw new IllegalArgumentException("\"from\" and \"to\" must be integers");
    }
    String s = sentence.asText();
    int f = from.asInt();
    int t = to.asInt();
    if (f < 0 || t < f || t > s.length()) {
      throw new IllegalArgumentException("offsets [" + f + ", " + t + ") outside the sentence (length " + s.length() + ")");
    }
    JsonNode id = o.get("id");
    JsonNode mention = o.get("mention");
    JsonNode polarity = o.get("polarity");
    String label = polarity == null || polarity.isNull() ? null : ToneExample.label(polarity.asInt());
    return new ToneExample(id == null || id.isNull() ? null : id.asText(), s,
        mention == null ? s.substring(f, t) : mention.asText(), f, t, label);
  }

  /** Agreement of two readers' labels for the same items: raw agreement and Cohen's kappa. */
  public record Agreement(int n, double observed, double kappa) {}

  /** {@link Agreement} of parallel label lists (items where either is null are skipped). */
  public static Agreement agreement(List<String> first, List<String> second) {
    int[][] m = new int[3][3];
    int n = 0;
    for (int i = 0; i < first.size(); i++) {
      int a = LABELS.indexOf(first.get(i));
      int b = LABELS.indexOf(second.get(i));
      if (a < 0 || b < 0) continue;
      m[a][b]++;
      n++;
    }
    if (n == 0) return new Agreement(0, 0, 0);
    double observed = 0;
    double expected = 0;
    for (int k = 0; k < 3; k++) {
      observed += m[k][k];
      expected += (double) (m[k][0] + m[k][1] + m[k][2]) * (m[0][k] + m[1][k] + m[2][k]);
    }
    observed /= n;
    expected /= (double) n * n;
    return new Agreement(n, observed, expected >= 1 ? 1 : (observed - expected) / (1 - expected));
  }

  public static Result evaluate(ToneScorer scorer, List<ToneExample> examples, String dataset) {
    List<String> predicted = new ArrayList<>(examples.size());
    long t0 = System.nanoTime();
    List<ToneScorer.Request> requests = new ArrayList<>(examples.size());
    for (ToneExample e : examples) requests.add(new ToneScorer.Request(e.sentence(), e.from(), e.to(), e.mention()));
    for (ToneScore s : scorer.scoreAll(requests)) predicted.add(s.label()); // batched where the scorer batches
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<String> gold = new ArrayList<>(examples.size());
    for (ToneExample e : examples) gold.add(e.label());
    return measure(scorer.name(), dataset, gold, predicted, seconds);
  }

  /** Figures for parallel lists of gold and predicted labels (gold nulls are skipped). */
  public static Result measure(String scorer, String dataset, List<String> gold, List<String> predicted, double seconds) {
    int[][] confusion = new int[3][3];
    int n = 0;
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      int g = LABELS.indexOf(gold.get(i));
      if (g < 0) continue;
      int p = LABELS.indexOf(predicted.get(i));
      if (p < 0) p = 1;
      confusion[g][p]++;
      n++;
      if (g == p) correct++;
    }
    double[] f1 = new double[3];
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      int tp = confusion[k][k];
      int predictedK = confusion[0][k] + confusion[1][k] + confusion[2][k];
      int goldK = confusion[k][0] + confusion[k][1] + confusion[k][2];
      double precision = predictedK == 0 ? 0 : (double) tp / predictedK;
      double recall = goldK == 0 ? 0 : (double) tp / goldK;
      f1[k] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      sum += f1[k];
    }
    return new Result(scorer, dataset, n, n == 0 ? 0 : (double) correct / n, sum / 3, f1, confusion, seconds);
  }
}
