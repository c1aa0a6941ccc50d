package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreTargetsCommandTest {
  @Test
  void scoresGoodLinesAndSkipsBadOnes(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("sub/out.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"a\", \"sentence\": \"Russian airstrikes killed 11 civilians.\", \"from\": 0, \"to\": 7, \"polarity\": 0}",
        "not json",
        "{\"id\": \"b\", \"sentence\": \"short\", \"from\": 0, \"to\": 99}",
        "",
        "{\"id\": \"c\", \"sentence\": \"Turkey and Russia signed a landmark agreement to expand trade and cooperation.\", \"from\": 0, \"to\": 6}"));
    int code = new CommandLine(new Stancemap()).execute("score-targets", "--input", in.toString(), "--file", out.toString());
    assertEquals(0, code);
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(lines.get(0));
    JsonNode c = json.readTree(lines.get(1));
    assertEquals("a", a.get("id").asText());
    assertEquals("neg", a.get("label").asText());
    assertTrue(a.get("score").asDouble() < 0);
    assertEquals("c", c.get("id").asText());
    assertEquals("pos", c.get("label").asText());
    assertEquals(3, a.size());
  }

  @Test
  void baselineIsSelectable(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, "{\"id\": 7, \"sentence\": \"Turkey said Russian airstrikes killed 11 fighters.\", \"from\": 0, \"to\": 6}\n");
    assertEquals(0, new CommandLine(new Stancemap()).execute("score-targets", "--input", in.toString(),
        "--file", out.toString(), "--scorer", "vader-sentence"));
    // the baseline is blind to the target: the whole sentence is negative, so Turkey gets neg
    assertEquals("neg", new ObjectMapper().readTree(Files.readAllLines(out).get(0)).get("label").asText());
  }
}
