package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reported-speech rules of issue 13, each with a few invented sentences in different wordings and
 * with negatives (constructions that look alike but report nothing). No sentence here is taken from
 * a gold set.
 */
class StatementReportedSpeechRulesTest {
  private static final StatementExtractor X = StatementExtractor.defaults();

  private static List<Statement> of(String text) {
    return X.extractStrict(text, "Test Outlet", null);
  }

  private static List<Statement> indirect(String text) {
    return of(text).stream().filter(s -> s.kind.equals(Statement.INDIRECT)).toList();
  }

  private static String dump(List<Statement> all) {
    return all.stream().map(s -> s.kind + " [" + s.speaker + "|" + s.sieve + "] " + s.text).collect(Collectors.joining("\n"));
  }

  /** The one indirect statement of {@code text}: its text starts with {@code start}, and its speaker. */
  private static Statement one(String text, String start, String speaker) {
    List<Statement> in = indirect(text);
    for (Statement s : in) {
      if (s.text.startsWith(start)) {
        assertEquals(speaker, s.speaker, dump(in));
        return s;
      }
    }
    throw new AssertionError("no indirect starting [" + start + "] in\n" + dump(of(text)));
  }

  private static List<Statement> byRule(List<Statement> all, String rule) {
    return all.stream().filter(s -> rule.equals(s.sieve)).toList();
  }

  private static void none(String text) {
    List<Statement> in = indirect(text);
    assertTrue(in.isEmpty(), "unexpected reported speech in [" + text + "]:\n" + dump(in));
  }

  /** A yes-no question asks whether someone says a thing: "Does the minister agree that ...?" reports nothing. */
  @Test
  void aQuestionWhetherSomeoneSaysAThingReportsNothing() {
    none("Does the minister agree that the sanctions have failed?");
    none("Will the Foreign Secretary confirm that the embassy is closing?");
    none("Did Ankara say that the border would reopen?");
    one("The minister agreed that the sanctions have failed.", "the sanctions have failed", "The minister");
    // a statement that ends in a question, not an interrogative clause: still the senator's
    one("Senator Ruiz said that the real question was who pays?", "the real question was who pays?", "Ruiz");
    // only the question's own clause reports nothing: a source inside it still speaks
    one("Has the Minister read the UN report, which says famine is imminent?", "famine is imminent", "the UN report");
  }

  /** Nouns that name a group of speakers (data/descriptors.tsv heads): deputies, delegates, generals, troops, clerics, merchants. */
  @Test
  void groupsOfSpeakersAfterTheirWords() {
    one("Headline\n\nRussia does not intend to leave its bases, State Duma deputies told Izvestia.", "Russia does not intend",
        "State Duma deputies");
    one("Headline\n\nThe vote was rigged, two delegates told reporters.", "The vote was rigged", "two delegates");
    one("Headline\n\nThe road is closed, merchants in the old market said.", "The road is closed", "merchants in the old market");
    // a hyphenated title (data/titles.txt) before the name is no part of it
    one("Headline\n\nRussian Ambassador-at-Large for Arctic Cooperation Vladislav Tuganov said that the decision was a mistake.",
        "the decision was a mistake", "Vladislav Tuganov");
  }

  /** Between a cue and its clause or second cue: a listener's place, an adverb of place, a conjunction before a participle. */
  @Test
  void placesAndConjunctionsBetweenACueAndItsContent() {
    one("Headline\n\nDeputy Prime Minister Pavel Lozin told reporters in Moscow the decision was balanced.", "the decision was balanced",
        "Pavel Lozin");
    // a listener's place, then no clause: nothing reported
    none("Headline\n\nLozin told reporters in Moscow the news at noon.");
    none("Headline\n\nErdogan told a rally in Istanbul the story of a girl who was pulled from the rubble.");
    one("Headline\n\nThe soldiers here say the character of the fighting has changed.", "the character of the fighting", "The soldiers");
    List<Statement> two = indirect("Headline\n\nOkafor said the talks went well, before adding that the vote would depend on Ankara.");
    assertEquals(List.of("the talks went well", "the vote would depend on Ankara."), two.stream().map(x -> x.text).toList(), dump(two));
  }

  @Test
  void aRelativeWhoAfterAPrepositionsObjectSpeaks() {
    one("The daily carried an interview with Deputy Foreign Minister Ayman Sousan, who said that the presence was an occupation.",
        "the presence was an occupation", "Ayman Sousan");
    one("Reporters spoke with Omar Haddad, who said that the road had been closed.", "the road had been closed", "Omar Haddad");
    // not a relative: the object of a preposition before a noun's "that" clause
    none("Asked about media reports that the talks had failed, the minister left.");
  }

  @Test
  void anAccusationWhoseObjectHasAnAppositiveBetweenCommas() {
    String text = "Federal prosecutors accuse the defendant, 47-year-old Ammar H., of torturing at least 17 detainees. "
        + "They say he was a member of a local militia.";
    one(text, "the defendant, 47-year-old Ammar H., of torturing", "Federal prosecutors");
    one(text, "he was a member of a local militia", "Federal prosecutors");
    // a comma with no "of" after the aside reports nothing
    none("Prosecutors accused the defendant, a former guard, and his brother were arrested in May.");
  }

  @Test
  void aListenersShortFormInBracketsBeforeThat() {
    one("Defence Ministry spokesman Yaman Hallaq told Anadolu Agency (AA) that the talks had produced no results.",
        "the talks had produced no results", "Yaman Hallaq");
  }

  @Test
  void thisWasStatedByGivesTheSentenceBeforeToItsSource() {
    String text = "Duma responds to Yerevan\n\nThe plan to join both unions is doomed to failure. This was stated to Izvestia by the deputy "
        + "chairman of the Committee on CIS Affairs, Eurasian Integration and Relations with Compatriots, Pavel Orlov.";
    Statement s = one(text, "The plan to join both unions", "Pavel Orlov");
    assertEquals(RuleNames.STATED_BY_AFTER, s.sieve);
    assertEquals("stated", s.cue);
    String wire = "Drones hit port\n\nThe port of Izmail was attacked overnight by drones.\n\n"
        + "As Interfax-Ukraine reports, this was announced by the regional military administration on Telegram.";
    one(wire, "The port of Izmail", "the regional military administration");
    // the sentence before is someone's already, or a headline: nothing moves
    String said = "Talks stall\n\nThe minister said the talks had stalled. This was confirmed by the ministry.";
    assertEquals("the minister", one(said, "the talks had stalled", "The minister").speaker.toLowerCase());
    assertEquals(1, indirect(said).size(), dump(of(said)));
    assertTrue(indirect("Talks stall\n\nThis was stated by the ministry.").isEmpty());
  }

  @Test
  void aClauseEndingInAQuotedFragmentBeforeItsAttributionIsReportedSpeechAndTheFragmentAPartial() {
    String text = "The talks were \"constructive,\" the foreign minister said on Tuesday.";
    Statement s = one(text, "The talks were", "the foreign minister");
    assertEquals("The talks were \"constructive,\"", s.text);
    assertEquals(RuleNames.CLAUSE_SUBJECT_CUE, s.sieve);
    List<Statement> partials = of(text).stream().filter(x -> x.kind.equals(Statement.PARTIAL)).toList();
    assertEquals(1, partials.size(), dump(of(text)));
    assertEquals("the foreign minister", partials.get(0).speaker);
    one("Moscow is open to talks, but only if the West stops \u201cusing the corridors as cover,\u201d Deputy Foreign Minister "
        + "Andrei Volkov told Interfax.", "Moscow is open to talks", "Andrei Volkov");
    // nested: the fragment is the inner speaker's words
    String nested = "Rahimi said the new army was being built \"on national, not factional, foundations,\" the statement said.";
    List<Statement> all = of(nested);
    Statement fragment = all.stream().filter(x -> x.kind.equals(Statement.PARTIAL)).findFirst().orElseThrow(() -> new AssertionError(dump(all)));
    assertEquals("Rahimi", fragment.speaker, dump(all));
    // a quotation that opens the sentence stays a direct quote
    assertTrue(indirect("\"The talks were constructive,\" the foreign minister said on Tuesday.").isEmpty());
  }

  @Test
  void urgeObjectAndInfinitive() {
    one("The foreign minister, Anna Berg, urged both sides to return to the negotiating table.",
        "both sides to return", "Anna Berg");
    one("Human rights groups called on the authorities to release the detained journalists.",
        "the authorities to release", "Human rights groups");
    one("In a televised address, the prime minister appealed to farmers to end their blockade of the ports.",
        "farmers to end", "the prime minister");
    // "urged restraint": an object and no to-infinitive is no reported clause
    none("The envoy urged restraint.");
    // a to-infinitive of purpose after another verb is no urge
    none("Workers called the meeting to discuss wages.");
    // the object ends at "for" or a conjunction, before any "to": no urging ("for" and a duration does not end it)
    none("Talks resumed on Monday. Baghdad presses Ankara for more water as the Euphrates falls to record lows.");
    one("The opposition had been urging the government for weeks to call an early election.",
        "the government for weeks to call", "The opposition");
    one("The envoy urged Russia as well as Ukraine to return to the talks in Istanbul.", "Russia as well as Ukraine to return",
        "The envoy");
    one("The envoy had urged Ankara for several months to reopen the crossing at Kilis.", "Ankara for several months to reopen",
        "The envoy");
  }

