package org.stancemap.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StudentTTest {
  @Test
  void matchesTableValues() {
    assertEquals(12.706, StudentT.quantile975(1), 1e-3);
    assertEquals(2.228, StudentT.quantile975(10), 1e-3);
    assertEquals(2.021, StudentT.quantile975(40), 1e-3);
    assertEquals(2.000, StudentT.quantile975(60), 1e-3);
    assertEquals(1.984, StudentT.quantile975(100), 1e-3);
    assertEquals(1.960, StudentT.quantile975(1_000_000), 1e-3);
  }

  @Test
  void decreasesWithDegreesOfFreedom() {
    for (int df = 1; df < 500; df++) {
      assertTrue(StudentT.quantile975(df) > StudentT.quantile975(df + 1), "df " + df);
    }
    assertTrue(Double.isNaN(StudentT.quantile975(0)));
  }
}
