package org.stancemap.tone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TTest;
import org.stancemap.statements.Statement;
import org.stancemap.statements.StatementExtractor;

/**
 * Outlet-level validity of a tone scorer: do outlets that side with a state come out more
 * favourable to it than outlets opposed to it? Each article of a side table carries its outlet's
 * alignment toward each target ({@code pro}, {@code anti} or {@code none}, judged from the outlet's
 * own framing, not from the scorer). An article's tone toward a target is the mean score of its
 * statements that mention the target (in the outlet's own voice, or in every voice); the measure
 * is mean(pro articles) − mean(anti articles) per target, with Welch's two-sided p-value.
 *
 * <p>Side table (TSV with a header): {@code set, file, style, <target>..., why}; {@code set} is
 * the folder of the article relative to the table's base folder, a column per target named in
 * lower case (e.g. {@code russia}).
 */
public final class OutletValidity {
  /** Which statements count for an article's tone. */
  public enum Voice {
    /** The outlet's own narrative statements. */
    OWN,
    /** Every statement, quoted voices included. */
    ALL
  }

  /** One article and its outlet's alignment per target (lower-case target name → pro/anti/none). */
  public record Side(String set, String file, String style, Map<String, String> alignment) {}

  /** One target's comparison. */
  public record Comparison(String target, Voice voice, int pro, int anti, double proMean, double antiMean, double p) {
    public double difference() {
      return proMean - antiMean;
    }

    /** Pro outlets come out more favourable to the target than anti ones. */
    public boolean inTheRightDirection() {
      return pro > 0 && anti > 0 && difference() > 0;
    }
  }

  private final StatementExtractor extractor;
  private final TargetToneAnalyzer analyzer;

  /** {@code extractor} and {@code analyzer} are called from several threads at once (articles are measured in parallel). */
  public OutletValidity(StatementExtractor extractor, TargetToneAnalyzer analyzer) {
    this.extractor = extractor;
    this.analyzer = analyzer;
  }

  /** Reads a side table; an unknown alignment word or a short row is an error naming the line. */
  public static List<Side> load(Path table) {
    List<String> lines;
    try {
      lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read side table " + table, e);
    }
    if (lines.isEmpty()) throw new IllegalArgumentException(table + ": empty side table");
    String[] header = lines.get(0).split("\t", -1);
    if (header.length < 4 || !header[0].equals("set") || !header[1].equals("file") || !header[2].equals("style")) {
      throw new IllegalArgumentException(table + ": header must start with set, file, style, then one column per target");
    }
    List<Side> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      String[] f = lines.get(i).split("\t", -1);
      if (f.length < header.length - 1) throw new IllegalArgumentException(table + ":" + (i + 1) + ": " + f.length + " fields, " + header.length + " expected");
      Map<String, String> alignment = new LinkedHashMap<>();
      for (int c = 3; c < header.length && !header[c].equals("why"); c++) {
        String a = f[c].strip().toLowerCase(Locale.ROOT);
        if (!a.equals("pro") && !a.equals("anti") && !a.equals("none")) {
          throw new IllegalArgumentException(table + ":" + (i + 1) + ": alignment '" + f[c] + "' toward " + header[c] + " is not pro, anti or none");
        }
        alignment.put(header[c].strip().toLowerCase(Locale.ROOT), a);
      }
      out.add(new Side(f[0].strip(), f[1].strip(), f[2].strip(), alignment));
    }
    return out;
  }

  /**
   * Per target of {@code targets} and per voice: the pro/anti comparison over the articles of
   * {@code sides} (read from {@code base/set/file}).
   */
  public List<Comparison> measure(Path base, List<Side> sides, List<String> targets) {
    // article tone per (side index, voice, target)
    // articles in parallel, one per core (the extractor and the scorers are thread-safe, as Spark's tasks use them), in order
    List<Map<Voice, Map<String, Double>>> tones = sides.parallelStream()
        .map(s -> articleTones(read(base.resolve(s.set()).resolve(s.file())))).toList();
    List<Comparison> out = new ArrayList<>();
    TTest t = new TTest();
    for (Voice v : Voice.values()) {
      for (String target : targets) {
        String key = target.toLowerCase(Locale.ROOT);
        List<Double> pro = new ArrayList<>();
        List<Double> anti = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
          Double tone = tones.get(i).get(v).get(target);
          if (tone == null) continue;
          String a = sides.get(i).alignment().getOrDefault(key, "none");
          if (a.equals("pro")) pro.add(tone);
          else if (a.equals("anti")) anti.add(tone);
        }
        double p = pro.size() >= 2 && anti.size() >= 2 ? t.tTest(array(pro), array(anti)) : Double.NaN;
        out.add(new Comparison(target, v, pro.size(), anti.size(), mean(pro), mean(anti), p));
      }
    }
    return out;
  }

  /** The article's mean statement score per target, for each voice (targets it never mentions are absent). */
  Map<Voice, Map<String, Double>> articleTones(String text) {
    List<Statement> statements = extractor.extract(null, text, null, null);
    List<TargetToneAnalyzer.Input> inputs = new ArrayList<>();
    for (Statement s : statements) {
      inputs.add(TargetToneAnalyzer.Input.of(s, "article"));
    }
    List<List<TargetTone>> found = analyzer.analyzeAll(inputs);
    Map<Voice, Map<String, double[]>> sums = new LinkedHashMap<>();
    for (Voice v : Voice.values()) sums.put(v, new LinkedHashMap<>());
    for (int i = 0; i < statements.size(); i++) {
      boolean own = statements.get(i).kind.equals(Statement.NARRATIVE);
      for (TargetTone tt : found.get(i)) {
        for (Voice v : Voice.values()) {
          if (v == Voice.OWN && !own) continue;
          double[] sum = sums.get(v).computeIfAbsent(tt.target(), k -> new double[2]);
          sum[0] += tt.tone().score();
          sum[1]++;
        }
      }
    }
    Map<Voice, Map<String, Double>> out = new LinkedHashMap<>();
    sums.forEach((v, m) -> {
      Map<String, Double> means = new LinkedHashMap<>();
      m.forEach((target, sum) -> means.put(target, sum[0] / sum[1]));
      out.put(v, means);
    });
    return out;
  }

  /** A table of the comparisons, one line each. */
  public static String report(String scorer, List<Comparison> comparisons) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-18s %-6s %-8s %5s %5s %9s %9s %8s %7s%n", "scorer", "voice", "target", "n pro", "n anti", "pro mean", "anti mean", "pro-anti", "p"));
    for (Comparison c : comparisons) {
      b.append(String.format(Locale.ROOT, "%-18s %-6s %-8s %5d %5d %+9.3f %+9.3f %+8.3f %7.3f%s%n", scorer,
          c.voice().name().toLowerCase(Locale.ROOT), c.target(), c.pro(), c.anti(), c.proMean(), c.antiMean(), c.difference(), c.p(),
          c.inTheRightDirection() ? "" : "  WRONG WAY"));
    }
    return b.toString();
  }

  private static String read(Path file) {
    try {
      return Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read article " + file, e);
    }
  }

  private static double[] array(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double mean(List<Double> xs) {
    return xs.isEmpty() ? Double.NaN : xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
