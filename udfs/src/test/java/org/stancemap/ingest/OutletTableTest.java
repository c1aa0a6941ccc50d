package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutletTableTest {
  /** Characters whose case folding is unusual: dotted and dotless i, sharp s, final sigma, Kelvin sign, a Deseret pair. */
  private static final String ALPHABET = "aAbBiIİıßSsσςΣKkKéÉ \u00a0.-'(\uD801\uDC00\uD801\uDC28";

  @Test
  void caseKeyIsEqualExactlyWhenEqualsIgnoreCaseHolds() {
    Random r = new Random(7);
    int[] cps = ALPHABET.codePoints().toArray();
    for (int n = 0; n < 200_000; n++) {
      String a = random(r, cps), b = random(r, cps);
      assertEquals(a.equalsIgnoreCase(b), OutletTable.caseKey(a).equals(OutletTable.caseKey(b)), a + " / " + b);
    }
  }

  private static String random(Random r, int[] cps) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(4); i > 0; i--) s.appendCodePoint(cps[r.nextInt(cps.length)]);
    return s.toString();
  }

  @Test
  void signOffAndTagsFindTheFirstOutletInTableOrder() {
    OutletTable t = new OutletTable(List.of(
        new OutletTable.Outlet("Alpha News", List.of("alpha.example"), List.of("Alpha", "AN"), List.of("Desk Writer")),
        new OutletTable.Outlet("Beta Agency", List.of("beta.example"), List.of("AN", "Beta"), List.of("Alpha News Staff")),
        new OutletTable.Outlet("Gamma", List.of(), List.of(), List.of("desk writer"))));
    assertEquals("Alpha News", t.signOff("  desk WRITER ").map(OutletTable.Outlet::name).orElse(null));
    // a byline of any outlet goes before a name or clue
    assertEquals("Beta Agency", t.signOff("alpha news staff").map(OutletTable.Outlet::name).orElse(null));
    assertEquals("Alpha News", t.signOff("ALPHA NEWS").map(OutletTable.Outlet::name).orElse(null));
    assertEquals("Alpha News", t.byTag("an").map(OutletTable.Outlet::name).orElse(null));
    assertEquals("Beta Agency", t.byTag("Beta  Agency").map(OutletTable.Outlet::name).orElse(null));
    assertEquals("Beta Agency", t.byTag("Some Wire (beta)").map(OutletTable.Outlet::name).orElse(null));
    assertEquals(Optional.empty(), t.signOff("Alpha News Agency"));
    assertEquals(Optional.empty(), t.signOff("   "));
  }
}
