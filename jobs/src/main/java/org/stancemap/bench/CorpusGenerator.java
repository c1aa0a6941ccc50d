package org.stancemap.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.stancemap.bench.TextPool.Sentence;
import org.stancemap.ingest.ArticleParser;
import org.stancemap.text.DataFiles;

/**
 * A synthetic but realistic news corpus for the benchmark: N articles recombined from real
 * sentences ({@link TextPool}) with news-like length (log-normal, median about 600 words, clipped
 * to 5,000), quote density (direct quotes with cue verbs, split quotes, partial quotes, reported
 * speech, "according to", social posts), outlets from {@code data/outlets.tsv}, and dates over ten
 * years. Written as JSON Lines shards with the manifest fields (file, outlet, url, published,
 * title, text). The same seed and N give the same bytes: every article draws from its own random
 * stream, seeded by (seed, index), so shards are built in parallel.
 */
public final class CorpusGenerator {
  /** Bump when the output changes, so cached corpora are rebuilt. */
  public static final int VERSION = 1;
  public static final String DESCRIPTION_FILE = "_corpus.json";
  static final double MEDIAN_WORDS = 600;
  static final double SIGMA = 0.7;
  static final int MIN_WORDS = 80;
  static final int MAX_WORDS = 5000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3653;

  private static final String[] CUES = {"said", "said", "said", "added", "told reporters", "stressed", "warned", "insisted", "noted", "argued", "declared"};
  private static final String[] REPORT_CUES = {"said", "said", "said", "told reporters", "warned", "claimed", "argued", "stressed", "insisted", "believes", "added"};
  private static final String[] ROLES = {"a spokesman for the foreign ministry", "the country's foreign minister", "a senior official",
      "an analyst at a think tank in Moscow", "the defence minister", "a member of parliament", "the UN special envoy",
      "a spokeswoman for the government", "a former ambassador", "a professor of international relations", "the opposition leader",
      "a military commander", "a senior diplomat", "the president's press secretary"};
  private static final String[] PARTIAL_FRAMES = {"%s called the move %s.", "%s described the talks as %s.", "%s said the situation was %s.",
      "%s warned of %s.", "%s spoke of %s.", "%s dismissed the claims as %s.", "%s said the agreement was %s, adding that %s"};
  private static final String[] SOCIAL = {"wrote on Twitter", "tweeted", "posted on Facebook", "wrote on Telegram"};
  private static final Set<String> LOWERABLE = Set.of("The", "This", "That", "It", "We", "They", "He", "She", "There", "In", "A", "An",
      "Our", "His", "Her", "Their", "These", "Those", "If", "When", "But", "And", "As", "Some", "Many", "No", "Its", "Such", "All");

  private final TextPool pool;
  private final List<String[]> outlets;

  public CorpusGenerator(TextPool pool) {
    this.pool = pool;
    List<String[]> rows = new ArrayList<>();
    for (String[] row : DataFiles.tsv("outlets.tsv")) {
      if (row[0].equals("outlet") || row.length < 2 || row[1].isBlank()) continue;
      rows.add(new String[] {row[0], row[1].split(",")[0].strip()});
    }
    if (rows.isEmpty()) throw new IllegalStateException("data/outlets.tsv names no outlet with a domain");
    this.outlets = rows;
  }

  /** One generated article with its manifest fields. */
  public record Article(String file, String outlet, String url, String published, String title, String text, int words) {}

  /** What was written: for the benchmark's words/s and the corpus description. */
  public record Description(int articles, long seed, int shards, long words, long bytes, int medianWords, int p90Words,
      int p99Words, int maxWords, long quoteMarks, int version, List<String> sources) {}

