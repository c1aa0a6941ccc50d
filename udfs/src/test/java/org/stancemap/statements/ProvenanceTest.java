package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Provenance per attribution rule, one example sentence each: the rule recorded, and
 * {@code text.substring(cueStart, cueEnd)} is the cue, {@code text.substring(speakerStart,
 * speakerEnd)} the speaker phrase the rule read; confidence is the rule's prior (lowered for
 * coreference).
 */
class ProvenanceTest {
  private static final StatementExtractor X = StatementExtractor.defaults();
  private static final AttributionRules RULES = AttributionRules.load();

  /** The statement of that kind whose text contains {@code part}. */
  private static Statement find(List<Statement> all, String part, String kind) {
    for (Statement s : all) if (s.text.contains(part) && s.kind.equals(kind)) return s;
    throw new AssertionError("no " + kind + " statement with [" + part + "] in " + all);
  }

  /** Extracts {@code text} and checks the statement containing {@code part}. */
  private static Statement check(String text, String part, String kind, String rule, String cue, String speakerText) {
    List<Statement> all = X.extract("t", text, "Outlet", null);
    Statement s = find(all, part, kind);
    assertEquals(rule, s.sieve, s::toString);
    assertEquals(cue, text.substring(s.cueStart, s.cueEnd), s::toString);
    assertEquals(cue.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "), s.cue, s::toString);
    if (speakerText == null) {
      assertEquals(-1, s.speakerStart, s::toString);
    } else {
      assertEquals(speakerText, text.substring(s.speakerStart, s.speakerEnd), s::toString);
    }
    assertEquals(RULES.confidence(rule, s.attributionMethod), s.confidence, 1e-9);
    assertTrue(s.confidence > 0 && s.confidence <= 1, s::toString);
    return s;
  }

  @Test
  void quoteCueSpeaker() {
    check("\"Both sides have too much to lose,\" said Aron Lund, a fellow at Century International.",
        "Both sides", Statement.DIRECT, "quote-cue-speaker", "said", "Aron Lund");
  }

  @Test
  void quoteSpeakerCue() {
    check("\"We will respond to any attack,\" a Western diplomat told AFP.",
        "We will respond", Statement.DIRECT, "quote-speaker-cue", "told", "a Western diplomat");
  }

  @Test
  void quoteSpeakerCueWithPronounPointsAtThePronoun() {
    Statement s = check("Vladimir Putin met Recep Tayyip Erdogan in Moscow on Thursday.\n\n\"We will be in contact,\" he added.",
        "We will be", Statement.DIRECT, "quote-speaker-cue", "added", "he");
    assertEquals(Statement.COREFERENCE, s.attributionMethod);
    assertTrue(s.confidence < RULES.confidence("quote-speaker-cue", Statement.EXPLICIT));
  }

  @Test
  void quotedBy() {
    check("\"The talks went well,\" NBC quoted a White House official as saying.",
        "The talks went well", Statement.DIRECT, "quoted-by", "quoted", "a White House official");
  }

  @Test
  void speakerCueQuote() {
    check("Kremlin spokesman Dmitry Peskov told reporters: \"The negotiations are difficult but useful.\"",
        "The negotiations", Statement.DIRECT, "speaker-cue-quote", "told", "Kremlin spokesman Dmitry Peskov");
  }

  @Test
  void colonBefore() {
    check("The fighting went on for a third day.\n\nErdogan told reporters in Ankara:\n\n\"We will not retreat from our positions.\"",
        "We will not retreat", Statement.DIRECT, "colon-before", "told", "Erdogan");
  }

  @Test
  void continuationInheritsTheSpansOfTheQuoteItContinues() {
    String text = "\"We will respond,\" Erdogan said. \"Nobody should doubt our resolve.\"";
    Statement first = check(text, "We will respond", Statement.DIRECT, "quote-speaker-cue", "said", "Erdogan");
    Statement next = check(text, "Nobody should", Statement.DIRECT, "continuation", "said", "Erdogan");
    assertEquals(first.cueStart, next.cueStart);
    assertEquals(first.speakerStart, next.speakerStart);
  }

  @Test
  void enclosingClause() {
    check("Putin pressed for \"tangible results\" after the meeting in Moscow on Thursday.",
        "tangible results", Statement.PARTIAL, "enclosing-clause", "pressed", "Putin");
  }

  @Test
  void labelVerb() {
    check("The minister dismissed the report as \"pure fiction\" on Friday.",
        "pure fiction", Statement.PARTIAL, "label-verb", "dismissed", "The minister");
  }

  @Test
  void previousSubject() {
    check("Asked about the fire, Dana Roth shook her head.\n\n\"We warned them twice. Twice.\"",
        "We warned them", Statement.DIRECT, "previous-subject", "shook", "Dana Roth");
  }

  @Test
  void interviewAnswer() {
    String text = "Layla Nasser, a water engineer from Homs, returned home last year.\n\nQ: How bad is the damage?\n\n"
        + "A: Half the pumps are gone.\n\nThe rest will take years.\n\nQ: Who pays?\n\nA: Nobody yet.\n\n"
        + "Her view is shared by the city's mayor, who said repairs would take a decade.";
    Statement first = check(text, "Half the pumps", Statement.DIRECT, "interview-answer", "A:", "Layla Nasser");
    Statement more = check(text, "The rest will", Statement.DIRECT, "interview-answer", "A:", "Layla Nasser");
    assertEquals(first.cueStart, more.cueStart, "a further paragraph of the answer keeps its label");
    assertEquals(Statement.CONTINUATION, more.attributionMethod);
    check(text, "Nobody yet", Statement.DIRECT, "interview-answer", "A:", "Layla Nasser");
    // after the last answer the outlet speaks again, and reports the mayor
    assertTrue(X.extract("t", text, "Outlet", null).stream().noneMatch(s -> s.text.startsWith("Her view") && "interview-answer".equals(s.sieve)));
  }

  @Test
  void answersToUnlabelledQuestionsAreTheInterviewees() {
    // a magazine Q&A: bare question paragraphs, each answered by a quoted paragraph with no cue
    String text = "The composer on silence: a conversation\n\nMirela Dobos arrives by tram, late and apologising. "
        + "Her second opera opens in Vienna next week.\n\nWhy write an opera about a lighthouse?\n\n"
        + "\u201cBecause nobody talks there. The sea does all the talking.\u201d\n\nDid the singers mind?\n\n"
        + "\u201cThey hated it at first. Then they loved it.\n\n\u201cNow they ask for more rests.\u201d\n\n"
        + "She leaves on her tram the way she came.";
    Statement first = check(text, "Because nobody", Statement.DIRECT, "interview-answer", "?", "Mirela Dobos");
    assertEquals(text.indexOf("lighthouse?") + "lighthouse".length(), first.cueStart, "the cue is the question's mark");
    assertEquals("mirela-dobos", first.speakerId);
    Statement second = check(text, "They hated it", Statement.DIRECT, "interview-answer", "?", "Mirela Dobos");
    // a further paragraph of the same answer continues it
    Statement more = find(X.extract("t", text, "Outlet", null), "Now they ask", Statement.DIRECT);
    assertEquals("mirela-dobos", more.speakerId, more::toString);
    assertEquals(Statement.CONTINUATION, more.attributionMethod);
    assertEquals("?", more.cue, "the answer's cue carries to its next paragraph");
    assertEquals(second.cueStart, more.cueStart);
    // one rhetorical question before a quote is no interview
    List<Statement> one = X.extract("t", "Mirela Dobos arrives by tram.\n\nWho would build a lighthouse here?\n\n"
        + "\u201cNobody sane.\u201d\n\nThe town council meets on Monday.", "Outlet", null);
    assertNull(find(one, "Nobody sane", Statement.DIRECT).speakerId);
  }

  @Test
  void aHeadlineThatReportsIsItsSpeakersNotTheOutlets() {
    String text = "Navy says it seized arms shipment off Yemen coast\n\nADEN - The navy said on Tuesday that its sailors had boarded a dhow.";
    Statement s = check(text, "it seized arms", Statement.INDIRECT, "subject-cue-clause", "says", "Navy");
    assertEquals(0, s.sentenceIndex);
    List<Statement> all = X.extract("t", text, "Outlet", null);
    assertTrue(all.stream().noneMatch(x -> x.kind.equals(Statement.NARRATIVE) && x.sentenceIndex == 0), "the headline is no narrative: " + all);
    // "..., says X" after the content
    check("Port to reopen within a week, says transport minister\n\nODESA - The port will reopen soon, officials said.",
        "Port to reopen", Statement.INDIRECT, "clause-subject-cue", "says", "transport minister");
    // a headline without a cue stays the outlet's
    List<Statement> plain = X.extract("t", "Navy seizes arms shipment off Yemen coast\n\nThe navy said its sailors had boarded a dhow.", "Outlet", null);
    assertEquals(Statement.NARRATIVE, plain.get(0).kind, plain::toString);
  }

  @Test
  void aHeadlineNameAndColonGiveThatPersonsWords() {
    String text = "Zakharova: New EU sanctions will hurt Europe more than Russia\n\nMOSCOW - Foreign Ministry spokeswoman "
        + "Maria Zakharova said on Wednesday that the package would backfire.";
    Statement s = check(text, "New EU sanctions", Statement.INDIRECT, "headline-colon", ":", "Zakharova");
    assertEquals("New EU sanctions will hurt Europe more than Russia", s.text);
    String quoted = "Ines Varga: \u201cI make films for people who are tired of being told what to feel\u201d\n\n"
        + "Ines Varga arrives at the caf\u00e9 on a bicycle.";
    check(quoted, "I make films", Statement.DIRECT, "headline-colon", ":", "Ines Varga");
    // a body the entity table knows, named again in the body (no first name before it)
    check("Hezbollah: Israeli aggression on Syria will not go unanswered\n\nBEIRUT - Hezbollah said on Sunday that the strikes "
        + "had been part of a wider escalation.", "Israeli aggression", Statement.INDIRECT, "headline-colon", ":", "Hezbollah");
    // ... but not a topic heading with no clause after the colon
    List<Statement> topic = X.extract("t", "Hezbollah: A timeline of the group's wars with Israel\n\nBEIRUT - Hezbollah said on Sunday "
        + "that the strikes had been part of a wider escalation.", "Outlet", null);
    assertTrue(topic.stream().noneMatch(x -> "headline-colon".equals(x.sieve)), topic::toString);
    // a quoted fragment inside a headline's reported speech is its speaker's partial quote
    List<Statement> frag = X.extract("t", "Hezbollah: Israeli aggression on Syria 'will not go unanswered'\n\nBEIRUT - Hezbollah said "
        + "on Sunday that the strikes had been part of a wider escalation.", "Outlet", null);
    assertEquals("Hezbollah", find(frag, "will not go unanswered", Statement.PARTIAL).speaker, frag::toString);
    // a kicker before the colon names no one: the words after it are read as a headline
    List<Statement> kicker = X.extract("t", "Special Report: Shadow tankers move Russian oil through a Turkish port, sources say\n\n"
        + "ISTANBUL - At least 27 tankers loaded oil at the port this year.", "Outlet", null);
    Statement head = find(kicker, "Shadow tankers", Statement.INDIRECT);
    assertEquals("sources", head.speaker, kicker::toString);
    // a state, a word the body does not name as a person, a question: the outlet's
    for (String t : List.of("Syria: Thousands flee as fighting spreads\n\nThousands fled their homes in Syria on Sunday.",
        "Live: Leaders meet in Johannesburg\n\n14:02 GMT - Leaders arrived. Live coverage continues.",
        "Trump Route: What is the corridor and why does it matter?\n\nThe Trump Route would cross Armenia.")) {
      List<Statement> all = X.extract("t", t, "Outlet", null);
      assertTrue(all.stream().noneMatch(x -> "headline-colon".equals(x.sieve)), all::toString);
    }
  }

  @Test
  void aLiveBlogsEntryHeadlineUnderItsTimeStamp() {
    String text = "Russia-Ukraine war live: prisoners swapped\n\nBoth sides freed 500 prisoners.\n\n16:05 GMT\n"
        + "Erdogan: Turkey ready to host leaders' summit\n\nTurkish President Recep Tayyip Erdogan has said Turkey is ready to "
        + "host a meeting.\n\n15:20 GMT\n\nSybiha: Exchange must be followed by ceasefire\n\nForeign Minister Andrii Sybiha "
        + "wrote on X that a ceasefire had to follow.\n\n14:35 GMT\nFamilies gather at border: hope and fear\n\nHundreds gathered.";
    check(text, "Turkey ready to host", Statement.INDIRECT, "headline-colon", ":", "Erdogan");
    check(text, "Exchange must be followed", Statement.INDIRECT, "headline-colon", ":", "Sybiha");
    // an entry headline whose words before the colon name nobody in the entry stays the outlet's
    List<Statement> all = X.extract("t", text, "Outlet", null);
    assertTrue(all.stream().noneMatch(x -> x.text.startsWith("hope and fear") && "headline-colon".equals(x.sieve)), all::toString);
  }

  @Test
  void oneLabelledParagraphIsNoInterview() {
    List<Statement> all = X.extract("t", "Layla Nasser returned home last year.\n\nQ: How bad is it?\n\nA: Bad.\n\nThe pumps are gone.", "Outlet", null);
    assertTrue(all.stream().noneMatch(s -> "interview-answer".equals(s.sieve)), all::toString);
  }

  @Test
  void accordingToBeforeTheClause() {
    check("According to the Kremlin, the two leaders agreed to meet again in March.",
        "the two leaders agreed", Statement.INDIRECT, "according-to", "According to", "the Kremlin");
  }

  @Test
  void accordingToAfterTheClause() {
    check("The two leaders agreed to meet again in March, according to the RIA news agency.",
        "The two leaders agreed", Statement.INDIRECT, "clause-according-to", "according to", "the RIA news agency");
  }

  @Test
  void subjectCueClause() {
    check("Kremlin spokesman Dmitry Peskov said the talks would continue next week.",
        "the talks would continue", Statement.INDIRECT, "subject-cue-clause", "said", "Kremlin spokesman Dmitry Peskov");
  }

  @Test
  void clauseSubjectCueAndParticiple() {
    String text = "Turkey will not withdraw its troops from northern Syria, President Tayyip Erdogan said on Tuesday, "
        + "adding that Ankara expected Moscow to rein in government forces.";
    check(text, "Turkey will not withdraw", Statement.INDIRECT, "clause-subject-cue", "said", "President Tayyip Erdogan");
    check(text, "Ankara expected", Statement.INDIRECT, "participle-after-attribution", "adding", "President Tayyip Erdogan");
  }

  @Test
  void participleAfterAQuote() {
    check("\"We are ready,\" Zarif said in Tehran, adding that Iran was ready to mediate between the two sides.",
        "Iran was ready", Statement.INDIRECT, "participle-after-attribution", "adding", "Zarif");
  }

  @Test
  void fragmentInsideReportedSpeech() {
    check("Erdogan said the ceasefire would hold only \"as long as Russia keeps its word\" in Idlib.",
        "as long as Russia", Statement.PARTIAL, "inside-reported-speech", "said", "Erdogan");
  }

  @Test
  void socialPostNamesItsAuthorButHasNoCueSpan() {
    String text = "The president posted a message.\n\nWe stand with Greece. Full solidarity.\n\n"
        + "\u2014 Ursula von der Leyen (@vonderleyen) March 3, 2020";
    Statement s = find(X.extract("t", text, "Outlet", null), "We stand with Greece", Statement.SOCIAL);
    assertEquals(Statement.SOCIAL, s.kind);
    assertEquals("social-post", s.sieve);
    assertEquals(-1, s.cueStart);
    assertEquals("Ursula von der Leyen", text.substring(s.speakerStart, s.speakerEnd));
  }

  @Test
  void narrativeIsTheOutletsWithNoSpans() {
    Statement s = find(X.extract("t", "Fighting went on in Idlib.", "Outlet", null), "Fighting", Statement.NARRATIVE);
    assertEquals(Statement.NARRATIVE, s.kind);
    assertEquals("outlet", s.sieve);
    assertEquals(-1, s.cueStart);
    assertEquals(-1, s.speakerStart);
    assertEquals(RULES.confidence("outlet", Statement.OUTLET), s.confidence, 1e-9);
  }

  @Test
  void aQuoteNobodyIsFoundForHasNoSpansAndNoConfidence() {
    Statement s = find(X.extract("t", "\"Why wait any longer?\"", "Outlet", null), "Why wait", Statement.DIRECT);
    assertEquals("none", s.sieve);
    assertNull(s.cue);
    assertNull(s.speaker);
    assertEquals(-1, s.cueStart);
    assertEquals(-1, s.speakerStart);
    assertEquals(0.0, s.confidence);
  }

  @Test
  void offsetsAreIntoTheOriginalTextWithCurlyQuotesAndHardSpaces() {
    String text = "\u201cWe will respond,\u201d\u00a0said\u00a0Dmitry Peskov.\n\nAccording\u00a0to the Kremlin, the two leaders agreed to meet.";
    check(text, "We will respond", Statement.DIRECT, "quote-cue-speaker", "said", "Dmitry Peskov");
    Statement s = find(X.extract("t", text, "Outlet", null), "the two leaders", Statement.INDIRECT);
    assertEquals("According\u00a0to", text.substring(s.cueStart, s.cueEnd));
    assertNotNull(s.speaker);
  }
}
