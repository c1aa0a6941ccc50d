package org.stancemap.tone.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stancemap.statements.Statement;
import org.stancemap.statements.StatementExtractor;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.text.DataFiles;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.TargetToneAnalyzer;

/**
 * The training file of the distilled student ({@code scripts/distil-tone}, docs/tone.md "Distillation"): mentions with
 * the fine-tuned encoder's input ids and its class probabilities (the teacher's), and a gold label where one exists.
 *
 * <p>Three kinds of mention: the labelled ones of a tone file (NewsMTSC's format); further mentions of the same sentences
 * (capitalised names the file did not label, so the student sees each sentence's other people and bodies too); and the
 * target mentions of statements the extractor finds in articles, as a run would score them. The teacher labels all of
 * them; only the first kind has gold.
 */
public final class DistillationData {
  /** One mention: where it came from, the model input, the teacher's P(neg), P(neu), P(pos), and the gold class (−1: none). */
  public record Row(String source, String sentence, int from, int to, int[] ids, double[] teacher, int gold) {}

  /** A capitalised word: "Erdogan", "McConnell", "Al-Shaibani", "NATO". */
  private static final String WORD = "\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*(?:-\\p{L}+)*|\\p{Lu}{2,}";
  /** A capitalised run of words: a name, a body, a place. */
  private static final Pattern NAME = Pattern.compile(
      "\\b(?:" + WORD + ")(?:\\s+(?:" + WORD + "))*");
  /** At most this many further mentions per sentence. */
  static final int MAX_NAMES = 3;
  /** Statements longer than this are left out of the articles' mentions (a document read as one statement). */
  static final int MAX_STATEMENT = 500;

  private final TunedEncoderScorer teacher;
  private final StatementExtractor extractor;
  private final TargetMatcher matcher;
  /** Capitalised words that open sentences and name no one ("The", "But", "Mr"): data/tone/distil-skip-words.txt. */
  private final Set<String> skip;

  public DistillationData(TunedEncoderScorer teacher, StatementExtractor extractor, TargetMatcher matcher, Set<String> skip) {
    this.teacher = teacher;
    this.extractor = extractor;
    this.matcher = matcher;
    this.skip = skip;
  }

  /** With the packaged fine-tuned encoder as the teacher. */
  public static DistillationData standard() {
    Set<String> skip = new java.util.HashSet<>();
    for (String line : DataFiles.lines("tone/distil-skip-words.txt")) {
      for (String w : line.split("\\s+")) skip.add(w.toLowerCase(Locale.ROOT));
    }
    return new DistillationData(TunedEncoderScorer.load(TunedEncoderScorer.MINILM_FT), StatementExtractor.defaults(),
        TargetMatcher.standard(), Set.copyOf(skip));
  }

  /** A tone file's labelled mentions and, with {@code names}, up to {@link #MAX_NAMES} further ones per sentence. */
  public List<Row> labelled(Path file, boolean names) {
    ObjectMapper om = new ObjectMapper();
    List<String> sentences = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    Map<String, List<int[]>> taken = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) continue;
        JsonNode n = om.readTree(line);
        String s = n.get("sentence").asText();
        int[] span = {n.get("from").asInt(), n.get("to").asInt()};
        if (span[0] < 0 || span[1] <= span[0] || span[1] > s.length()) {
          throw new IllegalArgumentException(file + ": a mention outside its sentence or empty (from " + span[0] + ", to " + span[1] + "): " + line);
        }
        JsonNode polarity = n.get("polarity");
        if (polarity != null && !polarity.isNull() && !(polarity.isInt() && Math.abs(polarity.asInt()) <= 1)) {
          throw new IllegalArgumentException(file + ": polarity must be -1, 0 or 1 (or absent): " + line);
        }
        sentences.add(s);
        spans.add(span);
        gold.add(polarity == null || polarity.isNull() ? -1 : polarity.asInt() + 1);
        taken.computeIfAbsent(s, k -> new ArrayList<>()).add(span);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (names) {
      for (Map.Entry<String, List<int[]>> e : taken.entrySet()) {
        for (int[] span : nameSpans(e.getKey(), e.getValue())) {
          sentences.add(e.getKey());
          spans.add(span);
          gold.add(-1);
        }
      }
    }
    return rows(file.getFileName().toString(), sentences, spans, gold);
  }

  /** The target mentions of the statements in a folder's {@code .txt} articles, each article's statements in order. */
  public List<Row> articles(Path dir) {
    List<ToneScorer.Request> requests = new ArrayList<>();
    // the analyzer finds the mentions a run would score (contextual words included); this scorer only records them
    ToneScorer recorder = new ToneScorer() {
      @Override
      public String name() {
        return "recorder";
      }

      @Override
      public ToneScore score(String text, int start, int end, String target) {
        requests.add(new ToneScorer.Request(text, start, end, target));
        return ToneScore.ofProbabilities(new double[] {0, 1, 0}, 0, List.of(), "recorder");
      }
    };
    TargetToneAnalyzer analyzer = new TargetToneAnalyzer(matcher, recorder);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
      List<TargetToneAnalyzer.Input> inputs = new ArrayList<>();
      for (Statement s : extractor.extract(null, text, null, null)) {
        if (s.text.length() > MAX_STATEMENT) continue;
        inputs.add(TargetToneAnalyzer.Input.of(s, f.toString()));
      }
      analyzer.analyzeAll(inputs);
    }
    List<String> sentences = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (ToneScorer.Request r : requests) {
      sentences.add(r.text());
      spans.add(new int[] {r.mentionStart(), r.mentionEnd()});
      gold.add(-1);
    }
    return rows(dir.getFileName().toString(), sentences, spans, gold);
  }

  /** Capitalised names in {@code sentence} that overlap no span of {@code taken}, at most {@link #MAX_NAMES}. */
  List<int[]> nameSpans(String sentence, List<int[]> taken) {
    List<int[]> out = new ArrayList<>();
    Matcher m = NAME.matcher(sentence);
    while (m.find() && out.size() < MAX_NAMES) {
      String first = m.group().split("\\s+")[0];
      if (skip.contains(first.toLowerCase(Locale.ROOT))) continue;
      int a = m.start(), b = m.end();
      boolean overlaps = false;
      for (int[] t : taken) overlaps |= a < t[1] && t[0] < b;
      if (!overlaps) out.add(new int[] {a, b});
    }
    return out;
  }

  private List<Row> rows(String source, List<String> sentences, List<int[]> spans, List<Integer> gold) {
    List<MentionEmbedder.Mention> mentions = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) mentions.add(new MentionEmbedder.Mention(sentences.get(i), spans.get(i)[0], spans.get(i)[1]));
    double[][] p = teacher.probabilities(mentions);
    List<Row> out = new ArrayList<>(p.length);
    for (int i = 0; i < p.length; i++) {
      int[] span = spans.get(i);
      out.add(new Row(source, sentences.get(i), span[0], span[1], teacher.inputIds(sentences.get(i), span[0], span[1]), p[i], gold.get(i)));
    }
    return out;
  }

  /** Writes rows as JSON lines: source, sentence, from, to, ids, p (the teacher's), y (gold class 0-2, or −1). */
  public static void write(List<Row> rows, Writer out) throws IOException {
    ObjectMapper om = new ObjectMapper();
    for (Row r : rows) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("source", r.source());
      o.put("sentence", r.sentence());
      o.put("from", r.from());
      o.put("to", r.to());
      o.put("ids", r.ids());
      o.put("p", r.teacher());
      o.put("y", r.gold());
      out.write(om.writeValueAsString(o));
      out.write('\n');
    }
  }
}
