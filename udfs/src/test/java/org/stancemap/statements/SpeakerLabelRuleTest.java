package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code speaker-label}: paragraphs of a transcript, a court exchange or an earnings call under a person's
 * name label. Invented texts, none from a gold set.
 */
class SpeakerLabelRuleTest {
  private static final StatementExtractor X = StatementExtractor.defaults();

  private static List<Statement> of(String text) {
    return X.extractStrict(text, "The Lantern", null);
  }

  private static String dump(List<Statement> all) {
    return all.stream().map(s -> s.kind + " [" + s.speaker + "|" + s.sieve + "] " + s.text).collect(Collectors.joining("\n"));
  }

  private static List<Statement> labelled(List<Statement> all) {
    return all.stream().filter(s -> RuleNames.SPEAKER_LABEL.equals(s.sieve)).collect(Collectors.toList());
  }

  /** {@code ids} with each run of one id kept once: the order of the turns' speakers. */
  private static List<String> collapsed(List<String> ids) {
    List<String> out = new java.util.ArrayList<>();
    for (String id : ids) if (out.isEmpty() || !out.get(out.size() - 1).equals(id)) out.add(id);
    return out;
  }

  /** The speaker ids of {@code statements}, in order. */
  private static List<String> ids(List<Statement> statements) {
    return statements.stream().map(s -> s.speakerId).collect(Collectors.toList());
  }

