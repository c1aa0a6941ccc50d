package org.stancemap.tone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Agreement with the hand-made tone verdicts of the seed gold ({@code data/eval/seed-gold.jsonl},
 * field {@code tone}: only the clear verdicts, an absent target means "not judged"). Each
 * (statement, target) verdict is checked against the analyzer's label for that target in the
 * statement's text; a verdict on a target the text never mentions (as the matcher sees it) is
 * counted as {@code unmentioned}, not as a disagreement, since no scorer can see it.
 */
public final class SeedToneCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SeedToneCheck() {}

  /** One verdict and what the analyzer said (predicted null: target not mentioned). */
  public record Verdict(String text, String target, String gold, String predicted, double score, List<String> evidence) {
    public boolean mentioned() {
      return predicted != null;
    }

    public boolean agrees() {
      return gold.equals(predicted);
    }
  }

  /** Totals: verdicts, how many the text mentions, and how many of those agree. */
  public record Summary(int verdicts, int mentioned, int agree, List<Verdict> rows) {
    public double agreement() {
      return mentioned == 0 ? 0 : (double) agree / mentioned;
    }
  }

  public static Summary check(Path seedGold, TargetToneAnalyzer analyzer) {
    List<Verdict> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(seedGold, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode o = JSON.readTree(line);
        JsonNode tone = o.get("tone");
        String text = o.path("text").asText("");
        if (tone == null || !tone.isObject()) continue;
        for (Iterator<Map.Entry<String, JsonNode>> it = tone.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          List<TargetTone> found = analyzer.analyze(text, e.getKey());
          if (found.isEmpty()) {
            rows.add(new Verdict(text, e.getKey(), e.getValue().asText(), null, 0, List.of()));
          } else {
            ToneScore s = found.get(0).tone();
            rows.add(new Verdict(text, e.getKey(), e.getValue().asText(), s.label(), s.score(), s.evidence()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + seedGold, e);
    }
    int mentioned = 0;
    int agree = 0;
    for (Verdict v : rows) {
      if (!v.mentioned()) continue;
      mentioned++;
      if (v.agrees()) agree++;
    }
    return new Summary(rows.size(), mentioned, agree, rows);
  }
}
