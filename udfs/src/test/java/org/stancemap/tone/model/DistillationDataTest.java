package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distilled student's training file: which mentions it holds, the teacher's view of each, and gold where it exists. */
class DistillationDataTest {
  static final DistillationData DATA = DistillationData.standard();

  @Test
  void furtherNamesSkipTheLabelledMentionAndWordsThatNameNoOne() {
    String s = "On Tuesday, Senator Lindsey Graham praised Moscow, The Hill reported, and Ankara objected.";
    int moscow = s.indexOf("Moscow");
    List<int[]> spans = DATA.nameSpans(s, List.of(new int[] {moscow, moscow + 6}));
    List<String> names = spans.stream().map(x -> s.substring(x[0], x[1])).toList();
    assertEquals(List.of("Senator Lindsey Graham", "Ankara"), names);
    String t = "Despite the vote, Mitch McConnell met the envoy Hassan Al-Shaibani.";
    List<String> more = DATA.nameSpans(t, List.of()).stream().map(x -> t.substring(x[0], x[1])).toList();
    assertEquals(List.of("Mitch McConnell", "Hassan Al-Shaibani"), more);
  }

  @Test
  void aToneFileWithABadPolarityOrAnEmptyMentionIsRefusedWithItsLine(@TempDir Path tmp) throws Exception {
    for (String bad : List.of("{\"sentence\": \"Turkey won.\", \"from\": 0, \"to\": 6, \"polarity\": 2}",
        "{\"sentence\": \"Turkey won.\", \"from\": 0, \"to\": 6, \"polarity\": \"neg\"}",
        "{\"sentence\": \"Turkey won.\", \"from\": 3, \"to\": 3, \"polarity\": 1}")) {
      Path f = Files.writeString(tmp.resolve("bad.jsonl"), bad + "\n");
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> DATA.labelled(f, false));
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
    Path unlabelled = Files.writeString(tmp.resolve("unlabelled.jsonl"), "{\"sentence\": \"Turkey won.\", \"from\": 0, \"to\": 6, \"polarity\": null}\n");
    assertEquals(-1, DATA.labelled(unlabelled, false).get(0).gold());
  }

  @Test
  void labelledRowsCarryGoldAndTheTeachersInputAndProbabilities(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("mini.jsonl");
    Files.writeString(f, "{\"sentence\": \"Turkey thanked Russia for its help.\", \"from\": 15, \"to\": 21, \"polarity\": 1}\n"
        + "{\"sentence\": \"Syrian shelling killed three Turkish soldiers, Erdogan said.\", \"from\": 0, \"to\": 6, \"polarity\": -1}\n");
    List<DistillationData.Row> rows = DATA.labelled(f, true);
    TunedEncoderScorer teacher = TunedEncoderScorer.load(TunedEncoderScorer.MINILM_FT);
    assertEquals(2, rows.get(0).gold());
    assertEquals(0, rows.get(1).gold());
    for (DistillationData.Row r : rows) {
      assertArrayEquals(teacher.inputIds(r.sentence(), r.from(), r.to()), r.ids(), r.toString());
      assertEquals(1.0, r.teacher()[0] + r.teacher()[1] + r.teacher()[2], 1e-6);
    }
    // the teacher reads the labelled mentions as their gold does
    assertTrue(rows.get(0).teacher()[2] > 0.5, java.util.Arrays.toString(rows.get(0).teacher()));
    assertTrue(rows.get(1).teacher()[0] > 0.5, java.util.Arrays.toString(rows.get(1).teacher()));
    // further names, without gold: "Turkey" in the first sentence, "Turkish" and "Erdogan" in the second
    List<String> more = rows.subList(2, rows.size()).stream().map(r -> r.sentence().substring(r.from(), r.to()) + ":" + r.gold()).toList();
    assertEquals(List.of("Turkey:-1", "Turkish:-1", "Erdogan:-1"), more);
    assertEquals(2, DATA.labelled(f, false).size());
    StringWriter w = new StringWriter();
    DistillationData.write(rows.subList(0, 1), w);
    assertTrue(w.toString().startsWith("{\"source\":\"mini.jsonl\",\"sentence\":\"Turkey thanked Russia for its help.\",\"from\":15,\"to\":21,\"ids\":[101,"),
        w.toString());
    assertTrue(w.toString().endsWith(",\"y\":2}\n"), w.toString());
  }

  @Test
  void articlesGiveTheTargetMentionsOfTheirStatements(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "Ankara warns Damascus\n\nANKARA (Reuters) - Turkey warned Syria on Monday against any"
        + " offensive in Idlib, the foreign ministry said.\n\n\"We will not stand by,\" Foreign Minister Hakan Fidan said.");
    Files.writeString(tmp.resolve("notes.md"), "Russia is not read: only .txt articles");
    List<DistillationData.Row> rows = DATA.articles(tmp);
    List<String> mentions = rows.stream().map(r -> r.sentence().substring(r.from(), r.to())).toList();
    assertTrue(mentions.contains("Turkey") && mentions.contains("Syria"), mentions.toString());
    assertTrue(mentions.stream().noneMatch(m -> m.equals("Russia")), mentions.toString());
    assertTrue(rows.stream().allMatch(r -> r.gold() == -1 && r.source().equals(tmp.getFileName().toString())));
  }
}
