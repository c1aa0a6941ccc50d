package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancemap.statements.ReportedRuleExamples.recordsInOrder;
import static org.stancemap.statements.ReportedRuleExamples.s;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of the reported-speech rules ({@link ReportedSpeechRules}) and what it decides when two rules could answer. */
class ReportedSpeechRulesTest {
  @Test
  void theOrderIsWrittenOnce() {
    ReportedSpeechRules r = new ReportedSpeechRules();
    assertEquals(List.of(AccordingToRule.class, InvertedAttributionRule.class, SubjectCueClauseRule.class),
        r.order.stream().map(Object::getClass).toList());
    assertEquals(List.of(RuleNames.ACCORDING_TO, RuleNames.CLAUSE_ACCORDING_TO, RuleNames.CLAUSE_SUBJECT_CUE,
        RuleNames.CLAUSE_AFTER_ATTRIBUTION, RuleNames.PARTICIPLE_AFTER_ATTRIBUTION, RuleNames.SUBJECT_CUE_CLAUSE,
        RuleNames.COORDINATED_CUE, RuleNames.QUOTED_AS_SAYING), r.names());
    // every name a rule records is a listed rule name (data/attribution-rules.tsv)
    assertTrue(RuleNames.ALL.containsAll(r.names()));
  }

  @Test
  void aSourceOpeningTheSentenceDecidesBeforeAnyCueInIt() {
    // the inner speaker and verb of saying are reported too (nested), as after an inverted attribution
    recordsInOrder("According to the ministry, the governor said the roads were closed.",
        s("the governor said the roads were closed", "the ministry", RuleNames.ACCORDING_TO),
        s("the roads were closed", "the governor", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void anInvertedAttributionDecidesBeforeACueInsideTheClause() {
    // the inner "said" is reported too (nested), but the inverted rule decides the sentence
    recordsInOrder("The governor said the roads were closed, the ministry said.",
        s("The governor said the roads were closed", "the ministry", RuleNames.CLAUSE_SUBJECT_CUE),
        s("the roads were closed", "The governor", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aLineThatIsNoSentenceReportsNothing() {
    recordsInOrder("Minister says the roads are closed");
    recordsInOrder("The minister said the following:");
  }
}
