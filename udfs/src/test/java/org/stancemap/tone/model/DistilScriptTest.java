package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/tone/distil.py end to end on a few mentions (one short epoch, a narrow student): the training file as
 * {@code stancemap distil-data} writes it must still train, export an ONNX model the Java scorer loads, and write a
 * check sample whose ids the Java side rebuilds and whose probabilities it reproduces. Runs where Debian's python3-torch
 * and python3-onnx are installed, as on the project's build machine.
 */
class DistilScriptTest {
  /** The packaged student (convolutions only) and the variant with a self-attention layer (docs/tone.md). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "1"})
  void trainsOnDistilDataExportsAndTheJavaScorerReproducesIt(String attention, @TempDir Path tmp) throws Exception {
    FinetuneScriptTest.assumePython("torch, onnx", "python3-torch and python3-onnx are installed");
    Path repo = Path.of("..").toAbsolutePath().normalize();
    Path labelled = Files.write(tmp.resolve("mini.jsonl"), Files.readAllLines(repo.resolve("data/tone/domain-dev.jsonl")).subList(0, 60));
    Path train = tmp.resolve("train.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(train)) {
      DistillationData.write(DistillationData.standard().labelled(labelled, true), w);
    }
    Path out = tmp.resolve("tone-tiny.onnx");
    Process p = new ProcessBuilder("/usr/bin/python3", repo.resolve("scripts/tone/distil.py").toString(),
        "--teacher-model", repo.resolve("data/models/tone-minilm-ft.onnx").toString(), "--train", train.toString(),
        "--dev", train.toString(), "--out", out.toString(), "--epochs", "1", "--dim", "32", "--attention", attention, "--validation", "0.25",
        "--seed", "1", "--threads", "1")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "distil.py finished");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log")));

    FinetuneScriptTest.assertJavaReproduces(out, tmp.resolve("tone-tiny.check.jsonl"));
  }
}
