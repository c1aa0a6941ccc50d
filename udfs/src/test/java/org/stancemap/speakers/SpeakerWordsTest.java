package org.stancemap.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The speaker grammar's word lists come from {@code data/speaker-words.tsv}, and every list there is read. */
class SpeakerWordsTest {
  @Test
  void theGrammarReadsEveryListOfTheDataFile() throws Exception {
    for (String c : new String[] {"org.stancemap.speakers.MentionParser", "org.stancemap.speakers.sieves.Grammar",
        "org.stancemap.speakers.sieves.SentenceSubject", "org.stancemap.speakers.sieves.LabelVerbSieve",
        "org.stancemap.speakers.sieves.QuoteLabelSieve", "org.stancemap.speakers.sieves.PreviousSentenceSieve",
        "org.stancemap.speakers.sieves.TrailingCueSieve",
        "org.stancemap.text.TitleAbbreviations", "org.stancemap.speakers.ArticleSpeakers",
        "org.stancemap.statements.StatementExtractor", "org.stancemap.speakers.Mention"}) {
      Class.forName(c, true, getClass().getClassLoader());
    }
    assertEquals(Set.of(), SpeakerWords.lists().unread(), "lists of data/speaker-words.tsv that no code reads");
  }

  @Test
  void theParserSeesTheFilesWords() {
    assertTrue(MentionParser.CAP_STOP.contains("monday") && MentionParser.CAP_STOP.contains("please"));
    assertTrue(MentionParser.DETERMINERS.contains("several"));
    assertTrue(SpeakerWords.list("to-heads").contains("envoy"));
  }
}
