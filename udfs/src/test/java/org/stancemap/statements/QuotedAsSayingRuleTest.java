package org.stancemap.statements;

import static org.stancemap.statements.ReportedRuleExamples.nothing;
import static org.stancemap.statements.ReportedRuleExamples.records;
import static org.stancemap.statements.ReportedRuleExamples.s;

import org.junit.jupiter.api.Test;

/** {@link QuotedAsSayingRule}, asked by {@link SubjectCueClauseRule} at a "quoted" cue, on invented sentences. */
class QuotedAsSayingRuleTest {
  private static final SubjectCueClauseRule RULE = new ReportedSpeechRules().subjectCueClause;

  @Test
  void theQuotedOneSpeaksNotTheMedium() {
    records(RULE, "The energy minister was quoted by state media as saying that the pipeline would be finished by June.",
        s("the pipeline would be finished", "The energy minister", RuleNames.QUOTED_AS_SAYING));
    records(RULE, "Local newspapers quoted the mayor as saying the water supply was safe.",
        s("the water supply was safe", "the mayor", RuleNames.QUOTED_AS_SAYING));
    // when, between the medium and "as saying"
    records(RULE, "The defence minister was quoted by the Al-Arabiya channel on Wednesday as saying that the base could stay.",
        s("the base could stay", "The defence minister", RuleNames.QUOTED_AS_SAYING));
  }

  @Test
  void anObjectPronounAnAppositiveNameAndAnUnnamedSource() {
    // "him" is the one quoted; resolved to the person the text named before
    SpeakerPhraseRulesTest.speaks("Governor Ana Ruiz visited the dam on Monday. Local radio quoted her as saying that the spillway "
        + "would be repaired within a month.", "the spillway would be", "Ana Ruiz");
    records(RULE, "The agency quoted an adviser to the governor, Tomas Lind, as saying that the budget would pass.",
        s("the budget would pass", "Tomas Lind", RuleNames.QUOTED_AS_SAYING));
    // a name and its description between commas: the name speaks
    records(RULE, "The state news agency cited Dmitri Zhelnin, a deputy foreign minister, as saying the bill amounted to blackmail.",
        s("the bill amounted to blackmail", "Dmitri Zhelnin", RuleNames.QUOTED_AS_SAYING));
    records(RULE, "The daily quoted an unnamed European diplomat as saying that the deadline was unrealistic.",
        s("the deadline was unrealistic", "an unnamed European diplomat", RuleNames.QUOTED_AS_SAYING));
    // a phrase between "saying" and "that"
    records(RULE, "The broadcaster cited a navy spokesman as saying at a weekly briefing in the capital that patrols had doubled.",
        s("patrols had doubled", "a navy spokesman", RuleNames.QUOTED_AS_SAYING));
  }

  @Test
  void quotingWithoutSaying() {
    nothing(RULE, "The agency quoted figures from the ministry of finance.");
  }
}
