package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/tone/soup.py, which averaged the packaged encoder from two trainings (docs/tone.md, "Round 4 in the teacher"):
 * the mean of a model with itself is that model again, as the Java scorer reads it; with a changed copy, weight 0 and 1
 * give either model and 0.25 moves a bias and an int8 matrix a quarter of the way; two different networks are refused. Runs where Debian's python3-onnx is installed, as on the project's build machine.
 */
class SoupScriptTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private static Process soup(Path a, Path b, String w, Path out, Path log) throws Exception {
    return new ProcessBuilder("/usr/bin/python3", REPO.resolve("scripts/tone/soup.py").toString(), a.toString(), b.toString(), w, out.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  @Test
  void theMeanOfTheEncoderWithItselfIsTheEncoderAndOtherNetworksAreRefused(@TempDir Path tmp) throws Exception {
    FinetuneScriptTest.assumePython("onnx, numpy", "python3-onnx is installed");
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
    double[][] pa = packaged.probabilities(ms);
    double[][] pm = mean.probabilities(ms);
    for (int i = 0; i < ms.size(); i++) for (int c = 0; c < 3; c++) assertEquals(pa[i][c], pm[i][c], 1e-4, "mention " + i);
    FinetuneScriptTest.assertJavaReproduces(out, REPO.resolve("data/models/tone-minilm-ft.check.jsonl"));

    // B: the encoder with its classifier's bias moved by (+1, 0, -1) and one int8 matrix's scales doubled. Weight 0 gives
    // the encoder, weight 1 gives B, and 0.25 moves the bias and the matrix a quarter of the way
    Path b = tmp.resolve("b.onnx");
    FinetuneScriptTest.python(tmp, """
        import sys, onnx, numpy as np
        from onnx import numpy_helper as nh
        m = onnx.load(sys.argv[1]); inits = {i.name: i for i in m.graph.initializer}
        inits["head.bias"].CopyFrom(nh.from_array(nh.to_array(inits["head.bias"]) + np.array([1, 0, -1], np.float32), "head.bias"))
        q = sorted(n for n in inits if n.endswith("_q"))[0]; sc = q[:-2] + "_scale"
        inits[sc].CopyFrom(nh.from_array(nh.to_array(inits[sc]) * 2, sc))
        onnx.save(m, sys.argv[2])
        """, encoder.toString(), b.toString());
    for (String w : List.of("0", "1")) {
      Path o = tmp.resolve("soup" + w + ".onnx");
      assertEquals(0, soup(encoder, b, w, o, tmp.resolve("log")).waitFor(), Files.readString(tmp.resolve("log")));
      double[][] expected = new TunedEncoderScorer("e", Files.readAllBytes(w.equals("0") ? encoder : b), WordPieceTokenizer.miniLm()).probabilities(ms);
      double[][] got = new TunedEncoderScorer("s", Files.readAllBytes(o), WordPieceTokenizer.miniLm()).probabilities(ms);
      for (int i = 0; i < ms.size(); i++) for (int c = 0; c < 3; c++) assertEquals(expected[i][c], got[i][c], 1e-4, "weight " + w + ", mention " + i);
    }
    Path quarter = tmp.resolve("soup-quarter.onnx");
    assertEquals(0, soup(encoder, b, "0.25", quarter, tmp.resolve("log")).waitFor(), Files.readString(tmp.resolve("log")));
    FinetuneScriptTest.python(tmp, """
        import sys, onnx, numpy as np
        from onnx import numpy_helper as nh
        a, s = ({i.name: nh.to_array(i) for i in onnx.load(p).graph.initializer} for p in sys.argv[1:3])
        assert np.allclose(s["head.bias"], a["head.bias"] + 0.25 * np.array([1, 0, -1]), atol=1e-6), "bias"
        q = sorted(n for n in a if n.endswith("_q"))[0]; sc = q[:-2] + "_scale"
        axis = 0 if a[sc].shape[0] == a[q].shape[0] and a[sc].shape[0] != a[q].shape[1] else 1
        shape = (-1, 1) if axis == 0 else (1, -1)
        fa = a[q] * a[sc].reshape(shape); fs = s[q] * s[sc].reshape(shape)
        assert np.abs(fs - 1.25 * fa).max() <= s[sc].max() * 0.51, "matrix"
        """, encoder.toString(), quarter.toString());

    Process other = soup(encoder, REPO.resolve("data/models/tone-student.onnx"), "0.5", tmp.resolve("bad.onnx"), tmp.resolve("log2"));
    assertTrue(other.waitFor(5, TimeUnit.MINUTES), "soup.py finished");
    assertNotEquals(0, other.exitValue(), "two different networks are refused");
    assertTrue(Files.readString(tmp.resolve("log2")).contains("not the same network"));
  }
}