  @Test
  void wentOnReportsOnlyWithThatOrAQuote() {
    none("Eleven officials, including a former deputy governor, went on trial in Izmir on Monday over bridges that were never finished.");
    one("The minister went on to say that the ferry service would resume in spring.", "the ferry service would resume", "The minister");
  }

  @Test
  void accuseObjectOfClause() {
    one("The interior ministry accused opposition activists of spreading false rumours about the vote.",
        "opposition activists of spreading", "The interior ministry");
    one("Senator Maria Lopez accused the agency of hiding the report from Congress.", "the agency of hiding", "Maria Lopez");
    none("The court accused.");
  }

  @Test
  void nounObjectCues() {
    one("The union called for an immediate rise in the minimum wage.", "an immediate rise", "The union");
    one("Local doctors warned of a shortage of insulin in the region's hospitals.", "a shortage of insulin", "Local doctors");
    one("The defence ministry denied any role in the attack on the convoy.", "any role in the attack", "The defence ministry");
    one("The minister denied that the army had used cluster munitions.", "the army had used", "The minister");
    // "denied on Friday" with nothing after it, and a plan that calls for troops, report nothing
    none("The ministry denied on Friday.");
    none("The peace plan calls for the withdrawal of all foreign troops.");
  }

  @Test
  void commitmentsWithToInfinitive() {
    one("The new mayor pledged on Monday to rebuild the flooded districts within a year.", "to rebuild", "The new mayor");
    one("Opposition leader Kemal Aydin vowed to challenge the result in court.", "to challenge the result", "Kemal Aydin");
    // "threatened to" is no speech on its own ("tensions threatened to ...") but is after a speech cue
    none("Rising tensions threatened to derail the talks between the two capitals.");
    List<Statement> in = indirect("The central bank said the currency would stabilise soon, threatening to fine traders who ignore the official rate.");
    assertEquals(2, in.size(), dump(in));
    assertTrue(in.get(1).text.startsWith("to fine traders"), dump(in));
    assertEquals(in.get(0).speaker, in.get(1).speaker);
  }

  @Test
  void quotedAsSaying() {
    one("Finance Minister Olga Petrova was quoted by the Interfax news agency as saying that the budget deficit would narrow next year.",
        "the budget deficit would narrow", "Olga Petrova");
    one("The daily Hurriyet quoted a senior official as saying the border crossing would reopen on Monday.",
        "the border crossing would reopen", "a senior official");
    one("State television cited the governor as saying that the evacuation had been completed.",
        "the evacuation had been completed", "the governor");
  }

  @Test
  void secondCueOfTheSameSubject() {
    List<Statement> in = indirect("The spokesman said the talks had been useful, adding that a second round would follow in May.");
    assertEquals(2, in.size(), dump(in));
    assertTrue(in.get(0).text.startsWith("the talks had been useful") && !in.get(0).text.contains("adding"), dump(in));
    assertTrue(in.get(1).text.startsWith("a second round"), dump(in));
    in = indirect("The Red Crescent said its teams had reached the village, urging all sides to keep the road open.");
    assertEquals(2, in.size(), dump(in));
    assertTrue(in.get(1).text.startsWith("all sides to keep"), dump(in));
    in = indirect("The envoy called for a ceasefire but warned against rushing into elections.");
    assertEquals(2, in.size(), dump(in));
    assertTrue(in.get(1).text.startsWith("rushing into elections"), dump(in));
    in = indirect("Officials said the dam was safe and insisted that no villages would be evacuated.");
    assertEquals(2, in.size(), dump(in));
    assertTrue(in.get(1).text.startsWith("no villages would be evacuated"), dump(in));
    // "and" between two subjects of their own is no elided second cue
    in = indirect("The minister said the army and the police had restored order.");
    assertEquals(1, in.size(), dump(in));
    // "asking not to be named" is no second statement
    in = indirect("A resident said the shelling had stopped at dawn, asking not to be named.");
    assertEquals(1, in.size(), dump(in));
  }

  @Test
  void trailingAttributionWithAnAdjunct() {
    one("The two countries will reopen their embassies by the end of the year, the foreign minister said after talks with his Greek counterpart in Athens.",
        "The two countries will reopen", "the foreign minister");
    one("Exports fell for a third month in a row, the statistics office said on Tuesday in its monthly report.",
        "Exports fell", "the statistics office");
    // a clause after the attribution is no adjunct
    List<Statement> in = indirect("Prices rose, the minister said in parliament that subsidies would end.");
    for (Statement s : in) assertTrue(!s.text.startsWith("Prices rose"), dump(in));
  }

  @Test
  void accordingToAtTheEndWithALongerSource() {
    // figures speak for their author, as a statement does (data/descriptors.tsv, kind=document)
    one("Unemployment among young people reached 24 percent in March, according to figures published by the labour ministry.",
        "Unemployment among young people", "the labour ministry");
    one("Two hospitals in the north stopped admitting patients, according to local health officials.", "Two hospitals", "local health officials");
  }

  @Test
  void nestedAttribution() {
    List<Statement> in = indirect("The governor told reporters that the bridge would reopen next week, the state news agency reported.");
    assertEquals(2, in.size(), dump(in));
    Statement outer = in.stream().filter(s -> s.text.startsWith("The governor told")).findFirst().orElseThrow(() -> new AssertionError(dump(in)));
    Statement inner = in.stream().filter(s -> s.text.startsWith("the bridge would reopen")).findFirst().orElseThrow(() -> new AssertionError(dump(in)));
    assertEquals("the state news agency", outer.speaker);
    assertEquals("The governor", inner.speaker);
  }

  @Test
  void saidInsideOtherConstructionsIsNoReportedSpeech() {
    // "said" of a thing ("signs that said"), "said to be", "so-called", "aforesaid", "called X Y"
    none("The so-called peace plan was rejected by both sides.");
    none("Protesters carried signs that said the war must end.");
    none("The city, said to be the oldest in the region, was shelled overnight.");
    none("The aforesaid company paid its taxes.");
    none("He called the meeting a success.");
  }

  @Test
  void perNamesASourceOnlyBeforeANameOrADeterminer() {
    one("The pipeline will carry 450,000 barrels a day from next month, per the energy ministry.", "The pipeline will carry", "the energy ministry");
    one("Talks will resume in Geneva on Monday, per Reuters.", "Talks will resume", "Reuters");
    none("The pipeline can carry around 1.5 million barrels per day.");
    none("Prices rose by two per cent in the first quarter.");
    none("Aid agencies handed out one food parcel per family in the camp.");
  }

  @Test
  void aNestedAttributionLeavesTheOuterSourceAsTheLatestSpeakerWithItsSpans() {
    String t = "The minister told reporters that exports would double, according to the state news agency.\n\n"
        + "\"We are ready,\" he said. \"The line is open.\"";
    for (Statement s : of(t)) {
      if (s.cue == null || s.cueStart < 0) continue;
      assertEquals(s.cue.toLowerCase(java.util.Locale.ROOT), t.substring(s.cueStart, s.cueEnd).toLowerCase(java.util.Locale.ROOT), dump(of(t)));
    }
  }
  @Test
  void twoThatClausesOfOneCueAreTwoStatements() {
    List<Statement> in = indirect("The ministry said the cranes had been repaired and that ships would dock again on Monday.");
    assertEquals(2, in.size(), dump(in));
    assertEquals("the cranes had been repaired", in.get(0).text, dump(in));
    assertTrue(in.get(1).text.startsWith("ships would dock again"), dump(in));
    assertEquals(in.get(0).cueStart, in.get(1).cueStart, "one cue reports both");
    assertEquals("The ministry", in.get(1).speaker);
    // ", and that" and "but that" too
    assertEquals(2, indirect("Officials told reporters that the border was open, but that trucks faced long delays.").size());
    // "and that" inside a quotation is part of the quote, not a second clause
    for (Statement s : indirect("The mayor said the budget was \"tight and that is fine\" for now.")) assertTrue(s.text.contains("that is fine"), dump(of("x")));
  }

  @Test
  void anAsideBetweenTheCueAndThat() {
    one("The analyst cautioned, however, that the recovery could stall next year.", "the recovery could stall", "The analyst");
    one("Ms. Okafor admitted, though, that the numbers were lower than hoped.", "the numbers were lower", "Okafor");
  }

  @Test
  void estimatedThatReportsAClauseButEstimatedAnAmountDoesNot() {
    one("The economist estimated that the drought had cut the harvest by a third.", "the drought had cut", "The economist");
    none("The insurer estimated the damage at two billion dollars.");
  }

  @Test
  void theOneToldIsNotAnInvertedSpeaker() {
    one("The governor of Idlib province, Omar Saleh, told state radio that the road had reopened.", "the road had reopened", "Omar Saleh");
    for (Statement s : indirect("The mayor of Kherson, Ivan Lysenko, told Ukrainian television that the shelling had stopped.")) {
      assertTrue(!s.speaker.contains("television"), dump(of("x")));
    }
  }

