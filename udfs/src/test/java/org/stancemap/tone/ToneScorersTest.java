package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToneScorersTest {
  @Test
  void defaultResolvesToARegisteredScorer() {
    assertTrue(ToneScorers.names().contains(ToneScorers.DEFAULT));
    assertSame(ToneScorers.get(ToneScorers.DEFAULT), ToneScorers.get("default"));
    assertSame(ToneScorers.get(null), ToneScorers.defaultScorer());
    assertEquals(LexiconScorer.NAME, ToneScorers.get(LexiconScorer.NAME).name());
    assertEquals(VaderSentenceScorer.NAME, ToneScorers.baseline().name());
  }

  @Test
  void addingAScorerIsOneLine() {
    ToneScorers.register("always-pos", () -> new ToneScorer() {
      @Override
      public String name() {
        return "always-pos";
      }

      @Override
      public ToneScore score(String text, int s, int e, String target) {
        return new ToneScore(1, ToneScore.POS, 1, List.of(), "always-pos");
      }
    });
    assertEquals(ToneScore.POS, ToneScorers.get("always-pos").score("x", 0, 1, "x").label());
    assertTrue(ToneScorers.names().contains("always-pos"));
  }

  @Test
  void aScorerMadeOfOtherScorersGetsThemWhileItIsBuilt() {
    ToneScorers.register("wraps-lexicon", () -> {
      ToneScorer inner = ToneScorers.get(LexiconScorer.NAME); // a registry lookup from inside a factory
      return new ToneScorer() {
        @Override
        public String name() {
          return "wraps-lexicon";
        }

        @Override
        public ToneScore score(String text, int s, int e, String target) {
          return inner.score(text, s, e, target);
        }
      };
    });
    assertEquals(ToneScore.NEG, ToneScorers.get("wraps-lexicon").score("Russia killed civilians.", 0, 6, "Russia").label());
    assertSame(ToneScorers.get("wraps-lexicon"), ToneScorers.get("wraps-lexicon"));
    assertTrue(ToneScorers.get(org.stancemap.tone.model.EnsembleScorer.MINILM_ROLES) instanceof org.stancemap.tone.model.EnsembleScorer,
        "a scorer made of registered scorers is built the same way");
    assertTrue(ToneScorers.defaultScorer() instanceof org.stancemap.tone.model.CascadeScorer, "the default is the cascade");
    assertEquals(org.stancemap.tone.model.CascadeScorer.STUDENT_CASCADE, ToneScorers.defaultScorer().name());
    for (String member : List.of(org.stancemap.tone.model.EnsembleScorer.STUDENT_ROLES, org.stancemap.tone.model.EnsembleScorer.FT_ROLES)) {
      assertTrue(ToneScorers.get(member) instanceof org.stancemap.tone.model.DefenceCheckedScorer, member + " checks defenders");
    }
  }

  @Test
  void unknownNamesAreRejectedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ToneScorers.get("nope"));
    assertTrue(e.getMessage().contains(LexiconScorer.NAME), e.getMessage());
  }
}
