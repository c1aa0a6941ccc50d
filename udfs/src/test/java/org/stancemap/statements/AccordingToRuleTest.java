package org.stancemap.statements;

import static org.stancemap.statements.ReportedRuleExamples.nothing;
import static org.stancemap.statements.ReportedRuleExamples.records;
import static org.stancemap.statements.ReportedRuleExamples.s;

import org.junit.jupiter.api.Test;

/** {@link AccordingToRule} alone, on invented sentences. */
class AccordingToRuleTest {
  private static final AccordingToRule RULE = new AccordingToRule();

  @Test
  void theSourceOpensTheSentence() {
    records(RULE, "According to the state statistics agency, inflation rose to nine percent in March.",
        s("inflation rose to nine percent", "the state statistics agency", RuleNames.ACCORDING_TO));
    records(RULE, "Meanwhile, according to two officials, the convoy turned back at the border.",
        s("the convoy turned back", "two officials", RuleNames.ACCORDING_TO));
    records(RULE, "According to data compiled by the Refugee Council, more than 4,000 families left the valley.",
        s("more than 4,000 families", "the Refugee Council", RuleNames.ACCORDING_TO));
  }

  @Test
  void theSourceEndsTheSentence() {
    records(RULE, "Inflation rose to nine percent in March, according to the state statistics agency.",
        s("Inflation rose to nine percent in March", "the state statistics agency", RuleNames.CLAUSE_ACCORDING_TO));
    // a short phrase with no verb may follow the source
    records(RULE, "Some 12,000 people fled the district, according to the United Nations, in the largest exodus this year.",
        s("Some 12,000 people fled the district", "the United Nations", RuleNames.CLAUSE_ACCORDING_TO));
  }

  @Test
  void noSourceNoStatement() {
    // "per" before a number is a preposition, not a source cue
    nothing(RULE, "The pipeline carries 40,000 barrels per day to the coast.");
    // a clause of its own follows the source phrase: not "according to X" at the end
    nothing(RULE, "The match went according to plan, and the home side won easily after the break.");
  }
}
