package org.stancemap.jobs;

import org.stancemap.statements.StatementExtractor;
import org.stancemap.tone.ToneScorers;

/**
 * Loads the tone model and the statement rules on a background thread while Spark starts and ingests,
 * when the run's executors are this JVM (a local master): the tasks of the statements and tone stages
 * then find them built instead of building them first. Both loaders are once-only and thread-safe, so
 * a task that comes first simply waits for the load already under way (nothing is built twice). A load
 * that fails is printed with its cause and fails again in the stage that needs it. On a cluster the driver
 * scores nothing and nothing is loaded here.
 */
public final class Prewarm {
  private Prewarm() {}

  /**
   * Runs one load; a failure is printed with its cause (a class whose initialisation failed is reported
   * later only as "Could not initialize class"), and the stage that needs it fails in its turn.
   */
  private static void load(String what, Runnable loader) {
    try {
      loader.run();
    } catch (RuntimeException | LinkageError e) {
      System.err.println("stancemap: loading " + what + " in the background failed: " + ConsoleText.clean(String.valueOf(e)));
    }
  }

  /** Whether {@code master} (the --master flag, null for the default local[*]) runs the tasks in this JVM. */
  public static boolean localMaster(String master) {
    String m = System.getProperty("spark.master", master == null ? "local[*]" : master);
    return m.startsWith("local") && !m.startsWith("local-cluster");
  }

  /** Starts the background load of {@code scorer} and the statement rules; returns the thread (a daemon), or null on a cluster. */
  public static Thread start(String master, String scorer) {
    if (!localMaster(master)) return null;
    Thread t = new Thread(() -> {
      load("the statement rules", StatementExtractor::defaults);
      load("the tone scorer " + scorer, () -> ToneScorers.get(scorer));
    }, "stancemap-prewarm");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }
}