  /** Article {@code index} of the corpus with this seed; independent of every other article. */
  public Article article(long seed, int index) {
    SplittableRandom r = new SplittableRandom(mix(seed, index));
    int target = targetWords(r);
    boolean curly = r.nextInt(10) < 4;
    char open = curly ? '“' : '"';
    char close = curly ? '”' : '"';
    List<String> cast = new ArrayList<>();
    int castSize = 2 + r.nextInt(4);
    for (int i = 0; i < castSize; i++) cast.add(pick(r, pool.speakers()));
    boolean[] introduced = new boolean[castSize];

    StringBuilder text = new StringBuilder(target * 7);
    String title = null;
    int words = 0;
    while (words < target) {
      int sentencesInParagraph = 1 + r.nextInt(3);
      StringBuilder paragraph = new StringBuilder();
      for (int s = 0; s < sentencesInParagraph && words < target; s++) {
        int who = r.nextInt(castSize);
        String speaker = speaker(cast.get(who), introduced[who], r);
        int kind = r.nextInt(100);
        Sentence base = pick(r, pool.sentences());
        if (title == null) title = headline(base.text());
        String sentence;
        if (kind < 60 || base.hasQuote()) {
          // narrative, or a real sentence that carries its own quotes
          sentence = base.text();
        } else {
          introduced[who] = true;
          if (kind < 75) sentence = direct(base, speaker, open, close, r);
          else if (kind < 85) sentence = reported(base, speaker, r);
          else if (kind < 92) sentence = partial(base, speaker, open, close, r);
          else if (kind < 96) sentence = "According to " + speaker + ", " + lowerFirst(base.text());
          else if (kind < 98) sentence = speaker + " " + pick(r, SOCIAL) + ": " + open + base.text() + close;
          else sentence = open + asLead(base.text()) + close + " " + (r.nextBoolean() ? "he" : "she") + " said.";
        }
        if (paragraph.length() > 0) paragraph.append(' ');
        paragraph.append(sentence);
        words += ArticleParser.countWords(sentence);
      }
      if (text.length() > 0) text.append("\n\n");
      text.append(paragraph);
    }
    String body = r.nextInt(4) == 0 ? hardWrap(text, 80 + r.nextInt(20)) : text.toString();
    String[] outlet = outlets.get(zipf(r, outlets.size()));
    LocalDate day = FIRST_DAY.plusDays(r.nextInt(DAYS));
    String file = String.format(Locale.ROOT, "bench-%d-%07d", seed, index);
    String url = "https://www." + outlet[1] + "/" + day.getYear() + "/" + String.format(Locale.ROOT, "%02d/%02d/", day.getMonthValue(), day.getDayOfMonth())
        + slug(title) + "-" + index;
    return new Article(file, outlet[0], url, day.toString(), title, body, words);
  }

