package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.text.DataFiles;

/** The loader of {@code data/reported-speech-words.tsv}. */
class ReportedSpeechWordsTest {
  @Test
  void theDataFileHasEveryListTheRulesRead() {
    List<String> names = new ArrayList<>();
    for (String[] row : DataFiles.tsv(ReportedSpeechWords.FILE)) names.add(row[0]);
    assertEquals(ReportedSpeechWords.LISTS, names);
    ReportedSpeechWords w = ReportedSpeechWords.load();
    assertTrue(w.tell.contains("warned") && w.aux.contains("would") && w.badClauseStart.contains("following"));
  }

  @Test
  void aMissingOrRepeatedListIsRefusedByName() {
    List<String[]> rows = new ArrayList<>();
    for (String[] row : DataFiles.tsv(ReportedSpeechWords.FILE)) if (!row[0].equals("aux")) rows.add(row);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> new ReportedSpeechWords(rows));
    assertTrue(missing.getMessage().contains("'aux'"), missing.getMessage());
    rows.add(new String[] {"tell", "told"});
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new ReportedSpeechWords(rows));
    assertTrue(twice.getMessage().contains("'tell'"), twice.getMessage());
    // a repeated word in a list is no error
    List<String[]> ok = new ArrayList<>(DataFiles.tsv(ReportedSpeechWords.FILE));
    ok.replaceAll(r -> r[0].equals("articles") ? new String[] {"articles", "a an a"} : r);
    assertEquals(2, new ReportedSpeechWords(ok).articles.size());
  }
}
