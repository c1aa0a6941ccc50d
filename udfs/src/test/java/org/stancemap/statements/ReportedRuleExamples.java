package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions on what one reported-speech rule records ({@link ReportedRuleHarness}). */
final class ReportedRuleExamples {
  private ReportedRuleExamples() {}

  /** The rule records exactly these statements, in order: {text prefix, speaker phrase, rule name} each. */
  static void records(ReportedSpeechRule rule, String sentence, String[]... expected) {
    check(ReportedRuleHarness.run(rule, sentence), sentence, expected);
  }

  /** The rules in their order record exactly these statements. */
  static void recordsInOrder(String sentence, String[]... expected) {
    check(ReportedRuleHarness.runAll(sentence), sentence, expected);
  }

  static void nothing(ReportedSpeechRule rule, String sentence) {
    List<ReportedRuleHarness.Recorded> got = ReportedRuleHarness.run(rule, sentence);
    assertTrue(got.isEmpty(), "expected nothing from " + rule.getClass().getSimpleName() + " on [" + sentence + "], got " + got);
  }

  private static void check(List<ReportedRuleHarness.Recorded> got, String sentence, String[]... expected) {
    String msg = "on [" + sentence + "] got " + got;
    assertEquals(expected.length, got.size(), msg);
    for (int i = 0; i < expected.length; i++) {
      assertTrue(got.get(i).text().startsWith(expected[i][0]), msg);
      assertEquals(expected[i][1], got.get(i).speaker(), msg);
      assertEquals(expected[i][2], got.get(i).rule(), msg);
    }
  }

  static String[] s(String textStart, String speaker, String rule) {
    return new String[] {textStart, speaker, rule};
  }
}
