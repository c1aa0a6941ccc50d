package org.stancemap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancemap.tone.ToneExample;
import org.stancemap.tone.ToneEvaluator;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.ToneScorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stancemap score-targets}: scores NewsMTSC-format lines, so anyone can measure a scorer on their data. */
@Command(name = "score-targets", mixinStandardHelpOptions = true,
    description = {"Scores target mentions given as JSON lines and writes {\"id\", \"label\", \"score\"} per line.",
        "Input lines are {\"id\", \"sentence\", \"from\", \"to\"} (the NewsMTSC format; other fields are ignored);",
        "label is neg/neu/pos.",
        "Lines that cannot be read are reported on stderr and skipped."})
public final class ScoreTargetsCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "JSON lines to score.")
  Path input;

  @Option(names = "--file", paramLabel = "FILE", required = true, description = "JSON lines to write (one file; --output is the output folder elsewhere).")
  Path output;

  @Option(names = "--scorer", defaultValue = ToneScorers.DEFAULT_ALIAS,
      description = "Tone scorer: default, one of the registered names, or vader-sentence (the baseline). Default: ${DEFAULT-VALUE}.")
  String scorer;

  @Override
  public Integer call() throws Exception {
    ToneScorer s = EvalToneCommand.scorer(scorer);
    ObjectMapper json = new ObjectMapper();
    int lineNo = 0;
    int written = 0;
    int bad = 0;
    if (output.toAbsolutePath().getParent() != null) Files.createDirectories(output.toAbsolutePath().getParent());
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8);
         BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        ToneExample e;
        try {
          JsonNode node = json.readTree(line);
          e = ToneEvaluator.parse(node);
        } catch (Exception ex) {
          bad++;
          System.err.println(input + ":" + lineNo + ": skipped: " + ex.getMessage().lines().findFirst().orElse(""));
          continue;
        }
        ToneScore score = s.score(e.sentence(), e.from(), e.to(), e.mention());
        ObjectNode o = json.createObjectNode();
        o.put("id", e.id());
        o.put("label", score.label());
        o.put("score", Math.round(score.score() * 1e4) / 1e4);
        w.write(json.writeValueAsString(o));
        w.newLine();
        written++;
      }
    }
    System.err.printf("score-targets: %d lines scored with %s, %d skipped -> %s%n", written, s.name(), bad, output);
    return 0;
  }
}