  /**
   * Writes {@code n} articles as {@code shards} files {@code part-NNNNN.jsonl} into {@code dir}
   * (replaced as a whole: built beside it, then renamed into place) with a description file.
   */
  public Description write(int n, long seed, int shards, Path dir) {
    try {
      Path parent = dir.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + "-");
      int[] words = new int[n];
      long[] bytes = new long[shards];
      long[] quotes = new long[shards];
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(shards, Runtime.getRuntime().availableProcessors()));
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < shards; k++) {
          int shard = k;
          done.add(pool.submit(() -> {
            writeShard(n, seed, shards, shard, staging.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", shard)), words, bytes, quotes);
            return null;
          }));
        }
        for (Future<?> f : done) f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("corpus generation failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        pool.shutdownNow();
      }
      int[] sorted = words.clone();
      Arrays.sort(sorted);
      Description d = new Description(n, seed, shards, Arrays.stream(words).asLongStream().sum(), Arrays.stream(bytes).sum(),
          quantile(sorted, 0.5), quantile(sorted, 0.9), quantile(sorted, 0.99), n == 0 ? 0 : sorted[n - 1],
          Arrays.stream(quotes).sum(), VERSION, this.pool.sources());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(staging.resolve(DESCRIPTION_FILE).toFile(), d);
      replaceDir(staging, dir);
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus to " + dir, e);
    }
  }

  private void writeShard(int n, long seed, int shards, int shard, Path file, int[] words, long[] bytes, long[] quotes) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      g.setRootValueSeparator(null);
      for (int i = shard; i < n; i += shards) {
        Article a = article(seed, i);
        words[i] = a.words();
        quotes[shard] += countQuoteMarks(a.text());
        g.writeStartObject();
        g.writeStringField("file", a.file());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("url", a.url());
        g.writeStringField("published", a.published());
        g.writeStringField("title", a.title());
        g.writeStringField("text", a.text());
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
    bytes[shard] = Files.size(file);
  }

  /**
   * The limits corpus: one article of about 5 MB (just under the default per-article limit), one
   * with 100,000 quote marks, and one over the limit that ingestion must reject.
   */
  public void writeLimits(long seed, Path dir) {
    try {
      Files.createDirectories(dir);
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("limits.jsonl"), StandardCharsets.UTF_8)) {
        ObjectMapper json = new ObjectMapper();
        w.write(json.writeValueAsString(limitRecord("limit-5mb", concatenated(seed, 5_000_000))));
        w.write('\n');
        w.write(json.writeValueAsString(limitRecord("limit-100k-quotes", quoteStorm(seed, 100_000))));
        w.write('\n');
        w.write(json.writeValueAsString(limitRecord("limit-over", concatenated(seed + 1, (int) ArticleParser.DEFAULT_MAX_BYTES + 100_000))));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the limits corpus to " + dir, e);
    }
  }

  private static Map<String, String> limitRecord(String file, String text) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("outlet", "Reuters");
    m.put("url", "https://www.reuters.com/2020/03/05/" + file);
    m.put("published", "2020-03-05");
    m.put("title", file);
    m.put("text", text);
    return m;
  }

  /** Generated articles one after another until {@code bytes} UTF-8 bytes (or just under). */
  public String concatenated(long seed, int bytes) {
    StringBuilder sb = new StringBuilder(bytes);
    long used = 0;
    for (int i = 0; ; i++) {
      String t = article(seed, i).text();
      long len = t.getBytes(StandardCharsets.UTF_8).length + 2;
      if (used + len > bytes) break;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(t);
      used += len;
    }
    return sb.toString();
  }

  /**
   * An article made of short quotes: {@code marks} quote marks, mostly paired in
   * {@code "...," X said.} sentences, some stray and unbalanced.
   */
  public String quoteStorm(long seed, int marks) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(marks * 40);
    int written = 0;
    while (written < marks) {
      if (sb.length() > 0) sb.append(r.nextInt(5) == 0 ? "\n\n" : " ");
      if (r.nextInt(20) == 0 || marks - written == 1) {
        sb.append("He said \"").append(pick(r, pool.sentences()).text().replaceAll("[\"“”]", ""));
        written += 1;
      } else {
        String[] words = pick(r, pool.sentences()).text().split(" ");
        String quote = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 1 + r.nextInt(6)))).replaceAll("[\"“”]", "");
        sb.append('"').append(quote).append(",\" ").append(pick(r, pool.speakers())).append(" said.");
        written += 2;
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- sentence templates

  private String direct(Sentence base, String speaker, char open, char close, SplittableRandom r) {
    String q = stripOuterQuotes(base.text());
    String cue = pick(r, CUES);
    switch (r.nextInt(6)) {
      case 0:
        return open + asLead(q) + close + " " + speaker + " " + cue + ".";
      case 1:
        return open + asLead(q) + close + " said " + speaker + ", " + pick(r, ROLES) + ".";
      case 2:
        return speaker + " " + cue + ": " + open + q + close;
      case 3: {
        int comma = q.indexOf(", ");
        if (comma > 10 && comma < q.length() - 10) {
          return open + q.substring(0, comma + 1) + close + " " + speaker + " " + cue + ", " + open + q.substring(comma + 2) + close;
        }
        return open + asLead(q) + close + " " + speaker + " " + cue + ".";
      }
      case 4: {
        Sentence next = pick(r, pool.sentences());
        if (next.hasQuote()) return open + asLead(q) + close + " " + speaker + " " + cue + ".";
        String second = next.text();
        return open + q + " " + asLead(second) + close + " " + speaker + " " + cue + ".";
      }
      default:
        return speaker + ", " + pick(r, ROLES) + ", told reporters: " + open + q + close;
    }
  }

  private String reported(Sentence base, String speaker, SplittableRandom r) {
    String q = lowerFirst(base.text());
    return switch (r.nextInt(3)) {
      case 0 -> speaker + " " + pick(r, REPORT_CUES) + " that " + q;
      case 1 -> speaker + " " + pick(r, REPORT_CUES) + " " + q;
      default -> asLead(base.text()) + " " + speaker + " " + pick(r, CUES) + ".";
    };
  }

  private String partial(Sentence base, String speaker, char open, char close, SplittableRandom r) {
    String[] words = base.text().split(" ");
    int len = Math.min(words.length, 2 + r.nextInt(5));
    int from = r.nextInt(words.length - len + 1);
    String slice = String.join(" ", Arrays.copyOfRange(words, from, from + len)).replaceAll("(^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’]+$)", "");
    String phrase = open + slice + close;
    String frame = pick(r, PARTIAL_FRAMES);
    return frame.contains("adding that")
        ? String.format(Locale.ROOT, frame, speaker, phrase, lowerFirst(pick(r, pool.sentences()).text()))
        : String.format(Locale.ROOT, frame, speaker, phrase);
  }

  /** Full name with a role on first mention (sometimes), surname afterwards (sometimes). */
  private static String speaker(String name, boolean introduced, SplittableRandom r) {
    if (introduced && r.nextBoolean()) return name.substring(name.lastIndexOf(' ') + 1);
    return name;
  }

  /** A quoted sentence that leads into its attribution: the final full stop becomes a comma. */
  private static String asLead(String q) {
    String s = stripOuterQuotes(q);
    return s.endsWith(".") ? s.substring(0, s.length() - 1) + "," : s;
  }

  private static String stripOuterQuotes(String s) {
    if (s.length() > 2 && (s.charAt(0) == '"' || s.charAt(0) == '“') && s.indexOf('"', 1) < 0 && s.indexOf('”') == s.length() - 1) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static String lowerFirst(String s) {
    int space = s.indexOf(' ');
    if (space > 0 && LOWERABLE.contains(s.substring(0, space))) return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    return s;
  }

  private static String headline(String sentence) {
    String[] w = sentence.replaceAll("[\"“”]", "").split(" ");
    return String.join(" ", Arrays.copyOf(w, Math.min(w.length, 9))).replaceAll("[.,;:!?]+$", "");
  }

  private static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }

  /** Crawled-looking text: lines broken near {@code width} characters, paragraphs kept. */
  static String hardWrap(CharSequence text, int width) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / width + 8);
    int col = 0;
    int lastSpace = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '\n') {
        col = 0;
        lastSpace = -1;
        continue;
      }
      if (c == ' ') lastSpace = out.length() - 1;
      if (++col > width && lastSpace >= 0) {
        out.setCharAt(lastSpace, '\n');
        col = out.length() - 1 - lastSpace;
        lastSpace = -1;
      }
    }
    return out.toString();
  }

  static int targetWords(SplittableRandom r) {
    double w = Math.exp(Math.log(MEDIAN_WORDS) + SIGMA * r.nextGaussian());
    return (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, Math.round(w)));
  }

  /** A few outlets publish most articles, as in a real crawl. */
  private static int zipf(SplittableRandom r, int n) {
    double total = 0;
    for (int i = 1; i <= n; i++) total += 1.0 / i;
    double u = r.nextDouble() * total;
    for (int i = 1; i <= n; i++) {
      u -= 1.0 / i;
      if (u <= 0) return i - 1;
    }
    return n - 1;
  }

  static long countQuoteMarks(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '“' || c == '”') n++;
    }
    return n;
  }

  private static <T> T pick(SplittableRandom r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  private static String pick(SplittableRandom r, String[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  private static int quantile(int[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }

  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void replaceDir(Path staging, Path dir) throws IOException {
    if (Files.exists(dir)) {
      Path old = Files.createTempDirectory(dir.toAbsolutePath().getParent(), "." + dir.getFileName() + "-old-");
      Files.move(dir, old.resolve("x"), StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    }
    Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
