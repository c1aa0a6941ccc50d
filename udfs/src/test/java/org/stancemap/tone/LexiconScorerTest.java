package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconScorerTest {
  private final LexiconScorer scorer = LexiconScorer.standard();

  private ToneScore toward(String text, String mention) {
    int at = text.indexOf(mention);
    assertTrue(at >= 0, mention + " not in " + text);
    return scorer.score(text, at, at + mention.length(), mention);
  }

  @Test
  void toneDependsOnTheTarget() {
    String text = "Turkey said Russian airstrikes killed 11 fighters in the city.";
    ToneScore russia = toward(text, "Russian");
    ToneScore turkey = toward(text, "Turkey");
    assertEquals(ToneScore.NEG, russia.label());
    assertTrue(russia.score() < turkey.score(), russia + " vs " + turkey);
    assertTrue(russia.evidence().contains("airstrikes"), russia.evidence().toString());
  }

  @Test
  void theVictimOfHarmIsNotBlamedForIt() {
    String text = "Two Turkish soldiers were killed in Idlib by Syrian government forces.";
    assertEquals(ToneScore.NEG, toward(text, "Syrian").label());
    assertNotEquals(ToneScore.NEG, toward(text, "Turkish").label());
    String active = "Syrian artillery shelled Turkish observation posts.";
    assertEquals(ToneScore.NEG, toward(active, "Syrian").label());
    assertNotEquals(ToneScore.NEG, toward(active, "Turkish").label());
  }

  @Test
  void negationFlipsTheWordsAfterIt() {
    ToneScore violated = toward("Russia violated the agreement on Idlib.", "Russia");
    ToneScore notViolated = toward("Russia has not violated the agreement on Idlib.", "Russia");
    assertEquals(ToneScore.NEG, violated.label());
    assertTrue(notViolated.score() > violated.score());
    assertTrue(notViolated.evidence().contains("not violated"), notViolated.evidence().toString());
    // verbs of stopping flip what follows: ending hostilities is good news for who agrees to it
    assertEquals(ToneScore.POS, toward("Turkey and Russia agree to stop all hostilities in Syria.", "Turkey").label());
  }

  @Test
  void domainLexiconKnowsDiplomacy() {
    assertEquals(ToneScore.POS, toward("Moscow and Ankara remained committed to the ceasefire and cooperation.", "Moscow").label());
    assertEquals(ToneScore.NEG, toward("Turkey is violating the deal by supporting illegal armed groups.", "Turkey").label());
    // "party" and "United" are names in political news, not praise
    assertEquals(ToneScore.NEU, toward("The party met in the United States on Monday with Russia.", "Russia").label());
  }

  @Test
  void contrastMovesWeightToTheClauseAfterBut() {
    ToneScore but = toward("Russia offered help, but its troops brutally destroyed the villages.", "Russia");
    ToneScore and = toward("Russia offered help, and its troops brutally destroyed the villages.", "Russia");
    assertTrue(but.score() < and.score(), but + " vs " + and);
    assertEquals(ToneScore.NEG, but.label());
  }

  @Test
  void aSpeakerIsNotJudgedByWhatItReports() {
    String text = "Moscow said Turkish troops had committed a brutal violation of the deal.";
    assertEquals(ToneScore.NEG, toward(text, "Turkish").label());
    assertTrue(toward(text, "Moscow").score() > toward(text, "Turkish").score());
    String quote = "\"Turkish troops committed a brutal violation of the deal,\" said Peskov.";
    assertTrue(toward(quote, "Peskov").score() > toward(quote, "Turkish").score());
  }

  @Test
  void closerWordsWeighMore() {
    String first = "Syria was praised by the envoy; the officials of the other delegation were accused of fraud and lies.";
    String second = "The officials of the other delegation were praised by the envoy; Syria was accused of fraud and lies.";
    assertEquals(ToneScore.POS, toward(first, "Syria").label());
    assertEquals(ToneScore.NEG, toward(second, "Syria").label());
    assertEquals(ToneScore.NEG, toward(first, "officials").label());
  }

  @Test
  void scoresAreBoundedAndLabelledConsistently() {
    for (String text : new String[] {"Russia is a terrible, brutal, murderous aggressor!!!", "Russia met Turkey.",
        "Russia is a wonderful, generous, peaceful friend."}) {
      ToneScore s = toward(text, "Russia");
      assertTrue(s.score() >= -1 && s.score() <= 1 && s.confidence() >= 0 && s.confidence() <= 1, s.toString());
      assertEquals(LexiconScorer.NAME, s.scorer());
    }
    assertEquals(ToneScore.NEG, toward("Russia is a terrible, brutal, murderous aggressor!!!", "Russia").label());
    assertEquals(ToneScore.NEU, toward("Russia met Turkey.", "Russia").label());
    assertEquals(ToneScore.POS, toward("Russia is a wonderful, generous, peaceful friend.", "Russia").label());
  }
}
