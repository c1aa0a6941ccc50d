package org.stancemap.statements;

import static org.stancemap.statements.ReportedRuleExamples.nothing;
import static org.stancemap.statements.ReportedRuleExamples.records;
import static org.stancemap.statements.ReportedRuleExamples.s;

import org.junit.jupiter.api.Test;

/** {@link InvertedAttributionRule} alone, on invented sentences. */
class InvertedAttributionRuleTest {
  private static final InvertedAttributionRule RULE = new InvertedAttributionRule();

  @Test
  void theAttributionFollowsTheClause() {
    records(RULE, "The ceasefire will hold, the foreign minister said on Tuesday.",
        s("The ceasefire will hold", "the foreign minister", RuleNames.CLAUSE_SUBJECT_CUE));
    records(RULE, "The harbour will stay closed until the storm passes, said the port authority.",
        s("The harbour will stay closed", "the port authority", RuleNames.CLAUSE_SUBJECT_CUE));
    // the listener and an adjunct after the cue
    records(RULE, "No agreement was signed, the envoy told reporters after the meeting in Geneva.",
        s("No agreement was signed", "the envoy", RuleNames.CLAUSE_SUBJECT_CUE));
  }

  @Test
  void aSecondClauseOfTheSameSpeaker() {
    records(RULE, "The port will reopen next week, the governor said on Monday, adding that repairs had cost millions.",
        s("The port will reopen next week", "the governor", RuleNames.CLAUSE_SUBJECT_CUE),
        s("repairs had cost millions", "the governor", RuleNames.PARTICIPLE_AFTER_ATTRIBUTION));
    records(RULE, "The city would share its findings, the mayor said, but it was too early to assign blame.",
        s("The city would share its findings", "the mayor", RuleNames.CLAUSE_SUBJECT_CUE),
        s("it was too early", "the mayor", RuleNames.CLAUSE_AFTER_ATTRIBUTION));
  }

  @Test
  void aDayAfterAnInvertedSpeakerIsNoPartOfTheName() {
    records(RULE, "The harbour will stay closed, said the Transport Ministry on Thursday.",
        s("The harbour will stay closed", "the Transport Ministry", RuleNames.CLAUSE_SUBJECT_CUE));
    records(RULE, "The talks will resume, said Nadia Okafor on Monday.",
        s("The talks will resume", "Nadia Okafor", RuleNames.CLAUSE_SUBJECT_CUE));
    records(RULE, "The talks will resume, said the Foreign Ministry in January.",
        s("The talks will resume", "the Foreign Ministry", RuleNames.CLAUSE_SUBJECT_CUE));
    records(RULE, "The talks will resume, said Nadia Okafor on Telegram.",
        s("The talks will resume", "Nadia Okafor", RuleNames.CLAUSE_SUBJECT_CUE));
    // a name's own particles stay
    records(RULE, "The talks will resume, said Ursula von der Leyen on Monday.",
        s("The talks will resume", "Ursula von der Leyen", RuleNames.CLAUSE_SUBJECT_CUE));
    records(RULE, "The talks will resume, said the Committee on Foreign Affairs on Monday.",
        s("The talks will resume", "the Committee on Foreign Affairs", RuleNames.CLAUSE_SUBJECT_CUE));
  }

  @Test
  void aBodysShortFormAfterItsName() {
    records(RULE, "Rescuers pulled two people alive from the rubble, the State Emergency Service (SES) said.",
        s("Rescuers pulled two people alive", "the State Emergency Service", RuleNames.CLAUSE_SUBJECT_CUE));
  }

  @Test
  void aRelativeClauseDescribesTheSpeaker() {
    records(RULE, "Demand for the bonds has cooled, said a banker who asked not to be named because the talks are private.",
        s("Demand for the bonds has cooled", "a banker", RuleNames.CLAUSE_SUBJECT_CUE));
    records(RULE, "Demand for the bonds has cooled, two bankers who asked not to be named said.",
        s("Demand for the bonds has cooled", "two bankers", RuleNames.CLAUSE_SUBJECT_CUE));
    records(RULE, "Demand for the bonds has cooled, a fund manager who oversees about $2 billion told reporters.",
        s("Demand for the bonds has cooled", "a fund manager", RuleNames.CLAUSE_SUBJECT_CUE));
  }

  @Test
  void aParentheticalAttribution() {
    records(RULE, "The new figures, the economist argued, did not reflect the cost of the drought.",
        s("The new figures, the economist argued, did not reflect", "the economist", RuleNames.CLAUSE_SUBJECT_CUE));
  }

  @Test
  void noInversion() {
    // "told" is followed by its listener and a reported clause: the subject-cue rule's sentence
    nothing(RULE, "The minister, speaking on Monday, told local radio that the border would stay closed.");
    // a comma and a cue with "that" after the speaker: a reported clause follows, no inversion
    nothing(RULE, "In a long interview, the general said that the offensive had stalled.");
    // a cue with a content rule after the comma: its object follows, no inverted speaker
    nothing(RULE, "Maria Ortiz, a spokeswoman for the agency, urged families not to lose hope.");
  }

  @Test
  void twoThatClausesOfAParticipleAfterTheAttributionAreTwoStatements() {
    records(RULE, "Bids are due in November, one of the bankers said, adding that no decision had been taken and that the bank could keep the unit.",
        s("Bids are due in November", "one of the bankers", RuleNames.CLAUSE_SUBJECT_CUE),
        s("no decision had been taken", "one of the bankers", RuleNames.PARTICIPLE_AFTER_ATTRIBUTION),
        s("the bank could keep the unit", "one of the bankers", RuleNames.COORDINATED_CUE));
  }
}
