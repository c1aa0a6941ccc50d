package org.stancemap.tone.model;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The one place onnxruntime sessions of the tone models are configured.
 *
 * <p>Threads: one session serves every thread of a JVM, and its callers already run in parallel
 * (Spark's tasks, one per core; {@code eval-tone}'s timing threads). onnxruntime's own default, a
 * pool of every core per call, then puts two pools' spinning threads on each core: on 2 cores two
 * callers scored 58 (statement, target) pairs/s where one caller alone scored 68. So each call uses
 * one thread unless the system property {@value #THREADS} says otherwise (a number, or {@code 0}
 * for onnxruntime's default), which suits a JVM with a single caller on a many-core machine.
 */
public final class OnnxSessions {
  /** Threads one call may use; default 1. */
  public static final String THREADS = "stancemap.onnx.threads";

  private OnnxSessions() {}

  /** Intra-op threads from {@value #THREADS}: 1 when unset, 0 = onnxruntime's default (every core). */
  static int threads(String property) {
    if (property == null || property.isBlank()) return 1;
    try {
      int n = Integer.parseInt(property.strip());
      if (n >= 0) return n;
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException(THREADS + " must be a whole number of threads >= 0 (0 = every core), not '"
        + property + "'");
  }

  /** Options for a tone model: every graph optimisation, the configured threads. */
  public static OrtSession.SessionOptions options() throws OrtException {
    OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
    opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    int threads = threads(System.getProperty(THREADS));
    if (threads > 0) opts.setIntraOpNumThreads(threads);
    return opts;
  }
}
