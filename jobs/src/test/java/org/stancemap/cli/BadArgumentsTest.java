package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.jobs.SparkSessions;

/**
 * Issue 15: a bad --master or --output is a bad argument (exit code 2, one line naming the value)
 * found before the lock and Spark, not a failed job (exit code 5) after Spark's stack trace.
 */
class BadArgumentsTest {
  private static String run(int expectedCode, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (ConsoleCapture capture = new ConsoleCapture(err)) {
      code = Stancemap.execute(args);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(expectedCode, code, printed);
    assertFalse(printed.contains("\tat "), "no stack trace: " + printed);
    return printed;
  }

  @Test
  void aMasterThatIsNotASparkUrlIsExitCode2(@TempDir Path out) throws Exception {
    for (String command : new String[] {"run", "ingest"}) {
      String printed = run(ExitCodes.BAD_ARGUMENTS, command, "--master", "bogus", "--output", out.toString());
      assertTrue(printed.contains("'bogus' is not a Spark master URL"), printed);
    }
    Path conf = Files.writeString(out.resolve("bad.conf"), "master = local(2)\n");
    assertTrue(run(ExitCodes.BAD_ARGUMENTS, "run", "--config", conf.toString(), "--output", out.toString()).contains("master"));
    for (String good : new String[] {"local", "local[2]", "local[*]", "local[4,3]", "local-cluster[2,1,1024]", "spark://h:7077", "yarn",
        "k8s://https://h:6443"}) {
      assertNull(SparkSessions.badMaster(good), good);
    }
    try (var files = Files.list(out)) {
      assertEquals(1, files.count(), "nothing written but the config file");
    }
  }

  @Test
  void anOutputThatCannotBeOneIsExitCode2(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertTrue(run(ExitCodes.BAD_ARGUMENTS, "run", "--output", file.toString()).contains("exists and is not a folder"));
    assertTrue(run(ExitCodes.BAD_ARGUMENTS, "run", "--output", file.resolve("under").toString()).contains("cannot be created"));
    assertTrue(run(ExitCodes.BAD_ARGUMENTS, "ingest", "--output", "nosuchfs://bucket/out").contains("No FileSystem for scheme"));
    assertTrue(run(ExitCodes.BAD_ARGUMENTS, "run", "--output", "").contains("--output is empty"));
    assertEquals("x", Files.readString(file));
  }

  /**
   * A full disk is named (checked by hand on a 150 KB tmpfs output: exit 5 and this line; Hadoop's
   * local file system throws FSError, an Error, which {@link Stancemap#execute} turns into exit 5).
   */
  @Test
  void aFullDiskIsNamed() {
    Exception wrapped = new RuntimeException("Job aborted", new java.io.UncheckedIOException(new java.io.IOException("No space left on device")));
    assertTrue(Stancemap.diskFull(wrapped).orElseThrow().contains("No space left on device"));
    assertTrue(Stancemap.diskFull(new java.io.IOException("Permission denied")).isEmpty());
  }
}
