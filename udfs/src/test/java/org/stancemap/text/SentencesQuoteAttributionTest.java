package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stancemap.text.TitleAbbreviationsTest.sentences;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quote that ends in "?" or "!" stays with the attribution after it: lower case, or a (titled)
 * name and a cue of {@code data/cues.txt}; anything else after it starts a new sentence.
 */
class SentencesQuoteAttributionTest {

  @Test
  void questionThenTitledNameAndCue() {
    assertEquals(List.of("\"What about the election?\" Mr. Burton fumed.", "He then left the hall."),
        sentences("\"What about the election?\" Mr. Burton fumed. He then left the hall."));
  }

  @Test
  void questionThenInvertedAttribution() {
    assertEquals(List.of("\"Why now?\" asked the minister.", "Nobody answered."),
        sentences("\"Why now?\" asked the minister. Nobody answered."));
    assertEquals(List.of("\"Why now?\" asked Sen. Okafor.", "Nobody answered."),
        sentences("\"Why now?\" asked Sen. Okafor. Nobody answered."));
  }

  @Test
  void questionThenPronounAndCue() {
    assertEquals(List.of("\"Who pays for this?\" she asked.", "The room went quiet."),
        sentences("\"Who pays for this?\" she asked. The room went quiet."));
  }

  @Test
  void questionThenNameAndCue() {
    assertEquals(List.of("\"Is this the end?\" Lina Haddad told reporters on Friday.", "She did not say more."),
        sentences("\"Is this the end?\" Lina Haddad told reporters on Friday. She did not say more."));
  }

  @Test
  void exclamationThenPronounAndCue() {
    assertEquals(List.of("\"Enough!\" she shouted.", "The meeting broke up."),
        sentences("\"Enough!\" she shouted. The meeting broke up."));
  }

  @Test
  void exclamationThenTitledNameAndCue() {
    assertEquals(List.of("\"Not one more day!\" Gov. Okafor said.", "Aides nodded."),
        sentences("\"Not one more day!\" Gov. Okafor said. Aides nodded."));
  }

  @Test
  void exclamationThenInvertedAttribution() {
    assertEquals(List.of("\"Shame on them!\" said Lt. Gen. Haddad.", "Aides nodded."),
        sentences("\"Shame on them!\" said Lt. Gen. Haddad. Aides nodded."));
  }

  @Test
  void singleQuotesAndCurlyQuotesToo() {
    assertEquals(List.of("'Why now?' Ms. Haddad asked.", "Nobody answered."), sentences("'Why now?' Ms. Haddad asked. Nobody answered."));
    assertEquals(List.of("\"Why now?\" Ms. Haddad asked.", "Nobody answered."),
        sentences("\u201CWhy now?\u201D Ms. Haddad asked. Nobody answered."));
  }

  /** The detector keeps a quoted passage of several sentences whole; its attribution joins it. */
  @Test
  void aLongerQuoteKeepsItsAttribution() {
    assertEquals(List.of("\"We waited a year. Why now?\" Rep. Okafor asked.", "Nobody answered."),
        sentences("\"We waited a year. Why now?\" Rep. Okafor asked. Nobody answered."));
  }

  /** What follows is a sentence of its own: a capital that is not a name before a cue. */
  @ParameterizedTest
  @ValueSource(strings = {"The minister left.", "Burton left the room.", "Talks resumed on Monday.", "He said nothing more.",
      "The Kremlin said nothing.", "Okafor's aide shrugged.", "Sen. Okafor left the room.", "\"Never,\" the aide replied."})
  void questionThenAnUnrelatedSentenceSplits(String next) {
    assertEquals(List.of("\"Why now?\"", next), sentences("\"Why now?\" " + next));
    assertEquals(List.of("\"Enough!\"", next), sentences("\"Enough!\" " + next));
  }

  @Test
  void anAttributionInTheNextParagraphIsNotJoined() {
    assertEquals(List.of("\"Why now?\"", "Burton asked."), sentences("\"Why now?\"\n\nBurton asked."));
  }

  @Test
  void aQuoteEndingInAPeriodStillSplits() {
    assertEquals(List.of("\"We will win.\"", "Burton said so twice."), sentences("\"We will win.\" Burton said so twice."));
  }
}
