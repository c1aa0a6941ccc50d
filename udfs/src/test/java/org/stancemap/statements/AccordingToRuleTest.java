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
    // the source's acronym in parentheses is no part of the clause
    records(RULE, "According to figures from the Human Rights Association (IHD), nearly 1,900 people were detained in a week.",
        s("nearly 1,900 people were", "the Human Rights Association", RuleNames.ACCORDING_TO));
  }

  /** Another name of the source after it, to the sentence's end (stop 54, a real-page check). */
  @Test
  void anotherNameOfTheSourceAfterIt() {
    records(RULE, "Shelling killed five civilians in the town on Friday, according to the rescue service, also known as the Blue Vests.",
        s("Shelling killed five civilians in the town on Friday", "the rescue service", RuleNames.CLAUSE_ACCORDING_TO));
    records(RULE, "Prices rose 3% in May, according to the institute, known as Rosstat.",
        s("Prices rose 3% in May", "the institute", RuleNames.CLAUSE_ACCORDING_TO));
    // a clause of the outlet's after the other name is no end
    nothing(RULE, "Prices rose 3% in May, according to the institute, known as Rosstat, and the bank held rates.");
    nothing(RULE, "Prices rose 3% in May, according to the institute, known as Rosstat and the bank has held rates.");
  }

  @Test
  void anAppositiveNamesTheSourceAndAClauseIsNoAppositive() {
    // the clause after the source's comma is the content, never the source's appositive
    records(RULE, "According to the ministry, Turkish troops shelled two villages near the border overnight.",
        s("Turkish troops shelled two villages", "the ministry", RuleNames.ACCORDING_TO));
    records(RULE, "According to the ministry, Russian drones, launched from the sea, hit a depot.",
        s("Russian drones, launched from the sea", "the ministry", RuleNames.ACCORDING_TO));
    // a name between commas after the source is the source's own: the content starts after it (the name speaks:
    // SpeakerPhraseRulesTest)
    records(RULE, "According to the EU monitoring mission, EUMM, the patrols continued along the line.",
        s("the patrols continued", "the EU monitoring mission", RuleNames.ACCORDING_TO));
    records(RULE, "According to the rights monitor, Syrian Network for Human Rights, 30 people were detained in March.",
        s("30 people were detained", "the rights monitor", RuleNames.ACCORDING_TO));
    // a gerund before the head is part of the source
    records(RULE, "According to the OSCE monitoring mission, 14 checkpoints were closed this year.",
        s("14 checkpoints were closed", "the OSCE monitoring mission", RuleNames.ACCORDING_TO));
  }

  /** "In his view, ...": the holder of an opinion named before it opens the sentence; the possessive is the source. */
  @Test
  void theHolderOfAViewOpeningTheSentenceIsItsSource() {
    records(RULE, "In the minister's opinion, the corridor will reopen before winter.",
        s("the corridor will reopen before winter", "the minister's", RuleNames.ACCORDING_TO));
    records(RULE, "In Lavrov's assessment, the sanctions have failed.", s("the sanctions have failed", "Lavrov's", RuleNames.ACCORDING_TO));
    records(RULE, "In his view, the talks will be long and difficult.", s("the talks will be long and difficult", "his", RuleNames.ACCORDING_TO));
    records(RULE, "In its assessment, the economy will shrink.", s("the economy will shrink", "its", RuleNames.ACCORDING_TO));
    // no holder, or no comma after the noun: a phrase of the outlet's
    nothing(RULE, "In this view, nothing changed after the vote.");
    nothing(RULE, "In my view of the valley the river runs north.");
    nothing(RULE, "In the event, the ministers met on Friday.");
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
  void aRelativeClauseThatSaysNothingBelongsToTheSource() {
    // about the source's anonymity, even with cues in it ("asked", "speak")
    records(RULE, "Wheat prices jumped on Monday, according to three brokers who asked not to be identified because they were not "
        + "allowed to speak to the press.", s("Wheat prices jumped on Monday", "three brokers", RuleNames.CLAUSE_ACCORDING_TO));
    records(RULE, "According to two engineers who spoke on condition of anonymity, the turbines were shut down overnight.",
        s("the turbines were shut down", "two engineers", RuleNames.ACCORDING_TO));
    // no cue and no "that" in it
    records(RULE, "The convoy was stopped at the border, according to officials who monitor the crossing for the regional council "
        + "in the north of the province.", s("The convoy was stopped at the border", "officials", RuleNames.CLAUSE_ACCORDING_TO));
  }

  @Test
  void aMediaProjectsNameAfterItsDescription() {
    // "project", "portal", "magazine" are media heads: the name after them is the source, not "the independent"
    records(RULE, "According to the independent project Mediazona, courts handed down 12,000 verdicts.",
        s("courts handed down 12,000 verdicts", "the independent project Mediazona", RuleNames.ACCORDING_TO));
  }

  @Test
  void whatASourceHasWithItIsPartOfIt() {
    // data/speaker-words.tsv with-objects: "with knowledge of", "with direct knowledge of", "with access to"
    records(RULE, "The deal was signed in March, according to three people with knowledge of the matter.",
        s("The deal was signed in March", "three people with knowledge of the matter", RuleNames.CLAUSE_ACCORDING_TO));
    records(RULE, "According to two officials with direct knowledge of the talks, the deal is close.",
        s("the deal is close", "two officials with direct knowledge of the talks", RuleNames.ACCORDING_TO));
  }

  @Test
  void aSecondClauseAfterTheSourceIsNoPartOfIt() {
    records(RULE, "Shelling in the north has killed dozens this month, according to local monitors, and aid groups have suspended "
        + "deliveries.", s("Shelling in the north has killed dozens this month", "local monitors", RuleNames.CLAUSE_ACCORDING_TO));
    records(RULE, "The ministry is seeking steep discounts, according to people familiar with the talks, as the government lines up "
        + "other suppliers.", s("The ministry is seeking steep discounts", "people familiar with the talks", RuleNames.CLAUSE_ACCORDING_TO));
  }

  @Test
  void aRelativeClauseThatSaysSomethingIsASecondStatementOfTheSource() {
    // ", which also said ...": the clause before "according to" and the relative clause's content, one source
    records(RULE, "The ferry line will reopen in May, according to a statement from the port authority, which also said "
        + "fares would not rise this year.", s("The ferry line will reopen in May", "the port authority", RuleNames.CLAUSE_ACCORDING_TO),
        s("fares would not rise this year", "the port authority", RuleNames.COORDINATED_CUE));
    // what a document is of stands between it and its author ("a readout of the call from X")
    records(RULE, "Both sides want the corridor kept open, according to a readout of the call from the Armenian presidency, "
        + "which added that a further call was planned.", s("Both sides want the corridor kept open", "the Armenian presidency",
        RuleNames.CLAUSE_ACCORDING_TO), s("a further call was planned", "the Armenian presidency", RuleNames.COORDINATED_CUE));
  }

  @Test
  void byAfterAnActionNounNamesItsAgentNotTheDocumentsAuthor() {
    records(RULE, "The town fell on Sunday, according to a report of the shelling by Turkish forces.",
        s("The town fell on Sunday", "a report of the shelling", RuleNames.CLAUSE_ACCORDING_TO));
  }

  @Test
  void noSourceNoStatement() {
    // "per" before a number is a preposition, not a source cue
    nothing(RULE, "The pipeline carries 40,000 barrels per day to the coast.");
    // a clause of its own follows the source phrase: not "according to X" at the end
    nothing(RULE, "The match went according to plan, and the home side won easily after the break.");
  }

  @Test
  void aPlanOrARuleFollowedIsNoSource() {
    // data/reported-speech-words.tsv norm-words: what is done "according to" it, not who says so
    nothing(RULE, "Work on the second reactor is proceeding according to schedule.");
    nothing(RULE, "The frigate will be delivered to the navy next year according to the agreed timetable.");
    nothing(RULE, "The ministry is working according to a clear plan to restore the clinics of the old city.");
    // a document with its author still speaks, and a body whose name holds a norm word is a body
    records(RULE, "Two brigades will move to the coast, according to a plan drawn up by the general staff.",
        s("Two brigades will move to the coast", "a plan drawn up by the general staff", RuleNames.CLAUSE_ACCORDING_TO));
    records(RULE, "According to the customs office, seizures rose by a third last year.",
        s("seizures rose by a third", "the customs office", RuleNames.ACCORDING_TO));
  }
}
