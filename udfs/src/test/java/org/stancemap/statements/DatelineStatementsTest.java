package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wire furniture never becomes a statement (so it is never scored); sentences that mention an agency stay. */
class DatelineStatementsTest {
  static List<String> texts(String article) {
    return StatementExtractor.defaults().extractStrict(article, "Outlet", null).stream().map(s -> s.kind + ": " + s.text).toList();
  }

  @Test
  void datelinesTagsAndCreditsAreNoStatements() {
    String article = "MOSCOW, March 25. /TASS/. The ministry published new trade figures on Tuesday.\n\n"
        + "Exports rose for a third month.\n\n(end) rs.bs";
    assertEquals(List.of("narrative: The ministry published new trade figures on Tuesday.", "narrative: Exports rose for a third month."), texts(article));
  }

  @Test
  void reportedSpeechAfterADatelineStartsAfterIt() {
    String article = "BEIRUT (Reuters) - The ceasefire is holding in the south, the army said on Sunday.\n\n"
        + "(Reporting by Ana Ruiz; Editing by Tom Fox)";
    List<String> t = texts(article);
    assertEquals(List.of("indirect: The ceasefire is holding in the south"), t);
  }

  @Test
  void bylinesPlaceLinesAndNoticesAreNoStatements() {
    String article = "By Jane Doe, Reuters\n\nANKARA\n\nThe assembly met on Tuesday.\n\nFollow us on Telegram for more news.\n\nCopyright 2024 Example News";
    assertEquals(List.of("narrative: The assembly met on Tuesday."), texts(article));
  }

  @Test
  void timestampLinesAreNoStatementsEvenWhenSplitAtPM() {
    // the sentence splitter cuts the line at "p.m."; the line is furniture as a whole, every piece goes
    String article = "Kelsey Marchand, USA TODAY\nPublished 9:14 p.m. ET April 12, 2017 | Updated 11:02 p.m. ET April 12, 2017\n\n"
        + "The council met on Tuesday.\n\nPublished: 14:02 BST, 3 June 2025 | Updated: 16:47 BST, 3 June 2025\n\n"
        + "Updated figures show 40 killed in Aleppo.";
    assertEquals(List.of("narrative: The council met on Tuesday.", "narrative: Updated figures show 40 killed in Aleppo."), texts(article));
  }

  @Test
  void otherBoilerplateJudgesOnlyItsOwnSentence() {
    String article = "Click here to read the ruling. The judge wrote that the law was unconstitutional.\n\n"
        + "The council votes on Tuesday. Let us know what you think in the comments.";
    List<String> t = texts(article);
    assertTrue(t.stream().anyMatch(x -> x.contains("the law was unconstitutional")), t.toString());
    assertTrue(t.stream().anyMatch(x -> x.contains("The council votes on Tuesday")), t.toString());
  }

  @Test
  void mentionsOfAgenciesAndPlacesStay() {
    String article = "Reuters reported that the talks had stalled.\n\nMOSCOW said the talks had stalled.\n\nA TASS correspondent saw the convoy.";
    List<String> t = texts(article);
    assertEquals(List.of("indirect: the talks had stalled.", "indirect: the talks had stalled.", "narrative: A TASS correspondent saw the convoy."), t);
  }
}
