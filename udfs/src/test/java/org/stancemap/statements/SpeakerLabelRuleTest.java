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
  }
}
