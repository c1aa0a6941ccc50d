package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written word counter agrees with the WORD pattern it replaced (a profiling hotspot). */
class CountWordsTest {
  private static int byPattern(String s) {
    Matcher m = ArticleParser.WORD.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Test
  void agreesWithThePatternOnTrickyText() {
    for (String s : List.of("", " ", "Putin", "Erdogan's aides", "Erdogan’s", "pro-Kremlin", "a--b", "a-'b", "it's-", "-start",
        "'quoted'", "2020-03-05", "3.5 percent", "Россия и Турция", "Ünal Çeviköz", "İdlib", "日本語", "x²", "Ⅻ legion", "emoji 👍 here",
        "tab\there", "line\nbreak", "end.", "don’t-stop-me now", "\uD835\uDC00math", "a'", "'a", "a’’b")) {
      assertEquals(byPattern(s), ArticleParser.countWords(s), s);
    }
  }

  @Test
  void agreesWithThePatternOnRandomText() {
    String alphabet = "ab Z9'’-.\n\"“”é Ж²Ⅻ\uD83D\uDC4D";
    int[] cps = alphabet.codePoints().toArray();
    Random r = new Random(3);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = r.nextInt(40); j > 0; j--) sb.appendCodePoint(cps[r.nextInt(cps.length)]);
      assertEquals(byPattern(sb.toString()), ArticleParser.countWords(sb.toString()), sb.toString());
    }
  }
}
