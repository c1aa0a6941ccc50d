package org.stancemap.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a Java Flight Recorder file: execution samples counted by the method on
 * top of the stack (self), by every method on the stack (total), and by the first stancemap or
 * Spark NLP frame (who asked for the work).
 */
public final class Hotspots {
  private Hotspots() {}

  public record Counts(long samples, Map<String, Long> self, Map<String, Long> total, Map<String, Long> owner) {}

  public static Counts read(Path jfr) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    Map<String, Long> owner = new HashMap<>();
    long samples = 0;
    try (RecordingFile f = new RecordingFile(jfr)) {
      while (f.hasMoreEvents()) {
        RecordedEvent e = f.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
        RecordedStackTrace st = e.getStackTrace();
        if (st == null || st.getFrames().isEmpty()) continue;
        samples++;
        List<RecordedFrame> frames = st.getFrames();
        self.merge(name(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        String first = null;
        for (RecordedFrame fr : frames) {
          String n = name(fr);
          if (seen.add(n)) total.merge(n, 1L, Long::sum);
          if (first == null && (n.startsWith("org.stancemap.") || n.startsWith("com.johnsnowlabs."))) first = n;
        }
        owner.merge(first == null ? "(other: Spark, JVM, I/O)" : first, 1L, Long::sum);
      }
    }
    return new Counts(samples, self, total, owner);
  }

  public static void print(Counts c, int top, PrintStream out) {
    out.printf(Locale.ROOT, "%,d execution samples%n", c.samples());
    section("self (top of stack)", c.self(), c.samples(), top, out);
    section("first stancemap / Spark NLP frame on the stack", c.owner(), c.samples(), top, out);
    section("total (anywhere on the stack)", c.total(), c.samples(), top, out);
  }

  private static void section(String title, Map<String, Long> counts, long samples, int top, PrintStream out) {
    out.println("-- " + title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(e -> out.printf(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }
}
