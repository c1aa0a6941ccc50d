package org.stancemap.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code --config FILE}: Java properties ({@code key = value}, {@code #} comments), every key
 * known and every value checked when the file is read, so a typo fails the run at once with a
 * message naming the key (exit code 2). Command-line flags win over the file. Keys that mirror a
 * flag are applied as that flag's default; the others ({@code targets.*}, {@code tone.*},
 * {@code statements.*}, {@code aggregate.*}, {@code spark.*}) are read by the stages through
 * {@link #current()}. The key list is {@link #KEYS}; data/stancemap.example.conf shows them all.
 */
public final class StancemapConfig {
  /** A key: its type check, the flag it mirrors (or null), and what it means. */
  public record Key(String name, Function<String, String> check, String flag, String help) {}

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.-]+");

  public static final Map<String, Key> KEYS = keys(
      new Key("input", StancemapConfig::nonEmpty, "--input", "comma-separated files, folders or globs to read (as --input)"),
      new Key("output", StancemapConfig::nonEmpty, "--output", "output folder (as --output)"),
      new Key("master", v -> v.isEmpty() ? "is empty" : org.stancemap.jobs.SparkSessions.badMaster(v), "--master", "Spark master, e.g. local[2] (as --master)"),
      new Key("state", StancemapConfig::nonEmpty, "--state", "state folder of incremental runs (as --state)"),
      new Key("incremental", StancemapConfig::bool, "--incremental", "true: process only new or changed articles (as --incremental)"),
      new Key("ingest.max_article_bytes", v -> positiveLong(v), "--max-article-bytes", "larger articles are rejected (as --max-article-bytes)"),
      new Key("ingest.fail_on_reject", StancemapConfig::bool, "--fail-on-reject", "exit 6 when inputs were rejected (as --fail-on-reject)"),
      new Key("lock.max_age", StancemapConfig::duration, "--lock-max-age", "another host's lock not touched for this long is stale, e.g. 12h, 90m (as --lock-max-age)"),
      new Key("lock.dir", StancemapConfig::nonEmpty, "--lock-dir", "local or HDFS folder for the output's lock; needed for an object-store output (as --lock-dir)"),
      new Key("log.format", v -> oneOf(v, "text", "json"), "--log-format", "text or json (as --log-format)"),
      new Key("log.quiet", StancemapConfig::bool, "--quiet", "true: summary and errors only (as --quiet)"),
      new Key("progress.interval", StancemapConfig::duration, "--progress-interval", "seconds between progress lines, e.g. 10s (as --progress-interval)"),
      new Key("targets.file", StancemapConfig::nonEmpty, null, "targets table (TSV) replacing data/targets.tsv"),
      new Key("tone.scorer", v -> oneOf(v, org.stancemap.tone.ToneScorers.names().toArray(String[]::new)), null, "tone scorer, one of the registered ones: student-cascade (default), minilm-ft-roles (as accurate, half as fast), student-roles (fast), roles-lr (faster), lexicon (fastest)"),
      new Key("aggregate.min_support", v -> positiveLong(v), null, "groups with fewer articles are flagged low_support in the tables and named in the chart notes (default 5)"),
      new Key("data.dir", StancemapConfig::nonEmpty, null, "folder whose files override the bundled data/ files"));

  private static volatile StancemapConfig current = new StancemapConfig(null, Map.of());

  private final Path file;
  private final Map<String, String> values;

  private StancemapConfig(Path file, Map<String, String> values) {
    this.file = file;
    this.values = Collections.unmodifiableMap(values);
  }

  /** A bad key or value in the config file (exit code 2). */
  public static final class BadConfigException extends RuntimeException {
    public BadConfigException(String message) {
      super(message);
    }
  }

  /** The config of this run (empty when no --config was given). */
  public static StancemapConfig current() {
    return current;
  }

  public static void setCurrent(StancemapConfig config) {
    current = config;
  }

  public static StancemapConfig load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (NoSuchFileException e) {
      throw new BadConfigException("config file " + file + " does not exist");
    } catch (IOException | IllegalArgumentException e) {
      throw new BadConfigException("config file " + file + " cannot be read: " + e.getMessage());
    }
    Map<String, String> values = new TreeMap<>();
    for (String key : p.stringPropertyNames()) values.put(key, p.getProperty(key).trim());
    return parse(file, values);
  }

  /** Checks every key and value; the message of the first problem names its key. */
  public static StancemapConfig parse(Path file, Map<String, String> values) {
    for (var e : values.entrySet()) {
      String key = e.getKey();
      String where = "config " + (file == null ? "" : file + ": ") + "key '" + key + "'";
      if (key.startsWith("spark.")) {
        if (e.getValue().isEmpty()) throw new BadConfigException(where + " has no value");
        continue;
      }
      Key k = KEYS.get(key);
      if (k == null) {
        throw new BadConfigException(where + " is not a stancemap setting (known: " + String.join(", ", KEYS.keySet()) + ", spark.*)");
      }
      String problem = k.check().apply(e.getValue());
      if (problem != null) throw new BadConfigException(where + ": '" + e.getValue() + "' " + problem);
    }
    return new StancemapConfig(file, new LinkedHashMap<>(values));
  }

  public Path file() {
    return file;
  }

  public String get(String key) {
    if (!key.startsWith("spark.") && !KEYS.containsKey(key)) throw new IllegalArgumentException("not a config key: " + key);
    return values.get(key);
  }

  public String get(String key, String fallback) {
    String v = get(key);
    return v == null ? fallback : v;
  }

  public List<String> list(String key) {
    String v = get(key);
    if (v == null) return List.of();
    return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public double getDouble(String key, double fallback) {
    String v = get(key);
    return v == null ? fallback : Double.parseDouble(v);
  }

  public long getLong(String key, long fallback) {
    String v = get(key);
    return v == null ? fallback : Long.parseLong(v);
  }

  /** The {@code spark.*} settings, for the SparkSession builder. */
  public Map<String, String> sparkSettings() {
    Map<String, String> spark = new TreeMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith("spark.")) spark.put(k, v);
    });
    return spark;
  }

  /** The value the file gives for a command-line flag (its default when the flag is absent), or null. */
  public String defaultFor(String flag) {
    for (Key k : KEYS.values()) {
      if (flag.equals(k.flag())) return values.get(k.name());
    }
    return null;
  }

  // ---- value checks: null when fine, else what is wrong

  private static String nonEmpty(String v) {
    return v.isEmpty() ? "is empty" : null;
  }

  private static String bool(String v) {
    return v.equals("true") || v.equals("false") ? null : "is not true or false";
  }

  private static String positiveLong(String v) {
    try {
      return Long.parseLong(v) > 0 ? null : "must be above 0";
    } catch (NumberFormatException e) {
      return "is not a whole number";
    }
  }

  private static String doubleIn(String v, double lo, double hi) {
    try {
      double d = Double.parseDouble(v);
      return d >= lo && d <= hi ? null : "is outside " + lo + ".." + hi;
    } catch (NumberFormatException e) {
      return "is not a number";
    }
  }

  private static String oneOf(String v, String... allowed) {
    return Arrays.asList(allowed).contains(v) ? null : "is not one of " + String.join(", ", allowed);
  }

  private static String matches(String v, Pattern p) {
    return p.matcher(v).matches() ? null : "is not a name (letters, digits, _ . -)";
  }

  private static String duration(String v) {
    try {
      parseDuration(v);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** {@code 90s}, {@code 30m}, {@code 12h}, {@code 2d} (or an ISO-8601 duration such as PT12H). */
  public static Duration parseDuration(String v) {
    var m = Pattern.compile("(\\d+)\\s*(s|m|h|d)").matcher(v.trim().toLowerCase());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(v.trim().toUpperCase());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("is not a duration such as 90s, 30m, 12h or 2d");
    }
  }

  /** {@code YYYY-MM-DD}. */
  public static LocalDate parseDate(String v) {
    try {
      return LocalDate.parse(v.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + v + "' is not a date YYYY-MM-DD");
    }
  }

  private static Map<String, Key> keys(Key... keys) {
    Map<String, Key> m = new LinkedHashMap<>();
    for (Key k : keys) m.put(k.name(), k);
    return Collections.unmodifiableMap(m);
  }

  /** The known keys with their meaning, for --help and the README. */
  public static List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (Key k : KEYS.values()) lines.add(k.name() + ": " + k.help());
    lines.add("spark.*: any Spark setting, given to the SparkSession (e.g. spark.driver.memory under scripts/stancemap is a JVM flag: use STANCEMAP_JAVA_OPTS)");
    return lines;
  }
}
