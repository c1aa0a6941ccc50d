package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default scorer on the blind test set (data/tone/domain-test.jsonl, docs/tone.md): its first run,
 * before anything was tuned on it, scored macro-F1 0.768; this floor keeps it there, so a model file,
 * lexicon or role change that loses accuracy on unseen conflict news fails here. Reproduce with
 * {@code scripts/stancemap eval-tone --dataset data/tone/domain-test.jsonl --scorers minilm-ft-roles}.
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
}
