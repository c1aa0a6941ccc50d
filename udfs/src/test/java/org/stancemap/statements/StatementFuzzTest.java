package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test: on thousands of generated and mutated texts no exception escapes (the strict path,
 * without the safety net), every offset lies inside the text and every statement's text is the
 * substring at its offsets; large inputs finish in seconds.
 */
class StatementFuzzTest {
  private static final StatementExtractor X = StatementExtractor.defaults();
  private static final String[] PIECES = {"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", " ", "\n", "\n\n",
      "\r\n", "\t", ".", ",", ":", "?", "!", "\u2014", "\u2013", "-", "(", ")", "said", "he", "she", "they", "it", "told",
      "according to", "Putin", "Erdogan", "the Russian leader", "a Western diplomat", "Kremlin", "and", "that", "quoted",
      "\u0420\u043e\u0441\u0441\u0438\u044f", "\u062a\u0631\u0643\u064a\u0627", "\ud83d\ude00", "\u00e9", "e\u0301", "#Tag", "@handle",
      "pic.twitter.com/x", "\u2014 Name (@h) March 5", "US", "U.S.", "Mr.", "1", "2020", "\u00a0", "\u200b", "\ud800"};

  static void check(String t) {
    List<Statement> out = X.extractStrict(t, "O", null);
    for (Statement s : out) {
      assertTrue(0 <= s.start && s.start <= s.end && s.end <= t.length(), () -> "offsets " + s.start + "," + s.end);
      assertEquals(t.substring(s.start, s.end), s.text);
    }
  }

  @Test
  void randomAndMutatedTextsNeverBreak() throws Exception {
    Random r = new Random(42);
    List<String> seeds = new ArrayList<>();
    for (Path p : Files.newDirectoryStream(Path.of("..", "data", "samples"), "*.txt")) seeds.add(Files.readString(p, StandardCharsets.UTF_8));
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      if (n % 2 == 0) {
        int len = r.nextInt(60);
        for (int i = 0; i < len; i++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) == 0 ? " " : "");
      } else {
        String s = seeds.get(r.nextInt(seeds.size()));
        int a = r.nextInt(s.length()), c = Math.min(s.length(), a + r.nextInt(1500));
        b.append(s, a, c);
        for (int m = r.nextInt(8); m > 0; m--) {
          int at = r.nextInt(b.length() + 1);
          if (r.nextBoolean() && b.length() > 0 && at < b.length()) b.deleteCharAt(at);
          else b.insert(at, PIECES[r.nextInt(PIECES.length)]);
        }
      }
      String t = b.toString();
      try {
        check(t);
      } catch (Throwable e) {
        throw new AssertionError("failed on text #" + n + ": [" + t + "]", e);
      }
    }
  }

  @Test
  void degenerateInputs() {
    check("");
    check(" ");
    check("\"");
    check("\"\"\"\"");
    check("'");
    check("\u201c\u201c\u201c\u201d\u201d");
    check("said said said");
    check("\n\n\n");
    check("\u2014 (@x)");
  }

  @Test
  void largeInputsFinishInSeconds() {
    StringBuilder quotes = new StringBuilder();
    for (int i = 0; i < 100_000; i++) quotes.append(i % 3 == 0 ? "\" " : i % 3 == 1 ? "word\" " : "'x ");
    // CPU time of this thread: the machine running the suite may be shared and loaded
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    check(quotes.toString());
    StringBuilder big = new StringBuilder();
    String sentence = "\"This is fine,\" he said, and the Russian leader told reporters that Ankara would respond according to plan. ";
    while (big.length() < 5_000_000) big.append(sentence).append(big.length() % 7 == 0 ? "\n\n" : "");
    check(big.toString());
    StringBuilder nopunct = new StringBuilder();
    while (nopunct.length() < 1_000_000) nopunct.append("word Putin said ");
    check(nopunct.toString());
    double secs = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
    System.out.println("large inputs: " + secs + " s CPU");
    assertTrue(secs < 45, "took " + secs + " s CPU");
  }
}
