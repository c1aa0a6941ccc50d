package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/tone/soup.py, which averaged the packaged encoder from two trainings (docs/tone.md, "Round 4 in the teacher"):
 * the mean of a model with itself is that model again, as the Java scorer reads it, and two different networks are
 * refused. Runs where Debian's python3-onnx is installed, as on the project's build machine.
 */
class SoupScriptTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private static Process soup(Path a, Path b, String w, Path out, Path log) throws Exception {
    return new ProcessBuilder("/usr/bin/python3", REPO.resolve("scripts/tone/soup.py").toString(), a.toString(), b.toString(), w, out.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  @Test
  void theMeanOfTheEncoderWithItselfIsTheEncoderAndOtherNetworksAreRefused(@TempDir Path tmp) throws Exception {
    Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import onnx, numpy").redirectErrorStream(true).start();
    assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, "python3-onnx is installed");
    Path encoder = REPO.resolve("data/models/tone-minilm-ft.onnx");
    Path out = tmp.resolve("soup.onnx");
    Process p = soup(encoder, encoder, "0.7", out, tmp.resolve("log"));
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soup.py finished");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log")));
    TunedEncoderScorer packaged = new TunedEncoderScorer("packaged", Files.readAllBytes(encoder), WordPieceTokenizer.miniLm());
    TunedEncoderScorer mean = new TunedEncoderScorer("soup", Files.readAllBytes(out), WordPieceTokenizer.miniLm());
    List<MentionEmbedder.Mention> ms = List.of(
        new MentionEmbedder.Mention("Turkish jets struck villages near Afrin on Sunday, killing nine civilians.", 0, 7),
        new MentionEmbedder.Mention("Moscow and Ankara agreed on a ceasefire in Idlib after talks in Sochi.", 0, 6));
    double[][] a = packaged.probabilities(ms);
    double[][] b = mean.probabilities(ms);
    for (int i = 0; i < ms.size(); i++) for (int c = 0; c < 3; c++) assertEquals(a[i][c], b[i][c], 1e-4, "mention " + i);
    FinetuneScriptTest.assertJavaReproduces(out, REPO.resolve("data/models/tone-minilm-ft.check.jsonl"));

    Process other = soup(encoder, REPO.resolve("data/models/tone-student.onnx"), "0.5", tmp.resolve("bad.onnx"), tmp.resolve("log2"));
    assertTrue(other.waitFor(5, TimeUnit.MINUTES), "soup.py finished");
    assertNotEquals(0, other.exitValue(), "two different networks are refused");
    assertTrue(Files.readString(tmp.resolve("log2")).contains("not the same network"));
  }
}