  @Test
  void subjectsBehindRelativeClausesAsidesAndNumbers() {
    // a number's comma inside an appositive is no clause boundary
    one("Irina Volkova, a pollster who has interviewed 3,500 voters, says that most of them have not decided.",
        "most of them have not", "Irina Volkova");
    // a restrictive relative clause between the subject and the cue, with no phrase right before the cue
    one("Shop owners who reopened after the floods in the spring say the repairs cost more than the insurance paid.",
        "the repairs cost", "Shop owners");
    // a relative clause after the main clause's object: its antecedent speaks
    one("The envoy later met Carlos Mendes, who says that the mission will stay until the vote.", "the mission will stay",
        "Carlos Mendes");
    // an antecedent opening the sentence has its main verb after the relative clause: the content ends at the clause's comma
    Statement agency = one("The agency, which said the figures were provisional, published a second table on Friday.",
        "the figures were provisional", "The agency");
    assertEquals("the figures were provisional", agency.text);
    // -ly nouns are no adverbs
    one("Her family said she had been detained at the border for three days.", "she had been detained", "Her family");
  }

  @Test
  void participlesAfterAQuotationAndAsidesBeforeThat() {
    // ", saying" after a quotation that closes with the comma; "that not ..." keeps its negation
    one("The ministry rejected the report as \"pure fiction,\" saying that not one of its claims could be checked.",
        "not one of its claims", "The ministry");
    // "told X by phone that": a phrase with "by" or "over" before "that"
    one("A source close to the cabinet told the newspaper by phone that the vote would be delayed.", "the vote would be delayed",
        "A source close to the cabinet");
    // an aside between the cue and "that"
    one("State radio reported, without giving a source, that the border crossing would reopen on Monday.",
        "the border crossing would reopen", "State radio");
  }

  @Test
  void moreCuesThatIntroduceAClause() {
    one("Its correspondent in Brussels notes that the two capitals read the text differently.", "the two capitals",
        "Its correspondent in Brussels");
    one("The mayor hinted that the curfew could be lifted before the holiday.", "the curfew could be lifted", "The mayor");
    one("Nadia Karimi, a teacher, expressed her hope that the schools would reopen soon.", "the schools would reopen", "Nadia Karimi");
    one("The head of the chamber considered that the decision would bring investors back.", "the decision would bring",
        "The head of the chamber");
    one("Aid agencies estimate that two million people need food assistance.", "two million people", "Aid agencies");
    // "considered" without "that" is no cue: "considered the proposal"
    none("The cabinet considered the proposal on Tuesday and postponed a decision.");
  }

  /**
   * A speaker phrase whose head no list has ("the authors", "Turkey's coast guard"), read only right
   * before or after a speech cue, before the cue opening the sentence or the clause after its comma.
   */
  @Test
  void aPhraseWithAnUnlistedHeadNextToACue() {
    one("The authors acknowledged that rural clinics were under-represented in the samples.", "rural clinics", "The authors");
    one("All nine sailors had been pulled from the water alive, the country's coast guard said in a statement.",
        "All nine sailors", "the country's coast guard");
    one("Three of the wells had run dry by August, said the hydrologists.", "Three of the wells", "the hydrologists");
    one("Of 400 samples collected at six hospitals, nearly half contained resistant bacteria, the authors found.",
        "Of 400 samples", "the authors");
    // negatives: a possessive pronoun's noun is too often a thing; a noun after a cue that is no "said"; a copula
    none("Their accounts suggest that the withdrawal was chaotic.");
    none("Ankara, a close partner of Baku, condemned the strike.");
    none("For the refugee agency, the message is caution.");
  }

  /** "..., they added." / "..., it said.": a pronoun inverted after the clause, when it has an antecedent. */
  @Test
  void theyAndItAfterTheClause() {
    one("Two officials said the plan was ready. A formal plan could be presented as soon as next month, they added.",
        "A formal plan could", "Two officials");
    one("The ministry said the border was closed. Trucks would be turned back until further notice, it said.",
        "Trucks would be turned back", "The ministry");
    // no antecedent: no speaker, no statement
    List<Statement> all = of("Turnout will be higher than ever, they say.");
    assertTrue(all.stream().noneMatch(s -> s.kind.equals(Statement.INDIRECT)), dump(all));
  }

  /** "CLAUSE, X said, but CLAUSE2": the second clause is X's too. */
  @Test
  void aClauseAfterTheAttributionWithBut() {
    String t = "Ankara would share what it learns with its allies, Minister Aylin Demir said, but it was too early to assign blame.";
    one(t, "Ankara would share", "Aylin Demir");
    Statement s = one(t, "it was too early", "Aylin Demir");
    assertEquals(RuleNames.CLAUSE_AFTER_ATTRIBUTION, s.sieve);
    // negative: "but" and a verb phrase of the speaker, no clause
    List<Statement> in = indirect("Ankara would share what it learns with its allies, Minister Aylin Demir said, but gave no details.");
    assertTrue(in.stream().noneMatch(x -> x.text.startsWith("gave")), dump(in));
  }

  /** "According to ..." with a source that is no plain speaker phrase; "according to X, an appositive." at the end. */
  @Test
  void accordingToADocumentOrABodyAfterBy() {
    one("According to data compiled by the Human Rights Association, nearly 2,000 people were detained in a week.",
        "nearly 2,000 people", "the Human Rights Association");
    one("According to a spreadsheet dated March 2023, the plan envisaged 5,000 drones a year.", "the plan envisaged",
        "a spreadsheet dated March 2023");
    one("Officially, inflation slowed to 8.1 percent in the year to August, according to Statista, the state statistics agency.",
        "Officially, inflation slowed", "Statista");
  }

  /** A participle and its place after the head: "a Ukrainian officer training in Wiltshire said". */
  @Test
  void aParticipleAfterTheHead() {
    one("For soldiers on the ground, the decision was long overdue, a Ukrainian officer training in Wiltshire said.",
        "For soldiers on the ground", "a Ukrainian officer training in Wiltshire");
    one("A doctor working at the city hospital said most of the wounded were children.", "most of the wounded",
        "A doctor working at the city hospital");
  }

