package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  static WordPieceTokenizer tok;

  @BeforeAll
  static void load() {
    tok = WordPieceTokenizer.fromTokenizerJson(
        WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream(WordPieceTokenizer.MINILM_RESOURCE));
  }

  static List<String> pieces(String text) {
    WordPieceTokenizer.Encoding e = tok.encode(text, 512);
    List<String> out = new ArrayList<>();
    for (int k = 1; k < e.length() - 1; k++) out.add(text.substring(e.starts()[k], e.ends()[k]));
    return out;
  }

  @Test
  void bertUncasedIds() {
    // [CLS] hello world [SEP] in the bert-base-uncased vocabulary
    assertArrayEquals(new int[] {101, 7592, 2088, 102}, tok.encode("Hello World", 512).ids());
  }

  @Test
  void splitsPunctuationAndKeepsOffsets() {
    assertEquals(List.of("Turkish", "-", "Russian", "relations"), pieces("Turkish-Russian relations"));
    assertEquals(List.of("#", "Syria", "'", "s"), pieces("#Syria's"));
  }

  @Test
  void lowercasesAndStripsAccentsButOffsetsPointIntoTheOriginal() {
    WordPieceTokenizer.Encoding plain = tok.encode("Turkiye", 512);
    WordPieceTokenizer.Encoding accented = tok.encode("Türkiye", 512);
    assertArrayEquals(plain.ids(), accented.ids());
    assertEquals(7, accented.ends()[accented.length() - 2]);
  }

  @Test
  void splitsUnknownWordsIntoPiecesWithOffsets() {
    List<String> p = pieces("Erdogan");
    assertTrue(p.size() > 1, p.toString());
    assertEquals("Erdogan", String.join("", p));
  }

  @Test
  void truncatesToTheBudget() {
    WordPieceTokenizer.Encoding e = tok.encode("a b c d e f g h", 5);
    assertEquals(5, e.length());
    assertEquals(WordPieceTokenizer.CLS, e.ids()[0]);
    assertEquals(WordPieceTokenizer.SEP, e.ids()[4]);
  }
}
