package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.targets.Targets;

/**
 * Huge statements through tone scoring: a text without sentence breaks can reach the tone stage as
 * one statement, so scoring must stay linear in its length (TargetToneAnalyzer scores at most
 * MAX_SCORED_MENTIONS mentions per target; each is scored against the whole text). The timeout catches a quadratic step (hours at this
 * size), not a slow machine.
 */
/** Huge statements through the fast scorer (the one for very large runs); minilm-lr truncates texts to 256 tokens. */
class HugeStatementToneTest {
  private static final Duration LINEAR = Duration.ofSeconds(60);

  private static TargetToneAnalyzer analyzer() {
    return new TargetToneAnalyzer(new TargetMatcher(Targets.load(), TargetMatcher.Options.DEFAULT), ToneScorers.get(LexiconScorer.NAME));
  }

  @Test
  void statementWithThousandsOfMentions() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 300_000; i++) {
      sb.append(i % 2 == 0 ? "Russia condemned the brutal attack and Turkey welcomed the peaceful deal " : "while Syria said nothing at all ");
    }
    String text = sb.toString();
    TargetToneAnalyzer a = analyzer();
    List<TargetTone> tones = assertTimeoutPreemptively(LINEAR, () -> a.analyze(text));
    assertFalse(tones.isEmpty());
    TargetTone russia = tones.stream().filter(t -> t.target().equals("Russia")).findFirst().orElseThrow();
    assertTrue(russia.mentions() > 1000, "every mention is counted: " + russia.mentions());
    assertEquals(ToneScore.NEG, russia.tone().label());
  }

  @Test
  void statementWithHundredThousandQuoteMarks() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) sb.append(i % 3 == 0 ? "\"Russia!\" he said. " : "\"Russia!\" ");
    String text = sb.toString();
    TargetToneAnalyzer a = analyzer();
    List<TargetTone> tones = assertTimeoutPreemptively(LINEAR, () -> a.analyze(text));
    assertFalse(tones.isEmpty());
  }
}
