package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The baseline reproduces VADER's published compound scores (vaderSentiment README examples). */
class VaderSentenceScorerTest {
  private final VaderSentenceScorer vader = VaderSentenceScorer.standard();

  @Test
  void reproducesVaderCompoundScores() {
    assertEquals(0.8316, vader.score("VADER is smart, handsome, and funny.", 0, 5, "VADER").score(), 1e-4);
    assertEquals(-0.7424, vader.score("VADER is not smart, handsome, nor funny.", 0, 5, "VADER").score(), 1e-4);
    assertEquals(0.0, vader.score("The book was a book.", 0, 4, "book").score(), 1e-9);
  }

  @Test
  void ignoresTheTarget() {
    String text = "Turkey said Russian airstrikes killed 11 fighters.";
    assertEquals(vader.score(text, 0, 6, "Turkey"), vader.score(text, 12, 19, "Russia"));
    assertEquals(ToneScore.NEG, vader.score(text, 0, 6, "Turkey").label());
  }
}
