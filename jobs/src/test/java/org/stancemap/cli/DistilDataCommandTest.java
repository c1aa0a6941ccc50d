package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DistilDataCommandTest {
  @Test
  void writesTheTeachersViewOfLabelledMentionsTheirSentencesOtherNamesAndArticleTargets(@TempDir Path dir) throws Exception {
    Path labelled = dir.resolve("mini.jsonl");
    Files.writeString(labelled, "{\"sentence\": \"Erdogan thanked Russia for its help.\", \"from\": 16, \"to\": 22, \"polarity\": 1}\n");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "Kremlin warns Ankara\n\nThe Kremlin warned Turkey against new strikes in Syria,"
        + " Dmitry Peskov said on Monday.");
    Path out = dir.resolve("sub/train.jsonl");
    assertEquals(0, new CommandLine(new Stancemap()).execute("distil-data", "--out", out.toString(),
        "--labelled", labelled.toString(), "--articles", articles.toString()));
    ObjectMapper om = new ObjectMapper();
    List<JsonNode> rows = Files.readAllLines(out).stream().map(l -> {
      try {
        return om.readTree(l);
      } catch (Exception e) {
        throw new AssertionError(l, e);
      }
    }).toList();
    assertEquals(2, rows.get(0).get("y").asInt(), rows.toString()); // gold: pos
    assertTrue(rows.get(0).get("p").get(2).asDouble() > 0.5, rows.toString()); // the teacher agrees
    assertEquals("Erdogan", text(rows.get(1)));
    assertEquals(-1, rows.get(1).get("y").asInt());
    assertTrue(rows.stream().anyMatch(r -> r.get("source").asText().equals("articles") && text(r).equals("Turkey")), rows.toString());
    assertFalse(Files.exists(dir.resolve("sub/train.jsonl.tmp")));
    // --no-names: the labelled mention only
    assertEquals(0, new CommandLine(new Stancemap()).execute("distil-data", "--out", out.toString(), "--no-names",
        "--labelled", labelled.toString()));
    assertEquals(1, Files.readAllLines(out).size());
  }

  private static String text(JsonNode r) {
    return r.get("sentence").asText().substring(r.get("from").asInt(), r.get("to").asInt());
  }
}
