package org.stancemap.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the statement table shows around a statement so its cue and speaker mention are visible. */
class ExcerptTest {
  /** The shown text with the statement in [], the cue in {} and the speaker in <>. */
  private static String marked(String article, String statement, String cue, String speaker) {
    int start = article.indexOf(statement);
    int cueAt = cue == null ? -1 : article.indexOf(cue);
    int spAt = speaker == null ? -1 : article.indexOf(speaker);
    Excerpt.Shown s = Excerpt.of(article, statement, start, start + statement.length(), cue == null ? null : cueAt,
        cue == null ? null : cueAt + cue.length(), speaker == null ? null : spAt, speaker == null ? null : spAt + speaker.length());
    return marked(s);
  }

  private static String marked(Excerpt.Shown s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= s.text().length(); i++) {
      if (s.cue() != null && i == s.cue().end()) b.append('}');
      if (s.speaker() != null && i == s.speaker().end()) b.append('>');
      if (i == s.statement().end()) b.append(']');
      if (i == s.statement().start()) b.append('[');
      if (s.speaker() != null && i == s.speaker().start()) b.append('<');
      if (s.cue() != null && i == s.cue().start()) b.append('{');
      if (i < s.text().length()) b.append(s.text().charAt(i));
    }
    return b.toString();
  }

  @Test
  void aStatementWithItsCueAndSpeakerInsideIsShownAlone() {
    String a = "Intro. Peskov told reporters on Monday. Later text.";
    assertEquals("[<Peskov> {told} reporters on Monday.]", marked(a, "Peskov told reporters on Monday.", "told", "Peskov"));
    assertEquals("[Later text.]", marked(a, "Later text.", null, null), "narrative: no cue, no speaker, no context");
  }

  @Test
  void reportedSpeechShowsItsSentenceNotTheLineBefore() {
    String a = "Ankara.\nTurkish President Recep Tayyip Erdogan said on Monday that Russia lied but Turkey helped. Talks go on.";
    assertEquals("<Turkish President Recep Tayyip Erdogan> {said} on Monday that [Russia lied but Turkey helped].",
        marked(a, "Russia lied but Turkey helped", "said", "Turkish President Recep Tayyip Erdogan"));
  }

  @Test
  void aQuoteShowsItsMarksAndTheAttributionAfterIt() {
    String a = "First. \u201cWe will not allow it,\u201d Kremlin spokesman Dmitry Peskov told reporters. He left.";
    assertEquals("\u201c[We will not allow it],\u201d <Kremlin spokesman Dmitry Peskov> {told} reporters.",
        marked(a, "We will not allow it", "told", "Kremlin spokesman Dmitry Peskov"));
  }

  @Test
  void aFarCueGetsItsOwnWindowAndLongSentencesAreCut() {
    String filler = "x".repeat(300);
    String a = "\"One,\" Putin said. " + filler + ". \"Two more.\"";
    // a continuation points at the cue of the quote it continues, 300 characters back
    assertEquals("\"One,\" <Putin> {said}. … \"[Two more.]\"", marked(a, "Two more.", "said", "Putin"));
    String longSentence = "y".repeat(150) + " Erdogan said that it works " + "z".repeat(150) + ".";
    String shown = marked(longSentence, "it works", "said", "Erdogan");
    assertEquals("…" + "y".repeat(Excerpt.CONTEXT - 1) + " <Erdogan> {said} that [it works] " + "z".repeat(Excerpt.CONTEXT - 1) + "…",
        shown, "cut at CONTEXT characters, cuts marked");
  }

  @Test
  void offsetsThatDoNotFitTheTextShowTheStatementAloneUnmarked() {
    Excerpt.Shown s = Excerpt.of("another version of the text", "Russia lied", 0, 11, 12, 16, 0, 3);
    assertEquals("Russia lied", s.text());
    assertNull(s.cue());
    assertNull(s.speaker());
    Excerpt.Shown noArticle = Excerpt.of(null, "Russia lied", 4, 15, 0, 3, null, null);
    assertEquals(new Excerpt.Span(0, 11), noArticle.statement());
    // a span out of the text is dropped, the statement kept
    Excerpt.Shown bad = Excerpt.of("Russia lied.", "Russia lied", 0, 11, 5, 99, -1, 3);
    assertEquals("[Russia lied]", marked(bad));
  }

  @Test
  void surrogatePairsCountAsTwoUnitsAsInTheBrowser() {
    String a = "\uD83D\uDE00 Erdogan said that it works.";
    assertEquals("\uD83D\uDE00 <Erdogan> {said} that [it works].", marked(a, "it works", "said", "Erdogan"));
  }
}
