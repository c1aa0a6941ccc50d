package org.stancemap.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupMeasuresTest {
  /** The sums of {@link GroupMeasures.Sums} from per-article unit counts and score sums. */
  static GroupMeasures.Sums sums(long[] n, double[] s) {
    long units = 0;
    double ss = 0;
    double q = 0;
    double p = 0;
    double r = 0;
    for (int a = 0; a < n.length; a++) {
      units += n[a];
      ss += s[a];
      q += s[a] * s[a];
      p += s[a] * n[a];
      r += (double) n[a] * n[a];
    }
    return new GroupMeasures.Sums(n.length, units, ss, q, p, r, units, 0, 0);
  }

  @Test
  void clusterRobustIntervalFromSumsEqualsTheTextbookFormula() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      int g = 2 + random.nextInt(40);
      long[] n = new long[g];
      double[] s = new double[g];
      for (int a = 0; a < g; a++) {
        n[a] = 1 + random.nextInt(9);
        for (int i = 0; i < n[a]; i++) s[a] += random.nextDouble() * 2 - 1;
      }
      GroupMeasures.Sums sums = sums(n, s);
      double m = sums.s() / sums.units();
      double squares = 0;
      for (int a = 0; a < g; a++) squares += Math.pow(s[a] - m * n[a], 2);
      double se = Math.sqrt((double) g / (g - 1) * squares) / sums.units();
      double half = StudentT.quantile975(g - 1) * se;
      GroupMeasures.Interval ci = GroupMeasures.clusterRobust(m, sums);
      assertEquals(Math.max(-1, m - half), ci.low(), 1e-9);
      assertEquals(Math.min(1, m + half), ci.high(), 1e-9);
      GroupMeasures.Measures measures = GroupMeasures.of(sums, 5);
      assertEquals(m, measures.meanScore(), 1e-12);
      assertTrue(measures.ciLow() <= m && m <= measures.ciHigh(), "the interval holds the mean");
      if (g >= 5) {
        // CR1 is trusted with enough articles that disagree: it stands, even where the floor is wider
        assertFalse(measures.ciWidened());
        assertEquals(ci.low(), measures.ciLow(), 0);
        assertEquals(ci.high(), measures.ciHigh(), 0);
      }
      assertEquals(g < 5, measures.lowSupport());
    }
  }

  @Test
  void oneArticleGetsTheWholeScaleAndAgreeingArticlesTheWilsonFloor() {
    GroupMeasures.Measures one = GroupMeasures.of(sums(new long[] {3}, new double[] {0.9}), 5);
    assertEquals(-1.0, one.ciLow(), 0);
    assertEquals(1.0, one.ciHigh(), 0);
    assertTrue(one.lowSupport());

    // six articles with the same mean score per unit: CR1 is a point, so the floor widens it
    long[] n = {2, 2, 2, 2, 2, 2};
    double[] s = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    GroupMeasures.Measures agree = GroupMeasures.of(sums(n, s), 5);
    assertTrue(agree.ciWidened());
    double z = StudentT.Z975;
    double p = (0.5 + 1) / 2;
    double centre = (p + z * z / 12) / (1 + z * z / 6);
    double half = z / (1 + z * z / 6) * Math.sqrt(p * (1 - p) / 6 + z * z / (4.0 * 36));
    assertEquals(2 * (centre - half) - 1, agree.ciLow(), 1e-12);
    assertEquals(2 * (centre + half) - 1, agree.ciHigh(), 1e-12);
    assertFalse(agree.lowSupport());
  }

  @Test
  void sharesCountUnitsByLabel() {
    GroupMeasures.Measures m = GroupMeasures.of(new GroupMeasures.Sums(2, 8, 1.0, 0.5, 0.5, 32, 2, 5, 1), 1);
    assertEquals(0.25, m.sharePos(), 0);
    assertEquals(0.625, m.shareNeg(), 0);
    assertEquals(0.125, m.shareNeu(), 0);
    assertEquals(8, m.nStatements());
    assertEquals(2, m.nArticles());
  }
}
