package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stancemap's own sentence work ({@link Sentences#detectorInput}: dictionary and title masking;
 * {@link Sentences#refine}: quote and attribution rules) is linear: 4x the text takes well under 8x
 * the time. Spark NLP's detector itself is left out: its split on unprotected breaks rescans the
 * rest of the text for every sentence, superlinear on texts of many thousand sentences.
 */
class SentencesComplexityTest {
  private static final int SMALL = 5_000, LARGE = 20_000;

  @ParameterizedTest
  @ValueSource(strings = {"Mr. Putin said. ", "Turkey.\n\n", "\"Why now?\" Sen. Okafor asked. ", "\"Why now?\" The minister left. ",
      "Lt. Gen. Okafor spoke. ", "\"Enough!\" she shouted. "})
  void maskingAndRefiningAreLinear(String unit) {
    Work small = new Work(unit, SMALL), large = new Work(unit, LARGE);
    for (int warm = 0; warm < 3; warm++) { small.millis(4); large.millis(1); } // JIT first, so neither size pays for it
    // the fastest of several runs; the small text is timed four times in a row so that both
    // timings are about as long and timer and collector noise weigh the same on both
    double s = Double.MAX_VALUE, l = Double.MAX_VALUE;
    for (int run = 0; run < 9; run++) { s = Math.min(s, small.millis(4) / 4); l = Math.min(l, large.millis(1)); }
    double ratio = l / s;
    System.out.printf("sentence work on \"%s\" x%d: %.2f ms, x%d: %.2f ms, ratio %.1f%n", unit.replace("\n", "\\n"), SMALL, s, LARGE, l,
        ratio);
    assertTrue(ratio < 8, "4x the text took " + ratio + "x the time");
  }

  /** Masking and refining {@code unit} repeated {@code times}, with one detector sentence a unit. */
  private static final class Work {
    final TextView tv;
    final int[][] raw;

    Work(String unit, int times) {
      tv = TextView.of(unit.repeat(times));
      raw = new int[times][];
      for (int i = 0; i < times; i++) raw[i] = new int[] {i * unit.length(), (i + 1) * unit.length() - 1};
    }

    /** Milliseconds for {@code times} runs. */
    double millis(int times) {
      long t0 = System.nanoTime();
      int found = 0;
      for (int i = 0; i < times; i++) {
        String in = Sentences.detectorInput(tv.view());
        found += Sentences.refine(tv, raw).length + (in.length() == tv.view().length() ? 0 : -1);
      }
      long t = System.nanoTime() - t0;
      assertTrue(found >= times);
      return t / 1e6;
    }
  }
}