  /** "U.S. President ...": dotted initials before a title do not end the sentence; before any other capital they do. */
  @Test
  void dottedInitialsBeforeATitle() {
    one("U.S. President Ann Carter said the talks had been useful.", "the talks had been useful", "Ann Carter");
    one("U.N. Secretary-General Luis Moreno said the ceasefire had to hold.", "the ceasefire had to hold", "Luis Moreno");
    List<Statement> all = of("The sanctions were lifted by the U.S. The move was welcomed in the capital, officials said.");
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("The sanctions were lifted by the U.S.")),
        dump(all));
  }

  /** "In a move that ..., a senior official told AFP that CLAUSE": the clause after "that" is reported, not the opening phrase. */
  @Test
  void anOpeningPhraseBeforeASpeakerWhoToldSomeoneThat() {
    Statement s = one("In a move that alarmed its neighbours, a senior official told the BBC that the border would stay open.",
        "the border would stay open", "a senior official");
    assertEquals(RuleNames.SUBJECT_CUE_CLAUSE, s.sieve);
  }

  /** "..., according to X, in ..." at the end, and "have long argued that". */
  @Test
  void accordingToBeforeAPhraseAndLongAfterHave() {
    one("The fighting has forced half a million people to flee since May, according to the United Nations, in the largest exodus yet.",
        "The fighting has forced", "the United Nations");
    one("Greek officials have long argued that the treaty leaves them little room to act.", "the treaty leaves", "Greek officials");
    // negative: "according to him," before a clause of its own is no attribution of the whole sentence
    List<Statement> in = indirect("The plan covers the province, where, according to him, about two million people live.");
    assertTrue(in.stream().noneMatch(x -> x.text.startsWith("The plan covers")), dump(in));
  }

  /** A phrase with an unlisted head before an aside: "A deckhand, who asked not to be named, said ...". */
  @Test
  void anUnlistedHeadBeforeARelativeAside() {
    one("A deckhand, who asked not to be named, said the cargo was never inspected.", "the cargo was never inspected", "A deckhand");
  }

  /** A longer phrase between the cue and "that": a time phrase after the listener, an interview with a channel, a month. */
  @Test
  void aLongerPhraseBeforeThat() {
    one("Foreign Minister Pavel Orlov told the BBC a few days later that Moscow did not want a confrontation.",
        "Moscow did not want", "Pavel Orlov");
    one("The commander said in an interview with an Arabic-language channel that his forces would hold the camps.",
        "his forces would hold", "The commander");
    one("The party announced in May that it would dissolve itself.", "it would dissolve itself", "The party");
    // negative: "a" opening the object, no time phrase: the object is the content, "that" a relative pronoun
    one("The minister said a deal that would end the war was close.", "a deal that would end the war", "The minister");
  }

  /** "said in a statement he was ...": a short phrase after the cue, then a clause opening with a subject pronoun. */
  @Test
  void aPronounClauseAfterAShortPhrase() {
    one("The envoy, Lena Holm, said in a statement she was alarmed by the escalation.", "she was alarmed", "Lena Holm");
    // negative: a pronoun inside the phrase is its object, not a subject
    none("The envoy said in a meeting with him yesterday.");
  }

  /** "Meanwhile, according to X, ...": one opening word before the source; 'said that "militants" had ...'. */
  @Test
  void anOpeningWordBeforeAccordingToAndAQuotedWordAfterThat() {
    one("Meanwhile, according to the defence ministry, 19 fighters were killed over the past week.", "19 fighters were killed",
        "the defence ministry");
    one("The reconciliation centre said that \"militants\" had violated the truce 38 times.", "\"militants\" had violated",
        "The reconciliation centre");
  }

  /** "..., X told reporters at the daily briefing on Tuesday, but ...": the listener, then an adjunct. */
  @Test
  void aListenerAndAnAdjunctAfterTheInvertedCue() {
    String t = "Washington has been in contact with the group for months, spokesman Tom Reid told reporters at the daily briefing "
        + "on Tuesday, but no decision has been made on the listing.";
    one(t, "Washington has been in contact", "Tom Reid");
    one(t, "no decision has been made", "Tom Reid");
  }

  /** A parenthetical attribution: the broken clause is one statement; after a lone "But," only what follows. */
  @Test
  void aParentheticalAttribution() {
    String before = "Finance Minister Ayla Demir spoke in parliament on Monday. ";
    one(before + "The figures announced by the ministry, she argued, did not reflect what families pay.",
        "The figures announced by the ministry, she argued, did not reflect", "Ayla Demir");
    one(before + "But, she admitted, the treasury had no means of stopping the slide.", "the treasury had no means", "Ayla Demir");
    // negative: a participle phrase after the attribution is no rest of the clause
    Statement s = one(before + "Prices will rise again, she said, adding that wages would follow.", "Prices will rise again", "Ayla Demir");
    assertEquals(RuleNames.CLAUSE_SUBJECT_CUE, s.sieve);
  }

  /** "According to a joint analysis by the two agencies, ...": a number after "the". */
  @Test
  void aNumberAfterThe() {
    one("According to a joint analysis by the two agencies, the region recorded 1,200 cases in 2024.", "the region recorded",
        "the two agencies");
  }

  /** ", NAME, the presidential spokesman, told X.": the appositive between the name and the cue. */
  @Test
  void anAppositiveBetweenTheInvertedSpeakerAndTheCue() {
    one("Ankara had not yet set a date, Ilker Sahin, the presidential spokesman, told broadcaster NTV.", "Ankara had not yet set",
        "Ilker Sahin");
  }

  /** "economists surveyed by Bloomberg": a participle in -ed and "by" after the head; a short form before an aside. */
  @Test
  void aParticipleWithByAndAShortFormBeforeAnAside() {
    one("The bank will halt its easing cycle this week, economists surveyed by Bloomberg predicted.", "The bank will halt",
        "economists surveyed by Bloomberg");
    one("The Caspian Oil Consortium (COC), whose terminal lies north of the port, said its facilities were operating as normal.",
        "its facilities were operating", "Caspian Oil Consortium");
  }

  /** "said a ground operation against militants in the north of the country could begin": a long subject before the verb. */
  @Test
  void aLongSubjectInTheReportedClause() {
    one("The lira fell after President Omer Kaya said a ground operation against militants in the north of the country could "
        + "begin at any moment.", "a ground operation against militants", "Omer Kaya");
    // negative: an object with a comma before any verb is no clause
    none("The imam said a prayer for the victims, and the crowd dispersed quietly.");
  }

  /** Communiqué verbs with an object: "stressed the importance of ...", "reaffirmed support for ..."; "that" after a phrase. */
  @Test
  void communiqueVerbsWithAnObject() {
    one("Foreign Minister Selim Aydin stressed the importance of coordination in securing the borders.",
        "the importance of coordination", "Selim Aydin");
    one("The ministry reaffirmed its support for the unity of the country.", "its support for the unity", "The ministry");
    one("President Karim Haddad had stressed in a speech last month that recovery was the first battle.", "recovery was the first",
        "Karim Haddad");
    // negative: a phrase after the verb and no "that" reports nothing
    none("The minister stressed in a speech on Monday.");
  }

  /** From the review: a pronoun or gerund after an object cue is no object statement; titles that are no heads keep their cues. */
  @Test
  void objectCuesBeforeAPronounAndTitlesAsSubjects() {
    none("The spokesman denied it on Monday.");
    none("The minister denied having met the envoy.");
    one("The chancellor called for calm after the vote.", "calm after the vote", "The chancellor");
    one("The authors have also said that the samples were too small.", "the samples were too small", "The authors");
  }

  /** "U.S. Officials said" may start a sentence; "U.S. Embassy" and "U.S. President" do not. */
  @Test
  void dottedInitialsBeforeAPluralHeadEndTheSentence() {
    List<Statement> all = of("The sanctions were lifted by the U.S. Officials said the move was overdue.");
    assertTrue(all.stream().anyMatch(s -> s.text.equals("The sanctions were lifted by the U.S.")), dump(all));
    one("The spokesman said the U.S. Embassy in the capital would not reopen soon.", "the U.S. Embassy in the capital", "The spokesman");
  }

  /** "According to X, Y told the court that ...": Y speaks; an act X reports ("agreed that", "will insist") stays X's. */
  @Test
  void aSpeakerOfItsOwnAfterAccordingTo() {
    one("According to the website Mediazona, which had a reporter in court, Lukin told the judges that he had never seen the papers.",
        "he had never seen the papers", "Lukin");
    one("According to Peskov, the two leaders agreed that the memorandum must be implemented in full.",
        "the two leaders agreed that the memorandum", "Peskov");
    one("According to the deputy, the committee will insist that inspectors wait for a ruling.", "the committee will insist", "the deputy");
  }

  /** After "a", "an" or a number the initials modify what follows; after "the", a body's word ("the U.S. Treasury"). */
  @Test
  void dottedInitialsAfterAnArticleOrANumberModifyTheNextWord() {
    one("A U.S. Treasury spokesperson said the new checks were welcome.", "the new checks were welcome", "A U.S. Treasury spokesperson");
    one("Two U.K. Foreign Office officials said the talks would go on.", "the talks would go on", "Two U.K. Foreign Office officials");
    one("The U.S. Treasury said the new checks were welcome.", "the new checks were welcome", "The U.S. Treasury");
    // a sentence still ends there before a word that opens sentences, or a name after "the"
    List<Statement> all = of("The sanctions were lifted by the U.S. The move was welcomed, officials said.");
    assertTrue(all.stream().anyMatch(s -> s.text.equals("The sanctions were lifted by the U.S.")), dump(all));
    all = of("Talks were held in the U.S. Washington said little afterwards.");
    assertTrue(all.stream().anyMatch(s -> s.text.equals("Talks were held in the U.S.")), dump(all));
  }

  /** "..., according to figures presented at the meeting by X": X, the author; "a draft seen by Reuters" stays the draft. */
  @Test
  void accordingToFiguresIssuedBySomeone() {
    one("Exports rose by 12 percent, according to figures presented at the meeting by Trade Minister Leyla Sahin.", "Exports rose",
        "Leyla Sahin");
    one("Exports rose by 12 percent, according to data published on Monday by the central bank.", "Exports rose", "the central bank");
    one("The package lists 40 more tankers, according to a draft seen by a news agency.", "The package lists",
        "a draft seen by a news agency");
  }

  /** "a U.S.-backed force said": the compound after dotted initials is one word of the phrase. */
  @Test
  void aUsBackedGroupSpeaks() {
    one("Three people were killed in the strike, a U.S.-backed force said.", "Three people were killed", "a U.S.-backed force");
  }

  /** "..., the Interior Ministry in Ankara said.": a body in its place after the clause, as wires write it. */
  @Test
  void aBodyInItsPlaceAfterTheClause() {
    one("Police detained 46 suspects in raids across 12 provinces, the Interior Ministry in Ankara said.", "Police detained",
        "the Interior Ministry in Ankara");
    one("Air defences shot down 30 drones overnight, the Defence Ministry in Moscow said on Thursday.", "Air defences shot down",
        "the Defence Ministry in Moscow");
  }

  /** "X quoted by Y said": X speaks, whom the outlet Y quoted (not the outlet). */
  @Test
  void aSourceQuotedByAnOutletSpeaks() {
    one("An army officer quoted by the state broadcaster TRT said the drones had been shot down over the sea.", "the drones had been shot",
        "An army officer quoted by the state broadcaster TRT");
    one("Two officials cited by Reuters said the talks had stalled.", "the talks had stalled", "Two officials cited by Reuters");
  }

  /** A compound title or body name after the initials, its second word the title or head: no sentence ends there. */
  @Test
  void dottedInitialsBeforeACompoundTitleOrBodyName() {
    one("The U.N. High Commissioner for Refugees said returns had doubled.", "returns had doubled", "The U.N. High Commissioner for Refugees");
    one("The U.S. Geological Survey said the quake struck at a depth of 10 km.", "the quake struck", "The U.S. Geological Survey");
    one("Turkey's State Hydraulic Works said the reservoirs were low.", "the reservoirs were low", "Turkey's State Hydraulic Works");
    // a sentence still ends after the initials before a sentence of its own
    List<Statement> all = of("The fighters were trained by the U.S. Syrian officials said the camps had closed.");
    assertTrue(all.stream().anyMatch(s -> s.text.equals("The fighters were trained by the U.S.")), dump(all));
  }

  @Test
  void aPublishedStudySpeaksForItsAuthors() {
    one("The think tank published its findings on Monday. The report said cargo flights still stopped at the base.", "cargo flights", "The report");
    one("Cargo flights still stopped at the base, the study said.", "Cargo flights", "the study");
    one("The report urged Western governments to sanction the traders.", "Western governments to sanction", "The report");
  }

  @Test
  void questionAndAnswerLabelsInFullOrAsACourtsLettersGiveTheAnswersToTheInterviewee() {
    String briefing = "Armenian and Azerbaijani border commissions meet\n\nPOLITICS 17:25\n\nYEREVAN, May 2. The commissions met on Friday.\n\n"
        + "At a weekly briefing on Thursday, Foreign Ministry Spokesperson Anna Vardanyan answered journalists' questions.\n\n"
        + "Question: Were any sections agreed?\n\nAnswer: The work is going step by step.\n\n"
        + "Question: Is there a date for the next meeting?\n\nAnswer: It will be agreed through diplomatic channels.";
    List<Statement> all = of(briefing);
    List<Statement> answers = byRule(all, RuleNames.INTERVIEW_ANSWER);
    assertEquals(2, answers.size(), dump(all));
    assertTrue(answers.stream().allMatch(s -> "anna-vardanyan".equals(s.speakerId)), dump(all));
    assertEquals("Answer:", briefing.substring(answers.get(0).cueStart, answers.get(0).cueEnd));
    String court = "Witness says she was told what to write\n\nNEW YORK - A former finance chief testified on Tuesday.\n\n"
        + "Lena Ortiz, 41, told jurors that the founder set the totals.\n\nThe following exchange was read from the transcript:\n\n"
        + "Q. You signed the statements?\nA. I did, but I was told what to put in them.\n"
        + "Q. Did he write the spreadsheets?\nA. He didn't need to.\n\nThe trial continues on Monday.";
    List<Statement> c = of(court);
    List<Statement> said = byRule(c, RuleNames.INTERVIEW_ANSWER);
    assertEquals(2, said.size(), dump(c));
    assertTrue(said.stream().allMatch(s -> "lena-ortiz".equals(s.speakerId)), dump(c));
  }

  @Test
  void labelledQuestionsWithUnlabelledAnswersGiveTheAnswersToTheOneWhoAnswers() {
    String presser = "Kaya: \"We go to Izmir to win\"\n\nSPORT | 14 March\n\n"
        + "Manager Deniz Kaya spoke to reporters at the training ground on Thursday.\n\n"
        + "Q: How is the squad after the long trip?\n\nTired, but nobody is injured. We trained lightly today.\n\n"
        + "Q: Will Arslan start?\n\nHe is ready. I decide tomorrow.\n\nHe also trained with the group.\n\n"
        + "Q: What do you expect from Izmir?\n\nA hard game. They press high and we must be calm.\n\n"
        + "Kick-off is at 19:00 on Saturday.";
    List<Statement> all = of(presser);
    List<Statement> answers = byRule(all, RuleNames.INTERVIEW_ANSWER);
    assertEquals(4, answers.size(), dump(all)); // an answer of two paragraphs before the next question
    // the one the body names, not a word of the headline taken for a name
    for (String headline : List.of("Kaya: \"We go to Izmir to win\"", "Upbeat before the Izmir trip")) {
      List<Statement> h = of(presser.replace("Kaya: \"We go to Izmir to win\"", headline));
      assertTrue(byRule(h, RuleNames.INTERVIEW_ANSWER).stream().allMatch(s -> "deniz-kaya".equals(s.speakerId)), dump(h));
    }
    assertEquals("Q:", presser.substring(answers.get(0).cueStart, answers.get(0).cueEnd), "the question opens the answer");
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.startsWith("Kick-off")),
        "after the last answer, the outlet again: " + dump(all));
    // answers opened by a name are that name's (a briefing), and a question left unanswered makes no Q&A
    for (String text : List.of(presser.replace("\n\nTired, but", "\n\nKaya: Tired, but"),
        presser.replace("\n\nHe is ready. I decide tomorrow.\n\nHe also trained with the group.", ""))) {
      assertTrue(byRule(of(text), RuleNames.INTERVIEW_ANSWER).isEmpty(), dump(of(text)));
    }
  }

  @Test
  void aHeadlineThatEndsWithItsSourceReportsIt() {
    String wire = "Russian air defences down 27 drones over Crimea \u2013 Defence Ministry\n\n"
        + "MOSCOW, June 2. The Russian Defence Ministry said on Sunday that its air defences had downed 27 drones overnight.";
    Statement h = one(wire, "Russian air defences down 27 drones", "Defence Ministry");
    assertEquals(RuleNames.HEADLINE_SOURCE, h.sieve);
    assertEquals("\u2013", wire.substring(h.cueStart, h.cueEnd));
    Statement f = one("Turkey and Iraq agree to step up joint fight against smuggling: Fidan\n\n"
        + "Foreign Minister Hakan Fidan said on Tuesday that the two countries would share intelligence.", "Turkey and Iraq agree", "Fidan");
    assertEquals(RuleNames.HEADLINE_SOURCE, f.sieve);
    // a state, or a word that is no speaker, after the dash or colon is no source
    for (String text : List.of("Aid convoys stall at the northern border: Syria\n\nThe convoys waited for hours.",
        "Ten things to know about the summit in Ankara \u2013 Explainer\n\nThe summit opens on Monday.")) {
      assertTrue(of(text).stream().noneMatch(s -> RuleNames.HEADLINE_SOURCE.equals(s.sieve)), dump(of(text)));
    }
  }

  @Test
  void translatedCuesSpeakOnlyWithThat() {
    one("An adviser, Nadim Sayegh, regretted that Paris talks a lot about conditions.", "Paris talks", "Nadim Sayegh");
    one("The senator Marc Vidal judged on the contrary that France has lost too much time.", "France has lost", "Marc Vidal");
    one("The president's entourage lets it be known that a visit is not excluded.", "a visit is not excluded", "The president's entourage");
    none("The minister regretted the decision and lamented the delays.");
  }

  @Test
  void peopleAroundSomeoneAreNotThatPerson() {
    String text = "Ilham Sadiq met the envoys on Monday. Allies of the prime minister said a deal was close.";
    Statement s = one(text, "a deal was close", "Allies of the prime minister");
    assertTrue(!"ilham-sadiq".equals(s.speakerId), dump(of(text)));
    one("The entourage of the Syrian president said a visit was not excluded.", "a visit", "The entourage of the Syrian president");
  }

  @Test
  void stop45CuesClausesAndObjects() {
    // a "that" cue without "that": a short subject and a modal make a clause
    one("The economist predicted the central bank would cut rates in June.", "the central bank would cut", "The economist");
    one("The envoy suggested the talks could resume after the holiday.", "the talks could resume", "The envoy");
    none("The envoy confirmed his visit to the capital."); // no modal: an object, not a clause
    // "forecast" reports a clause with "that"; "instructed X to" as "urged X to"
    one("Most economists forecast that inflation would slow by the autumn.", "inflation would slow", "Most economists");
    one("The governor instructed the city's engineers to inspect every bridge.", "the city's engineers to inspect", "The governor");
    // ", while warning that": a second statement of the same speaker
    List<Statement> two = indirect("The agency said 40,000 families had gone home, while warning that many lacked water.");
    assertEquals(2, two.size(), dump(two));
    assertTrue(two.get(1).text.startsWith("many lacked water"), dump(two));
    // "the Nile directorate", "an inspectorate": organisations' heads
    one("The irrigation directorate accused the upstream dam of holding back water.", "the upstream dam of holding", "The irrigation directorate");
    // "advises people seeking to avoid ...": the "to" of "seeking", no urging
    one("Lina Haas, a lawyer with the tenants' advice project, which advises families hoping to stay in their homes, said the "
        + "evictions had doubled.", "the evictions had doubled", "Lina Haas");
    // a post-modifier with "across" or "throughout"
    one("Teachers across the region say the new curriculum arrived too late.", "the new curriculum arrived", "Teachers across the region");
    // "polled by", "surveyed by": the people polled speak, not the pollster
    one("Economists polled by the agency said that the rate will hold.", "the rate will hold", "Economists polled by the agency");
  }

  @Test
  void stop45IssuersAndPartyTags() {
    // the issuing verb's subject past an appositive and a clause without its pronoun
    one("The hospital she worked for, Northgate Care Trust, issued a statement saying its staff were safe.", "its staff were safe",
        "Northgate Care Trust");
    // an American party tag between commas goes with the name, also before an appositive and in a coordination
    one("Sen. Ada Morrow, D-Ore., the committee's ranking member, called the bill \"reckless\" and said the vote should wait.",
        "the vote should wait", "Ada Morrow");
    one("Rep. Luis Barra, R-Fla., praised the deal and said it would hold.", "it would hold", "Luis Barra");
  }

  @Test
  void stop45RelativesAndAsClauses() {
    // "which" after a state's or a body's name, "who" after a phrase of time: the relative clause's content, up to its comma
    one("Greece, which has said it will veto the deal unless the border is settled, is watching the talks.",
        "it will veto the deal unless the border is settled", "Greece");
    one("The mayor, who for months insisted that the bridge was safe, has closed it.", "the bridge was safe", "The mayor");
    // ", as X said ...": a clause with a speaker of its own, after a plain attribution and after an inverted one
    List<Statement> two = indirect("The governor said the roads would reopen, as the police said the storm had passed.");
    assertEquals(List.of("The governor", "the police"), two.stream().map(st -> st.speaker).toList(), dump(two));
    List<Statement> inv = indirect("The roads will reopen, the governor said Monday, as the police said the storm had passed.");
    assertTrue(inv.stream().anyMatch(st -> st.speaker.equals("the police") && st.text.startsWith("the storm had passed")), dump(inv));
    // "as" without a comma joins no clause: one statement
    List<Statement> one = indirect("The analyst said the role as a broker showed that the sanctions had failed.");
    assertEquals(1, one.size(), dump(one));
  }

  @Test
  void toldByABodyThatItsAgentSpeaks() {
    one("The crew had been told by the port authority that the berth would be free by noon.", "the berth would be free",
        "the port authority");
    one("Relatives were told by Interpol that the search had been widened.", "the search had been widened", "Interpol");
    // the addressee of "urged" or "told" without "by" and "that" speaks nothing
    none("The minister was urged by lawmakers to resign.");
  }

  @Test
  void stop45RulesStayNarrow() {
    none("The president is expected to announce that he will seek a second term.");
    none("The minister confirmed the changes parliament would debate on Monday."); // an object and a relative clause
    none("The Good Friday Agreement, which says the status can change only by referendum, is 27 years old.");
    one("On March 15 officials said the border would reopen.", "the border would reopen", "officials");
    // "as" that opens a phrase after "according to X," joins no clause: the clause is not cut before "as early as"
    String un = "Aid deliveries will resume, according to the UN, as early as next week.";
    assertTrue(indirect(un).stream().noneMatch(st -> st.text.strip().equals("Aid deliveries will resume")), dump(of(un)));
    // a name ending like a noun of an office is still a person's when a given name opens it, and a Chinese name is no noun
    one("Foreign Ministry Spokesperson Mao Ning said the two sides would keep talking.", "the two sides would keep", "Mao Ning");
  }

  @Test
  void stop47RulingsListenersThatAreSubjectsAndNamedBodiesInAPlace() {
    // a court's ruling reports, with "that" only
    one("An appeals court in Lyon ruled that the contract had been signed under duress.", "the contract had been signed", "An appeals court in Lyon");
    none("The judge ruled the motion out of order.");
    // a noun phrase with a finite verb after "warn" is the subject of a clause without "that", not the listener
    one("The ministry says the roads are open, but aid groups warn the mountain pass is still closed to lorries.",
        "the mountain pass is still closed", "aid groups");
    one("The general warned Belgrade would pay a heavy price for any incursion.", "Belgrade would pay a heavy price", "The general");
    // ... while a listener with a clause of its own stays the listener
    one("The envoy told the council the harvest had failed.", "the harvest had failed", "The envoy");
    // a body's name that ends right before its place, in a clause that opens later in the sentence
    one("Shipments stopped after the Permanent Court of Arbitration in Geneva ruled that the seizure was unlawful.",
        "the seizure was unlawful", "the Permanent Court of Arbitration in Geneva");
  }

  @Test
  void stop47AParticipleAfterAConjunctionFollowsAQuotesAttribution() {
    List<Statement> all = of("\"The harvest is lost,\" the farmers' leader told reporters, before adding that compensation had been promised.");
    List<Statement> second = byRule(all, RuleNames.PARTICIPLE_AFTER_ATTRIBUTION);
    assertEquals(1, second.size(), dump(all));
    assertTrue(second.get(0).text.startsWith("compensation had been promised"), dump(all));
    assertEquals("the farmers' leader", second.get(0).speaker, dump(all));
  }

  @Test
  void stop47NestedSpeakersRelativeSubjectsAndRejectedClaims() {
    // a speaker and a verb of saying open the reported clause: the inner speaker is reported too, both levels listed
    String nested = "Two aides said the governor had conceded that the budget had too few inspectors.";
    one(nested, "the governor had conceded", "Two aides");
    one(nested, "the budget had too few inspectors", "the governor");
    // ... but a quoted fragment inside stays with the one who quotes it
    List<Statement> all = of("A coalition official said Washington wanted \"measurable steps\" before any easing.");
    Statement partial = all.stream().filter(x -> Statement.PARTIAL.equals(x.kind)).findFirst().orElseThrow(() -> new AssertionError(dump(all)));
    assertEquals("A coalition official", partial.speaker, dump(all));
    // no inner speaker in "will insist" (not yet said) or a plain clause
    assertEquals(1, indirect("The mayor said the committee will insist on a vote.").size());
    // a subject with a relative clause before the cue speaks; no inverted attribution of "said the men"
    one("Inspector Dana Ruiz, who leads the fraud unit, said the men, aged 30 and 41, had been charged.", "the men, aged 30 and 41", "Dana Ruiz");
    // ... while a relative clause with a verb after it still lets the attribution at the end invert
    one("Norway and Iceland, which fund the programme, are watching closely, a diplomat said.", "Norway and Iceland", "a diplomat");
    // rejecting a claim reports the claim's content, with "that"
    one("The embassy in Oslo rejected claims that its staff were involved.", "its staff were involved", "The embassy in Oslo");
    none("The embassy rejected the claims outright.");
  }

  @Test
  void stop48NestedSpeakerPastAnAdverb() {
    // an adverb between the inner speaker's perfect and the cue ("had also conceded", "privately told")
    one("Two aides said the governor had also conceded that the budget had too few inspectors.",
        "the budget had too few inspectors", "the governor");
    one("Diplomats said the envoy privately told colleagues that the talks were stalled.", "the talks were stalled", "the envoy");
    // ... but not a modal: what someone would tell is not yet said
    assertEquals(1, indirect("The mayor said the council would also tell residents that the bridge was closing.").size());
  }

  @Test
  void stop48OppositionSpeaksAndAsidesEndNoContent() {
    // "the opposition" (and "the regime", "the junta") heads a speaker: a second clause of its own
    List<Statement> both = indirect("The ministry said the ballot was clean, while the opposition said it had been stolen.");
    assertEquals(2, both.size(), dump(both));
    assertEquals("the opposition", both.get(1).speaker, dump(both));
    // an aside "as X claims," reports nothing of X's: the words after its comma are the outer speaker's
    one("A ministry source told the agency that the raid was not counter-terrorism, as the neighbouring regime claims, but rather a land grab.",
        "the raid was not counter-terrorism, as the neighbouring regime claims, but rather a land grab", "A ministry source");
    // a repetition between the cue and "that"
    one("The governor has said again and again that the dam will be finished by spring.", "the dam will be finished", "The governor");
    one("The union said time and again that the mine was unsafe.", "the mine was unsafe", "The union");
  }

  @Test
  void stop48NewCuesAndStatesOnlyBeforeThat() {
    one("Families have appealed for the immediate release of the five engineers.", "the immediate release", "Families");
    one("Residents complained of daily power cuts despite living next to the plant.", "daily power cuts", "Residents");
    one("The regulator recommended that banks inform their clients promptly.", "banks inform their clients", "The regulator");
    one("Damascus insists on full central control of the fields.", "full central control", "Damascus");
    one("The defendant demanded her acquittal.", "her acquittal", "The defendant");
    one("The prosecutor requested additional time to prepare his opinion.", "additional time", "The prosecutor");
    none("Further documents were requested last week.");
    // ... while "her" alone is the object pronoun: "denied her" reports nothing
    none("The ministry denied her on Monday.");
    // a clause after "said" that opens with an article: its verb in the past with an object, no auxiliary
    one("Khalil, 21, said a patrol of four vehicles surrounded his family's house at night.", "a patrol of four vehicles", "Khalil");
    // ... not a participle after its noun with a preposition ("said a man wounded in the raid" names no clause)
    none("He said a man wounded in the raid.");
    // an absolute phrase: "with", a subject and its participle cue before "that"
    one("Tehran condemned the overnight strikes, with the Foreign Ministry warning that the attacks would destabilise the region.",
        "the attacks would destabilise", "the Foreign Ministry");
    // ... but "with" and an object before a participle of the main subject's is still no speaker
    one("The envoy met with the minister, saying that talks would resume.", "talks would resume", "The envoy");
    // a name between commas after a partitive, then the clause's verb and a second cue
    one("One of them, Maria Keller, criticised the plan and said Kyiv would consult its partners.", "Kyiv would consult", "Maria Keller");
    // an opening participle phrase with a place: the clause's subject speaks through ", saying"
    one("Speaking to journalists in Izmir, Education Minister Kemal Sener defended the law, saying the academy would raise standards.",
        "the academy would raise standards", "Kemal Sener");
    one("Officials nonetheless insist that the shortage is temporary.", "the shortage is temporary", "Officials");
    // a document after "according to" speaks for the author who issued it
    one("According to a survey published last month by the research company Kuzey Research, migration ranks third among concerns.",
        "migration ranks third", "Kuzey Research");
    // ... and after the clause: the author, with its appositive to the sentence's end
    one("Foreign powers operate more than 700 sites, according to a report published in February by the Levant Forum, a Beirut research group.",
        "Foreign powers operate", "the Levant Forum");
    // an appositive name and an age to the end; a clause joined by "although" is the outlet's
    one("Bookings are full until May, according to the restaurant's manager, Chloe Brennan, 29.", "Bookings are full", "Chloe Brennan");
    one("Two states have pledged funds, according to two aid officials in Gaziantep, although neither has published a figure.",
        "Two states have pledged funds", "two aid officials in Gaziantep");
    // cues: "retort that", "reckon that"
    one("Officials in Damascus retort that no state can tolerate an army within the army.", "no state can tolerate", "Officials in Damascus");
    one("Diplomats reckon that Gulf money covers much of the wage bill.", "Gulf money covers", "Diplomats");
    // "quoting X as saying", "quoted X as telling Y that"
    one("The agency led with the signing, quoting Foreign Minister Amal Haddad as saying the agreement opens a new page.",
        "the agreement opens a new page", "Amal Haddad");
    one("The agency quoted Foreign Minister Kemal Sener as telling a joint news conference that Ankara would not allow it.",
        "Ankara would not allow it", "Kemal Sener");
    // "citing an informed source" alone stays the outlet's statement
    one("The agency, citing an informed source, said three tankers had been released.", "three tankers had been released", "The agency");
    // a document from its author, then ", saying" (the verb before it no verb of issuing)
    one("The agency carried a statement from the SDF media office saying the group was not a party to the deal.",
        "the group was not a party", "the SDF media office");
    one("A reply from the ministry states that the soldier is listed as missing.", "the soldier is listed", "the ministry"); // a document speaks for its author
    // "states" is a noun too: "regional states" neither speaks nor becomes a speaker a later "he" could mean
    List<Statement> all = of("Ali Rezaei spoke in Tehran. He called on the council to act and urged regional states to adopt \"a common position.\"");
    assertTrue(all.stream().noneMatch(x -> "regional".equals(x.speaker)), dump(all));
  }

  /** The review of stop 48's rules: each case it broke, now pinned. */
  @Test
  void stop48RulesStayNarrow() {
    // "states that" reports only after a document (or its author)
    none("The Baltic states that border Russia have raised defence spending.");
    none("The rule states that players must be registered by August.");
    assertTrue(of("Several member states that opposed the plan said they would abstain.").stream()
        .noneMatch(x -> x.speaker != null && x.speaker.startsWith("Several member")));
    one("The report states that the school roll has fallen from 82 to 47.", "the school roll has fallen", "The report");
    one("A reply from the Defence Ministry states that the soldier is listed as missing.", "the soldier is listed", "the Defence Ministry");
    // a second verb of the speaker's after "and" opens no clause after "said a ..."
    none("The imam said a prayer and blessed the couple outside the mosque.");
    // "her" after "denied" is the person denied; anonymity is no content
    none("The judge denied her bail.");
    none("The official requested anonymity to discuss the matter.");
    // a name between commas in the object, or a described name in the object, does not take the clause's verb
    one("The chancellor praised his predecessor, Angela Merkel, warmly and said she had kept Europe together.", "she had kept Europe",
        "The chancellor");
    one("The court heard from Dale Whitcomb, a Tulsa Police officer, and the judge said the evidence was clear.", "the evidence was clear",
        "the judge");
    // an opening time phrase before the subject; the opening phrase past a participle's aside is the subject of a second cue
    one("Last week Sweden's Supreme Court turned down the request, saying his articles were protected by free speech.",
        "his articles were protected", "Sweden's Supreme Court");
    one("Party leader Kemal Arslan, speaking to reporters at the headquarters in Ankara, called the detention a coup and vowed to hold a rally.",
        "to hold a rally", "Kemal Arslan");
    // a brand's possessive stays
    one("Papa John's said sales rose by a third in the spring.", "sales rose", "Papa John's");
  }

  /** The review of stop 47's rules: each case it broke, now pinned. */
  @Test
  void stop47RulesStayNarrow() {
    none("The EU rules that came into force in 2022 require banks to hold more capital."); // "rules" is a noun
    // a body's name before a place, read backward, only where a clause opens: here it is the object of "sued"
    one("Farmers who sued the Ministry of Agriculture in Ankara said they were owed compensation.", "they were owed", "Farmers");
    // a pronoun after the listener opens the clause; the listener is no part of it
    Statement told = one("The president told the nation it would not back down.", "it would not back down", "The president");
    assertFalse(told.text.contains("nation"), told.text);
    // the inner speaker's statement ends where the outer one's second cue starts
    List<Statement> all = indirect("Officials said Mr Bessent had told senators that he was frustrated, and warned that tariffs could rise.");
    Statement inner = all.stream().filter(x -> "Bessent".equals(x.speaker)).findFirst().orElseThrow(() -> new AssertionError(dump(all)));
    assertFalse(inner.text.contains("tariffs"), dump(all));
    assertEquals(1, all.stream().filter(x -> x.text.startsWith("tariffs")).count(), dump(all));
    // a description with a head no list has, its place and a relative aside: the description speaks, not the place
    one("A wholesaler in the old bazaar of Tabriz, who asked not to be named, said most suppliers had stopped quoting prices.",
        "most suppliers had stopped", "A wholesaler in the old bazaar of Tabriz");
  }

  @Test
  void stop47AppositiveNamesMannerOfSpeakingAndPromisesWithATime() {
    // a short phrase after a possessive, then the person's name and place between commas: the person speaks
    one("Her deputy, Tomas Varga of Debrecen, said the figures would be revised.", "the figures would be revised", "Tomas Varga");
    // "alike" between the subject and the cue
    one("Farmers and traders alike say the new tariff leaves them exposed.", "the new tariff leaves them", "Farmers and traders");
    // a verb of the manner of speaking reports a clause with "that" (alone it labels quoted words only)
    one("The congressman fumed that the withdrawal was a gift to the militias.", "the withdrawal was a gift", "The congressman");
    none("The congressman fumed about the withdrawal.");
    // a promise with a phrase of time before "that"
    one("The owner promised in 2022 that the proceeds would go to the victims.", "the proceeds would go", "The owner");
  }

  @Test
  void stop50ACueEndingInThatOpensItsClauseWhateverItsFirstWord() {
    one("The minister spoke on Monday. He estimated that up to 17% of the budget would go to defence.", "up to 17% of the budget",
        "The minister");
    one("The minister spoke on Monday. He estimated that as many as 300 people had died.", "as many as 300 people", "The minister");
    one("The envoy spoke on Monday. She estimated that nearly half the camps lacked water.", "nearly half the camps", "The envoy");
  }

  @Test
  void stop50AThatCueWithoutThatReportsAShortSubjectAndAnAuxiliary() {
    one("Colonel Ali Demir spoke to reporters. He suggested the drone had been waiting for the convoy.", "the drone had been waiting",
        "Ali Demir");
    one("The widow admitted the whirlwind romance had raised eyebrows back home.", "the whirlwind romance had raised", "The widow");
    // an object and a relative clause's subject before the auxiliary is no clause: "confirmed the changes parliament had debated"
    assertTrue(indirect("The minister confirmed the changes parliament had debated in May.").isEmpty());
  }

  @Test
  void stop50AsidesBeforeThatAndMoreBodiesAsSpeakers() {
    // an aside of up to twelve words between any cue and its "that", a number with thousands separators inside it
    one("Foreign Minister Asaad al-Shaibani stressed, during a phone call with the UN Special Envoy for Syria, that Damascus seeks stability.",
        "Damascus seeks stability", "Asaad al-Shaibani");
    one("Anna Sokolova complained on her Telegram channel, which has 12,000 subscribers, that small businesses had been left alone.",
        "small businesses had been left alone", "Anna Sokolova");
    // clinics, hospitals, hotels, schools, universities and retailers are bodies that speak
    one("The Istanbul clinic denied that it had been negligent.", "it had been negligent", "The Istanbul clinic");
    one("The Idlib hospital said that its generators had run out of fuel.", "its generators had run out", "The Idlib hospital");
  }

  @Test
  void stop50ReviewKeepsTheAuxiliaryAndThatRulesNarrow() {
    // an object and its relative clause before an auxiliary: no reported clause
    assertTrue(indirect("Rescuers found a boy who was trapped under the rubble of his home.").isEmpty());
    assertTrue(indirect("The mayor accepted the award he had won for his work.").isEmpty());
    assertTrue(indirect("The company confirmed the deal that was signed in Ankara in May.").isEmpty());
    // a modal after a relative clause keeps its old reading
    one("Ali Demir predicted a compromise that would split the money between the two towns.", "a compromise that would split", "Ali Demir");
    // a cue ending in "that" opens its clause at once, a demonstrative "that" and a phrase of place included
    one("Ali Demir complained that that decision was unfair.", "that decision was unfair", "Ali Demir");
    one("The agency estimated that in the provinces that were hit hardest, 40% of homes had been damaged.", "in the provinces", "The agency");
    // a person after a body's name, a surname like a plural
    assertEquals("Julia Sellers", org.stancemap.speakers.MentionParser.personAfterOrganization("Bank of England Julia Sellers",
        org.stancemap.speakers.Descriptors.load()));
  }

  @Test
  void stop50AParentheticalAttributionBeforeANameAndItsPresentVerb() {
    // the whole sentence, the attribution inside it (the conventions), not only the words before the attribution
    Statement st = one("At the same time, the source said, Moscow wants the deal signed before the summit.", "At the same time", "the source");
    assertTrue(st.text.contains("Moscow wants the deal"), st.text);
  }

  @Test
  void stop50RejectingTheSuggestionThatReportsTheClause() {
    one("The ministry said it was following the cases and rejected the suggestion that it had abandoned anyone.",
        "it had abandoned anyone", "The ministry");
    one("The editor dismissed the idea that the paper had taken money from abroad.", "the paper had taken money", "The editor");
  }

  @Test
  void stop50BodiesNamedByAPluralEndAreTheBodyNotAPerson() {
    // a body word's plural or a group of people ends a body's own name: the body speaks, not "Trade Unions"
    one("The Federation of Turkish Trade Unions said the strike would go ahead.", "the strike would go ahead",
        "The Federation of Turkish Trade Unions");
    one("The Confederation of Progressive Trade Unions said wages had fallen.", "wages had fallen", "The Confederation of Progressive Trade Unions");
    one("The General Authority for Palestine Arab Refugees said 2,000 families had returned.", "2,000 families had returned",
        "The General Authority for Palestine Arab Refugees");
    // an adverb before a description's participle: the group speaks, not the place
    one("Some families still living in camps near Azaz told reporters they had no water.", "they had no water",
        "Some families still living in camps near Azaz");
    // a group's word before a capitalised preposition, a title before one portfolio word: the body's whole name
    one("Families Against Statelessness, a group representing relatives, said the policy was cruel.", "the policy was cruel",
        "Families Against Statelessness");
    one("Lebanese General Security announced in March that Syrians would be exempted from fines.", "Syrians would be exempted",
        "General Security"); // (Lebanon's: the affiliation)
    // "Poet Laureate" is a title and its holder, not a person named "Laureate"
    one("The Poet Laureate said on Monday that closing libraries would be a mistake.", "closing libraries", "The Poet Laureate");
    // a person after a body's name still speaks
    one("Central Bank of Syria Governor Abdulkader Husrieh said the pound would float.", "the pound would float", "Abdulkader Husrieh");
  }

  @Test
  void stop49TitleHeldInAPlaceThenItsHolderSpeaks() {
    // a title in capitals with its place, then the holder's name: the holder speaks, not the title
    one("UNICEF Representative in Syria Ingrid Talvela said the convoys had reached four camps.", "the convoys had reached", "Ingrid Talvela");
    one("ICRC Head of Delegation in Syria Tom Beck said the prisons must be opened to inspectors.", "the prisons must be opened", "Tom Beck");
    one("IOM Chief of Mission in Syria Ana Ruiz said returns had doubled.", "returns had doubled", "Ana Ruiz");
    // a lower-case office and its place after "to" or "in", then the holder
    one("The US special envoy to Syria Tom Barrack told reporters the talks were useful.", "the talks were useful", "Tom Barrack");
    one("the Russian ambassador to Syria Alexander Yefimov said the base would stay.", "the base would stay", "Alexander Yefimov");
    // "representative" and "coordinator" are titles before a name
    one("UN Resident Coordinator Adam Nour said the appeal was a third funded.", "the appeal was a third funded", "Adam Nour");
  }

  @Test
  void stop49TitleHoldersStayNarrow() {
    // a spokesperson for a body, or for a person with a title, speaks for them: the spokesperson is the speaker
    one("In Kyiv, a spokesperson for Ukraine's Foreign Ministry said the position was unchanged.", "the position was unchanged",
        "a spokesperson for Ukraine's Foreign Ministry");
    Statement s = one("A spokesperson for UN Secretary-General Antonio Guterres said he was deeply concerned.", "he was deeply concerned",
        "A spokesperson for UN Secretary-General Antonio Guterres");
    assertNotEquals("Antonio Guterres", s.speaker);
    // a plural head and its place, an adjective between the preposition and the place: the residents speak
    one("Residents in rural Daraa and Idlib complain that warning signs are rare.", "warning signs are rare",
        "Residents in rural Daraa and Idlib");
    // the title must head the phrase: someone "for", "to" or "of" a title's holder speaks
    for (String who : List.of("A spokesman for the UN envoy to Syria Geir Pedersen", "An aide to the US envoy to Syria Tom Barrack",
        "The daughter of the Russian ambassador to Turkey Andrei Karlov", "A lawyer for the former ambassador to Washington Sarah Cohen")) {
      one(who + " said the talks were useful.", "the talks were useful", who);
    }
    // ... and an opening phrase with its own prepositions before the comma does not count
    one("Speaking to reporters in Geneva, the UN envoy to Syria Geir Pedersen said the talks had failed.", "the talks had failed",
        "Geir Pedersen");
    // a place that ends a descriptor's post-modifier is no holder's name
    one("An SDF official reached by phone in Hasakah said the camp was calm.", "the camp was calm", "An SDF official reached by phone in Hasakah");
  }

  @Test
  void stop49SeriesAndBracketedNotes() {
    // "the first official" after a named minister is someone new, and "the source" is never a named person
    List<Statement> all = indirect("Minister Ali Demir said the plan was dead. The first official said the talks had stalled. "
        + "Professor Emre Kaya said the coverage was fair. The source said the deal was off.");
    assertEquals(4, all.size(), dump(all));
    assertEquals("Ali Demir", all.get(0).speaker, dump(all));
    assertNotEquals("Ali Demir", all.get(1).speaker, dump(all));
    assertNotEquals("Emre Kaya", all.get(3).speaker, dump(all));
    // a participle, its object and a preposition inside a trailing speaker's description
    for (String who : List.of("a trader supplying equipment to Turkey", "the head of a trading company supplying equipment to Turkey")) {
      List<Statement> q = of("\"Payments are slow,\" " + who + " told Reuters.").stream().filter(x -> x.kind.equals(Statement.DIRECT)).toList();
      assertEquals(1, q.size(), dump(q));
      assertEquals(who, q.get(0).speaker, dump(q));
    }
    // an absolute phrase without "that": "with", a subject, its participle cue right after it and a clause
    one("More than 140 trucks arrived in El Arish, with Turkish officials saying lengthy inspections are holding up deliveries.",
        "lengthy inspections are holding up", "Turkish officials");
    // "In his view, ..." after the person spoke: the possessive resolves as "him" would (it named no one before)
    one("Omar Saleh said the plan was late. In his view, the government should prioritize repairs.", "the government should",
        "Omar Saleh");
    // "In the view of X, ..." and "In the opinion of X, ..." name the source, past a description between commas
    Statement view = one("In the view of Burak Ersoy, a researcher at the Center for Middle Eastern Studies, the deal is dead.",
        "the deal is dead", "Burak Ersoy");
    assertFalse(view.text.contains("researcher"), view.text);
    one("In the opinion of the ministry, the border will reopen in spring.", "the border will reopen", "the ministry");
    // a tabloid's "grandad-of-three" describes the person named after it
    List<Statement> gran = of("\"It was awful,\" said grandad-of-three Barry Fenwick.").stream().filter(x -> x.kind.equals(Statement.DIRECT)).toList();
    assertEquals("Barry Fenwick", gran.get(0).speaker, dump(gran));
    // nested attribution through a cue of an object with "that", in the perfect
    one("The agency reported that the president had stressed that Syria must have full sovereignty.", "Syria must have full",
        "the president");
    assertEquals(1, indirect("The agency reported that the president had stressed the need for talks.").size());
    // a short note in brackets after a full or abbreviated title, before the name, at a quote's end
    for (String title : List.of("Colonel (retd)", "Maj. Gen. (retd)", "Colonel (ret.)")) {
      List<Statement> q = of("\"It is over,\" " + title + " Ali Demir told CNN.").stream().filter(x -> x.kind.equals(Statement.DIRECT)).toList();
      assertEquals(1, q.size(), title + "\n" + dump(q));
      assertEquals("Ali Demir", q.get(0).speaker, title + "\n" + dump(q));
    }
  }

  @Test
  void stop49SecondReviewKeepsTheRulesNarrow() {
    // "According to X," with a description that is the clause's own subject: the clause keeps it
    one("According to police, a driver from Leeds, 34, was arrested at the scene.", "a driver from Leeds", "police");
    // a view's holder is a person or a body, not a place; a participle's aside on the holder is no part of the clause
    none("In the view of the Bosphorus from Camlica Hill, three new towers now rise over the city.");
    one("In the opinion of the court, delivered by Justice Ayse Kaya, the eviction was lawful.", "the eviction was lawful", "the court");
    // "with X saying" without "that" needs a clause; a label verb's words need none
    none("The summit ended early, with the minister saying goodbye to reporters at noon.");
    none("The talks ended with the Kremlin saying nothing about the proposal.");
    // a relative clause's antecedent before a description whose place has a state after its own comma
    one("Among them was Rami Haddad, 52, a pharmacist from Dearborn, Michigan, who said he had not been back since 2011.",
        "he had not been back", "Rami Haddad");
    // "had stressed that point": "that" a determiner, no nested statement
    assertEquals(1, indirect("Reuters reported that the minister had stressed that point in a letter to the EU.").size());
  }
  @Test
  void stop51ADescriptionWithARelativeClauseWithoutItsPronounSpeaks() {
    // "Analysts I have talked to say": the description speaks, not the outlet
    one("Analysts I have talked to say the deal is fragile.", "the deal is fragile", "Analysts");
    one("Residents we spoke with said the water had been cut for a week.", "the water had been cut for a week", "Residents");
    one("Several diplomats I've met say the talks are stalled.", "the talks are stalled", "Several diplomats");
    // no description before the pronoun: nothing reported
    assertEquals(0, indirect("What we know suggests the ceasefire is holding.").size());
  }
}
