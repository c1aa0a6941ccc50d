package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Prewarm}: a background load only when the tasks run in this JVM. */
class PrewarmTest {
  @Test
  void onlyALocalMasterLoadsOnTheDriver() {
    assertTrue(Prewarm.localMaster(null));
    assertTrue(Prewarm.localMaster("local[2]"));
    assertFalse(Prewarm.localMaster("spark://host:7077"));
    assertFalse(Prewarm.localMaster("local-cluster[2,1,1024]"));
    assertFalse(Prewarm.localMaster("yarn"));
    assertNull(Prewarm.start("spark://host:7077", "lexicon"));
  }

  @Test
  void theBackgroundLoadEndsAndAnUnknownScorerDoesNotEscapeIt() throws InterruptedException {
    Thread ok = Prewarm.start("local[1]", "lexicon");
    assertNotNull(ok);
    assertTrue(ok.isDaemon());
    ok.join(60_000);
    assertFalse(ok.isAlive());
    Thread bad = Prewarm.start("local[1]", "no-such-scorer");
    bad.join(60_000);
    assertFalse(bad.isAlive());
  }
}
