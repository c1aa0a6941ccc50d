package org.stancemap.tone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.stancemap.tone.model.CascadeScorer;
import org.stancemap.tone.model.DefenceCheckedScorer;
import org.stancemap.tone.model.EnsembleScorer;
import org.stancemap.tone.model.LinearModelScorer;
import org.stancemap.tone.model.TunedEncoderScorer;
import org.stancemap.tone.roles.DefenceRule;

/**
 * The selectable tone scorers by name ({@code --scorer NAME}, the {@code scorer} column). Each is
 * built on first use and then shared (scorers are thread-safe), once per JVM, so Spark executors
 * build theirs once too. The baseline {@link VaderSentenceScorer} is kept out of the registry: it
 * is for evaluation only ({@link #baseline()}).
 */
public final class ToneScorers {
  /** What {@code default} (and no {@code --scorer}) means: the fastest scorer that meets every accuracy goal (docs/tone.md). */
  public static final String DEFAULT = CascadeScorer.STUDENT_CASCADE;
  public static final String DEFAULT_ALIAS = "default";

  private static final Map<String, Supplier<ToneScorer>> FACTORIES = new LinkedHashMap<>();
  private static final Map<String, ToneScorer> BUILT = new ConcurrentHashMap<>();
  private static final Object BUILD_LOCK = new Object();

  static {
    // One line per scorer: name -> how to build it.
    register(LexiconScorer.NAME, LexiconScorer::standard);
    register(LinearModelScorer.MINILM, () -> LinearModelScorer.load(LinearModelScorer.MINILM));
    register(LinearModelScorer.ROLES, () -> LinearModelScorer.load(LinearModelScorer.ROLES));
    register(EnsembleScorer.MINILM_ROLES, () -> new EnsembleScorer(EnsembleScorer.MINILM_ROLES,
        get(LinearModelScorer.MINILM), get(LinearModelScorer.ROLES)));
    register(TunedEncoderScorer.MINILM_FT, () -> TunedEncoderScorer.load(TunedEncoderScorer.MINILM_FT));
    register(EnsembleScorer.FT_ROLES, () -> new DefenceCheckedScorer(new EnsembleScorer(EnsembleScorer.FT_ROLES,
        get(TunedEncoderScorer.MINILM_FT), get(LinearModelScorer.ROLES)), DefenceRule.standard()));
    register(TunedEncoderScorer.STUDENT, () -> TunedEncoderScorer.load(TunedEncoderScorer.STUDENT));
    register(EnsembleScorer.STUDENT_ROLES, () -> new DefenceCheckedScorer(new EnsembleScorer(EnsembleScorer.STUDENT_ROLES,
        get(TunedEncoderScorer.STUDENT), get(LinearModelScorer.ROLES)), DefenceRule.standard()));
    register(CascadeScorer.STUDENT_CASCADE, () -> new CascadeScorer(CascadeScorer.STUDENT_CASCADE,
        get(EnsembleScorer.STUDENT_ROLES), get(EnsembleScorer.FT_ROLES), CascadeScorer.STUDENT_MARGIN));
  }

  private ToneScorers() {}

  /** Adds (or replaces) a scorer; for the static block above, and tests. */
  public static synchronized void register(String name, Supplier<ToneScorer> factory) {
    FACTORIES.put(name, factory);
    BUILT.remove(name);
  }

  /** Registered names, in registration order. */
  public static synchronized List<String> names() {
    return new ArrayList<>(FACTORIES.keySet());
  }

  /** Resolves {@code default}, null or blank to {@link #DEFAULT}. */
  public static String resolve(String name) {
    return name == null || name.isBlank() || name.equals(DEFAULT_ALIAS) ? DEFAULT : name.strip();
  }

  /** The registered name {@code name} stands for; an unknown name is refused with the known ones. */
  public static synchronized String checkName(String name) {
    String n = resolve(name);
    if (!FACTORIES.containsKey(n)) {
      throw new IllegalArgumentException("unknown tone scorer '" + name + "'; known: " + FACTORIES.keySet() + " and " + DEFAULT_ALIAS);
    }
    return n;
  }

  private static synchronized Supplier<ToneScorer> factory(String name) {
    return FACTORIES.get(checkName(name));
  }

  /** The scorer called {@code name} ({@code default}/null for the default one). */
  public static ToneScorer get(String name) {
    String n = resolve(name);
    ToneScorer s = BUILT.get(n);
    if (s != null) return s;
    // built under a lock of its own, not inside BUILT.computeIfAbsent: a scorer made of others (the
    // ensemble) gets them from here while it is built, and a concurrent map must not be updated from
    // inside its own computeIfAbsent; not the class lock, so checkName and names answer while a model
    // loads (the driver checks the name while a background thread loads the model: jobs Prewarm)
    synchronized (BUILD_LOCK) {
      s = BUILT.get(n);
      if (s != null) return s;
      s = factory(name).get();
      BUILT.put(n, s);
      return s;
    }
  }

  public static ToneScorer defaultScorer() {
    return get(DEFAULT);
  }

  /** VADER on the whole sentence: the baseline every scorer is compared with. */
  public static ToneScorer baseline() {
    return BUILT.computeIfAbsent(VaderSentenceScorer.NAME, k -> VaderSentenceScorer.standard());
  }
}
