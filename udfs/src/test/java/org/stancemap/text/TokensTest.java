package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void splitSpacesGivesWhatTheRegexSplitGives() {
    String[] cases = {"", " ", "  \t", "Anwar al-Zoubi", " Anwar  al-Zoubi ", "\tA\nB\u000BC\fD\rE", "a\u00A0b", "x ", " x"};
    for (String c : cases) assertArrayEquals(c.split("\\s+"), Tokens.splitSpaces(c), "'" + c + "'");
    // random strings over letters, regex white space and white space the regex does not know (no-break, em space)
    char[] alphabet = {'a', 'B', '-', '\'', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003'};
    Random r = new Random(7);
    for (int k = 0; k < 20000; k++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) b.append(alphabet[r.nextInt(alphabet.length)]);
      String s = b.toString();
      assertArrayEquals(s.split("\\s+"), Tokens.splitSpaces(s), "'" + s + "'");
    }
  }

  /** "V.Putin" (a Kremlin transcript's label) is an initial and a surname; "U.S.", "J.K.Rowling", "Gazeta.Ru" stay whole. */
  @Test
  void anInitialWrittenAgainstItsSurnameIsAWordOfItsOwn() {
    List<String> words = words("V.Putin: Good afternoon. A.Khinshtein and U.S. and J.K.Rowling and Gazeta.Ru");
    assertEquals(List.of("V.", "Putin", ":", "Good", "afternoon", ".", "A.", "Khinshtein", "and", "U.S.", "and", "J.K.Rowling", "and",
        "Gazeta.Ru"), words);
  }

  /** "12,000" and "1,250,000" are one word each; "3,14159" and "2019,2020" are not numbers with thousands separators. */
  @Test
  void aNumbersThousandsSeparatorIsInsideTheWord() {
    List<String> words = words("has 12,000 subscribers, 1,250,000 and 3,14159 and 2019,2020 and 5,000.");
    assertEquals(List.of("has", "12,000", "subscribers", ",", "1,250,000", "and", "3", ",", "14159", "and", "2019", ",", "2020", "and",
        "5,000", "."), words);
  }

  private static List<String> words(String s) {
    Tokens t = Tokens.of(s, 0, s.length());
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) words.add(t.text(i));
    return words;
  }

  /** "U.S.-backed" is one word, as "US-backed" is; "the U.S. -" and "Mr.-" stay apart. */
  @Test
  void aMiddleInitialKeepsItsFullStop() {
    assertEquals(List.of("Dmitri", "S.", "Peskov", "said"), texts("Dmitri S. Peskov said"));
    // not after a word that is no given name, nor before a lower-case word
    assertEquals(List.of("Plan", "B", ".", "The", "vote"), texts("Plan B. The vote"));
    assertEquals(List.of("John", "F", ".", "said"), texts("John F. said"));
    // ... nor before a word that opens a sentence: a head, a title or a function word
    assertEquals(List.of("as", "Anna", "M", ".", "Prosecutors", "said"), texts("as Anna M. Prosecutors said"));
    assertEquals(List.of("Tomas", "B", ".", "He", "said"), texts("Tomas B. He said"));
  }

  @Test
  void aCompoundAfterDottedInitialsIsOneWord() {
    assertEquals(List.of("a", "U.S.-backed", "force"), texts("a U.S.-backed force"));
    assertEquals(List.of("U.N.-led", "talks"), texts("U.N.-led talks"));
    assertEquals(List.of("the", "U.S.", "-", "and"), texts("the U.S. - and"));
    assertEquals(List.of("Mr.", "-", "X"), texts("Mr.-X"));
  }

  private static List<String> texts(String s) {
    Tokens t = Tokens.of(s, 0, s.length());
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) out.add(t.text(i));
    return out;
  }

  @Test
  void splitSpacesKeepsTheStringWhenThereIsNoSpace() {
    String s = "Erdogan";
    assertEquals(1, Tokens.splitSpaces(s).length);
    assertEquals(s, Tokens.splitSpaces(s)[0]);
  }
}
