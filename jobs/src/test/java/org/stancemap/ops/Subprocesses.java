package org.stancemap.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Starting, watching and reliably stopping the JVMs the operations tests run. */
final class Subprocesses {
  private Subprocesses() {}

  /** The repository root (tests run in jobs/). */
  static Path home() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    return Files.isDirectory(dir.resolve("jobs")) ? dir : dir.getParent();
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The Java 17 flags Spark needs, as the build passes them to the test JVM. */
  static List<String> opens() {
    List<String> flags = new ArrayList<>();
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect")) flags.add(a);
    }
    return flags;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static Process start(List<String> command, Path log, Path dir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("STANCEMAP_LOG_LEVEL", "INFO"); // the tests wait for INFO lines
    return pb.start();
  }

  /** Waits until the log holds a line matching {@code ready}; fails with the log's tail otherwise. */
  static void awaitLog(Process p, Path log, Predicate<String> ready, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(log) && Files.readAllLines(log, StandardCharsets.UTF_8).stream().anyMatch(ready)) return;
      if (!p.isAlive()) throw new AssertionError("process ended (exit " + p.exitValue() + "): " + tail(log));
      Thread.sleep(200);
    }
    throw new AssertionError("timed out after " + timeout + ": " + tail(log));
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Kills a process and every process it started (a Worker's executors), hard. */
  static void killTree(Process p) {
    if (p == null) return;
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    for (ProcessHandle h : all) h.destroyForcibly();
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // best effort: a process that outlives SIGKILL for 10 s is the OS's business
      }
    }
  }
}