  @Test
  void aMagazineTranscriptGivesEachAnswerToThePersonNamedInItsLabel() {
    String text = "Tomas Brandt on his new album\n\n"
        + "Tomas Brandt recorded his fourth album in a barn in Jutland. Brandt, 52, spoke to us from Copenhagen.\n\n"
        + "The Lantern: Why a barn?\n\n"
        + "Brandt: Because the room sounds like wood and weather. I wanted the songs to breathe.\n\n"
        + "The Lantern: Who taught you to listen like that?\n\n"
        + "Brandt: Mr. Vinter, my music teacher in Aarhus. He told us that silence was the most important note.\n\n"
        + "The Lantern: What comes next?\n\n"
        + "Brandt: A long sleep, then a tour of small halls!";
    List<Statement> all = of(text);
    List<Statement> answers = labelled(all);
    assertEquals(3, answers.size(), dump(all));
    for (Statement s : answers) {
      assertEquals(Statement.DIRECT, s.kind, dump(all));
      assertEquals("tomas-brandt", s.speakerId, dump(all));
      assertEquals("brandt", text.substring(s.speakerStart, s.speakerEnd).toLowerCase(), dump(all));
      assertEquals(":", text.substring(s.cueStart, s.cueEnd));
    }
    assertTrue(answers.get(0).text.startsWith("Because the room"), dump(all));
    // the outlet's own questions stay its narrative; nothing of an answer is
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.contains("Why a barn?")), dump(all));
    assertTrue(all.stream().noneMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.contains("wood and weather")), dump(all));
    // reported speech inside an answer is still read, and "he" is the teacher the answer names
    Statement told = all.stream().filter(s -> s.kind.equals(Statement.INDIRECT) && s.text.startsWith("silence was")).findFirst()
        .orElseThrow(() -> new AssertionError(dump(all)));
    assertEquals("Vinter", told.speaker, dump(all));
  }

  @Test
  void aCourtExchangeWithHonorificsAndQuotedLines() {
    String text = "Driver denies dangerous driving\n\n"
        + "The trial heard from a witness who was waiting at the crossing.\n\n"
        + "Mr Cole: \"Could you see the driver's hands on the wheel?\"\n\n"
        + "Mrs Penrose: \"I couldn't say, no.\"\n\n"
        + "The trial continues.";
    List<Statement> all = of(text);
    List<Statement> lines = labelled(all);
    assertEquals(2, lines.size(), dump(all));
    assertEquals("Could you see the driver's hands on the wheel?", lines.get(0).text, dump(all));
    assertEquals("Cole", lines.get(0).speaker, dump(all));
    assertEquals("I couldn't say, no.", lines.get(1).text, dump(all));
    assertEquals("Penrose", lines.get(1).speaker, dump(all));
    // each line once
    assertEquals(1, all.stream().filter(s -> s.text.equals("I couldn't say, no.")).count(), dump(all));
  }

  @Test
  void labelsInCapitalsWithARoleOrANoteInTheLeadAreLabelsNotDatelines() {
    // read like a dateline ("PLACE, Region:" / "PLACE (TAG):") but end in a colon: a briefing's labels
    String text = "Briefing by the ministry's spokeswoman\n\nMARIA ZAKHAROVA, SPOKESWOMAN: Good afternoon. Let us begin.\n\n"
        + "QUESTION (Hassan Obeid, Al-Mashriq TV): What about the bases?\n\nMARIA ZAKHAROVA: They stay where they are.\n\n"
        + "DMITRY PESKOV (via interpreter): We have nothing to add.";
    List<Statement> all = of(text);
    assertTrue(labelled(all).stream().anyMatch(s -> s.text.startsWith("Good afternoon")), dump(all));
    assertTrue(labelled(all).stream().anyMatch(s -> s.text.startsWith("They stay")), dump(all));
  }

  @Test
  void anOutletsLabelWithASlashIsATurnOfItsOwn() {
    // "RFE/RL:" opens the outlet's question: the interviewee's turn before it ends there
    String text = "Analyst says Moscow is losing the Caucasus\n\nAnna Sargsian is a political analyst in Yerevan.\n\n"
        + "RFE/RL: How does Moscow see the agreement?\n\nSARGSIAN: With suspicion. It was signed without Russia.\n\n"
        + "RFE/RL: What leverage does the Kremlin still have?\n\nSARGSIAN: Gas, the railway and the base in Gyumri.";
    List<Statement> all = of(text);
    assertTrue(all.stream().noneMatch(s -> s.text.contains("leverage") && "SARGSIAN".equals(s.speaker)), dump(all));
    assertEquals(2, labelled(all).stream().filter(s -> "SARGSIAN".equals(s.speaker)).count(), dump(all));
  }

  @Test
  void subheadsLeadInsAndALoneLabelAreNoTranscript() {
    // a subhead in a headline's style has no final punctuation: no one's words
    String subheads = "Moscow condemns strikes\n\nVladimir Putin spoke on Saturday.\n\n"
        + "Putin: strikes on the port are an act of aggression\n\nMore text followed here.\n\n"
        + "Putin: the West wants to distract attention\n\nThe end came later.";
    assertTrue(labelled(of(subheads)).isEmpty(), dump(of(subheads)));
    // a newsletter's lead-ins are no person's name
    String newsletter = "Playbook\n\nClock's ticking: The Commission wants the deal signed before Christmas.\n\n"
        + "Paris wants more: A French official said Paris still wanted a safeguard clause.";
    assertTrue(labelled(of(newsletter)).isEmpty(), dump(of(newsletter)));
    // one labelled paragraph is no transcript
    String lone = "Interview\n\nAnna Berg runs the shelter.\n\nBerg: We never close. Not once in ten years.";
    assertTrue(labelled(of(lone)).isEmpty(), dump(of(lone)));
    // a dateline with a dash and a credit line with a colon are wire furniture, no speakers' labels: the story stays the
    // outlet's and its sources'
    String dateline = "Voters press lawmaker on Syria\n\nMARION FALLS, Ohio — Rep. Dana Whitcomb came to talk about roads.\n\n"
        + "Several voters asked about the strike instead.\n\n\"We want a vote,\" said Lena Ortiz, a teacher.\n\n"
        + "Contributing: Paul Reyes, Dayton Daily Ledger";
    List<Statement> all = of(dateline);
    assertTrue(labelled(all).isEmpty(), dump(all));
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.DIRECT) && "Lena Ortiz".equals(s.speaker)), dump(all));
  }

  @Test
  void aQuotedSubheadOrHeadlineRepeatsALaterSpeakersWords() {
    String text = "'I thought the roof would go' Farmer's night as storm hits valley\n\n"
        + "The storm reached the valley after midnight.\n\n"
        + "\"I thought the roof would go. The whole barn was shaking,\" said farmer Owen Price, 58.\n\n"
        + "- 'Leave early, do not wait'\n\n"
        + "\"If you are told to leave, leave early. Do not wait for a knock on the door,\" fire chief Mary Kiernan said.\n\n"
        + "'Never again'\n\n"
        + "The council said the levee would be rebuilt.";
    List<Statement> all = of(text);
    List<Statement> repeated = all.stream().filter(s -> RuleNames.REPEATED_QUOTE.equals(s.sieve)).collect(Collectors.toList());
    assertEquals(2, repeated.size(), dump(all));
    assertEquals("I thought the roof would go", repeated.get(0).text, dump(all));
    assertEquals("Owen Price", repeated.get(0).speaker, dump(all));
    assertEquals(Statement.DIRECT, repeated.get(0).kind, dump(all));
    assertEquals("Leave early, do not wait", repeated.get(1).text, dump(all));
    assertEquals("Mary Kiernan", repeated.get(1).speaker, dump(all));
    // a subhead quote no later statement holds stays the outlet's
    assertTrue(all.stream().noneMatch(s -> !s.kind.equals(Statement.NARRATIVE) && s.text.contains("Never again")), dump(all));
  }

  @Test
  void aRadioTranscriptWithCapitalLabelsAndARoleAfterTheName() {
    String text = "Water talks stall\n\nHost Ruth Calder spoke with Nevada's water chief, Ines Aguilar.\n\n"
        + "RUTH CALDER, HOST: The deadline is days away. Will the states make it?\n\n"
        + "INES AGUILAR: Honestly, I don't know. We have made progress on the technical side.\n\n"
        + "CALDER: And if they don't?\n\n"
        + "AGUILAR: Then Washington decides for us, and nobody wants that.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    // the host asks in both of her turns: her questions are the outlet's narrative, the guest's answers statements
    assertEquals(List.of("ines-aguilar", "ines-aguilar"), ids(turns), dump(all));
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("Will the states make it?")), dump(all));
  }

  @Test
  void aQuoteLabelBeforeAQuotationParagraphKeepsTheSpeakerGoingOn() {
    String text = "Mayor speaks\n\nMayor Olena Bondar spoke on Monday. She added that the city had received new generators.\n\n"
        + "Quote: \"We agreed on concrete steps. There will be results soon.\"";
    List<Statement> all = of(text);
    Statement q = all.stream().filter(s -> s.kind.equals(Statement.DIRECT)).findFirst().orElseThrow(() -> new AssertionError(dump(all)));
    assertEquals("olena-bondar", q.speakerId, dump(all));
    assertEquals("We agreed on concrete steps. There will be results soon.", q.text, dump(all));
  }

  @Test
  void teamNotesAreNoTranscript() {
    String text = "Rangers beat Comets 104-99\n\nThe Hartford Rangers beat the Dayton Comets on Tuesday. Coach Mia Lund praised her bench.\n\n"
        + "TIP-INS\n\nRangers: Lund said the guard is day-to-day.\n\nComets: The team shot 41% from 3-point range.\n\n"
        + "UP NEXT\n\nRangers: Host the Kings on Thursday night.\n\nComets: At Utah on Friday night.";
    List<Statement> all = of(text);
    assertTrue(labelled(all).isEmpty(), dump(all));
  }

  @Test
  void aHeadlineQuoteTheHeadlineRulesReadIsNotReadAgain() {
    String text = "Varga: 'The sanctions will hurt Europe more'\n\nIlona Varga spoke in Budapest on Friday.\n\n"
        + "\"The sanctions will hurt Europe more than anyone else,\" Varga said.";
    List<Statement> all = of(text);
    long inHeadline = all.stream().filter(s -> !s.kind.equals(Statement.NARRATIVE) && s.end <= text.indexOf("\n")).count();
    assertTrue(inHeadline <= 1, dump(all));
  }

  @Test
  void aBriefingTranscriptKeepsEachTurnGoingUntilTheNextLabel() {
    String text = "Ministry press briefing, May 4\n\nDaria Kessler, Deputy Spokesperson\n\n"
        + "MS. KESSLER: Good afternoon. Two things at the top.\n\n"
        + "First, the ministry has approved a new licence for grain shipments. It runs for six months.\n\n"
        + "QUESTION: Is the licence a step toward lifting the sanctions?\n\n"
        + "MS. KESSLER: It is a step, not a destination. We will judge by conduct.\n\n"
        + "(Laughter.)\n\n"
        + "Question (Pavel Lind, Nordwire): Pavel Lind, Nordwire. Will the envoy travel this week?\n\n"
        + "MS. KESSLER: Not this week.\n\n"
        + "The briefing ended at 1:40 p.m. Reporters said the room was half empty.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    assertEquals(4, turns.size(), dump(all)); // her four turns; the reporters' questions are the outlet's narrative
    assertEquals("daria-kessler", turns.get(0).speakerId, dump(all));
    assertEquals("Good afternoon. Two things at the top.", turns.get(0).text, dump(all));
    // the unlabelled paragraph of her answer is hers, read as the turn's continuation
    assertEquals("daria-kessler", turns.get(1).speakerId, dump(all));
    assertEquals(Statement.CONTINUATION, turns.get(1).attributionMethod, dump(all));
    assertTrue(turns.get(1).text.startsWith("First, the ministry"), dump(all));
    // a question, an unnamed reporter's or a named one's, ends her turn and is no one's statement
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("Is the licence a step toward lifting the sanctions?")),
        dump(all));
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("Will the envoy travel this week?")), dump(all));
    assertEquals(List.of("daria-kessler"), turns.stream().map(t -> t.speakerId).distinct().toList(), dump(all));
    // a stage direction is nobody's turn; after the last label the outlet speaks again
    assertTrue(all.stream().noneMatch(s -> !s.kind.equals(Statement.NARRATIVE) && s.text.contains("Laughter")), dump(all));
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.startsWith("The briefing ended")), dump(all));
  }

  @Test
  void aQAndAWhoseTurnsOpenWithADashGivesEachAnswerToTheIntervieweeIntroducedBeforeIt() {
    String text = "Exiles wait for papers\n\nBy Olga Petrova\n\nHundreds of Russians in Izmir have had their permits refused.\n\n"
        + "Irina Volkova, a lawyer who advises them, explained what can be done.\n\n"
        + "\u2014 Why are permits refused now?\n\n"
        + "\u2014 There is no single reason. The rules did not change, but the practice did.\n\n"
        + "\u2014 Can a refusal be challenged?\n\n"
        + "\u2014 Yes. An appeal takes about six months.\n\n"
        + "Most of those refused have already left.";
    List<Statement> all = of(text);
    List<Statement> answers = all.stream().filter(x -> RuleNames.INTERVIEW_ANSWER.equals(x.sieve)).toList();
    assertEquals(2, answers.size(), dump(all));
    for (Statement a : answers) assertEquals("irina-volkova", a.speakerId, dump(all));
    assertEquals("There is no single reason. The rules did not change, but the practice did.", answers.get(0).text);
    assertEquals("\u2014", text.substring(answers.get(0).cueStart, answers.get(0).cueEnd));
    // the questions are no one's statement; the paragraph after the Q&A is the outlet's again
    assertTrue(all.stream().noneMatch(x -> !x.kind.equals(Statement.NARRATIVE) && x.text.contains("Why are permits")), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.kind.equals(Statement.NARRATIVE) && x.text.startsWith("Most of those")), dump(all));
    // an outlet that spoke to the interviewee is no interviewee
    String spoke = text.replace("Irina Volkova, a lawyer who advises them, explained what can be done.",
        "Novaya Gazeta Europe spoke to Izmir lawyer Irina Volkova about what can be done.");
    List<Statement> withOutlet = of(spoke);
    List<Statement> answered = withOutlet.stream().filter(x -> RuleNames.INTERVIEW_ANSWER.equals(x.sieve)).toList();
    assertEquals(2, answered.size(), dump(withOutlet));
    for (Statement a : answered) assertEquals("irina-volkova", a.speakerId, dump(withOutlet));
    // dashes that open list items, with one question, are no interview
    List<Statement> list = of("Agenda\n\nThe summit opens today.\n\n\u2014 Talks at 9 a.m.\n\n\u2014 Lunch at noon.\n\n\u2014 Any questions?\n\n\u2014 Press at 3 p.m.");
    assertTrue(list.stream().noneMatch(x -> RuleNames.INTERVIEW_ANSWER.equals(x.sieve)), dump(list));
  }

  @Test
  void aTitleBeforeAFullNameLabelsATurnAndTheTitleAloneLabelsTheSamePersonLater() {
    String text = "Press conference following the meeting of defence ministers\n\n"
        + "Alliance Spokesperson Marta Lindqvist: Good afternoon. We will take your questions.\n\n"
        + "Alliance Secretary General Henrik Sandvik: Ministers met today and agreed a plan.\n\n"
        + "Alliance Spokesperson: Thank you. We start with Anadolu Agency.\n\n"
        + "Ayse Korkmaz (Anadolu Agency): Will the alliance go to Syria?\n\n"
        + "Alliance Secretary General: The alliance is not present in Syria.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    // (a journalist labelled with her outlet asks: her question is no one's statement, stop 51)
    assertEquals(List.of("marta-lindqvist", "henrik-sandvik", "marta-lindqvist", "henrik-sandvik"),
        turns.stream().map(t -> t.speakerId).toList(), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.equals("Will the alliance go to Syria?") && Statement.NARRATIVE.equals(x.kind)), dump(all));
  }

  @Test
  void theWhiteHousesQuestionLabelIsAQWithoutAColon() {
    String text = "Press briefing by Press Secretary Ines Calder\n\n"
        + "MS. CALDER: Good afternoon. I'll take your questions.\n\n"
        + "Q Thanks, Ines. Will the President sanction the ministry, yes or no?\n\n"
        + "MS. CALDER: He has been very clear. There will be a price.\n\n"
        + "Q \"Very clear\" how? Congress is drafting its own bill.\n\n"
        + "MS. CALDER: We welcome their input.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    // the reporters' questions are read as turns (the "Q" is their label) and, being questions, left to the outlet's narrative
    assertEquals(List.of("ines-calder", "ines-calder", "ines-calder"), turns.stream().map(t -> t.speakerId).toList(), dump(all));
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("Will the President sanction the ministry, yes or no?")),
        dump(all));
    assertTrue(all.stream().noneMatch(s -> s.text.startsWith("Q ")), dump(all));
    // a paragraph opening with the letter in prose is no question
    List<Statement> prose = of("Q Street was closed on Friday.\n\nThe mayor said it would reopen.");
    assertTrue(labelled(prose).isEmpty(), dump(prose));
  }

  @Test
  void aRoleLabelIsThePersonOfThatRoleAndTheOutletsReporterSpeaksForTheOutlet() {
    String roles = "Aid convoys cross into Idlib\n\nSpokesperson Lena Moreau briefed reporters on Thursday.\n\n"
        + "Spokesperson: A convoy of 40 trucks crossed this morning.\n\n"
        + "Question (Ali Demir, Gulf Wire): How many are needed?\n\n"
        + "Spokesperson: About 600 a month. We are below that.";
    List<Statement> all = of(roles);
    List<Statement> turns = labelled(all);
    assertEquals(List.of("lena-moreau", "lena-moreau"), ids(turns), dump(all)); // the asker's question: narrative
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("How many are needed?")), dump(all));
    String radio = "Families go home\n\nBy Sara Holm\n\nOmar Hadid fled his village in 2013. Sara Holm went back with him.\n\n"
        + "SARA HOLM, BYLINE: The truck is loaded so high that the mattresses sway.\n\n"
        + "OMAR HADID: We left with nothing. We come back with nothing.\n\n"
        + "HOLM: The border line stretches for a mile.\n\n"
        + "HADID: But we come back.";
    List<Statement> r = of(radio);
    List<Statement> rt = labelled(r);
    assertEquals(2, rt.size(), dump(r));
    assertTrue(rt.stream().allMatch(s -> s.speakerId.equals("omar-hadid")), dump(r));
    assertTrue(r.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.contains("border line stretches")), dump(r));
  }

  @Test
  void aNewslettersLeadInsAreNoRoleLabels() {
    String text = "Playbook: summit scramble\n\nCommission: Trade spokesperson Mia Roos noted that the rules already cover beef.\n\n"
        + "Clock's ticking: Commissioner Ana Pires said the deal must be signed before Christmas.\n\n"
        + "Commission: The College meets on Wednesday.";
    List<Statement> all = of(text);
    assertTrue(labelled(all).isEmpty(), dump(all));
  }

  @Test
  void aTvTranscriptsNamesInCapitalsWithRolesAndAPodcastsFirstNames() {
    String tv = "THE EVENING DESK\n\n[18:32:10]\n\n"
        + "NORA BELL, ANCHOR: Turning now to the border. Drones struck overnight.\n\n"
        + "KEMAL ARSLAN, AMBASSADOR TO THE UNITED STATES: Thank you, Nora. It is a pleasure.\n\n"
        + "BELL: So what happened last night?\n\n"
        + "ARSLAN: Nora, let me be clear. Rockets were fired first.\n\n"
        + "[18:40:02] BELL: And coming up, the weather.";
    List<Statement> all = of(tv);
    List<Statement> turns = labelled(all);
    assertEquals(5, turns.size(), dump(all));
    assertEquals("nora-bell", turns.get(0).speakerId, dump(all));
    assertEquals(turns.get(0).speakerId, turns.get(2).speakerId, dump(all));
    assertEquals("kemal-arslan", turns.get(3).speakerId, dump(all));
    // a label after a time stamp is a turn like any other
    assertEquals("nora-bell", turns.get(4).speakerId, dump(all));
    assertEquals("And coming up, the weather.", turns.get(4).text, dump(all));
    assertEquals("person", turns.get(3).speakerType, dump(all));
    String podcast = "The Ledger, episode 12\n\nHost Claire Moss is joined by Ilya Petrov, an economist in Berlin.\n\n"
        + "Claire: Welcome to The Ledger. Ilya, thanks for coming on.\n\n"
        + "Ilya: Thanks for having me.\n\n"
        + "Claire: Is the slowdown finally here?\n\n"
        + "Ilya: It is, but slowly.";
    List<Statement> p = of(podcast);
    List<Statement> pt = labelled(p);
    assertEquals(4, pt.size(), dump(p));
    assertEquals("claire-moss", pt.get(0).speakerId, dump(p));
    assertEquals("ilya-petrov", pt.get(3).speakerId, dump(p));
  }

  @Test
  void aParliamentsLabelsCarryConstituencyAndParty() {
    String text = "Syria debate\n\nSir Alan Pryce and Rachel Ormond spoke in the debate.\n\n"
        + "Sir Alan Pryce (Harborough Vale) (Con): Will the Minister give way?\n\n"
        + "Rachel Ormond: I will give way to the right hon. Gentleman.\n\n"
        + "Sir Alan Pryce: I am grateful to the Minister.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    assertEquals(3, turns.size(), dump(all));
    assertEquals("Will the Minister give way?", turns.get(0).text, dump(all));
    // a minister's full title in the brackets: her own turn, not the end of the one before
    String minister = "Gas debt debate\n\nTrade Minister Nurcan Ekinci answered deputies on Tuesday.\n\n"
        + "Murat Selvi (CHP, Bursa): How much does the state owe?\n\n"
        + "Murat Selvi (CHP, Bursa): Tell the chamber the figure.\n\n"
        + "Nurcan Ekinci (Minister of Trade and Customs Cooperation, AK Party): The figures are commercial and confidential.";
    List<Statement> m = labelled(of(minister));
    assertEquals("nurcan-ekinci", m.get(m.size() - 1).speakerId, dump(of(minister)));
    assertEquals("The figures are commercial and confidential.", m.get(m.size() - 1).text, dump(of(minister)));
    // Hansard gives a member their seat and party in two brackets: a person even when the body never named them
    String hansard = "Syria debate\n\nRachel Ormond opened the debate.\n\n"
        + "Rachel Ormond: I beg to move that this House has considered the situation in Syria.\n\n"
        + "Naz Hussain (Bradford Hillside) (Lab): Many of my constituents have family in Idlib.\n\n"
        + "Rachel Ormond: My hon. Friend makes an important point.";
    assertTurns(hansard, "rachel-ormond", "naz-hussain", "rachel-ormond");
  }

  /**
   * Hansard prints each speaker's label alone on its line, the speech in the paragraphs below it: a member with a seat and
   * a party, whoever holds a role in brackets, later a short label ("Dr Okoro"); time stamps and the clerk's lines between.
   */
  @Test
  void aRecordThatPutsEachLabelOnItsOwnLineGivesTheParagraphsBelowToItsSpeaker() {
    String text = "Black Sea Shipping\n\nVolume 801: debated on Tuesday 3 March 2026\n\n11.32 am\n\n"
        + "Dr Amara Okoro (Hexham Vale) (Lab)\n\n"
        + "I beg to move,\n\n"
        + "That this House has considered the safety of shipping in the Black Sea.\n\n"
        + "It is a pleasure to open this debate. Insurers tell me that premiums have tripled since the autumn.\n\n"
        + "Premiums are not the only cost. Crews are refusing the route altogether.\n\n"
        + "Mr Gideon Pratt (North Tarrow) (Con)\n\n"
        + "Does the hon. Lady agree that the Government should underwrite the cover? Without it, we will lose the trade.\n\n"
        + "Dr Okoro\n\n"
        + "The hon. Gentleman is right, and I will come to that.\n\n"
        + "11.48 am\n\n"
        + "Several hon. Members rose\u2014\n\n"
        + "Madam Deputy Speaker (Dame Celia Brannock)\n\n"
        + "Order. I call the Minister.\n\n"
        + "The Minister for Maritime Security (Tobias Lund)\n\n"
        + "I thank the hon. Member for Hexham Vale for securing this debate.\n\n"
        + "12.02 pm\n\n"
        + "We have spoken to our Turkish partners every week this year.\n\n"
        + "Question put and agreed to.";
    List<Statement> all = of(text);
    List<Statement> turns = assertTurns(text, "amara-okoro", "amara-okoro", "amara-okoro", "amara-okoro", "gideon-pratt", "amara-okoro",
        "celia-brannock", "tobias-lund", "tobias-lund");
    assertEquals("I beg to move,", turns.get(0).text, dump(all)); // a speech's opening formula, in the speaker's own person
    assertEquals("We have spoken to our Turkish partners every week this year.", turns.get(8).text, dump(all)); // past the time stamp
    // a question asks whether the Lady agrees: nobody is reported as saying the Government should underwrite it
    assertTrue(all.stream().noneMatch(x -> Statement.INDIRECT.equals(x.kind) && x.text.contains("underwrite")), dump(all));
    // the labels themselves are no one's words, not even the outlet's
    assertTrue(all.stream().noneMatch(x -> x.text.startsWith("Dr Okoro") || x.text.startsWith("The Minister for")), dump(all));
  }

  /**
   * A ministry's transcript of a press conference prints each label alone on its line, ending in a colon: a title before
   * the surname ("Minister al-Haddad:"), perhaps a stage direction in brackets; the header named both ministers in full.
   */
  @Test
  void aPressConferencesLabelsAloneOnTheirLinesWithAColonGiveTheParagraphsBelowToTheirSpeakers() {
    String text = "Text of the joint press conference\n\nMinistry of Interior | Media Office\n\n"
        + "The Minister of Interior, Lieutenant General Faris al-Haddad, received his Georgian counterpart, Mr. Levan Beridze, "
        + "at the ministry on Monday.\n\n"
        + "Minister al-Haddad:\n\n"
        + "We welcome our brother and his delegation. We held a long and useful session today.\n\n"
        + "We agreed that the technical committees will meet every two months.\n\n"
        + "Minister Beridze (through interpreter):\n\n"
        + "Thank you for your hospitality. I bring you the greetings of my government.\n\n"
        + "Question (Sara Nouri, Channel 9): When will the crossing reopen?\n\n"
        + "Minister al-Haddad:\n\n"
        + "The crossing will reopen within weeks. We are ready.";
    List<Statement> all = of(text);
    assertTurns(text, "faris-al-haddad", "faris-al-haddad", "levan-beridze", "faris-al-haddad");
    // the labels themselves are no one's words
    assertTrue(all.stream().noneMatch(x -> x.text.startsWith("Minister al-Haddad") || x.text.startsWith("Minister Beridze")), dump(all));
    // one speaker's colon label twice is no record of two speakers
    assertTurns("Statement\n\nThe Minister of Interior, Faris al-Haddad, spoke on Monday.\n\nMinister al-Haddad:\n\n"
        + "We welcome the decision.\n\nMinister al-Haddad:\n\nWe will say more tomorrow.");
    // a prose paragraph alone with a colon is no label: a list of names in a round-up stays prose
    assertTurns("Who said what\n\nThe reactions came quickly:\n\nMinister al-Haddad praised the deal.\n\nOthers did not.");
  }

  /**
   * A record's labels alone on their lines, as the review of stop 46 broke them: two members of one surname, a role's
   * holder named once and then the role alone, a member reading out a letter, and the outlet's own words after the last
   * speech.
   */
  @Test
  void aRecordsLineLabelsKeepTheirSpeakersApart() {
    String text = "Ports Bill\n\nVolume 802: debated on Monday 9 March 2026\n\n"
        + "The Prime Minister (Rowan Ellery)\n\n"
        + "I welcome the report and I commend it to the House.\n\n"
        + "Mr David Jones (Clwyd Vale) (Con)\n\n"
        + "I thank the Prime Minister. We support the Bill.\n\n"
        + "Kevan Jones (North Harrow) (Lab)\n\n"
        + "We opposed this from the start, and I will say why.\n\n"
        + "\u201cMy son waited 14 hours for a berth,\u201d one constituent wrote to me. I have the letter here.\n\n"
        + "The Prime Minister\n\n"
        + "I will write to the hon. Gentleman.\n\n"
        + "The amendment was defeated by 301 votes to 208. Ms Khan later told reporters the vote was a disgrace.";
    List<Statement> all = of(text);
    // the letter read out is the member's own speech paragraph
    List<Statement> turns = assertTurns(text, "rowan-ellery", "david-jones", "kevan-jones", "kevan-jones", "rowan-ellery");
    assertEquals("I will write to the hon. Gentleman.", turns.get(4).text, dump(all));
    assertTrue(all.stream().noneMatch(x -> x.text.startsWith("The amendment was defeated") && !Statement.NARRATIVE.equals(x.kind)), dump(all));
  }

  /** A hearing's title in capitals with a colon is no label, so the header under it still names the senators. */
  @Test
  void aHeadingInCapitalsWithAColonOpensNoTurn() {
    String text = "SENATE\n\nHEARING ON U.S. POLICY TOWARD SYRIA: SANCTIONS AND RETURNS\n\n"
        + "SPEAKERS:\nSEN. HAROLD BRANNIGAN (R-WYO.), CHAIRMAN\nSEN. LUCIA FERRANTE (D-R.I.), RANKING MEMBER\n\n"
        + "BRANNIGAN: This hearing will come to order.\n\nFERRANTE: I thank the chairman.\n\nBRANNIGAN: We begin with Syria.";
    assertTurns(text, "brannigan", "ferrante", "brannigan");
  }

  /** A full name the article named before labels a turn, and its surname in capitals labels the later ones. */
  @Test
  void aKnownFullNameLabelLendsItsSurnameToLaterLabels() {
    String text = "Minister on gas: full interview\n\nIn an interview on Sunday, Energy Minister Ariel Shoham said Israel would act.\n\n"
        + "ARIEL SHOHAM: I will not comment on foreign reports.\n\n"
        + "TAMAR LEVY-SHARON: Is Israel really prepared for a confrontation?\n\n"
        + "SHOHAM: Nobody wants a confrontation with Turkey.\n\n"
        + "LEVY-SHARON: What about Damascus?\n\n"
        + "SHOHAM: I judge by actions.";
    assertTurns(text, "ariel-shoham", "ariel-shoham", "ariel-shoham");
  }

  /** Name lines that head a round-up of quotes, or a list of candidates described in prose, are no record's labels. */
  @Test
  void nameLinesOverQuotesOrDescriptionsAreNoRecord() {
    String roundUp = "What they said after the derby\n\nThe coaches spoke after the match.\n\n"
        + "Selim Varol (Kartal head coach)\n\n"
        + "\"We were brave. I am proud of my players,\" Varol said.\n\n"
        + "He added that the referee had a difficult night.\n\n"
        + "Bruno Teixeira (Ankara FC head coach)\n\n"
        + "\"We lost our shape and we paid for it,\" Teixeira said.\n\n"
        + "The Portuguese refused to discuss his future.";
    List<Statement> all = of(roundUp);
    assertTrue(labelled(all).isEmpty(), dump(all));
    assertTrue(all.stream().anyMatch(x -> "selim-varol".equals(x.speakerId) && x.text.startsWith("We were brave")), dump(all));
    assertTrue(all.stream().noneMatch(x -> x.text.startsWith("The Portuguese refused") && !Statement.NARRATIVE.equals(x.kind)), dump(all));

    String candidates = "Who is standing in the by-election\n\nFour candidates are on the ballot.\n\n"
        + "Helen Abara (Labour) (Councillor)\n\n"
        + "A former nurse, she has led the council's housing committee since 2021.\n\n"
        + "Martin Greaves (Conservative) (Businessman)\n\n"
        + "He runs a haulage firm and backs a new bypass.";
    all = of(candidates);
    assertTrue(labelled(all).isEmpty(), dump(all));
  }

  @Test
  void aTurnMayOpenWithAnAddressThatEndsInAComma() {
    String text = "Leaders pledge to lift trade: full text of press statements\n\nPavel Orlov and Kemal Aydin spoke after talks.\n\n"
        + "Pavel Orlov: Mr President, friends, ladies and gentlemen,\n\n"
        + "Our talks were frank and substantive.\n\n"
        + "Kemal Aydin: Dear friend, esteemed members of the press,\n\n"
        + "I am pleased to be here again.\n\n"
        + "Pavel Orlov: Thank you.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    assertEquals(5, turns.size(), dump(all));
    assertEquals("pavel-orlov", turns.get(1).speakerId, dump(all));
    assertTrue(turns.get(1).text.startsWith("Our talks"), dump(all));
    assertEquals("kemal-aydin", turns.get(3).speakerId, dump(all));
  }

  @Test
  void minutesPutADashAfterAMembersNameInCapitalsAndAnUnreadLabelStillEndsTheTurn() {
    String text = "Budget committee, 9th meeting\n\nThe committee heard the Minister of Transport.\n\n"
        + "CHAIR \u2013 The session is open. Ms. Tuncer has the floor.\n\n"
        + "DERYA TUNCER (IYI Party, Eskisehir) \u2013 Thank you, Mr. Chair. Why are the tolls rising again?\n\n"
        + "My second question concerns the rail link to Kars.\n\n"
        + "CHAIR \u2013 Thank you. Minister, please.\n\n"
        + "MINISTER OF TRANSPORT AND INFRASTRUCTURE OSMAN KALKAN \u2013 Thank you, Mr. Chair. Tolls follow inflation.\n\n"
        + "CHAIR \u2013 We will take a short break.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    // the minister's label in capitals: a title of several words before his full name
    assertEquals(List.of("chair", "derya-tuncer", "derya-tuncer", "chair", "osman-kalkan", "chair"),
        ids(turns), dump(all));
    assertEquals("My second question concerns the rail link to Kars.", turns.get(2).text, dump(all));
    for (Statement s : turns) assertEquals("\u2013", text.substring(s.cueStart, s.cueEnd), dump(all));
    // his answer is no continuation of the chair's turn
    assertTrue(all.stream().noneMatch(s -> "chair".equals(s.speakerId) && s.text.contains("Tolls follow")), dump(all));
    // a dash ends a label only after capitals: a dateline or prose is no label
    String prose = "Ankara talks\n\nAnkara \u2013 Officials met on Monday.\n\nMoscow \u2013 The Kremlin said nothing.\n\nAnkara \u2013 Talks resume today.";
    assertTrue(labelled(of(prose)).isEmpty(), dump(of(prose)));
  }

  @Test
  void aMembersPlaceInBracketsAndPartyInSquareBracketsBeforeTheDash() {
    String text = "Petitions committee, 3rd meeting\n\nThe committee heard the Minister of Health.\n\n"
        + "CHAIRMAN ORHAN SEVIM (Bursa) [AK Party] \u2013 The session is open. Minister, the floor is yours.\n\n"
        + "MINISTER OF HEALTH LEVENT ARAS \u2013 Thank you, Mr. Chairman. Waiting times have fallen by a fifth.\n\n"
        + "SEDA KORKMAZ (Mersin) [CHP] \u2013 Thank you. The figures you gave do not match what patients tell us.\n\n"
        + "LEVENT ARAS \u2013 They are the ministry's own figures.";
    List<Statement> all = of(text);
    assertEquals(List.of("orhan-sevim", "levent-aras", "seda-korkmaz", "levent-aras"), ids(labelled(all)), dump(all));
  }

  @Test
  void roleLabelsTimeStampsInitialsAndCallersNamedInBrackets() {
    String interview = "Minister on reconstruction\n\nSyrian Economy Minister Hussam al-Khatib said on Sunday that gas had arrived.\n\n"
        + "Interviewer: Good evening. What will the gas change?\n\n"
        + "The Minister: Power cuts will become shorter within weeks.\n\n"
        + "Interviewer: And prices?\n\n"
        + "The Minister: Prices will fall when supply is steady.";
    List<Statement> all = of(interview);
    List<Statement> turns = labelled(all);
    assertEquals(List.of("hussam-al-khatib", "hussam-al-khatib"), ids(turns), dump(all)); // the interviewer's questions: narrative

    String podcast = "Episode 40\n\nLeyla Demir talks to Arif Sadikov about gas.\n\n"
        + "[00:12:31] Leyla Demir: Welcome back. Is the hub real?\n\n"
        + "[00:12:46] Arif Sadikov: It is real on paper. The pipes exist.\n\n"
        + "[00:13:19] Leyla Demir: And off paper?\n\n"
        + "[00:13:21] Arif Sadikov: Off paper it is a negotiation.";
    List<Statement> p = labelled(of(podcast));
    assertEquals(2, p.size(), dump(of(podcast)));
    assertEquals("arif-sadikov", p.get(1).speakerId, dump(of(podcast)));
    assertEquals("Off paper it is a negotiation.", p.get(1).text, dump(of(podcast)));

    String explainer = "What the base talks mean\n\nWe asked Rania Haddad, who studies Russia's navy, to explain.\n\n"
        + "The Lantern: What is being negotiated?\n\n"
        + "Rania Haddad: A lease, at the simplest level.\n\n"
        + "The Lantern: What does Damascus want?\n\n"
        + "RH: Money, mostly, and legitimacy.";
    assertTurns(explainer, "rania-haddad", "rania-haddad");

    String phoneIn = "The Morning Phone-in\n\nPresented by Claire Whitley\n\n"
        + "CLAIRE: Good morning. Let's go to Bolton.\n\n"
        + "Caller (Derek, Bolton): Morning, Claire. I think the war is over.\n\n"
        + "CLAIRE: Is it, though, Derek?\n\n"
        + "DEREK: Well, it is mostly calm now.";
    List<Statement> ph = labelled(of(phoneIn));
    assertEquals(List.of("claire-whitley", "derek", "claire-whitley", "derek"),
        ids(ph), dump(of(phoneIn)));

    String court = "Sanctions appeal, day 2\n\nThe hearing resumed.\n\n"
        + "THE JUDGE: Yes, Mr Ashworth.\n\n"
        + "MR ASHWORTH (for the applicant): My Lord, there is one short matter.\n\n"
        + "THE JUDGE: Very well.";
    List<Statement> c = labelled(of(court));
    assertEquals(3, c.size(), dump(of(court)));
    assertEquals("ashworth", c.get(1).speakerId, dump(of(court)));
  }

  @Test
  void aGuestsLabelInCapitalsMayCarryTwoRolesButProseBeforeAColonIsNoLabel() {
    String tv = "Aid after the quake\n\n[09:31:00]\n\n"
        + "MARCUS HALE, CNN ANCHOR: Joining me now is Amina Haddad.\n\n"
        + "DR. AMINA HADDAD, REGIONAL DIRECTOR, U.N. OCHA: Thank you for having me, Marcus.\n\n"
        + "HALE: What did you see?\n\n"
        + "HADDAD: People who have been extraordinarily patient.\n\n"
        + "[09:40:00]\n\n"
        + "The quake killed more than 50,000 people in Turkey and Syria.\n\n"
        + "HALE: Thank you.";
    List<Statement> all = of(tv);
    List<Statement> turns = labelled(all);
    assertEquals(List.of("marcus-hale", "amina-haddad", "marcus-hale", "amina-haddad", "marcus-hale"),
        ids(turns), dump(all));
    // after a time stamp alone, the narration is no one's turn
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.startsWith("The quake killed")), dump(all));
    String prose = "Ministers weigh in\n\nHakan Fidan and Yasar Guler spoke after the cabinet met.\n\n"
        + "Foreign Minister Hakan Fidan, writing on X after the meeting, said: \"Integration, not division.\"\n\n"
        + "Defence Minister Yasar Guler told deputies that forces would stay on alert.\n\n"
        + "Hakan Fidan, speaking later in Ankara, added: \"We are patient.\"";
    assertTrue(labelled(of(prose)).isEmpty(), dump(of(prose)));
  }

  @Test
  void aSurnameWithAJoinedParticleIsThePersonsSurnameAlone() {
    String text = "Minister in Ankara\n\nSyrian economy minister Hussam al-Khatib said on Monday that talks had begun.\n\n"
        + "Khatib said the new gas line would shorten power cuts within weeks.\n\n"
        + "\"We are ready,\" Khatib told reporters.";
    List<Statement> all = of(text);
    List<Statement> attributed = all.stream().filter(s -> !s.kind.equals(Statement.NARRATIVE)).collect(Collectors.toList());
    assertEquals(3, attributed.size(), dump(all));
    for (Statement s : attributed) assertEquals("hussam-al-khatib", s.speakerId, dump(all));
  }

  @Test
  void aRoleLabelIsThePersonTheHeaderNamesForThatRole() {
    String minutes = "Budget committee, 9th meeting\n\nChair: Orhan KAYA (AK PARTY, Ankara)\nPresent: the Minister of Transport\n\n"
        + "CHAIR \u2013 The session is open. Ms. Tuncer has the floor.\n\n"
        + "DERYA TUNCER (IYI Party, Eskisehir) \u2013 Thank you, Mr. Chair. Why are the tolls rising?\n\n"
        + "CHAIR \u2013 Thank you.";
    assertTurns(minutes, "orhan-kaya", "derya-tuncer", "orhan-kaya");
    String record = "Security Council, 9999th meeting\n\nPresident: Mr. Lemaire .................... (France)\n\n"
        + "The President (spoke in French): I call the meeting to order.\n\n"
        + "Mr. Sorokin (Russian Federation): We thank the Secretary-General for his report.\n\n"
        + "The President (spoke in French): I give the floor to the representative of Turkey.";
    assertTurns(record, "lemaire", "sorokin", "lemaire");
    // without a header that names the holder, the role stays a role
    List<Statement> bare = labelled(of(minutes.replace("Chair: Orhan KAYA (AK PARTY, Ankara)\n", "")));
    assertEquals("chair", bare.get(0).speakerId, dump(of(minutes)));
  }

  @Test
  void aHostsFirstNameTheListLacksLabelsTheirTurnsButADatelineIsNoHost() {
    String phoneIn = "Listeners on the budget\n\nCity Radio | The Morning Phone-In with Nicky Hale\n\n"
        + "Nicky: Good morning. Gary is in Leeds. Gary, morning.\n\n"
        + "Caller (Gary, Leeds): Morning, Nicky. The kit we had was a joke.\n\n"
        + "Nicky: Strong stuff. Thank you, Gary.";
    assertTurns(phoneIn, "nicky-hale", "gary", "nicky-hale");
    // "Dubai" opens a name the article gives ("Dubai Chambers"), but as a label it opens one paragraph: a dateline
    String wire = "Trade to double\n\nHighlights\n- Dubai Chambers to lead a trade mission to Damascus\n\n"
        + "Dubai: Trade between the UAE and Syria could double, officials said on Wednesday.\n\n"
        + "Omar Haddad: The banks are the problem.\n\n"
        + "Omar Haddad: Payments still take weeks.";
    List<Statement> all = of(wire);
    assertTrue(labelled(all).stream().noneMatch(s -> s.text.startsWith("Trade between")), dump(all));
  }

  @Test
  void aTitlesAbbreviationInCapitalsOpensTheLabelNotTheName() {
    String hearing = "Hearing on the price cap\n\nSen. Ruth Calloway questioned Treasury Secretary Alan Brandt.\n\n"
        + "SEN. CALLOWAY: Is the cap working?\n\n"
        + "SECRETARY BRANDT: It binds less than before.\n\n"
        + "SEN. CALLOWAY: That is not an answer.";
    assertTurns(hearing, "ruth-calloway", "alan-brandt", "ruth-calloway");
  }

  @Test
  void aCourtsExaminationGivesQuestionsToCounselAndAnswersToTheWitness() {
    String text = "Sanctions appeal, day 3\n\nIN THE HIGH COURT OF JUSTICE\n\n"
        + "THE JUDGE: Yes, Mr Pryor.\n\n"
        + "MR PRYOR (for the applicant): My Lord, one short matter first.\n\n"
        + "THE JUDGE: Very well. Let us continue.\n\n"
        + "THE WITNESS: I understand, my Lord.\n\n"
        + "DMITRI ORLOV (continued)\nCross-examined by MS KENDALL (continued)\n\n"
        + "Q. Mr Orlov, you sold the firm in 2022, did you not?\n\n"
        + "A. Yes. I sold it before the sanctions.\n\n"
        + "(Pause)\n\n"
        + "Q. Your accountant told the court that the payments were dividends. Do you accept that?\n\n"
        + "A. No. He used the wrong word.\n\n"
        + "THE JUDGE: Thank you, Ms Kendall.";
    List<Statement> all = of(text);
    List<Statement> turns = all.stream().filter(s -> s.kind.equals(Statement.DIRECT)).collect(Collectors.toList());
    // counsel's questions are no one's statements (the conventions of the gold): the outlet's narrative, sentence by sentence
    assertEquals(List.of("judge", "pryor", "judge", "dmitri-orlov", "dmitri-orlov", "dmitri-orlov", "judge"), ids(turns), dump(all));
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("Mr Orlov, you sold the firm in 2022, did you not?")),
        dump(all));
    assertEquals("A.", text.substring(turns.get(4).cueStart, turns.get(4).cueEnd), dump(all));
    // a stage direction is no part of the answer; reported speech inside a question is still read
    assertTrue(all.stream().noneMatch(s -> s.text.contains("Pause") && !s.kind.equals(Statement.NARRATIVE)), dump(all));
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.INDIRECT) && s.text.startsWith("the payments were dividends")), dump(all));
  }
  @Test
  void reportersTranscriptsMinutesUnderAChairAndAskersWhoNameThemselves() {
    // a US reporter's transcript: the witness "called as a witness", "BY MR. X:" before each counsel's questions, "THE COURT:"
    // for the judge and "THE CLERK:" a role of its own (not the witness named just before)
    String court = "PEOPLE v. HALE\n\nREPORTER'S TRANSCRIPT OF PROCEEDINGS\n\n"
        + "THE COURT: Good morning. Mr. Osei, call your witness.\n\n"
        + "MR. OSEI: The People call Daria Lind.\n\n"
        + "THE CLERK: Please raise your right hand.\n\n"
        + "THE WITNESS: I do.\n\n"
        + "DARIA LIND,\ncalled as a witness by the People, having been duly sworn, testified as follows:\n\n"
        + "DIRECT EXAMINATION\nBY MR. OSEI:\n\n"
        + "Q. Where were you that night?\n\n"
        + "A. At the pharmacy on Elm Street.\n\n"
        + "MS. VARGA: Objection.\n\n"
        + "THE COURT: Overruled.\n\n"
        + "CROSS-EXAMINATION\nBY MS. VARGA:\n\n"
        + "Q. It was dark, wasn't it?\n\n"
        + "A. Not inside the shop.";
    assertTurns(court, "court", "osei", "clerk", "daria-lind", "osei", "varga", "court", "varga");
    List<Statement> answers = of(court).stream().filter(x -> RuleNames.INTERVIEW_ANSWER.equals(x.sieve)).collect(Collectors.toList());
    assertEquals(List.of("daria-lind", "daria-lind"), ids(answers), dump(of(court)));

    // minutes: "SPEAKER \u2013" is whoever the header's "CHAIR:" names; a turn goes on past a paragraph that ends in a stage
    // direction; a group's name with "&" or "/" and brackets before the comma in a verbatim report's label
    assertTurns("MINUTES OF THE PLENARY SESSION\nFirst Sitting\nCHAIR: Deputy Speaker Nilay KORKMAZ\n\n"
        + "SPEAKER \u2013 The floor is given to Mr Emre Aydin.\n\n"
        + "EMRE AYDIN (Izmir) \u2013 Thank you, Madam Speaker.\n\n"
        + "Pensions are below the hunger line. (Applause from the benches)\n\n"
        + "Nobody in this House can deny it.\n\n"
        + "SPEAKER \u2013 Thank you, Mr Aydin.",
        "nilay-korkmaz", "emre-aydin", "emre-aydin", "emre-aydin", "nilay-korkmaz");
    assertTurns("Verbatim report of proceedings\n\nIN THE CHAIR: ILSE VANDERMEER\n\n"
        + "President. \u2013 The next item is the debate on the Black Sea.\n\n"
        + "Paula Reyes, on behalf of the S&D Group. \u2013 Madam President, the corridor must stay open.\n\n"
        + "Tomas Weber (Verts/ALE), blue-card question. \u2013 Colleague, who pays for it?",
        "ilse-vandermeer", "paula-reyes", "tomas-weber");

    // a press conference's questions: the asker names themselves, or their outlet, in the question's first sentences
    assertTurns("Press statements following talks\n\nVladimir Putin: Good afternoon, colleagues.\n\n"
        + "Question: Good afternoon. Baltic News Service. Mr Putin, will the talks resume?\n\n"
        + "Vladimir Putin: We are ready.\n\n"
        + "Question: Irina Volkova, Channel Five. And the grain corridor?\n\n"
        + "Vladimir Putin: That too.\n\n"
        + "Question: Thanks. One more on Syria: will the bases stay?",
        "putin", "putin", "putin"); // the askers' questions are narrative, however they name themselves
  }

  /** A meeting's transcript labels each speaker with a full title: "President of Russia Vladimir Putin:", "Minister of ... of the ...". */
  @Test
  void labelsWithATitleOfSeveralWordsBeforeTheName() {
    assertTurns("Meeting with the Foreign Minister of Armenia\n\n"
        + "Vladimir Putin met with Armenian Foreign Minister Aram Petrosyan.\n\n"
        + "President of Russia Vladimir Putin: Good afternoon, Mr Minister.\n\n"
        + "We have much to discuss.\n\n"
        + "Minister of Foreign Affairs of the Republic of Armenia Aram Petrosyan (retranslated): Thank you, Mr President.\n\n"
        + "Vladimir Putin: Please, go ahead.",
        "putin", "putin", "aram-petrosyan", "putin");
  }

  @Test
  void aBriefingsUnlabelledParagraphsAreTheBriefersAndIInATurnIsItsSpeaker() {
    String text = "Briefing by Foreign Ministry Spokeswoman Olga Berezina, Moscow, March 3, 2026\n\n"
        + "On the talks in Geneva\n\n"
        + "Next week our delegation will travel to Geneva. We expect a constructive discussion.\n\n"
        + "Question: Irina Volkova, Channel Five. Will the talks cover the grain corridor?\n\n"
        + "They will. I told our partners that the corridor must stay open, and they agreed.\n\n"
        + "Question: What about the new sanctions?\n\n"
        + "We will respond when we see the text. The minister said the response would be measured.\n\n"
        + "Question: And the prisoner exchange?\n\n"
        + "It is being prepared.";
    List<Statement> all = of(text);
    List<Statement> answers = all.stream().filter(x -> RuleNames.INTERVIEW_ANSWER.equals(x.sieve)).collect(Collectors.toList());
    // the opening statement after its heading, and both answers: the briefer's; the heading is no one's words
    assertEquals(List.of("olga-berezina", "olga-berezina", "olga-berezina", "olga-berezina"), ids(answers), dump(all));
    assertTrue(answers.get(0).text.startsWith("Next week our delegation"), dump(all));
    // reported speech inside an answer is still read, and "I" in it is the one who answers
    Statement told = all.stream().filter(x -> x.kind.equals(Statement.INDIRECT) && x.text.startsWith("the corridor must stay open"))
        .findFirst().orElseThrow(() -> new AssertionError(dump(all)));
    assertEquals("olga-berezina", told.speakerId, dump(all));
    assertTrue(all.stream().anyMatch(x -> x.kind.equals(Statement.INDIRECT) && x.text.startsWith("the response would be measured")), dump(all));
  }

  @Test
  void theParagraphAfterALabelledQuestionIsNotTheAskers() {
    String text = "Press statements following talks\n\nVladimir Putin: Good afternoon, colleagues.\n\n"
        + "Question: Irina Volkova, Channel Five. Will the talks cover the grain corridor?\n\n"
        + "They will. The corridor must stay open.\n\n"
        + "Recep Tayyip Erdogan: We agree.";
    List<Statement> all = of(text);
    assertTrue(all.stream().noneMatch(x -> x.text.startsWith("They will") && "irina-volkova".equals(x.speakerId)), dump(all));
    assertTurns(text, "putin", "erdogan");
  }

  /** A briefing that numbers its questions and names the asker after a dash: the questions are no one's statements. */
  @Test
  void aNumberedQuestionLabelNamesItsAskerAfterADash() {
    String text = "Weekly briefing\n\nForeign Ministry spokesman Karim Vahedi took questions on Monday.\n\n"
        + "Question 1 \u2013 Sara Malek, Fars: Will the minister travel to Baku this week?\n\n"
        + "Vahedi: The visit is being prepared. I cannot give a date.\n\n"
        + "Question 2 \u2013 Tom Reyes, Reuters: Are there contacts with Damascus?\n\n"
        + "Vahedi: There are contacts at the technical level.\n\n"
        + "Question 3 - Lena Park, Yonhap: Is the embassy reopening?\n\n"
        + "Vahedi: Not yet.";
    List<Statement> all = of(text);
    assertTurns(text, "karim-vahedi", "karim-vahedi", "karim-vahedi");
    assertTrue(all.stream().noneMatch(x -> x.text.contains("travel to Baku") && !Statement.NARRATIVE.equals(x.kind)), dump(all));
    // an explainer's numbered questions name no asker: they are its own headings, no one's questions
    String explainer = "Can I still travel? What we know\n\nThe rules changed on Monday.\n\n"
        + "Question 1: Can I still fly to Antalya?\n\nYes. Flights are running, the airline said.\n\n"
        + "Question 2: Do I need a visa?\n\nNo, the embassy said.";
    all = of(explainer);
    assertTrue(all.stream().noneMatch(x -> "reporter".equals(x.speakerId)), dump(all));
  }

  /**
   * A record's last speaker speaks to its end: paragraphs past the last label go on with the speech while they speak
   * ("I", "we", "you") and neither quote nor report anyone; the first that does not is the outlet's narrative again.
   */
  @Test
  void theLastSpeechOfARecordGoesOnWhileItsParagraphsSpeak() {
    String record = "Security Council, 9990th meeting\n\nThe President: I give the floor to Mr. Okonjo.\n\n"
        + "Mr. Okonjo (Nigeria): We thank the briefers.\n\n"
        + "The President: I now give the floor to the representative of Syria.\n\n"
        + "Mr. Haddad (Syrian Arab Republic): I thank you, Mr. President.\n\n"
        + "We call on the Council to act. Our villages are shelled every day.\n\n"
        + "The meeting rose at 12.20 p.m.";
    List<Statement> turns = assertTurns(record, "president", "okonjo", "president", "haddad", "haddad");
    assertEquals("We call on the Council to act. Our villages are shelled every day.", turns.get(4).text);

    String article = "Leaders' statements\n\nThe two presidents spoke after talks.\n\n"
        + "Pavel Orlov: Our talks were frank.\n\n"
        + "Kemal Aydin: We agree on the corridor.\n\n"
        + "Aydin later told reporters: \"We will meet again in May.\"\n\n"
        + "We will update this story.";
    assertTurns(article, "pavel-orlov", "kemal-aydin");
  }

  /** The speaker ids of a text's labelled turns must be {@code expected}, in order; returns the turns. */
  private static List<Statement> assertTurns(String text, String... expected) {
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    assertEquals(List.of(expected), ids(turns), dump(all));
    return turns;
  }

  @Test
  void panelsHearingsAndVerbatimReportsNameTheirSpeakersInTheirOwnWays() {
    // a panel's first turns give full names nobody introduced in prose; surnames follow
    assertTurns("After the elections: a panel\n\nPROCEEDINGS\n\n"
        + "MARIA TEODORESCU: Good morning, and welcome. Pavel, how did Moscow read the vote?\n\n"
        + "PAVEL GRUNWALD: As a defeat, frankly. They spent a fortune.\n\n"
        + "TEODORESCU: And Ankara?\n\n"
        + "Q: Thank you. For Pavel: will the gas deal survive?\n\n"
        + "GRUNWALD: It will, because both sides need it.",
        "pavel-grunwald", "pavel-grunwald"); // the moderator asks in both turns, the reporter's "Q:" is a question

    // a hearing record: "The CHAIRMAN.", a title and a name in capitals, the same chair throughout
    assertTurns("HEARING ON THE BLACK SEA\n\nThe committee met at 10 a.m.\n\n"
        + "The CHAIRMAN. The committee will come to order. Senator Lindqvist.\n\n"
        + "Senator LINDQVIST. Thank you, Mr. Chairman. I have one question.\n\n"
        + "The CHAIRMAN. Our witness is Ambassador Tomas Berg.\n\n"
        + "Mr. BERG. Thank you. The corridor is open again.",
        "chairman", "lindqvist", "chairman", "tomas-berg");

    // a parliament's verbatim report: "Name, role. \u2013", "Name (Group). \u2013", and "President." for whoever is in the chair
    assertTurns("Verbatim report of proceedings\n\nIN THE CHAIR: ILSE VANDERMEER\n\n"
        + "President. \u2013 The next item is the debate on the Black Sea.\n\n"
        + "Jonas Petrauskas, on behalf of the PPE Group. \u2013 Madam President, the corridor must stay open.\n\n"
        + "Clara Moretti (Renew). \u2013 We agree, and we will pay for it.\n\n"
        + "President. \u2013 The debate is closed.",
        "ilse-vandermeer", "jonas-petrauskas", "clara-moretti", "ilse-vandermeer");

    // a header's list names the presenters, so a surname alone labels one; a stage direction is nobody's words
    List<Statement> radio = assertTurns("Morning programme\n\nTranscript. Presenters: Ruth Calder, Amol Prakash. Guest: Dr Lena Vogt, economist\n\n"
        + "PRAKASH: It is ten past eight. Lena Vogt, good morning.\n\n"
        + "VOGT: (Through interpreter) Good morning. Prices are falling.\n\n"
        + "UNIDENTIFIED PERSON: (Speaking Arabic).\n\n"
        + "PRAKASH: How fast?",
        "amol-prakash", "lena-vogt", "amol-prakash");
    assertEquals("Good morning. Prices are falling.", radio.get(1).text);

    // a hearing's header lists the people one a line under a lead-in of its own: their surnames label the turns
    assertTurns("HEARING ON ALLIED AIR DEFENCE\n\nSPEAKERS:\nSEN. MARK HOLLOWAY (R-IND.), CHAIRMAN\nSEN. DIANE CASTELLANOS (D-N.M.)\n\n"
        + "WITNESS:\nLAURA VANCE, ASSISTANT SECRETARY OF STATE\n\n"
        + "HOLLOWAY: Good morning. The committee will come to order.\n\n"
        + "CASTELLANOS: Thank you, Mr. Chairman. I share your concerns.\n\n"
        + "VANCE: Thank you for the opportunity to testify.\n\n"
        + "HOLLOWAY: The hearing is adjourned.",
        "holloway", "castellanos", "vance", "holloway");
    assertTurns("Panel on the corridor\n\nPanelists:\nDr. Irene Kowalczyk, Black Sea Institute\nTomas Okonkwo (shipping analyst)\n\n"
        + "KOWALCZYK: The corridor works because insurers trust it.\n\n"
        + "OKONKWO: And because the navy escorts the ships.\n\n"
        + "KOWALCZYK: For now.",
        "irene-kowalczyk", "tomas-okonkwo", "irene-kowalczyk");

    // a podcast's hosts by their given names alone, with a time stamp in brackets
    assertTurns("THE BORDER SHOW\n\nEpisode 9\n\n"
        + "Mira (00:00): Hey, welcome to the show. I'm Mira.\n\n"
        + "Jonah: And I'm Jonah. It has been a week.\n\n"
        + "Mira (01:20): It has. Let's start with the corridor.\n\n"
        + "Jonah (03:05): Sure. It opened on Friday.",
        "mira", "jonah", "mira", "jonah");
  }

  @Test
  void aTitleLabelIsThePersonTheHeaderNamedWithThatTitle() {
    String text = "Joint press point\n\n"
        + "with the OSCE Secretary General Marta Kivisild and the Minister of Foreign Affairs of Georgia, Levan Abashidze\n\n"
        + "OSCE Secretary General: Good afternoon. We discussed the reform agenda and the visa dialogue.\n\n"
        + "The door remains open, and we want Georgia on the European path.\n\n"
        + "Minister of Foreign Affairs of Georgia [Interpretation]: Thank you, Marta. Our course has not changed.\n\n"
        + "OSCE Secretary General: One last word on energy: the corridor matters to all of us.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    assertEquals(List.of("marta-kivisild", "marta-kivisild", "levan-abashidze", "marta-kivisild"), ids(turns), dump(all));
    // a title that the header gives no one keeps its old reading: no person of the header is its holder
    String briefing = "Briefing\n\nwith OSCE Secretary General Marta Kivisild\n\nSenior Official: The talks went well.\n\n"
        + "Senior Official: We will meet again.";
    List<Statement> other = labelled(of(briefing));
    assertTrue(other.stream().noneMatch(st -> "marta-kivisild".equals(st.speakerId)), dump(of(briefing)));
  }

  @Test
  void aMinutesLabelOnBehalfOfAGroupIsTheMemberNamedAfterIt() {
    String text = "GENERAL ASSEMBLY MINUTES\n\n"
        + "CHAIR \u2013 We move to the debate. On behalf of the Green Group, Ms. Elif Sarac.\n\n"
        + "ON BEHALF OF THE GREEN PARTY GROUP EL\u0130F SARA\u00c7 (Mu\u011fla) \u2013 Madam Chair, we will vote against this bill.\n\n"
        + "The coast cannot take another marina.\n\n"
        + "ON BEHALF OF THE AK PARTY GROUP OSMAN KILI\u00c7 (Sinop) \u2013 We support the bill, because the harbour needs the jobs.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    assertEquals(List.of("elif-sarac", "elif-sarac", "osman-kilic"), ids(turns.subList(turns.size() - 3, turns.size())), dump(all));
  }

  @Test
  void anInterviewersQuestionsAreTheOutletsNarrativeNotStatements() {
    String text = "Evening interview\n\n"
        + "NORA BLYTHE: Good evening. The port talks ended without a deal last night. The harbour board said the unions had walked out.\n\n"
        + "To discuss it, I'm joined by the transport minister, Idris Kamal.\n\n"
        + "IDRIS KAMAL: Thank you, Nora. The talks will resume on Monday.\n\n"
        + "NORA BLYTHE: Minister, the unions say the offer is an insult. Is it?\n\n"
        + "IDRIS KAMAL: It is a fair offer, and it is the largest in a decade.\n\n"
        + "NORA BLYTHE: Will you raise it?\n\n"
        + "IDRIS KAMAL: Not this week.";
    List<Statement> all = of(text);
    List<Statement> statements = all.stream().filter(s -> !s.kind.equals(Statement.NARRATIVE)).toList();
    // the host's paragraphs that ask are the outlet's own words, sentence by sentence; her opening without a question stays hers
    assertTrue(all.stream().anyMatch(s -> s.kind.equals(Statement.NARRATIVE) && s.text.equals("Will you raise it?")), dump(all));
    assertTrue(statements.stream().noneMatch(s -> s.text.contains("Is it?") || s.text.contains("Will you raise it")), dump(all));
    assertEquals(List.of("nora-blythe", "nora-blythe", "idris-kamal", "idris-kamal", "idris-kamal"), ids(labelled(all)), dump(all));
    assertTrue(labelled(all).get(0).text.startsWith("Good evening."), dump(all)); // her opening, no question, stays hers
    // what the host reports stays the source's: "the unions say ..." inside her question
    assertTrue(statements.stream().anyMatch(s -> s.kind.equals(Statement.INDIRECT) && s.text.startsWith("the offer is an insult")), dump(all));

    // a member who asks in one turn of three is no interviewer: every turn stays a statement
    List<Statement> hearing = labelled(of("HEARING\n\n"
        + "SEN. OLGA RASK: Thank you, Mr. Chairman. I share these concerns.\n\n"
        + "SEN. OLGA RASK: The depots are half empty.\n\n"
        + "MAJOR GENERAL TIM OKORO: We are refilling them.\n\n"
        + "SEN. OLGA RASK: By when?\n\n"
        + "MAJOR GENERAL TIM OKORO: By the spring."));
    assertEquals(5, hearing.size(), dump(hearing));
  }

  @Test
  void aFirstNameInCapitalsLabellingSeveralTurnsIsACaller() {
    String text = "THE LATE LINE\n\nCallers are named by first name only.\n\n"
        + "JONTY: Good evening. The line is open.\n\n"
        + "ZARIFA: Evening, Jonty. I run a bakery in Leicester and the new tax will close it.\n\n"
        + "JONTY: Why so sure?\n\n"
        + "ZARIFA: Because my margins are gone already.\n\n"
        + "JONTY: Zarifa, thank you. Who is next on the line?\n\n"
        + "UPDATE: The chancellor will speak at nine.\n\n"
        + "UPDATE: The speech was delayed.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    assertEquals(2, turns.stream().filter(t -> "zarifa".equals(t.speakerId)).count(), dump(all));
    // the host, named nowhere but in his labels, speaks his opening; his question is the outlet's narrative
    assertEquals(List.of("Good evening. The line is open."),
        turns.stream().filter(t -> "jonty".equals(t.speakerId)).map(t -> t.text).toList(), dump(all));
    assertTrue(turns.stream().noneMatch(t -> t.speakerId.contains("update")), dump(all)); // furniture is no one
  }

  @Test
  void aCommitteesQuestionNumberOpensTheMembersLabel() {
    String text = "Oral evidence: Grain corridor\n\nWitnesses: Dr Mira Holt and Colonel Ian Reeve.\n\n"
        + "Q1 Chair: Dr Holt, is the corridor safe?\n\n"
        + "Dr Holt: Safer than a year ago, but not safe.\n\n"
        + "Q2 Chair: Colonel, do you agree?\n\n"
        + "Colonel Reeve: I do. The mines are the problem.";
    List<Statement> all = of(text);
    List<Statement> turns = labelled(all);
    // the answers stand alone, the chair's numbered questions are no part of them
    assertTrue(turns.stream().noneMatch(t -> t.text.contains("Q2")), dump(all));
    assertEquals(List.of("Safer than a year ago, but not safe.", "I do. The mines are the problem."),
        turns.stream().map(t -> t.text).toList(), dump(all));
    // the chair's questions are read as the chair's turns and, being questions, left to the outlet's narrative
    assertTrue(all.stream().anyMatch(t -> t.kind.equals(Statement.NARRATIVE) && t.text.endsWith("Colonel, do you agree?")), dump(all));
  }

  @Test
  void bodiesInCapitalsLabellingALiveBlogAreNoCallers() {
    String blog = "Live: talks in Vienna\n\nNATO: Allies will meet again on Friday.\n\nKREMLIN: The proposal is being studied.\n\n"
        + "NATO: The meeting is confirmed.\n\nKREMLIN: No comment on the date.";
    List<Statement> all = of(blog);
    assertTrue(all.stream().noneMatch(t -> org.stancemap.speakers.Speaker.PERSON.equals(t.speakerType)), dump(all));
  }

  @Test
  void aPostUnderItsAuthorsNameAndHandleIsTheirsEvenAlone() {
    String text = "Strikes draw criticism at home\n\nThe army said the raids hit weapons depots. In a post, the former minister wrote:\n\n"
        + "Maria Keller (@mariakeller): \"Full backing to the soldiers. But raids are not a strategy.\"\n\nCoalition members dismissed the criticism.";
    List<Statement> all = labelled(of(text));
    assertEquals(1, all.size(), dump(of(text)));
    assertEquals("Maria Keller", all.get(0).speaker, dump(all));
    assertTrue(all.get(0).text.startsWith("Full backing"), dump(all));
    // one name label without a handle is still no record
    assertTrue(labelled(of(text.replace(" (@mariakeller)", ""))).isEmpty(), dump(of(text)));
  }

  @Test
  void minutesWithAHyphenAfterTheLabelGiveEachTurnToItsSpeaker() {
    String minutes = "MINUTES OF THE SITTING\n\nPresiding: Deputy Speaker Bekir Yilmaz\n\n"
        + "SPEAKER - Dear members, the sitting is open. Mr. Arslan, go ahead.\n\n"
        + "KEMAL ARSLAN (Manisa) - Mr. Speaker, dear members, I greet the Assembly.\n\nWe are discussing two budgets today.\n\n"
        + "SEDAT KAYA (Kayseri) - We have diversified, you know that very well!\n\n"
        + "KEMAL ARSLAN (Manisa) - Dear colleague, I will come to that.\n\nSPEAKER - Thank you.";
    List<Statement> all = labelled(of(minutes));
    assertEquals(List.of("bekir-yilmaz", "kemal-arslan", "kemal-arslan", "sedat-kaya", "kemal-arslan", "bekir-yilmaz"), ids(all), dump(all));
    // a wire's dateline with a hyphen is no label, with its outlet in brackets or a state after a comma
    String wire = "Bakery opens\n\nMOSCOW (Reuters) - Russia said on Monday it would reopen the bakery.\n\n"
        + "BOWLING GREEN, Ky. (WKBG) - There was a line out the door.\n\nKEMAL ARSLAN (Manisa) - He said nothing.";
    assertTrue(labelled(of(wire)).isEmpty(), dump(of(wire)));
    // a round-up of names with a hyphen, none of them back again, is no record
    String roundUp = "Transfer round-up\n\nHARRY KANE - The England captain is expected to stay in Munich.\n\n"
        + "MARCUS RASHFORD - The forward is wanted by three clubs.\n\nKYLE WALKER - 6. Solid enough but slow.";
    assertTrue(labelled(of(roundUp)).isEmpty(), dump(of(roundUp)));
  }

  @Test
  void aTitleNamingTheSpeakerInThePossessiveGivesTheSurnameLabel() {
    String text = "Presidential Spokesperson Tar\u0131k Demirkan's press conference after the Cabinet meeting\n\n"
        + "Demirkan: Good afternoon. The Cabinet met for four hours.\n\n"
        + "Question 1 - Elif Korkmaz, Anadolu Agency: Will parliament ratify the protocol?\n\n"
        + "Demirkan: The protocol will be sent to parliament.";
    List<Statement> all = labelled(of(text));
    assertEquals(List.of("tar\u0131k-demirkan", "tar\u0131k-demirkan"), ids(all), dump(of(text)));
  }

  @Test
  void aBriefingsOpeningStatementsAreTheBriefersAlsoWhenHerAnswersCarryHerName() {
    String text = "Briefing by Foreign Ministry Spokeswoman Yelena Markova, Moscow, July 3\n\nSituation in the Black Sea region\n\n"
        + "We continue to monitor the situation in the Black Sea closely.\n\nAnswers to media questions\n\n"
        + "Question: Are consultations planned?\n\nYelena Markova: Yes, such consultations are planned.\n\n"
        + "Question: When will they take place?\n\nYelena Markova: The date is being agreed.";
    List<Statement> all = of(text);
    List<Statement> hers = all.stream().filter(x -> "yelena-markova".equals(x.speakerId) && Statement.DIRECT.equals(x.kind)).toList();
    assertEquals(3, hers.size(), dump(all));
    assertTrue(hers.get(0).text.startsWith("We continue"), dump(all));
    assertTrue(hers.get(1).text.startsWith("Yes, such"), dump(all)); // the label is no part of the answer
    // another person's label before the questions stays that person's
    String withGuest = text.replace("We continue to monitor", "Deputy Minister Oleg Petrov: Russia has sent two planes.\n\nWe continue to monitor");
    List<Statement> guest = of(withGuest);
    assertTrue(guest.stream().anyMatch(x -> "oleg-petrov".equals(x.speakerId) && x.text.startsWith("Russia has sent")), dump(guest));
  }

  @Test
  void aVerbatimReportsLabelMayHoldASurnamesParticle() {
    String text = "14. Refugee funding (debate)\n\nIN THE CHAIR: Elena Dumitrescu, Vice-President\n\n"
        + "President. \u2013 The next item is the debate on refugee funding.\n\n"
        + "Carmen Olivares, on behalf of the S&D Group. \u2013 Madam President, the money works.\n\n"
        + "Pieter de Wolf, on behalf of the PfE Group. \u2013 Madam President, the war is over.\n\n"
        + "Pieter de Wolf (PfE), blue-card answer. \u2013 Of course I accept that it is leverage.";
    List<Statement> all = labelled(of(text));
    assertEquals(List.of("elena-dumitrescu", "carmen-olivares", "pieter-de-wolf", "pieter-de-wolf"), ids(all), dump(of(text)));
    // the chair's name may hold a particle too
    String chair = text.replace("Elena Dumitrescu", "Anna van der Berg");
    assertEquals("anna-van-der-berg", labelled(of(chair)).get(0).speakerId, dump(of(chair)));
  }

  @Test
  void aHostTheHeaderNamesSpeaksInNoTurnGreetingsAndSignOffToo() {
    String text = "A former diplomat on Ankara and Moscow\n\nThe Wider Lens | Radio Meridian\n\n"
        + "Broadcast: Sunday, 7 December 2025, 19:00\n\nHost: Selin Aydemir\nGuest: Mehmet Orhun, former ambassador\n\n"
        + "SELIN AYDEMIR: Good evening and welcome to The Wider Lens. Ambassador Orhun, welcome.\n\n"
        + "MEHMET ORHUN: Thank you, Selin.\n\nAYDEMIR: What do you mean by compartmentalization?\n\n"
        + "ORHUN: I mean that the two capitals keep their disagreements apart.\n\nAYDEMIR: Is that discipline new?\n\n"
        + "ORHUN: Not at all.\n\nAYDEMIR: And will it last?\n\nORHUN: As long as the gas flows.\n\n"
        + "AYDEMIR: Mehmet Orhun, thank you very much.\n\nORHUN: Thank you, Selin.";
    List<Statement> all = labelled(of(text));
    assertEquals(List.of("mehmet-orhun", "mehmet-orhun", "mehmet-orhun", "mehmet-orhun", "mehmet-orhun"), ids(all), dump(of(text)));
    // the header may give the host's outlet after a comma, and the guest's line may come first, on a line of its own
    assertEquals(5, labelled(of(text.replace("Host: Selin Aydemir", "Host: Selin Aydemir, Radio Meridian"))).size());
    String guestFirst = text.replace("Host: Selin Aydemir\nGuest: Mehmet Orhun, former ambassador", "Guest: Mehmet Orhun, former ambassador\n\n"
        + "Producer: Jane Roe\n\nHost: Selin Aydemir");
    assertEquals(5, labelled(of(guestFirst)).size(), dump(of(guestFirst)));
    // a webinar's presenter who asks once in two turns is a speaker, not a host
    String webinar = "Webinar: Syria after the sanctions\n\nModerator: John Roe\nPresenter: Amal Haddad, UNDP\n\n"
        + "JOHN ROE: Welcome. Amal, what does the report find?\n\nAMAL HADDAD: Four in five Syrians live in poverty. So what can "
        + "donors do?\n\nJOHN ROE: And the banks?\n\nAMAL HADDAD: The next six months will decide whether refugees return.";
    assertEquals(2, labelled(of(webinar)).stream().filter(x -> x.text.startsWith("Four") || x.text.startsWith("The next")).count(),
        dump(of(webinar)));
    // "Broadcast:" is the header's furniture, no one's label; without the header's host line the greetings stay hers
    List<Statement> unnamed = labelled(of(text.replace("Host: Selin Aydemir\n", "")));
    assertTrue(unnamed.stream().anyMatch(x -> x.text.startsWith("Good evening")), dump(unnamed));
  }

  @Test
  void aBriefingNamedUnderItsTitleGivesTheBriefersOpeningParagraphs() {
    String text = "Daily Press Briefing by the Office of the Spokesperson\n\n8 December 2025\n\n"
        + "The following is a near-verbatim transcript of today's noon briefing by Marta Lindqvist, Spokesperson for the agency.\n\n"
        + "Good afternoon. Let's start with the floods.\n\nFLOODS\n\nHeavy rain has flooded more than 60 camps.\n\n"
        + "Question: Has the Government asked for help?\n\nSpokesperson: We are in regular contact with the authorities.\n\n"
        + "Question: And the funding?\n\nSpokesperson: The plan is 27 per cent funded.";
    List<Statement> all = of(text);
    List<Statement> hers = all.stream().filter(x -> "marta-lindqvist".equals(x.speakerId) && Statement.DIRECT.equals(x.kind)).toList();
    assertTrue(hers.stream().anyMatch(x -> x.text.startsWith("Good afternoon")), dump(all));
    assertTrue(hers.stream().anyMatch(x -> x.text.startsWith("Heavy rain")), dump(all));
    // the line that names the briefing is the outlet's, and the heading no one's
    assertTrue(hers.stream().noneMatch(x -> x.text.startsWith("The following") || x.text.equals("FLOODS")), dump(all));
  }

  @Test
  void aMagazineQandAWithQuestionsInBoldGivesTheAnswersToTheInterviewee() {
    String text = "Lama Haddad: 'I packed two suitcases for exile'\n\nThe novelist has moved back to Damascus.\n\n"
        + "Interview by Clara Benedetti\n\nLama Haddad left Damascus in 2013 with her daughter.\n\n"
        + "**You said exile was a room without a door. Is return the door?**\n\nI wish it were that simple.\n\n"
        + "When I arrived, I walked to my old school.\n\n**Why come back at all? Your readers are in France.**\n\n"
        + "My daughter told me to go.\n\n**And the new book?**\n\nIt is in Arabic.";
    List<Statement> all = of(text);
    List<Statement> answers = all.stream().filter(x -> "lama-haddad".equals(x.speakerId) && Statement.DIRECT.equals(x.kind)).toList();
    assertEquals(5, answers.size(), dump(all)); // the headline's quote and four answers, none of the bold questions
    assertEquals("I packed two suitcases for exile", answers.get(0).text, dump(all));
    assertTrue(answers.stream().noneMatch(x -> x.text.contains("**")), dump(all));
  }

  @Test
  void aTitleAndASurnameInCapitalsAreTheMemberAFullLabelNamed() {
    String text = "Committee hears minister\n\nCHAIR ALI DEMIR (Konya) \u2013 The meeting is open.\n\n"
        + "MINISTER OF NATIONAL DEFENCE YA\u015eAR G\u00dcLER \u2013 Mr Chair, thank you.\n\n"
        + "AYLA KARADUMAN (Izmir, CHP) \u2013 I have only a remark. The mandate is too vague.\n\n"
        + "MINISTER G\u00dcLER \u2013 We do not share the exact number in open session.";
    List<Statement> all = labelled(of(text));
    assertEquals("guler", all.get(all.size() - 1).speakerId, dump(of(text)));
  }

  @Test
  void aTimeStampAloneGoesOnWithATurnWhoseLabelCarriedOne() {
    String text = "Podcast, episode 214\n\nHost: Maya Lindqvist\n\n[00:00:04] MAYA LINDQVIST: Hello. Oleg, what did Moscow say?\n\n"
        + "[00:00:42] OLEG FURMAN: Honestly, for ten days there was almost nothing.\n\n[00:01:05] Then, by the end of December, the "
        + "line changed.\n\n[00:01:24] MAYA LINDQVIST: And now?\n\n[00:01:29] OLEG FURMAN: Some of it continues.";
    List<Statement> all = labelled(of(text));
    assertEquals(List.of("oleg-furman", "oleg-furman", "oleg-furman"), ids(all), dump(of(text)));
    assertEquals("Then, by the end of December, the line changed.", all.get(1).text, dump(all)); // the stamp is no part of it
    // a video's segments without labels stay no one's turn
    List<Statement> video = labelled(of("Video\n\nOLEG FURMAN: Hello.\n\n[6:02] And then the line changed.\n\nOLEG FURMAN: Bye."));
    assertTrue(video.stream().noneMatch(x -> x.text.contains("line changed")), dump(video));
  }

  @Test
  void counselNamedAsExaminingAsksInEveryQuestionHoweverFew() {
    String text = "R v Demir: transcript of proceedings\n\nBefore: Mr Justice Hartley\n\n"
        + "Ms Adaeze Okafor KC appeared on behalf of the Defendant\n\n"
        + "MR JUSTICE HARTLEY: Good morning, members of the jury.\n\nMR DENIZ ARSLAN (affirmed)\n\nCross-examination by MS OKAFOR\n\n"
        + "MS OKAFOR: Mr Arslan, you were dismissed in February, were you not?\n\nMR ARSLAN: I resigned.\n\n"
        + "MS OKAFOR: My Lord, I must object to the exhibit. It was disclosed late.\n\n"
        + "MR JUSTICE HARTLEY: Noted. Carry on.\n\nMS OKAFOR: Thank you, my Lord. That is all.\n\nMR ARSLAN: Thank you.";
    List<Statement> all = labelled(of(text));
    assertTrue(all.stream().noneMatch(x -> x.text.contains("were you not")), dump(all)); // her question to the witness
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("My Lord, I must object")), dump(all)); // her submission stays
  }

  @Test
  void stop49SecondReviewKeepsTranscriptRulesNarrow() {
    // a briefing by someone who is no spokesperson names no briefer
    String brief = "Daily Press Briefing by the Office of the Spokesperson\n\n"
        + "The noon briefing was preceded by a closed-door briefing by Tom Fletcher, the relief chief, to the Security Council.\n\n"
        + "Good afternoon. Let's start with the floods.\n\nQuestion: Has the Government asked for help?\n\n"
        + "Spokesperson: We are in regular contact.\n\nQuestion: And the funding?\n\nSpokesperson: The plan is 27 per cent funded.";
    assertTrue(of(brief).stream().noneMatch(x -> "tom-fletcher".equals(x.speakerId)), dump(of(brief)));
    // an explainer's bold questions, answered in the outlet's voice, make no interview
    String explainer = "Gaza deal explained\n\nPrime Minister Benjamin Netanyahu said Israel would honour the agreement.\n\n"
        + "**What does the deal include?**\n\nA ceasefire of six weeks and the release of hostages.\n\n"
        + "**Who will monitor it?**\n\nEgypt and Qatar will set up a joint centre.\n\n**What happens next?**\n\nTalks resume on Monday.";
    assertTrue(of(explainer).stream().noneMatch(x -> Statement.DIRECT.equals(x.kind) && x.text.startsWith("A ceasefire")), dump(of(explainer)));
    // a title and a surname another full label gave with another title is someone else
    String hearing = "Hearing\n\nSENATOR SUSAN COLLINS: Mr Secretary, thank you for coming.\n\n"
        + "SECRETARY OF VETERANS AFFAIRS DOUG COLLINS: Thank you, Senator.\n\nSENATOR COLLINS: Will you cut staff in Maine?\n\n"
        + "SECRETARY COLLINS: We will protect front-line staff.";
    List<Statement> h = labelled(of(hearing));
    assertEquals("doug-collins", h.get(h.size() - 1).speakerId, dump(h));
    String minister = "Committee\n\nCHAIR ALI DEMIR (Konya) \u2013 The meeting is open.\n\nAYLA KARADUMAN (Izmir, CHP) \u2013 I have a remark only.\n\n"
        + "MINISTER OF TRADE \u00d6MER BOLAT \u2013 Thank you, Mr Chair.\n\nMINISTER KARADUMAN \u2013 Thank you.";
    assertTrue(labelled(of(minister)).stream().noneMatch(x -> x.text.equals("Thank you.") && "ayla-karaduman".equals(x.speakerId)),
        dump(of(minister))); // "MINISTER KARADUMAN" is not the member Ayla Karaduman
  }
  @Test
  void stop50LordsLabelsGiveEachPeerAndPartyAndTheirQuestionsStayStatements() {
    String lords = "Trade: Central Asia\n\nVolume 812: debated on Tuesday 3 March\n\n"
        + "The Minister of State, Department for Business and Trade (Lord Fenwick of Alnmouth) (Lab)\n\n"
        + "My Lords, we have opened talks with three governments in the region and I expect a first agreement this year.\n\n"
        + "Baroness Hale of Ripon (LD)\n\nMy Lords, I thank the Minister. Will he publish the impact assessment?\n\n"
        + "Lord Fenwick of Alnmouth (Lab)\n\nMy Lords, we will publish it before the summer recess.\n\n"
        + "Baroness Hale of Ripon (LD)\n\nMy Lords, can he also say when the textile tariffs will be reviewed?\n\n"
        + "Lord Ashdown (CB)\n\nMy Lords, I declare an interest as a trustee. Does the Minister agree that we need a strategy?";
    List<Statement> all = labelled(of(lords));
    // the role's holder in the first bracket, the party in the second; a peer's title with its place
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("My Lords, we have opened") && "lord-fenwick-of-alnmouth".equals(x.speakerId)), dump(all));
    // a debate's members ask the minister in every turn: their questions are their contributions (not an interviewer's)
    assertEquals(2, all.stream().filter(x -> "baroness-hale-of-ripon".equals(x.speakerId)).count(), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("My Lords, I declare") && "lord-ashdown".equals(x.speakerId)), dump(all));
    // a Commons member's seat in the first bracket is no role's holder
    String commons = "Syria\n\nThe Minister for the Middle East (Hamish Falconer)\n\nI will update the House on the sanctions.\n\n"
        + "Ms Harriet Beddoe (Bristol East) (Lab)\n\nI thank the Minister. Will he suspend the remaining licences?\n\n"
        + "Hamish Falconer\n\nI will look at that and I will write to her.\n\n"
        + "Ms Harriet Beddoe (Bristol East) (Lab)\n\nI am grateful. Will he meet me?";
    List<Statement> c = labelled(of(commons));
    assertTrue(c.stream().anyMatch(x -> x.text.startsWith("I thank the Minister") && "harriet-beddoe".equals(x.speakerId)), dump(c));
    assertTrue(c.stream().noneMatch(x -> "bristol-east".equals(x.speakerId)), dump(c));
  }
  @Test
  void stop50BriefingTitledByItsOfficeAndGivenByANamedOfficerLineBelow() {
    String text = "Ministry of Energy Weekly Press Briefing \u2013 6 March\n\n"
        + "The ministry held its weekly press briefing in Ankara on Thursday. The briefing was given by Press and Public Relations "
        + "Adviser Deputy Director Selin Aksoy. The text of the briefing follows.\n\n"
        + "Good morning. Welcome to our weekly briefing.\n\nGas flows through the new pipeline reached a record last week.\n\n"
        + "Question: Will prices rise this winter?\n\nWe do not comment on speculative reports.\n\n"
        + "Question: What about the Iraqi contract?\n\nTalks with Baghdad are continuing.\n\n"
        + "Question: And the nuclear plant?\n\nThe first unit will open next year.";
    List<Statement> all = of(text);
    // the opening statements and the unlabelled answers are the named officer's, not "Good" (morning)'s
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Gas flows") && "selin-aksoy".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Talks with Baghdad") && "selin-aksoy".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().noneMatch(x -> "good".equals(x.speakerId)), dump(all));
  }
  @Test
  void stop50RemarksTitledByTheirSpeakerWithQuestionsFromNamedJournalists() {
    String text = "Remarks by President Maria Lund at the press conference following the summit of 4 April\n\n"
        + "Good evening, and thank you for waiting. It was a long day.\n\nToday the leaders focused on energy and on Syria.\n\n"
        + "Question from Anna Kovacs, Euronews: Thank you, President. Is the Council united?\n\n"
        + "President Lund: Thank you for your question. The text is firmly supported.\n\n"
        + "Question from Pieter de Groot, NOS: Can you give guarantees?\n\nPresident Lund: I have been in contact with The Hague.\n\n"
        + "Question from Lina Haddad, AFP: What conditions are you putting on Damascus?\n\nPresident Lund: Our assistance goes to the people.";
    List<Statement> all = of(text);
    // the remarks before the first question are hers (the title names her before "at the press conference")
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Today the leaders") && "maria-lund".equals(x.speakerId)), dump(all));
    // a journalist's question, "Question from NAME, OUTLET:", is no one's statement
    assertTrue(all.stream().noneMatch(x -> Statement.DIRECT.equals(x.kind) && x.text.contains("Can you give guarantees")), dump(all));
  }
  @Test
  void stop50TwoHostsNamedTogetherInTheHeaderSpeakInNoTurn() {
    String text = "The Long Road, Episode 12: Aleppo rebuilt\n\nHosts: Leyla Aydin, Sam Porter\nGuest: Omar Haddad\n\n"
        + "LEYLA: Welcome back to The Long Road. I'm Leyla.\n\nSAM: And I'm Sam. Our guest is an engineer in Aleppo. Omar, welcome.\n\n"
        + "OMAR: Thank you. It is good to be here, even with the generator running.\n\n"
        + "LEYLA: What did you notice first when you came back?\n\nOMAR: The noise. Everybody talks now, in taxis and in shops.\n\n"
        + "SAM: Is the electricity any better?\n\nOMAR: A little. We get six hours a day in my district.\n\n"
        + "LEYLA: And the shops?\n\nOMAR: Full, but prices are high.\n\nSAM: Do people feel safe?\n\nOMAR: Mostly, yes.\n\n"
        + "LEYLA: That's remarkable.\n\nSAM: Omar Haddad, thank you so much.\n\nOMAR: Thank you both.";
    List<Statement> all = labelled(of(text));
    // each host asks in half of their turns: none of their turns is a statement, greetings and thanks included
    assertTrue(all.stream().noneMatch(x -> "leyla-aydin".equals(x.speakerId) || "sam-porter".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("The noise.") && "omar-haddad".equals(x.speakerId)), dump(all));
  }
  @Test
  void stop50KremlinLabelsByInitialAndSurnameAndAGovernorOfARegion() {
    String text = "Meeting with Governor of Belgorod Region Pavel Orlov\n\n"
        + "Vladimir Putin had a working meeting with Governor of the Belgorod Region Pavel Orlov. The Governor reported on housing.\n\n"
        + "V.Putin: Good afternoon. We agreed to discuss the border areas.\n\nP.Orlov: Good afternoon, Mr President. I will start with housing.\n\n"
        + "V. Putin: How many people have returned?\n\nP. Orlov: About 19,000 people have returned.";
    List<Statement> all = labelled(of(text));
    // the governor of a region the place tables do not know is the person after it, "Pavel Orlov"
    assertEquals(2, all.stream().filter(x -> "pavel-orlov".equals(x.speakerId)).count(), dump(all));
    assertEquals(2, all.stream().filter(x -> "putin".equals(x.speakerId)).count(), dump(all));
  }
  @Test
  void stop50APresenterTheHeaderNamesSpeaksInNoTurnHoweverFewOfThemAsk() {
    String text = "Morning programme transcript\n\nPresenter: Clara Whitby\nGuest: Tom Aske MP, trade minister\n\n"
        + "CLARA WHITBY: Grain prices rose again this week. The government says the deal is working. Tom Aske is with me.\n\n"
        + "TOM ASKE: Good morning, Clara.\n\nWHITBY: Prices are up ten per cent. Is the deal working?\n\n"
        + "ASKE: It is. Exports through the corridor doubled in a month.\n\nWHITBY: The opposition calls it a failure.\n\n"
        + "ASKE: They are wrong, and the figures show it.\n\nWHITBY: Will you extend it beyond March?\n\n"
        + "ASKE: We will decide that with our partners.\n\nWHITBY: Tom Aske, thank you.\n\nWHITBY: It's ten past eight.";
    List<Statement> all = labelled(of(text));
    // she asks in two of six turns; the header names her the presenter, so none of her turns is a statement
    assertTrue(all.stream().noneMatch(x -> "clara-whitby".equals(x.speakerId)), dump(all));
    assertEquals(4, all.stream().filter(x -> "tom-aske".equals(x.speakerId)).count(), dump(all));
  }
  @Test
  void stop50ALabelsRoleAfterItsNameMayRunToTenWordsInTitleCase() {
    String text = "State Duma plenary session\n\nChairman Vyacheslav Volodin: Colleagues, we move on to item 9. Vasily Ivanovich, please.\n\n"
        + "Vasily Piskarev, Chairman of the Committee on Security and Anti-Corruption: Thank you. The draft law was adopted in May.\n\n"
        + "Chairman Vyacheslav Volodin: Thank you. Are there any questions?\n\n"
        + "Vasily Piskarev, Chairman of the Committee on Security and Anti-Corruption: The law must be strict.\n\n"
        + "On Syria, the general licence the minister mentioned is about one thing: rebuilding the grid.";
    List<Statement> all = labelled(of(text));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Thank you. The draft law") && "vasily-piskarev".equals(x.speakerId)), dump(all));
    // prose before a colon is no label, however its words run: "On Syria, the general licence ... is about one thing:"
    assertTrue(all.stream().noneMatch(x -> x.text.startsWith("rebuilding the grid")), dump(all));
  }
  @Test
  void stop50ReviewKeepsTheNewLabelRulesNarrow() {
    // a party alone after a name heads candidates' profiles too: no one speaks below them, so they are no labels
    String cands = "Meet the candidates\n\nFour candidates are standing in Thursday's by-election.\n\n"
        + "Jane Doe (Green)\n\nA teacher, Doe has campaigned against the bypass. She says you cannot build your way out of congestion.\n\n"
        + "Peter Hale (Reform)\n\nHale, a former soldier, wants lower fuel duty. He told a hustings that we had been ignored for too long.\n\n"
        + "Sunita Rao (Lab)\n\nRao, a GP, has promised to reopen the walk-in centre.";
    assertTrue(labelled(of(cands)).isEmpty(), dump(of(cands)));
    // a peer's short label after the long one is the same peer, under the whole title
    String lords = "House of Lords: Rural Bus Services\n\nLord Brayfield (Con)\n\nTo ask His Majesty's Government what steps they are taking.\n\n"
        + "The Parliamentary Under-Secretary of State, Department for Transport (Baroness Thornbury of Eyam) (Lab)\n\n"
        + "My Lords, we are giving councils an extra £200 million this year.\n\nLord Brayfield\n\nMy Lords, I thank the Minister. Will she publish the figures?\n\n"
        + "Baroness Thornbury\n\nI do not accept that. We will publish the figures next month.\n\n"
        + "Baroness Okafor of Lambeth (LD)\n\nMy Lords, will the Minister meet the operators in my region?";
    List<Statement> l = labelled(of(lords));
    assertEquals(2, l.stream().filter(x -> "baroness-thornbury-of-eyam".equals(x.speakerId)).count(), dump(l));
    // an office's words before "Speech by" make a headline, no briefing's title
    String heckle = "Student Who Interrupted Speech by Prime Minister Tom Reyes at Leeds Speaks Out\n\n"
        + "Ana Diaz, 21, was removed from the hall on Friday. We spoke to her on Saturday.\n\nQ: Why did you interrupt him?\n\n"
        + "A: Because nobody else was going to.\n\nQ: Do you regret it?\n\nA: Not at all. I would do it again tomorrow.";
    assertTrue(of(heckle).stream().filter(x -> Statement.DIRECT.equals(x.kind)).allMatch(x -> "ana-diaz".equals(x.speakerId)), dump(of(heckle)));
    // "The briefing was given by X, the ministry spokeswoman."
    String brief = "Ministry of Foreign Affairs Press Briefing, 12 March\n\nThe briefing was given by Anna Kovacs, the ministry spokeswoman.\n\n"
        + "Good afternoon. Let me begin with the minister's visit to Vienna.\n\nQuestion from Mark Ellison, Euronews: Will he meet his counterpart?\n\n"
        + "Anna Kovacs: Yes, a meeting is planned.\n\nQuestion from Lena Fischer, ARD: Is the ministry worried?\n\nAnna Kovacs: We are following it closely.";
    assertTrue(of(brief).stream().anyMatch(x -> x.text.startsWith("Good afternoon. Let me") && "anna-kovacs".equals(x.speakerId)), dump(of(brief)));
    // an initial names the one of that surname whose given name it opens
    String brothers = "Brothers\n\nDmitry Volkov and his brother Sergei Volkov met the governor.\n\nD. Volkov: Good afternoon. We agreed to talk.\n\n"
        + "S. Volkov: I will start with the harvest.\n\nD. Volkov: How many farms were lost?\n\nS. Volkov: About forty.";
    List<Statement> b = labelled(of(brothers));
    assertTrue(b.stream().anyMatch(x -> x.text.startsWith("How many farms") && "dmitry-volkov".equals(x.speakerId)), dump(b));
    assertTrue(b.stream().anyMatch(x -> x.text.startsWith("About forty") && "sergei-volkov".equals(x.speakerId)), dump(b));
  }
  @Test
  void stop50AMagazineInterviewWithANovelistWhoseGivenNameIsTurkish() {
    String text = "Turkish Novelist Defne Aydemir: \"Every country writes its own version\"\n\n"
        + "Defne Aydemir, 54, is a novelist. We met her in Hamburg.\n\nDER SPIEGEL: Ms. Aydemir, where were you that night?\n\n"
        + "Aydemir: At home, in Uskudar. My daughter was asleep.\n\nDER SPIEGEL: Why write about it now?\n\n"
        + "Aydemir: Because memory has a half-life.\n\nDER SPIEGEL: Were you afraid?\n\nAydemir: Yes, of course I was.";
    List<Statement> all = of(text);
    // "Novelist" is her title, "Defne" a given name: the headline's quote and every answer are hers
    assertEquals(4, all.stream().filter(x -> Statement.DIRECT.equals(x.kind) && "defne-aydemir".equals(x.speakerId)).count(), dump(all));
  }
  @Test
  void stop50ALineSayingWhoseRemarksFollowNamesTheSpeakerOfTheUnlabelledOpening() {
    String text = "President Erdo\u011fan: \"Our patience has limits\"\n\nPresident Recep Tayyip Erdo\u011fan held a press conference in Doha.\n\n"
        + "Remarks of President Erdo\u011fan at the press conference are as follows:\n\nDear members of the press, I greet you all.\n\n"
        + "Today we signed nine agreements with Qatar.\n\nJournalist: Mr. President, is a new deadline coming?\n\n"
        + "President Erdo\u011fan: We are following the agreement very closely.\n\nJournalist: And the NATO summit?\n\n"
        + "President Erdo\u011fan: We will host it with great pleasure.";
    List<Statement> all = of(text);
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Today we signed") && "erdogan".equals(x.speakerId)), dump(all));
    // remarks to the article's end, no label after them; the outlet's bridging line ends them
    String remarks = "Erdo\u011fan: \"We will not step back\"\n\nRemarks of President Erdo\u011fan at the press conference are as follows:\n\n"
        + "We have taken important steps in energy.\n\nWe will continue to work with all our neighbours.\n\n"
        + "The president later left for Baku, where he will attend a summit.\n\nOpposition leader \u00d6zg\u00fcr \u00d6zel criticised the remarks.";
    List<Statement> r = of(remarks);
    assertTrue(r.stream().anyMatch(x -> x.text.startsWith("We will continue") && "erdogan".equals(x.speakerId)), dump(r));
    assertTrue(r.stream().noneMatch(x -> x.text.startsWith("The president later") && Statement.DIRECT.equals(x.kind)), dump(r));
    // a title naming an office, "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", names no one
    String office = "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n8 December\n\n"
        + "Good afternoon. Let's start with Syria.\n\nQuestion: Is the plan funded?\n\nIt is 27 per cent funded.\n\nQuestion: And Ukraine?\n\n"
        + "We have nothing new.\n\nQuestion: Thank you.\n\nThank you.";
    assertTrue(of(office).stream().noneMatch(x -> "secretary-general".equals(x.speakerId)), dump(of(office)));
  }
  @Test
  void stop50ABriefingsUnlabelledAnswersAfterQuestionsFromNamedJournalistsAreTheBriefers() {
    String text = "Ministry of Foreign Affairs Press Briefing, 12 March\n\nThe briefing was given by Anna Kovacs, the ministry spokeswoman.\n\n"
        + "Good afternoon. Let me begin with the minister's visit to Vienna.\n\nQuestion from Mark Ellison, Euronews: Will he meet his counterpart?\n\n"
        + "Yes, a meeting is planned for Tuesday.\n\nQuestion from Lena Fischer, ARD: Is the ministry worried?\n\n"
        + "We are following the situation closely.";
    List<Statement> all = of(text);
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Yes, a meeting") && "anna-kovacs".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("We are following") && "anna-kovacs".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().noneMatch(x -> Statement.DIRECT.equals(x.kind) && x.text.contains("Will he meet")), dump(all));
  }
  @Test
  void stop50ARoleLabelWithItsHolderInBracketsNamesTheHolderInItsLaterShortLabels() {
    String text = "Committee record\n\nThe Chair (Helen Marsh): Good morning. We begin with the minister.\n\n"
        + "The Minister (Tom Aske): Thank you. I will be brief.\n\nThe Chair: Thank you, Minister. Mr Doyle?\n\n"
        + "Liam Doyle: I have one question about the budget.\n\nThe Minister: We will publish it next month.";
    List<Statement> all = labelled(of(text));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("We will publish") && "tom-aske".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Thank you, Minister") && "helen-marsh".equals(x.speakerId)), dump(all));
  }
  @Test
  void stop51ADevolvedParliamentsRoleLabelsWithAndAndPartiesInline() {
    String text = "Official Report: Rural Bus Services\n\nMeeting of the Parliament\n\n"
        + "The Presiding Officer (Fiona Drummond): The next item of business is a debate on rural bus services. I call the cabinet secretary.\n\n"
        + "The Cabinet Secretary for Transport and Net Zero (Neil Carden): Buses carry more people than trains in every region.\n\n"
        + "We have frozen fares for young people.\n\nI move,\n\nThat the Parliament recognises the value of rural buses.\n\n"
        + "Alan Pryce (North East Scotland) (Con): Will the cabinet secretary give way?\n\n"
        + "Neil Carden: I will not, as I am about to close.\n\n"
        + "Maria Quinn (Glasgow) (Lab): Will the cabinet secretary publish the timetable?\n\n"
        + "Neil Carden: I will publish it in June.\n\n"
        + "The Presiding Officer: I call Alan Pryce to open for the Conservatives.\n\n"
        + "Alan Pryce: Villages in my region have lost their last evening bus.\n\n"
        + "Will the cabinet secretary publish the figures for each council?\n\nNeil Carden: I will write to the member.";
    List<Statement> all = labelled(of(text));
    // a role with "and" before its holder in brackets names the holder
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Buses carry") && "neil-carden".equals(x.speakerId)), dump(all));
    // the motion's opening formula goes on with the speech in a debate whose labels give parties
    assertTrue(all.stream().anyMatch(x -> x.text.equals("I move,") && "neil-carden".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("That the Parliament") && "neil-carden".equals(x.speakerId)), dump(all));
    // a member's questions in a debate are contributions, however many of their turns ask
    assertEquals(3, all.stream().filter(x -> "alan-pryce".equals(x.speakerId)).count(), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("I call Alan Pryce") && "fiona-drummond".equals(x.speakerId)), dump(all));
  }
  @Test
  void stop51AHostCalledSoInTheirOwnLabelSpeaksInNoTurn() {
    String turns = "OMAR HADDAD: Thank you for having me.\n\nCARVER: How bad is it?\n\nHADDAD: The worst in forty years. The wells are dry.\n\n"
        + "CARVER: What would help?\n\nHADDAD: Pumps, and an agreement on the river.\n\n"
        + "CARVER: Omar Haddad, hydrologist, thank you.\n\nHADDAD: Thank you.";
    // the host's label inline, or alone on its line above her first words (a byline above names her)
    for (String text : List.of("Radio segment transcript\n\nELISE CARVER, HOST: Drought has emptied the reservoirs of northern Syria. "
            + "For more, we're joined by the hydrologist Omar Haddad. Welcome to the program.\n\n" + turns,
        "Drought in the north\n\nHeard on Evening Report\n\nElise Carver\n\nTranscript\n\nELISE CARVER, HOST:\n\n"
            + "Drought has emptied the reservoirs of northern Syria.\n\n"
            + "CARVER: For more, we're joined by the hydrologist Omar Haddad. Welcome to the program.\n\n" + turns)) {
      List<Statement> all = labelled(of(text));
      // she asks in two of four turns; her label calls her the host, so her introduction and thanks are no statements either
      assertTrue(all.stream().noneMatch(x -> "elise-carver".equals(x.speakerId)), dump(all));
      assertEquals(4, all.stream().filter(x -> "omar-haddad".equals(x.speakerId)).count(), dump(all));
    }
  }
  @Test
  void stop51APressConferencesModeratorAndJournalistsLabelledWithTheirOutletsSpeakInNoTurnThatAsks() {
    String text = "Joint press conference\n\nMODERATOR: Good afternoon. The minister will speak first, then we take questions.\n\n"
        + "KAAN AYDEMIR (Minister of Foreign Affairs): Thank you. We agreed to reopen the border crossing.\n\n"
        + "MODERATOR: Thank you. We start with TRT World.\n\n"
        + "SELIN OZTURK (TRT World): Thank you. Minister, when will the crossing open?\n\n"
        + "KAAN AYDEMIR: Within a month, if the engineers agree.\n\nMODERATOR: Next question, Reuters.\n\n"
        + "DANIEL HARTMANN (Reuters): Will trucks be allowed?\n\nKAAN AYDEMIR: Yes, with inspections.\n\n"
        + "MODERATOR: Thank you. This concludes the press conference.";
    List<Statement> all = labelled(of(text));
    // the moderator hands over and thanks, never asking: still no statement; the journalists' questions neither
    assertTrue(all.stream().noneMatch(x -> "moderator".equals(x.speakerId) || x.text.contains("when will the crossing")
        || x.text.contains("Will trucks")), dump(all));
    assertEquals(3, all.stream().filter(x -> "kaan-aydemir".equals(x.speakerId)).count(), dump(all));
  }
  @Test
  void stop51AHearingsChairNamedInTheAttendanceListAndSenatorsWhoAskInHalfTheirTurns() {
    String text = "Legislation Committee \u2013 Estimates\n\nMembers in attendance: Senator Ellen Whitford (Chair), Senator Rosa Bianchi\n\n"
        + "In Attendance\nMs Naomi Tanaka, First Assistant Secretary\n\n"
        + "CHAIR: We'll resume with sanctions.\n\nSenator BIANCHI: Thank you, Chair. How many designations are there?\n\n"
        + "Ms Tanaka: There are 1,600 designations.\n\nSenator BIANCHI: And how many were removed this year?\n\n"
        + "Ms Tanaka: None were removed.\n\nSenator BIANCHI: I look forward to the figures.\n\n"
        + "Senator BIANCHI: I have no further questions.\n\nCHAIR: Thank you, Ms Tanaka.";
    List<Statement> all = labelled(of(text));
    // "CHAIR:" is the senator the attendance list marks "(Chair)"
    assertEquals(2, all.stream().filter(x -> "ellen-whitford".equals(x.speakerId)).count(), dump(all));
    // she asks in two of four turns: her questions are no statements, her remarks are
    assertTrue(all.stream().noneMatch(x -> x.text.contains("How many designations")), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("I look forward") && "rosa-bianchi".equals(x.speakerId)), dump(all));
  }
  @Test
  void stop51TheWelshParliamentsPresidingOfficerAndPartyNamesAndAWelshPatronymic() {
    String text = "Record of Proceedings\n\nThe Llywydd (Angharad Rhys): Item 4 is a statement by the Cabinet Secretary.\n\n"
        + "The Cabinet Secretary for Social Justice (Catrin Pugh): Diolch, Llywydd. We will fund independent advice.\n\n"
        + "The Llywydd (Angharad Rhys): Sioned ap Gwyn.\n\n"
        + "Sioned ap Gwyn (Arfon) (Plaid Cymru): Will the Cabinet Secretary put the guarantee in writing?\n\n"
        + "The Cabinet Secretary for Social Justice (Catrin Pugh): I am happy to put that in writing.\n\n"
        + "The Llywydd (Angharad Rhys): Mark Ellis.\n\n"
        + "Mark Ellis (Brecon and Radnorshire) (Welsh Conservatives): Will she publish the figures?\n\n"
        + "The Cabinet Secretary for Social Justice (Catrin Pugh): I will.";
    List<Statement> all = labelled(of(text));
    assertEquals(3, all.stream().filter(x -> "angharad-rhys".equals(x.speakerId)).count(), dump(all));
    // a member's question in a debate is a contribution
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Will the Cabinet Secretary") && "sioned-ap-gwyn".equals(x.speakerId)), dump(all));
    assertTrue(all.stream().anyMatch(x -> x.text.startsWith("Will she publish") && "mark-ellis".equals(x.speakerId)), dump(all));
  }
  @Test
  void stop51AnAnchorCalledSoInHerLabelAndADashAnswersFurtherParagraphs() {
    String anchor = "Transcript\n\nLAURA BENNETT, CNN ANCHOR: Hello and welcome. Joining me now is Irina Volkova, an economist.\n\n"
        + "IRINA VOLKOVA: Thank you for having me.\n\nBENNETT: Is the economy overheating?\n\nVOLKOVA: Yes, inflation is high.\n\n"
        + "BENNETT: Will rates rise again?\n\nVOLKOVA: Probably in December.\n\nBENNETT: Irina Volkova, thank you.";
    List<Statement> all = labelled(of(anchor));
    assertTrue(all.stream().noneMatch(x -> "laura-bennett".equals(x.speakerId)), dump(all));
    String dash = "Minister Sergei Orlov: the grain deal will hold\n\nIn an interview, Minister Sergei Orlov spoke about grain.\n\n"
        + "\u2014 Sergei Ivanovich, will the deal hold?\n\n\u2014 It will. Our partners need the grain.\n\n"
        + "We have agreed the routes with Ankara. The ships are ready.\n\n\u2014 And the prices?\n\n"
        + "\u2014 They will stay stable.\n\nThe interview was edited for length.";
    List<Statement> d = of(dash);
    // the answer's paragraph without a dash goes on with it; the closing note after the last answer is the outlet's
    assertTrue(d.stream().anyMatch(x -> x.text.startsWith("We have agreed the routes") && "sergei-orlov".equals(x.speakerId)), dump(d));
    assertTrue(d.stream().anyMatch(x -> x.text.startsWith("The interview was edited") && Statement.NARRATIVE.equals(x.kind)), dump(d));
  }
  @Test
  void stop51ReviewKeepsTheNewRulesNarrow() {
    // a guest's party in brackets under a host is no debate: the host's questions are still no statements
    List<Statement> sunday = labelled(of("Sunday interview transcript\n\nLAURA KENT: Chancellor, will you raise income tax?\n\n"
        + "RACHEL ROSS (Labour): We will not raise taxes on working people.\n\nLAURA KENT: Can you rule out a rise in VAT?\n\n"
        + "RACHEL ROSS: I can. Our plan is working."));
    assertTrue(sunday.stream().noneMatch(x -> x.text.contains("raise income tax") || x.text.contains("rule out")), dump(sunday));
    // a guest's rhetorical questions amid their claims (two of four turns) keep the claims theirs
    List<Statement> panel = labelled(of("Panel transcript\n\nMARK LOWE: Welcome. Is the ceasefire holding?\n\n"
        + "SARA NOLAN: It is holding for now.\n\nMARK LOWE: And the aid convoys?\n\nSARA NOLAN: Forty trucks crossed on Monday.\n\n"
        + "OMAR HADDAD: Who really believes this will last? The militias have not disarmed.\n\nMARK LOWE: What would make it last?\n\n"
        + "OMAR HADDAD: Monitors on the ground.\n\nOMAR HADDAD: And who will pay for them? Europe has promised nothing.\n\n"
        + "OMAR HADDAD: The last truce ended within a week."));
    assertTrue(panel.stream().anyMatch(x -> x.text.contains("The militias have not disarmed") && "omar-haddad".equals(x.speakerId)), dump(panel));
    // a witness's own title in brackets names no chair
    List<Statement> wit = labelled(of("Transport Committee oral evidence\n\nWitnesses: Mark Doyle (Chairman), Northern Rail\n\n"
        + "CHAIRMAN: Mr Doyle, why were so many trains cancelled?\n\nMark Doyle: We did not have enough drivers.\n\n"
        + "CHAIRMAN: When will that change?\n\nMark Doyle: By the spring.\n\nCHAIRMAN: Thank you."));
    assertTrue(wit.stream().noneMatch(x -> x.text.equals("Thank you.") && "mark-doyle".equals(x.speakerId)), dump(wit));
    // a commentator labelled with their outlet on a panel keeps a turn that ends in a claim
    List<Statement> round = labelled(of("Roundtable transcript\n\nHOST: Peter, what happened this week?\n\n"
        + "PETER BAKER (Politico): The speaker lost control. Why would anyone trust his deals now? The vote showed how weak he is.\n\n"
        + "HOST: Amy, do you agree?\n\nAMY WALTER (Cook Political Report): Mostly."));
    assertTrue(round.stream().anyMatch(x -> x.text.contains("The vote showed") && "peter-baker".equals(x.speakerId)), dump(round));
    // the outlet's paragraphs between dash turns stay the outlet's
    List<Statement> dash = of("Minister Sergei Orlov: the grain deal will hold\n\nIn an interview, Minister Sergei Orlov spoke about grain.\n\n"
        + "\u2014 Sergei Ivanovich, will the deal hold?\n\n\u2014 It will. Our partners need the grain.\n\n"
        + "Orlov was appointed in 2020. Critics say he has failed to stop smuggling.\n\n\u2014 And the prices?\n\n\u2014 They will stay stable.");
    assertTrue(dash.stream().anyMatch(x -> x.text.startsWith("Orlov was appointed") && Statement.NARRATIVE.equals(x.kind)), dump(dash));
  }

  /**
   * Stop 52: a verbatim report's member speaking for a group ("Name, on behalf of the X Group. \u2013"), a long role before
   * its full stop and dash, and a committee witness whose bracketed role runs past eighty characters. Invented texts.
   */
  @Test
  void recordLabelsWithAGroupALongRoleOrALongBracketNameTheirSpeakers() {
    String debate = "7. Fishing rights in the Baltic (debate)\n\n"
        + "President. \u2013 The next item is the debate on fishing rights in the Baltic.\n\n"
        + "Liisa Vahtra, Member of the Commission / Coordinator of the Task Force for Baltic Fisheries and"
        + " Coastal Communities. \u2013 Madam President, the stocks are recovering slowly. We will propose new quotas in March.\n\n"
        + "Darius Kairelis, on behalf of the Verts/ALE Group. \u2013 Madam President, the quotas are too high. Small boats pay"
        + " for the mistakes of trawlers.\n\n"
        + "Aurelien-Marc Fontaine, on behalf of the Renew Group. \u2013 Madam President, we need data before cuts.\n\n"
        + "President. \u2013 The debate is closed.";
    List<Statement> all = of(debate);
    List<Statement> turns = labelled(all);
    List<String> speakers = collapsed(ids(turns));
    assertEquals(List.of("president", "liisa-vahtra", "darius-kairelis", "aurelien-marc-fontaine", "president"), speakers, dump(all));
    // a group is no person's role in prose: a sentence that opens with a name and "on behalf of" is no label
    List<Statement> prose = of("Fishers protest in Gdansk\n\nDarius Kairelis, on behalf of the fishers' union, said the quotas were"
        + " too high.");
    assertTrue(labelled(prose).isEmpty(), dump(prose));

    String hearing = "Standing Committee on Fisheries \u2013 Evidence\n\n"
        + "The Chair (Mr. Owen Hartley): I call this meeting to order. Ms. Vance, the floor is yours.\n\n"
        + "Ms. Nora Vance (Director General, Atlantic and Arctic Fisheries Management, Department of Fisheries, Oceans and the"
        + " Canadian Coast Guard): Thank you, Mr. Chair. The northern cod stock is still in the critical zone.\n\n"
        + "We will keep the moratorium in place for another year.\n\n"
        + "The Chair: Thank you, Ms. Vance. Mr. Girard, you have five minutes.\n\n"
        + "Mr. Paul Girard (Gasp\u00e9sie, BQ): Thank you, Mr. Chair. Fishers in my riding are still waiting.\n\n"
        + "Ms. Nora Vance: We expect a decision by the spring.";
    List<Statement> h = of(hearing);
    List<String> turns2 = collapsed(ids(labelled(h)));
    assertEquals(List.of("owen-hartley", "nora-vance", "owen-hartley", "paul-girard", "nora-vance"), turns2, dump(h));
    assertTrue(labelled(h).stream().anyMatch(x -> x.speakerId.equals("nora-vance") && x.text.startsWith("We will keep")), dump(h));
    // the chair changes during the sitting: the new holder's own bracket names them, and the later bare labels are theirs
    List<Statement> c = of(hearing + "\n\nThe Chair (Ms. Rachel Dumont): Thank you. I will take the chair for the rest of the"
        + " meeting.\n\nMs. Nora Vance: Thank you, Madam Chair.\n\nThe Chair: The meeting is adjourned.");
    List<String> turns3 = collapsed(ids(labelled(c)));
    assertEquals(List.of("owen-hartley", "nora-vance", "owen-hartley", "paul-girard", "nora-vance", "rachel-dumont", "nora-vance",
        "rachel-dumont"), turns3, dump(c));
    // a Title-Case subhead with a colon and a sentence after it is no member's label
    List<Statement> sub = of("Ceasefire talks\n\nPutin, Erdogan Agree On Idlib Ceasefire After Six Hours Of Tense Talks In The Kremlin:"
        + " What Happens Next For Syria's Northwest.\n\nRussian and Turkish patrols will begin next week, officials said.");
    assertTrue(labelled(sub).isEmpty(), dump(sub));
  }

  /** Stop 52: manner-of-speaking verbs attribute an adjacent quote ("grumbles one official", "Protesters chanted:"). */
  @Test
  void mannerOfSpeakingVerbsAttributeTheirQuotes() {
    List<Statement> all = of("Pipeline woes\n\n\u201cEvery barrel needs a permit,\u201d grumbles one Kazakh oil official.\n\n"
        + "Outside the ministry, protesters chanted: \u201cOur wells, our money.\u201d");
    List<Statement> quotes = all.stream().filter(s -> s.kind.equals(Statement.DIRECT)).collect(Collectors.toList());
    assertEquals(2, quotes.size(), dump(all));
    assertEquals("one Kazakh oil official", quotes.get(0).speaker, dump(all));
    assertEquals("protesters", quotes.get(1).speaker, dump(all));
    // nouns of the same spelling attribute nothing: "shouts of", "snaps of", "jokes about", "sighs as"
    List<Statement> nouns = of("Protest in Gaziantep\n\nOpposition shouts of \"shame\" interrupted the minister. Instagram snaps of"
        + " soldiers captioned \"Hello from Palmyra\" went viral. Social media jokes about the \"sultan's new province\" spread fast."
        + " Erdogan sighs as \"the Syrian file\" drags on.");
    assertTrue(nouns.stream().noneMatch(x -> List.of("Opposition", "Instagram", "Social media", "Erdogan").contains(x.speaker)), dump(nouns));
  }
}
