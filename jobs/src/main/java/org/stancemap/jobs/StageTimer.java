package org.stancemap.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the stages of a run: one line per stage on stderr ({@code stancemap: stage NAME SECONDS s}),
 * and, when {@code STANCEMAP_STAGE_LOG} (or the system property {@code stancemap.stageLog}) names
 * a file, one JSON line per stage appended to it with the driver's peak resident memory so far
 * (VmHWM from /proc/self/status, -1 where there is no /proc). The benchmark reads that file.
 */
public final class StageTimer {
  public static final String ENV = "STANCEMAP_STAGE_LOG";
  public static final String PROPERTY = "stancemap.stageLog";

  private StageTimer() {}

  public static <T> T time(String stage, Supplier<T> body) {
    long start = System.nanoTime();
    long startMs = System.currentTimeMillis();
    T result = body.get();
    record(stage, (System.nanoTime() - start) / 1e9, startMs);
    return result;
  }

  public static void time(String stage, Runnable body) {
    time(stage, () -> {
      body.run();
      return null;
    });
  }

  static void record(String stage, double seconds, long startMs) {
    System.err.printf(Locale.ROOT, "stancemap: stage %s %.3f s%n", stage, seconds);
    String log = System.getProperty(PROPERTY, System.getenv(ENV));
    if (log == null || log.isBlank()) return;
    String line = String.format(Locale.ROOT, "{\"stage\":\"%s\",\"seconds\":%.3f,\"start_ms\":%d,\"vm_hwm_bytes\":%d}%n",
        stage.replace("\"", "'"), seconds, startMs, peakRssBytes());
    try {
      Files.writeString(Path.of(log), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the stage log " + log, e);
    }
  }

  /** The process's peak resident set size in bytes (Linux VmHWM), or -1 when unknown. */
  public static long peakRssBytes() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
