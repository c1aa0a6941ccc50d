package org.stancemap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what {@code scripts/bench} left in its runs folder and turns it into figures: per stage
 * and in total wall time, articles/s, words/s, the driver's peak RSS, Parquet bytes per 1,000
 * articles, the ratio to the floor, the scaling ratios and the targets, as a console table,
 * {@code bench.json} and {@code bench.png}.
 *
 * <p>A run folder {@code runs/n<N>/} holds {@code corpus.json} (the corpus description),
 * {@code pipeline.stages.jsonl} and {@code floor.stages.jsonl} (from {@code StageTimer}),
 * {@code pipeline.time} and {@code floor.time} ({@code /usr/bin/time -v}, optional),
 * {@code *.loadavg} and {@code out/} (the pipeline's tables). {@code runs/limits/} holds the
 * limits run.
 */
public final class BenchReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern ELAPSED = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): ([0-9:.]+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");
  private static final Pattern EXIT = Pattern.compile("Exit status: (\\d+)");
  private static final Pattern REJECTED = Pattern.compile("^stancemap: rejected (.*)$", Pattern.MULTILINE);
  private static final Pattern WALL = Pattern.compile("^wall_seconds (\\S+)$", Pattern.MULTILINE);

  private BenchReport() {}

  /** One stage's timing as StageTimer logged it. */
  public record Stage(String name, double seconds, long peakRssBytes) {}

  /** Builds the report from {@code runs}, writes bench.json and bench.png into {@code out}, prints the table. */
  public static Map<String, Object> build(Path runs, Path out, String master, List<Integer> only, boolean withLimits, PrintStream console) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", Instant.now().toString());
    report.put("machine", machine());
    report.put("master", master);
    List<Map<String, Object>> sizes = new ArrayList<>();
    TreeMap<Integer, Path> bySize = new TreeMap<>();
    for (Path dir : list(runs)) {
      String name = dir.getFileName().toString();
      if (!name.matches("n\\d+") || !Files.exists(dir.resolve("corpus.json"))) continue;
      int n = Integer.parseInt(name.substring(1));
      if (only == null || only.isEmpty() || only.contains(n)) bySize.put(n, dir);
    }
    for (Path dir : bySize.values()) {
      Map<String, Object> size = size(dir);
      sizes.add(size);
      print(size, console);
    }
    report.put("sizes", sizes);
    Map<String, Object> scaling = scaling(sizes);
    report.put("scaling", scaling);
    if (!scaling.isEmpty()) console.println("scaling: " + scaling);
    Path limits = runs.resolve("limits");
    if (withLimits && Files.isDirectory(limits)) {
      Map<String, Object> l = limits(limits);
      report.put("limits", l);
      console.println("limits: " + l);
    }
    try {
      Files.createDirectories(out);
      JSON.writeValue(out.resolve("bench.json").toFile(), report);
      BenchChart.draw(sizes, out.resolve("bench.png"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + out, e);
    }
    console.println("wrote " + out.resolve("bench.json") + " and " + out.resolve("bench.png"));
    return report;
  }

  static Map<String, Object> size(Path dir) {
    JsonNode corpus = readJson(dir.resolve("corpus.json"));
    long n = corpus.get("articles").asLong();
    long words = corpus.get("words").asLong();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", n);
    m.put("words", words);
    m.put("corpus_bytes", corpus.get("bytes").asLong());
    m.put("median_words", corpus.get("medianWords").asInt());
    m.put("quote_marks", corpus.get("quoteMarks").asLong());
    Map<String, Object> pipeline = run(dir, "pipeline", n, words);
    Map<String, Object> floor = run(dir, "floor", n, words);
    m.put("pipeline", pipeline);
    m.put("floor", floor);
    double p = (double) pipeline.get("stages_seconds");
    double f = (double) floor.get("stages_seconds");
    m.put("ratio_to_floor", f > 0 ? round(p / f, 2) : null);
    // CPU seconds of the whole JVMs: less sensitive to other load on a shared machine than wall time
    Double pc = (Double) pipeline.get("process_cpu_seconds");
    Double fc = (Double) floor.get("process_cpu_seconds");
    m.put("cpu_ratio_to_floor", pc != null && fc != null && fc > 0 ? round(pc / fc, 2) : null);
    m.put("parquet_bytes_per_1000_articles", parquetPer1000(dir.resolve("out"), n));
    return m;
  }

  /** One JVM's run: its stages, in-process total, process wall time and peak RSS. */
  static Map<String, Object> run(Path dir, String what, long n, long words) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Stage> stages = stages(dir.resolve(what + ".stages.jsonl"));
    List<Map<String, Object>> rows = new ArrayList<>();
    double total = 0;
    long peak = -1;
    for (Stage s : stages) {
      rows.add(rates(s.name(), s.seconds(), n, words, s.peakRssBytes()));
      total += s.seconds();
      peak = Math.max(peak, s.peakRssBytes());
    }
    m.put("stages", rows);
    m.put("stages_seconds", round(total, 3));
    m.put("articles_per_s", total > 0 ? round(n / total, 1) : null);
    m.put("words_per_s", total > 0 ? Math.round(words / total) : null);
    String time = readOrNull(dir.resolve(what + ".time"));
    String log = readOrNull(dir.resolve(what + ".log"));
    Double wall = null;
    Long rss = null;
    Integer exit = null;
    Double cpu = null;
    if (time != null) {
      Matcher u = USER.matcher(time);
      Matcher sy = SYSTEM.matcher(time);
      if (u.find() && sy.find()) cpu = round(Double.parseDouble(u.group(1)) + Double.parseDouble(sy.group(1)), 2);
      Matcher e = ELAPSED.matcher(time);
      if (e.find()) wall = clockSeconds(e.group(1));
      Matcher r = MAX_RSS.matcher(time);
      if (r.find()) rss = Long.parseLong(r.group(1)) * 1024;
      Matcher x = EXIT.matcher(time);
      if (x.find()) exit = Integer.parseInt(x.group(1));
    }
    if (wall == null && log != null) {
      Matcher w = WALL.matcher(log);
      if (w.find()) wall = Double.parseDouble(w.group(1));
    }
    m.put("process_wall_seconds", wall);
    m.put("process_articles_per_s", wall != null && wall > 0 ? round(n / wall, 1) : null);
    m.put("process_cpu_seconds", cpu);
    m.put("peak_rss_bytes", rss != null ? rss : (peak > 0 ? peak : null));
    m.put("peak_rss_source", rss != null ? "/usr/bin/time -v" : "VmHWM");
    m.put("exit_status", exit);
    m.put("load_average", readOrNull(dir.resolve(what + ".loadavg")));
    return m;
  }

  static Map<String, Object> rates(String stage, double seconds, long n, long words, long rss) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stage", stage);
    m.put("seconds", round(seconds, 3));
    m.put("articles_per_s", seconds > 0 ? round(n / seconds, 1) : null);
    m.put("words_per_s", seconds > 0 ? Math.round(words / seconds) : null);
    m.put("driver_peak_rss_bytes", rss);
    return m;
  }

  static List<Stage> stages(Path file) {
    List<Stage> out = new ArrayList<>();
    if (!Files.exists(file)) return out;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        out.add(new Stage(n.get("stage").asText(), n.get("seconds").asDouble(), n.path("vm_hwm_bytes").asLong(-1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** Bytes of Parquet data per table (each top-level folder of the output), per 1,000 articles. */
  static Map<String, Object> parquetPer1000(Path out, long n) {
    Map<String, Object> m = new TreeMap<>();
    if (!Files.isDirectory(out) || n == 0) return m;
    long total = 0;
    for (Path table : list(out)) {
      if (!Files.isDirectory(table) || table.getFileName().toString().startsWith("_")) continue;
      long bytes = 0;
      try (Stream<Path> walk = Files.walk(table)) {
        for (Path f : walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) bytes += Files.size(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (bytes == 0) continue;
      m.put(table.getFileName().toString(), Math.round(bytes * 1000.0 / n));
      total += bytes;
    }
    m.put("(all tables)", Math.round(total * 1000.0 / n));
    return m;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> scaling(List<Map<String, Object>> sizes) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> big = null;
    Map<String, Object> small = null;
    for (Map<String, Object> s : sizes) {
      long n = (long) s.get("articles");
      if (n == 100_000) big = s;
      if (n == 10_000) small = s;
    }
    if (big == null || small == null) return m;
    Map<String, Object> pb = (Map<String, Object>) big.get("pipeline");
    Map<String, Object> ps = (Map<String, Object>) small.get("pipeline");
    double tb = (double) pb.get("stages_seconds");
    double ts = (double) ps.get("stages_seconds");
    m.put("time_100k_over_10k", round(tb / ts, 2));
    Object rb = pb.get("peak_rss_bytes");
    Object rs = ps.get("peak_rss_bytes");
    if (rb != null && rs != null) m.put("rss_100k_over_10k", round(((Number) rb).doubleValue() / ((Number) rs).doubleValue(), 2));
    Map<String, Object> targets = new LinkedHashMap<>();
    targets.put("articles_per_s_at_100k >= 100", pb.get("articles_per_s"));
    targets.put("ratio_to_floor_at_100k <= 3", big.get("ratio_to_floor"));
    targets.put("time_100k_over_10k <= 11", m.get("time_100k_over_10k"));
    targets.put("rss_100k_over_10k <= 1.2", m.get("rss_100k_over_10k"));
    m.put("targets", targets);
    return m;
  }

  static Map<String, Object> limits(Path dir) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> run = run(dir, "pipeline", 3, 0);
    m.put("stages", run.get("stages"));
    m.put("stages_seconds", run.get("stages_seconds"));
    m.put("process_wall_seconds", run.get("process_wall_seconds"));
    m.put("peak_rss_bytes", run.get("peak_rss_bytes"));
    m.put("exit_status", run.get("exit_status"));
    String log = readOrNull(dir.resolve("pipeline.log"));
    List<String> rejected = new ArrayList<>();
    if (log != null) {
      Matcher r = REJECTED.matcher(log);
      while (r.find()) rejected.add(r.group(1));
    }
    m.put("rejected", rejected);
    return m;
  }

  @SuppressWarnings("unchecked")
  static void print(Map<String, Object> size, PrintStream out) {
    long n = (long) size.get("articles");
    out.printf(Locale.ROOT, "%nN = %,d articles, %,d words (median %d words/article), corpus %,d bytes%n", n, (long) size.get("words"),
        (int) size.get("median_words"), (long) size.get("corpus_bytes"));
    out.printf(Locale.ROOT, "  %-22s %10s %12s %12s %14s%n", "stage", "seconds", "articles/s", "words/s", "driver RSS MB");
    for (String what : List.of("pipeline", "floor")) {
      Map<String, Object> run = (Map<String, Object>) size.get(what);
      for (Map<String, Object> s : (List<Map<String, Object>>) run.get("stages")) {
        out.printf(Locale.ROOT, "  %-22s %10.2f %12s %12s %14s%n", what + "/" + s.get("stage"), (double) s.get("seconds"),
            s.get("articles_per_s"), s.get("words_per_s"), mb(s.get("driver_peak_rss_bytes")));
      }
      out.printf(Locale.ROOT, "  %-22s %10.2f %12s %12s %14s%n", what + " (stages)", (double) run.get("stages_seconds"),
          run.get("articles_per_s"), run.get("words_per_s"), "");
      Object wall = run.get("process_wall_seconds");
      out.printf(Locale.ROOT, "  %-22s %10s %12s %12s %14s   (CPU %s s, load %s)%n", what + " (whole JVM)",
          wall == null ? "?" : String.format(Locale.ROOT, "%.2f", (double) wall), run.get("process_articles_per_s"), "",
          mb(run.get("peak_rss_bytes")), run.get("process_cpu_seconds"), loads(run.get("load_average")));
    }
    out.printf(Locale.ROOT, "  pipeline / floor = %s (stage wall time), %s (whole-JVM CPU time)%n", size.get("ratio_to_floor"), size.get("cpu_ratio_to_floor"));
    out.printf(Locale.ROOT, "  Parquet bytes per 1,000 articles: %s%n", size.get("parquet_bytes_per_1000_articles"));
  }

  /** "1-minute load before → after" from two /proc/loadavg lines. */
  private static String loads(Object loadavg) {
    if (loadavg == null) return "?";
    return String.join(" → ", String.valueOf(loadavg).lines().map(l -> l.split(" ")[0]).toList());
  }

  private static String mb(Object bytes) {
    if (!(bytes instanceof Number b) || b.longValue() <= 0) return "?";
    return String.valueOf(Math.round(b.doubleValue() / (1024 * 1024)));
  }

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    String cpu = readOrNull(Path.of("/proc/cpuinfo"));
    if (cpu != null) {
      Matcher model = Pattern.compile("model name\\s*:\\s*(.*)").matcher(cpu);
      if (model.find()) m.put("cpu", model.group(1).strip());
    }
    String mem = readOrNull(Path.of("/proc/meminfo"));
    if (mem != null) {
      Matcher total = Pattern.compile("MemTotal:\\s*(\\d+) kB").matcher(mem);
      if (total.find()) m.put("memory_gib", round(Long.parseLong(total.group(1)) / 1024.0 / 1024.0, 1));
    }
    m.put("java", System.getProperty("java.version"));
    return m;
  }

  static double clockSeconds(String hms) {
    String[] parts = hms.split(":");
    double s = 0;
    for (String p : parts) s = s * 60 + Double.parseDouble(p);
    return s;
  }

  private static JsonNode readJson(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private static String readOrNull(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double round(double x, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(x * f) / f;
  }
}
