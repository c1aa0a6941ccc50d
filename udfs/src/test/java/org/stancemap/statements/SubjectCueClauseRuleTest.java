package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stancemap.statements.ReportedRuleExamples.nothing;
import static org.stancemap.statements.ReportedRuleExamples.records;
import static org.stancemap.statements.ReportedRuleExamples.s;

import org.junit.jupiter.api.Test;

/** {@link SubjectCueClauseRule} alone, on invented sentences. */
class SubjectCueClauseRuleTest {
  private static final SubjectCueClauseRule RULE = new ReportedSpeechRules().subjectCueClause;

  @Test
  void subjectCueAndClause() {
    records(RULE, "The interior minister said on Friday that the curfew would be lifted.",
        s("the curfew would be lifted", "The interior minister", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Two aid workers told reporters the bridge had been repaired overnight.",
        s("the bridge had been repaired", "Two aid workers", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  /** Speech after a colon without quote marks, as English editions of Turkish and Arab outlets print it (stop 54). */
  @Test
  void speechAfterAColonWithoutQuoteMarks() {
    records(RULE, "The governor said: The bridge will reopen to traffic on Monday.",
        s("The bridge will reopen to traffic", "The governor", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The spokesman told reporters: Our forces have completed their withdrawal.",
        s("Our forces have completed their withdrawal", "The spokesman", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The envoy described the plan at length, stating: We have asked every party for restraint.",
        s("We have asked every party for restraint", "The envoy", RuleNames.SUBJECT_CUE_CLAUSE));
    // a list after a colon is no speech, nor a lower-case word, nor what a speaker says in the first person in their own turn
    nothing(RULE, "The agenda was as follows: trade, energy and water.");
    nothing(RULE, "The memo said: nothing new.");
    nothing(RULE, "To the delegates I say: Europe did not choose this war.");
    nothing(RULE, "If I may add: The pipeline is ready.");
    nothing(RULE, "As we have repeatedly said: The border stays closed.");
    nothing(RULE, "What the ministry says: The minister will open the session.");
  }

  /** A "that" cue without "that" and a pronoun with its verb right after it (stop 54, a real-page check). */
  @Test
  void aPronounAndItsVerbAfterAThatCue() {
    records(RULE, "The commander has confirmed he recognises the new council.",
        s("he recognises the new council", "The commander", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The ministry acknowledged they wanted more time.",
        s("they wanted more time", "The ministry", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The foreign ministry indicated it welcomes the returns of refugees.",
        s("it welcomes the returns of refugees", "The foreign ministry", RuleNames.SUBJECT_CUE_CLAUSE));
    // "it" after such a cue is often its object; a possessive is no pronoun
    nothing(RULE, "The army confirmed it days later.");
    nothing(RULE, "The court declared it closed.");
    nothing(RULE, "The ministry confirmed its plans.");
  }

  @Test
  void aVerbInTheSimplePastEndsTheSubjectsOfPhrase() {
    // the subject is the descriptor and its "of" phrase, not the verb and object after it
    records(RULE, "The representative of Norway dismissed that report, saying that Oslo had not been consulted.",
        s("Oslo had not been consulted", "The representative of Norway", RuleNames.SUBJECT_CUE_CLAUSE));
    // a participle with its preposition still describes the object
    records(RULE, "The head of the committee tasked with the inquiry said the findings would be public.",
        s("the findings would be public", "The head of the committee tasked with the inquiry", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void cuesWithAContentRuleOfTheirOwn() {
    records(RULE, "The teachers' union urged the government to raise salaries before the new term.",
        s("the government to raise salaries", "The teachers' union", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The health ministry denied any shortage of vaccines in the northern provinces.",
        s("any shortage of vaccines", "The health ministry", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aSecondCueOfTheSameSubject() {
    records(RULE, "The mayor said the water was safe to drink and urged residents to stay calm.",
        s("the water was safe to drink", "The mayor", RuleNames.SUBJECT_CUE_CLAUSE),
        s("residents to stay calm", "The mayor", RuleNames.COORDINATED_CUE));
    records(RULE, "The coach said the team had trained well, adding that two players were injured.",
        s("the team had trained well", "The coach", RuleNames.SUBJECT_CUE_CLAUSE),
        s("two players were injured", "The coach", RuleNames.PARTICIPLE_AFTER_ATTRIBUTION));
  }

  @Test
  void anInfinitiveContentEndsAtASecondFiniteCue() {
    // "urged X to DO and said CLAUSE": the infinitive is one statement, the clause another (docs/gold-conventions.md)
    var got = ReportedRuleHarness.run(RULE, "The envoy urged both sides to return to the talks and said the truce was holding.");
    assertEquals(2, got.size(), got.toString());
    assertEquals("both sides to return to the talks", got.get(0).text());
    assertEquals("the truce was holding.", got.get(1).text());
    assertEquals(RuleNames.COORDINATED_CUE, got.get(1).rule());
    // a second infinitive of the same content ("to cooperate and report") is no second cue
    got = ReportedRuleHarness.run(RULE, "The governor called on residents to stay indoors and report any damage to the hotline.");
    assertEquals(1, got.size(), got.toString());
    assertEquals("residents to stay indoors and report any damage to the hotline.", got.get(0).text());
    // nor is a plural noun after "and" ("reports of"), nor a second cue after a clause of "that"
    got = ReportedRuleHarness.run(RULE, "The envoy urged the ministry to investigate the killings and reports of torture in the camps.");
    assertEquals(1, got.size(), got.toString());
    got = ReportedRuleHarness.run(RULE, "The envoy vowed that the talks would go on and said the truce was holding.");
    assertEquals("the talks would go on and said the truce was holding.", got.get(0).text());
    // "accused X of Y and warned that Z"; the present after a first cue in the present
    got = ReportedRuleHarness.run(RULE, "The minister accused the rebels of stalling and warned that the deal could collapse.");
    assertEquals("the rebels of stalling", got.get(0).text());
    got = ReportedRuleHarness.run(RULE, "The envoy urges both sides to return to the talks and says the truce is holding.");
    assertEquals("both sides to return to the talks", got.get(0).text());
  }

  @Test
  void fearsAndWorriesVoicedWithThat() {
    records(RULE, "Farmers in the valley have expressed worries that the dam will cut their water supply.",
        s("the dam will cut their water supply", "Farmers in the valley", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Teachers voiced fears that the schools would not reopen before winter.",
        s("the schools would not reopen", "Teachers", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void participlesOfReportingVerbsAsASecondCue() {
    records(RULE, "The health minister affirmed that clinics would reopen, revealing that 40 doctors had asked to return.",
        s("clinics would reopen", "The health minister", RuleNames.SUBJECT_CUE_CLAUSE),
        s("40 doctors had asked to return", "The health minister", RuleNames.PARTICIPLE_AFTER_ATTRIBUTION));
    records(RULE, "The governor said that the roads would be cleared, expressing his hope that schools open by Monday.",
        s("the roads would be cleared", "The governor", RuleNames.SUBJECT_CUE_CLAUSE),
        s("schools open by Monday", "The governor", RuleNames.PARTICIPLE_AFTER_ATTRIBUTION));
  }

  @Test
  void aPromiseOfAClauseWithAModalAndNoThat() {
    records(RULE, "The party chair promised the leadership would listen to members before the vote.",
        s("the leadership would listen", "The party chair", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The finance minister pledged the state will cover the repair costs in full.",
        s("the state will cover the repair costs", "The finance minister", RuleNames.SUBJECT_CUE_CLAUSE));
    // a promise of a thing is no clause
    nothing(RULE, "The finance minister pledged new funds for the flooded districts.");
    nothing(RULE, "The mayor promised residents a new bridge within two years.");
  }

  @Test
  void aSubjectWithARelativeClauseAndAnAsideBeforeItsCue() {
    records(RULE, "A nurse who works on the night shift, who asked not to be named, said the ward had run out of oxygen twice.",
        s("the ward had run out of oxygen twice", "A nurse who works on the night shift", RuleNames.SUBJECT_CUE_CLAUSE));
    // a body's head at the clause's end ("the clinic", as "the ministry"): the description is read without the clause
    records(RULE, "A nurse who works at the clinic, who asked not to be named, said the ward had run out of oxygen twice.",
        s("the ward had run out of oxygen twice", "A nurse", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "A driver that lost his truck in the flood, who gave only his first name, told reporters the road had been closed for weeks.",
        s("the road had been closed for weeks", "A driver that lost his truck in the flood", RuleNames.SUBJECT_CUE_CLAUSE));
    // a sum of money in the relative clause
    records(RULE, "A trader who handles about $40 million a day said the bank had stopped quoting prices.",
        s("the bank had stopped quoting prices", "A trader", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aRelativeClauseThatSaysSomethingInsideTheSentenceIsTheAntecedentsStatement() {
    // the relative clause's content ends at its comma; the sentence's own cue is read after it
    records(RULE, "Senator Jim Roe, who said he opposed the bill, voted against it on Tuesday.",
        s("he opposed the bill", "Senator Jim Roe", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The 34-year-old, who said she had two sons in the army, said after the meeting that she would vote no.",
        s("she had two sons in the army", "The 34-year-old", RuleNames.SUBJECT_CUE_CLAUSE),
        s("she would vote no", "The 34-year-old", RuleNames.SUBJECT_CUE_CLAUSE));
    // after an appositive, the person speaks, not the description; "last month" is skipped before "that"
    records(RULE, "Also in the hall was Aisha Ranem, a 39-year-old lawyer who announced last month that she would run for the seat.",
        s("she would run for the seat", "Aisha Ranem", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Marwan Hadid, a pharmacist from Dearborn who said he still had cousins in Homs, pressed the senator to back new sanctions.",
        s("he still had cousins in Homs", "Marwan Hadid", RuleNames.SUBJECT_CUE_CLAUSE),
        s("the senator to back new sanctions", "Marwan Hadid", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aSubjectWithAParticipleAndItsPrepositionalObject() {
    records(RULE, "Three doctors volunteering in the camp said the clinic had no insulin left.",
        s("the clinic had no insulin left", "Three doctors volunteering in the camp", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "An engineer briefed on the inspection said the dam had held.",
        s("the dam had held", "An engineer briefed on the inspection", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void bodiesNamedWithATitleWordOrToAndPeopleOfAPartyWithItsModifiers() {
    records(RULE, "The Directorate General of Border Security said the crossing would reopen at noon.",
        s("the crossing would reopen", "The Directorate General of Border Security", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The Campaign to Stop Arms Sales said the licences had been renewed in secret.",
        s("the licences had been renewed", "The Campaign to Stop Arms Sales", RuleNames.SUBJECT_CUE_CLAUSE));
    SpeakerPhraseRulesTest.speaks("Head of the State Establishment for Cereals Omar Haddad said the silos were full.", "the silos were full",
        "Omar Haddad");
    SpeakerPhraseRulesTest.speaks("Deputy Elif Aydin of the main opposition Democratic Renewal Party (DRP) said the budget was a fiction.",
        "the budget was a fiction", "Elif Aydin");
    // nouns before a plural head at the sentence start
    records(RULE, "Press freedom groups said the verdict would chill reporting from the border.",
        s("the verdict would chill", "Press freedom groups", RuleNames.SUBJECT_CUE_CLAUSE));
    // a hyphenated modifier before the head; a head with its place
    records(RULE, "The bloc's foreign-policy chief said the presence was incompatible with normal ties.",
        s("the presence was incompatible", "The bloc's foreign-policy chief", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Local fishermen in Sinop said they had heard a loud bang before dawn.",
        s("they had heard a loud bang", "Local fishermen in Sinop", RuleNames.SUBJECT_CUE_CLAUSE));
    // a person of a named body without "the" (a given name opens the person's name; "Joint Chiefs of Staff" is a body)
    SpeakerPhraseRulesTest.speaks("Dr. Leyla Demir of Izmir's Aegean University said the real test would be engines.",
        "the real test would be", "Leyla Demir");
    records(RULE, "South Korea's Joint Chiefs of Staff said the missile flew some 1,100 kilometers.",
        s("the missile flew", "South Korea's Joint Chiefs of Staff", RuleNames.SUBJECT_CUE_CLAUSE));
    // an appositive between dashes
    records(RULE, "A senior diplomat — one of the negotiators in Vienna — said the text was nearly agreed.",
        s("the text was nearly agreed", "A senior diplomat", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aBroadcastersNumberAndAListOfNamesBeforeAs() {
    // a broadcaster's number inside the phrase
    records(RULE, "Israel's Channel 13 news reported that the cabinet would meet on Thursday.",
        s("the cabinet would meet", "Israel's Channel 13 news", RuleNames.SUBJECT_CUE_CLAUSE));
    // a describing verb whose object is a list of names with commas
    records(RULE, "The spokesman dismissed a joint statement by Britain, France and Germany as \"hypocritical.\"",
        s("a joint statement by Britain, France and Germany", "The spokesman", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void anonymousSourcesOfEveryKindSpeak() {
    records(RULE, "Network insiders said the quarrel would be cut from the final episode.",
        s("the quarrel would be cut", "Network insiders", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Two bystanders told police the van had been parked there since dawn.",
        s("the van had been parked there", "Two bystanders", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "One committee staffer said the vote would slip to next week.",
        s("the vote would slip to next week", "One committee staffer", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Investigators told reporters the valve had been replaced a week before the blast.",
        s("the valve had been replaced", "Investigators", RuleNames.SUBJECT_CUE_CLAUSE));
    // the listener is a noun phrase of its own: a second determiner opens the reported clause
    records(RULE, "The engineer told the inquiry the valve had been replaced a week before the blast.",
        s("the valve had been replaced", "The engineer", RuleNames.SUBJECT_CUE_CLAUSE));
    // a source described by a participle and its agent, up to the cue: not the place or medium inside it
    records(RULE, "A Kurdish official reached by phone in Hasakah said the group was following the talks closely.",
        s("the group was following the talks", "A Kurdish official reached by phone in Hasakah", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void documentsShowThatAndSpecialistsSay() {
    // "show" reports only with "that" (a "that" cue of data/cues.txt): what a camera shows is no claim
    records(RULE, "The documents show that the payments were made in euros.",
        s("the payments were made in euros", "The documents", RuleNames.SUBJECT_CUE_CLAUSE));
    nothing(RULE, "The video showed soldiers crossing the river.");
    // documents and statistics are heads too: the describer after "reviewed by" is no speaker
    records(RULE, "Documents reviewed by Reuters show that the company received the funds through a small bank.",
        s("the company received the funds", "Documents reviewed by Reuters", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Turkish migration statistics show that the number of permits fell by a quarter.",
        s("the number of permits fell", "Turkish migration statistics", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Sanctions specialists said the case showed how banks are exposed.",
        s("the case showed how banks are exposed", "Sanctions specialists", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void companiesOfEveryTradeSpeak() {
    // refinery, airline, lender, insurer ... heads of data/descriptors.tsv: not the place after "near"
    records(RULE, "SOCAR's Star refinery near Izmir said it had stopped buying Russian crude.",
        s("it had stopped buying Russian crude", "SOCAR's Star refinery near Izmir", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The airline said its flights to Moscow would resume in May.",
        s("its flights to Moscow would resume", "The airline", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aListOfNamesWithCommasSpeaksWhole() {
    records(RULE, "France, Germany and Italy said the talks should resume in Geneva.",
        s("the talks should resume", "France, Germany and Italy", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Greece, Cyprus and Bulgaria, which border Turkey, argued that any cut would send the wrong signal.",
        s("any cut would send the wrong signal", "Greece, Cyprus and Bulgaria", RuleNames.SUBJECT_CUE_CLAUSE));
    // a place before the comma opens no list
    records(RULE, "In Paris, France and Germany said the talks should resume.",
        s("the talks should resume", "France and Germany", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aPartyAndStateInCapitalsDescribesTheNameBeforeIt() {
    // a US legislator's "Democrat of New Mexico" (data/descriptors.tsv heads), then a relative clause: the name speaks
    records(RULE, "Senator Raymond Ortiz, Democrat of New Mexico, who has long opposed the deployment, said it should end.",
        s("it should end", "Senator Raymond Ortiz", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "Representative Ann Kowalski, Republican of Ohio, who sits on the armed services committee, said the vote would slip.",
        s("the vote would slip", "Representative Ann Kowalski", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void theNameASpeakerGivesWinsOverTheDescriptionPastAnAge() {
    records(RULE, "A demonstrator who gave her name only as Amina, 31, said the police had used tear gas twice.",
        s("the police had used tear gas twice", "Amina", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void accusedOfWithNoObjectIsAPassive() {
    // "accused of" describes the subject; the participle after the main verb reports, past "for the first time"
    records(RULE, "A shipping agent accused of smuggling drones to Russia pleaded guilty on Tuesday, admitting for the first time that he knew "
        + "where the parts were going.", s("he knew where the parts were going", "A shipping agent", RuleNames.SUBJECT_CUE_CLAUSE));
    nothing(RULE, "A shipping agent accused of smuggling drones to Russia was released on bail.");
  }

  @Test
  void aCueAfterAndSharesTheSentencesSubject() {
    records(RULE, "The port authority, in a notice on Monday, thanked the dock workers and said the cranes would run again by June.",
        s("the cranes would run again", "The port authority", RuleNames.COORDINATED_CUE));
    records(RULE, "The health ministry, citing hospital records, counted 40 new cases and said the outbreak was slowing.",
        s("the outbreak was slowing", "The health ministry", RuleNames.COORDINATED_CUE));
    // a subject of its own before the cue: no sharing ("the residents" speak, not the army)
    records(RULE, "The army shelled the hills and the residents said the shelling had lasted all night.",
        s("the shelling had lasted", "the residents", RuleNames.SUBJECT_CUE_CLAUSE));
    // no verb of the subject before "and": a list of names, no shared subject
    nothing(RULE, "The mayor and the governor of the province and said nothing more.");
  }

  @Test
  void aDescriptionWithAs() {
    records(RULE, "The minister described the talks as frank and useful and said both sides would meet again in May.",
        s("the talks as frank and useful", "The minister", RuleNames.SUBJECT_CUE_CLAUSE),
        s("both sides would meet again", "The minister", RuleNames.COORDINATED_CUE));
    records(RULE, "The opposition dismissed the new census figures as fabricated.",
        s("the new census figures as fabricated", "The opposition", RuleNames.SUBJECT_CUE_CLAUSE));
    // a description as the second cue: after a comma as a participle, or after "and"
    records(RULE, "The farmer said the harvest had failed, describing the drought as the worst in decades.",
        s("the harvest had failed", "The farmer", RuleNames.SUBJECT_CUE_CLAUSE),
        s("the drought as the worst in decades", "The farmer", RuleNames.PARTICIPLE_AFTER_ATTRIBUTION));
    records(RULE, "The envoy said the talks would resume, and described the ceasefire as fragile.",
        s("the talks would resume", "The envoy", RuleNames.SUBJECT_CUE_CLAUSE),
        s("the ceasefire as fragile", "The envoy", RuleNames.COORDINATED_CUE));
    // no "as" description, or "such as": nothing reported
    nothing(RULE, "The minister praised the volunteers.");
    nothing(RULE, "The minister praised groups such as the Red Crescent.");
  }

  @Test
  void requestsListenersAndThePassive() {
    records(RULE, "Her lawyer asked the judge to release the defendant on bail.",
        s("the judge to release the defendant", "Her lawyer", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The embassy advised its citizens not to travel to the border region.",
        s("its citizens not to travel", "The embassy", RuleNames.SUBJECT_CUE_CLAUSE));
    // the listener is a phrase with a determiner, then an aside before "that"
    records(RULE, "The engineer told a parliamentary committee on Tuesday that the dam had been inspected twice.",
        s("the dam had been inspected twice", "The engineer", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The envoy told a briefing in Vienna, by video link from Kabul, that the clinics had run out of vaccines.",
        s("the clinics had run out of vaccines", "The envoy", RuleNames.SUBJECT_CUE_CLAUSE));
    // a passive listener or addressee is no speaker
    nothing(RULE, "The mayor was urged by residents to close the bridge.");
    nothing(RULE, "The villagers were told that the road would reopen.");
    // an impersonal passive keeps its pronoun (resolved by the extractor to the body named before)
    records(RULE, "It was stated that 28 fighters had surrendered at the border.",
        s("28 fighters had surrendered", "It", RuleNames.SUBJECT_CUE_CLAUSE));
  }

  @Test
  void aStanceAndItsToClauseAndTheSidesOfAReadout() {
    // a "that" cue reports a possessive, a stance noun of data/reported-speech-words.tsv and its "to" clause
    records(RULE, "The Turkish side confirmed its intention to complete the second frigate by the end of the year.",
        s("its intention to complete the second frigate", "The Turkish side", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The two delegations stated their readiness to resume the talks in Baku.",
        s("their readiness to resume the talks", "two delegations", RuleNames.SUBJECT_CUE_CLAUSE));
    // a readout's joint position: "agreed that" reports, as "confirmed that" does
    records(RULE, "The sides agreed that the joint commission would meet again before the end of the year.",
        s("the joint commission would meet again", "The sides", RuleNames.SUBJECT_CUE_CLAUSE));
    // a stance noun without "to", or "agreed" with a noun object, reports nothing
    nothing(RULE, "The ministry confirmed its intention in a short note.");
    nothing(RULE, "The sides agreed a new schedule for the talks.");
  }

  @Test
  void longPhrasesBeforeThat() {
    // a listener and a long time phrase before "that" (up to 13 words, no comma or verb)
    records(RULE, "The president told reporters on Monday before leaving for a tour of Baltic states that the talks had stalled.",
        s("the talks had stalled", "The president", RuleNames.SUBJECT_CUE_CLAUSE));
    // "estimated" reports only with "that", here after a phrase
    records(RULE, "The statistics office estimated in a report earlier this year that exports had fallen by a third.",
        s("exports had fallen by a third", "The statistics office", RuleNames.SUBJECT_CUE_CLAUSE));
    nothing(RULE, "The statistics office estimated the damage at two billion euros.");
  }

  @Test
  void noSpeakerOrNoContent() {
    // a document whose head no list has speaks only with "said"-like cues
    nothing(RULE, "The peace plan calls for the withdrawal of all foreign troops.");
    // "threatened to" reports only after another cue
    nothing(RULE, "Rising prices threatened to derail the recovery.");
    // an object and no clause
    nothing(RULE, "The envoy urged restraint.");
  }

  @Test
  void americanPapersSubjectsAndContents() {
    // a bill's sponsor is a lawmaker (data/descriptors.tsv), and the name in the appositive speaks; "and that B" is a
    // second statement
    String sponsor = "Its chief sponsor, Senator Margaret Hollis of Iowa, said at a news conference on Capitol Hill that the White "
        + "House had been given every week it asked for and that patience was running out.";
    records(RULE, sponsor, s("the White House had been given", "Its chief sponsor", RuleNames.SUBJECT_CUE_CLAUSE),
        s("patience was running out", "Its chief sponsor", RuleNames.COORDINATED_CUE));
    SpeakerPhraseRulesTest.speaks("The bill has 70 backers. " + sponsor, "the White House had been given", "Margaret Hollis");
    // the body in its place issued the statement; "and urging" ends the first content as ", urging" does
    records(RULE, "The Ukrainian Embassy in Washington issued a statement saying it welcomed any step against the aggressor and "
        + "urging lawmakers to act before the recess.", s("it welcomed any step", "The Ukrainian Embassy in Washington", RuleNames.SUBJECT_CUE_CLAUSE),
        s("lawmakers to act before the recess", "The Ukrainian Embassy in Washington", RuleNames.PARTICIPLE_AFTER_ATTRIBUTION));
    // the party and state in parentheses and an appositive between commas: the senator's second verb shares him
    records(RULE, "Sen. Roger Kimble (R-Miss.), a member of the Armed Services Committee, opposed the drawdown and said he would "
        + "seek a classified briefing.", s("he would seek a classified briefing", "Sen. Roger Kimble", RuleNames.SUBJECT_CUE_CLAUSE));
    // "about" and a quantity open a clause
    records(RULE, "Feldman said about a fifth of the uranium used in U.S. reactors still comes from Russia.",
        s("about a fifth of the uranium", "Feldman", RuleNames.SUBJECT_CUE_CLAUSE));
    // a clause of its own after ", and": its subject's name between commas speaks
    records(RULE, "The committee said it had organized 200 meetings since April, and its policy director, Olena Vovchuk, said the "
        + "requests amounted to a discount on accountability.", s("it had organized 200 meetings", "The committee", RuleNames.SUBJECT_CUE_CLAUSE),
        s("the requests amounted to", "Olena Vovchuk", RuleNames.SUBJECT_CUE_CLAUSE));
    // an American party tag between commas, then a relative clause: the lawmaker speaks, not "R-Twin Falls"
    records(RULE, "State Rep. Dwight Kessner, R-Twin Falls, who sponsored a moratorium bill last year, said the governor had split "
        + "the difference.", s("the governor had split the difference", "Rep. Dwight Kessner", RuleNames.SUBJECT_CUE_CLAUSE));
    // a restrictive relative clause (no comma) is part of its subject: nothing is reported from it
    nothing(RULE, "Voters who said the economy was their top issue favored the senator by 20 points.");
    // ... but one on an object runs to its own end
    records(RULE, "The plan was approved despite objections from residents who say the depot will bring traffic to the streets.",
        s("the depot will bring traffic", "residents", RuleNames.SUBJECT_CUE_CLAUSE));
    // nothing said inside a relative clause either
    nothing(RULE, "Sen. Jim Roe, who has not said whether he will run again, toured the plant on Monday.");
    // "pressed X to" urges only with a verb after "to"
    nothing(RULE, "Russian forces pressed the offensive to the outskirts of the town.");
    // a plural demonym before a cue keeps its verb
    records(RULE, "The British say the deal is dead.", s("the deal is dead", "The British", RuleNames.SUBJECT_CUE_CLAUSE));
    // "and" + an -ing word with no content of its own stays inside the content
    records(RULE, "Officials said the storm destroyed homes and warning sirens failed.",
        s("the storm destroyed homes and warning sirens failed", "Officials", RuleNames.SUBJECT_CUE_CLAUSE));
    // what was not said is nobody's claim
    nothing(RULE, "The White House has not said whether the president would sign the measure.");
    nothing(RULE, "A spokesman for the governor declined to say when a decision would be made.");
  }

  @Test
  void aClauseWithASpeakerOfItsOwnEndsTheContent() {
    records(RULE, "The mayor's office said every family would be housed, but officials in the district admitted privately that the schools were full.",
        s("every family would be housed", "The mayor's office", RuleNames.SUBJECT_CUE_CLAUSE),
        s("the schools were full", "officials in the district", RuleNames.SUBJECT_CUE_CLAUSE));
    records(RULE, "The army said the bridge had been retaken, while the rebels said the fighting went on.",
        s("the bridge had been retaken", "The army", RuleNames.SUBJECT_CUE_CLAUSE),
        s("the fighting went on", "the rebels", RuleNames.SUBJECT_CUE_CLAUSE));
    // a plain "and" between names joins the content's subjects, not a second speaker
    records(RULE, "The envoy said Greece and Cyprus agreed that the talks should resume.",
        s("Greece and Cyprus agreed", "The envoy", RuleNames.SUBJECT_CUE_CLAUSE));
  }
}

