package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default scorer on the blind test set (data/tone/domain-test.jsonl, docs/tone.md): its first run,
 * before anything was tuned on it, scored macro-F1 0.768; this floor keeps it there, so a model file,
 * lexicon or role change that loses accuracy on unseen conflict news fails here. Reproduce with
 * {@code scripts/stancemap eval-tone --dataset data/tone/domain-test.jsonl} (the first run was {@code minilm-ft-roles},
 * the default through stop 52; the default now, {@code student-cascade}, scores 0.778).
 */
class BlindToneTest {
  @Test
  void defaultScorerKeepsItsBlindFirstRunFigure() {
    List<ToneExample> test = ToneEvaluator.read(Path.of("..", "data", "tone", "domain-test.jsonl"));
    ToneEvaluator.Result r = ToneEvaluator.evaluate(ToneScorers.defaultScorer(), test, "domain-test");
    assertTrue(r.macroF1() >= 0.76, "blind macro-F1 " + r.macroF1() + " fell below its first run (0.768)");
    assertTrue(r.accuracy() >= 0.77, "blind accuracy " + r.accuracy() + " fell below its first run (0.785)");
  }

  /**
   * data/tone/defence-check.jsonl: 101 labels written blind by a helper who saw only the guidelines, states that
   * defend themselves against an attack and, as contrast, states that shoot down, intercept or destroy as doers of
   * harm (one more line, within word Jaccard 0.6 of a training sentence, was dropped). The first run of the defence
   * rule scored macro-F1 0.662 (the default without it 0.603); the rule was then widened on its misses (docs/tone.md,
   * "Defence"), so the figure now kept, 0.718, is no longer blind.
   */
  @Test
  void defaultScorerKeepsItsFigureOnTheDefenceCheckSet() {
    List<ToneExample> check = ToneEvaluator.read(Path.of("..", "data", "tone", "defence-check.jsonl"));
    assertTrue(check.size() == 101, "labels: " + check.size());
    ToneEvaluator.Result r = ToneEvaluator.evaluate(ToneScorers.defaultScorer(), check, "defence-check");
    assertTrue(r.macroF1() >= 0.71, "defence-check macro-F1 " + r.macroF1() + " fell below 0.718");
    assertTrue(r.accuracy() >= 0.73, "defence-check accuracy " + r.accuracy() + " fell below 0.743");
  }

  /**
   * The fast scorer, {@code student-roles} (the distilled student averaged with {@code roles-lr}, then the defence rule;
   * docs/tone.md "Distillation"), at the first run of the packaged model, stop 52, less about 0.01: the blind test 0.802,
   * domain dev 0.834, the defence check 0.735, NewsMTSC dev-rw 0.744 and dev-mt 0.710. A student retrained, a lexicon or a role change
   * that loses accuracy fails here. Reproduce with {@code scripts/stancemap eval-tone --scorers student-roles --dataset
   * data/tone/domain-test.jsonl,data/tone/domain-dev.jsonl,data/tone/defence-check.jsonl}.
   */
  @Test
  void fastScorerKeepsItsFirstRunFigures() {
    java.util.Map<String, Double> floors = new java.util.LinkedHashMap<>();
    floors.put("data/tone/domain-test.jsonl", 0.79);
    floors.put("data/tone/domain-dev.jsonl", 0.82);
    floors.put("data/tone/defence-check.jsonl", 0.72);
    floors.put("data/eval/newsmtsc/dev-rw.jsonl", 0.73);
    floors.put("data/eval/newsmtsc/dev-mt.jsonl", 0.70);
    assertFloors(ToneScorers.get(org.stancemap.tone.model.EnsembleScorer.STUDENT_ROLES), floors);
  }

  /**
   * The default, {@code student-cascade} since stop 53 ({@code student-roles}, and {@code minilm-ft-roles} where it is
   * unsure; docs/tone.md "A cascade of student and teacher"), on the development sets that hold the accuracy
   * goals (domain dev ≥ 0.78, NewsMTSC dev-rw ≥ 0.78 and dev-mt ≥ 0.76): 0.819, 0.831 and 0.761 at its first run, the
   * previous default's 0.817, 0.829 and 0.761. A margin, a member or a model file changed so that the default loses
   * them fails here. Reproduce with {@code scripts/stancemap eval-tone}.
   */
  @Test
  void defaultScorerKeepsTheAccuracyGoalsOnTheDevelopmentSets() {
    java.util.Map<String, Double> floors = new java.util.LinkedHashMap<>();
    floors.put("data/tone/domain-dev.jsonl", 0.81);
    floors.put("data/eval/newsmtsc/dev-rw.jsonl", 0.82);
    floors.put("data/eval/newsmtsc/dev-mt.jsonl", 0.755);
    assertFloors(ToneScorers.defaultScorer(), floors);
  }

  private static void assertFloors(ToneScorer s, java.util.Map<String, Double> floors) {
    for (java.util.Map.Entry<String, Double> e : floors.entrySet()) {
      List<ToneExample> set = ToneEvaluator.read(Path.of("..", e.getKey()));
      ToneEvaluator.Result r = ToneEvaluator.evaluate(s, set, e.getKey());
      assertTrue(r.macroF1() >= e.getValue(), e.getKey() + ": " + s.name() + " macro-F1 " + r.macroF1() + " fell below " + e.getValue());
    }
  }
}
