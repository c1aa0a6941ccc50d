package org.stancemap.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.text.Sentences;
import org.stancemap.text.TextView;

/**
 * Scores how contextual words ("the regime", "army units", "the ministry") are resolved, against a gold
 * folder: articles, {@code manifest.jsonl} ({@code file, outlet, published}) and {@code gold.jsonl} with one
 * line per loose reference to a state ({@code article, phrase, occurrence, state}; state "none" for
 * look-alikes such as "the sanctions regime"). Each article is read sentence by sentence in text order with
 * one {@link ArticleContext}, as the tone stage reads an article's statements. A reference is right when the
 * mention found over it names its state, or when no target mention is found over a reference to a state
 * that is no target (or to none).
 */
public final class ContextualEvaluator {
  private final TargetMatcher matcher;

  public ContextualEvaluator(TargetMatcher matcher) {
    this.matcher = matcher;
  }

  /** The figures and the misses. */
  public record Result(int references, int right, int toTarget, int targetFound, int predicted, int predictedRight,
      int outsideGold, List<String> misses) {
    public double accuracy() {
      return right / (double) Math.max(1, references);
    }

    /** Of the references to a target, the share resolved to it. */
    public double targetRecall() {
      return targetFound / (double) Math.max(1, toTarget);
    }

    /** Of the target mentions found over references, the share naming the right state. */
    public double targetPrecision() {
      return predictedRight / (double) Math.max(1, predicted);
    }

    public String report() {
      StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
          "references %d: accuracy %.3f (%d); to a target: recall %.3f (%d/%d); target predictions: precision %.3f (%d/%d);"
              + " contextual mentions outside the gold %d%n",
          references, accuracy(), right, targetRecall(), targetFound, toTarget, targetPrecision(), predictedRight, predicted, outsideGold));
      for (String m : misses) sb.append("  ").append(m).append('\n');
      return sb.toString();
    }
  }

  public Result evaluate(Path dir) {
    ObjectMapper om = new ObjectMapper();
    Map<String, JsonNode> manifest = new HashMap<>();
    Map<String, List<JsonNode>> gold = new TreeMap<>();
    try {
      for (String l : Files.readAllLines(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
        if (!l.isBlank()) manifest.put(om.readTree(l).get("file").asText(), om.readTree(l));
      }
      for (String l : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
        if (!l.isBlank()) gold.computeIfAbsent(om.readTree(l).get("article").asText(), k -> new ArrayList<>()).add(om.readTree(l));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gold of " + dir, e);
    }
    Set<String> targets = Set.copyOf(matcher.targets().names());
    int n = 0, right = 0, toTarget = 0, found = 0, predicted = 0, predictedRight = 0, outside = 0;
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> e : gold.entrySet()) {
      String file = e.getKey();
      String text;
      try {
        text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read " + file, ex);
      }
      JsonNode man = manifest.get(file);
      LocalDate day = man == null || !man.hasNonNull("published") ? null : LocalDate.parse(man.get("published").asText());
      String outlet = man == null || !man.hasNonNull("outlet") ? null : man.get("outlet").asText();
      List<TargetMention> all = mentions(text, day, outlet);
      List<int[]> spans = new ArrayList<>();
      for (JsonNode g : e.getValue()) {
        String phrase = g.get("phrase").asText();
        int[] span = occurrence(text, phrase, g.get("occurrence").asInt());
        if (span == null) throw new IllegalArgumentException(file + ": no occurrence " + g.get("occurrence") + " of '" + phrase + "'");
        spans.add(span);
        String want = g.get("state").asText();
        String wanted = targets.contains(want) ? want : "-";
        String got = "-";
        for (TargetMention t : all) {
          if (t.start() < span[1] && t.end() > span[0]) {
            got = t.target();
            break;
          }
        }
        n++;
        if (got.equals(wanted)) right++;
        else misses.add(file + " '" + phrase + "'#" + g.get("occurrence").asInt() + ": gold " + want + ", found " + got);
        if (!wanted.equals("-")) {
          toTarget++;
          if (got.equals(wanted)) found++;
        }
        if (!got.equals("-")) {
          predicted++;
          if (got.equals(wanted)) predictedRight++;
        }
      }
      for (int k = 0; k < all.size(); k++) {
        TargetMention t = all.get(k);
        if (!TargetAlias.CONTEXTUAL.equals(t.group())) continue;
        // "the Turkish regime": the gold counts it as named, and so it is
        if (k > 0 && all.get(k - 1).target().equals(t.target()) && t.start() - all.get(k - 1).end() <= 3) continue;
        boolean in = false;
        for (int[] s : spans) in |= t.start() < s[1] && t.end() > s[0];
        if (!in) {
          outside++;
          misses.add(file + " '" + t.mention() + "' at " + t.start() + ": read as " + t.target() + ", no loose reference in the gold");
        }
      }
    }
    return new Result(n, right, toTarget, found, predicted, predictedRight, outside, misses);
  }

  /** Every target mention of the article, sentence by sentence, offsets into the article. */
  private List<TargetMention> mentions(String text, LocalDate day, String outlet) {
    int[][] sentences = Sentences.of(TextView.of(text));
    List<String> texts = new ArrayList<>(sentences.length);
    for (int[] s : sentences) texts.add(text.substring(s[0], s[1]));
    ArticleContext context = matcher.context(texts, day, outlet);
    List<TargetMention> all = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      for (TargetMention t : matcher.find(texts.get(i), null, day, context)) {
        all.add(new TargetMention(t.target(), t.mention(), t.start() + sentences[i][0], t.end() + sentences[i][0], t.group()));
      }
    }
    return all;
  }

  /** [start, end) of the {@code occurrence}-th whole-word {@code phrase} in the text; null when there is none. */
  static int[] occurrence(String text, String phrase, int occurrence) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text);
    int k = 0;
    while (m.find()) if (++k == occurrence) return new int[] {m.start(), m.end()};
    return null;
  }
}
