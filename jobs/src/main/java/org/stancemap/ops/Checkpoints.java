package org.stancemap.ops;

/**
 * Named points of a run (between stages, inside a commit) where a test can freeze the process to
 * kill it there: with {@code STANCEMAP_TEST_HOLD_AT=NAME} (environment) or
 * {@code -Dstancemap.test.holdAt=NAME} the run prints {@code stancemap: holding at NAME} and
 * sleeps until it is killed. Without either, a checkpoint costs nothing.
 */
public final class Checkpoints {
  private Checkpoints() {}

  public static void reach(String name) {
    String hold = System.getProperty("stancemap.test.holdAt", System.getenv("STANCEMAP_TEST_HOLD_AT"));
    if (hold == null || !hold.equals(name)) return;
    System.out.println("stancemap: holding at " + name);
    System.out.flush();
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
