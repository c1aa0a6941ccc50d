package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A title before a name never ends a sentence ({@code data/title-abbreviations.txt}). */
class TitleAbbreviationsTest {

  static List<String> sentences(String text) {
    TextView tv = TextView.of(text);
    List<String> out = new ArrayList<>();
    for (int[] s : Sentences.of(tv)) out.add(tv.view().substring(s[0], s[1]));
    return out;
  }

  @Test
  void aShortNoteInBracketsBetweenATitleAndTheNameEndsNoSentence() {
    assertEquals(List.of("\"It was a warning,\" said Brig. Gen. (res.) Avi Dor, a former analyst.", "Others disagreed."),
        sentences("\"It was a warning,\" said Brig. Gen. (res.) Avi Dor, a former analyst. Others disagreed."));
    assertEquals(List.of("The unit was led by Col. (ret.) Ann Lee.", "She retired in May."),
        sentences("The unit was led by Col. (ret.) Ann Lee. She retired in May."));
  }

  /** The titles issue 13 names, compounds included: each one a case. */
  @ParameterizedTest
  @ValueSource(strings = {"Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Gov.", "Rev.", "Prof.", "Dr.", "Mr.", "Ms.", "Mrs.",
      "Messrs.", "Sens.", "Reps.", "Amb.", "Supt.", "Insp.", "Pres.", "Sen.", "Rep.", "Maj.", "Lt. Gen.", "Maj. Gen.",
      "Lt. Col.", "Brig. Gen.", "Rear Adm.", "Lt. Gov."})
  void aTitleBeforeANameDoesNotEndTheSentence(String title) {
    assertEquals(List.of("The letter was signed by " + title + " Okafor and sent on Monday.", "It arrived late."),
        sentences("The letter was signed by " + title + " Okafor and sent on Monday. It arrived late."));
    assertEquals(List.of("Reporters waited.", title + " Okafor spoke first.", "Then came questions."),
        sentences("Reporters waited. " + title + " Okafor spoke first. Then came questions."), "a sentence opening with the title");
    assertEquals(List.of("\"We are ready,\" said " + title + " Okafor.", "The vote is set."),
        sentences("\"We are ready,\" said " + title + " Okafor. The vote is set."), "a title in a trailing attribution");
  }

  /** Every entry of the data file, as written and in capitals. */
  static Stream<String> entries() {
    return TitleAbbreviations.load().words().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void everyListedTitleKeepsItsName(String word) {
    String title = Character.toUpperCase(word.charAt(0)) + word.substring(1) + ".";
    for (String t : List.of(title, title.toUpperCase(Locale.ROOT))) {
      assertEquals(List.of("Reporters asked " + t + " Haddad about it.", "No answer came."),
          sentences("Reporters asked " + t + " Haddad about it. No answer came."), t);
    }
  }

  @Test
  void aTitleThatEndsAParagraphOrTheTextStillEndsTheSentence() {
    assertEquals(List.of("The award went to the Gen.", "Next came the speeches."),
        sentences("The award went to the Gen.\n\nNext came the speeches."));
    assertEquals(List.of("The award went to the Gen."), sentences("The award went to the Gen."));
  }

  @Test
  void onlyACapitalAfterTheTitleKeepsItsPeriod() {
    TitleAbbreviations t = TitleAbbreviations.load();
    assertTrue(t.protects("asked Sen. Warren", 9));
    assertTrue(t.protects("(Gov. Lee", 4), "after an opening bracket");
    assertTrue(t.protects("\"Sen. Warren", 4), "after an opening quote");
    assertFalse(t.protects("asked Sen. 5 times", 9), "a digit");
    assertFalse(t.protects("asked Sen. \"Bob\" Lee", 9), "a quote mark");
    assertFalse(t.protects("the Sen.\nNext", 7), "a paragraph break");
    assertFalse(t.protects("the Sen.", 7), "the end of the text");
    assertFalse(t.protects("the next gen. Then", 12), "an entry starts with a capital");
    assertFalse(t.protects("he met Eugen. Then", 12), "a word that only ends like an entry");
    assertFalse(t.protects("Dover, Del. The mayor", 10), "a state abbreviation is not listed");
    assertFalse(t.protects("ex-Sen. Lee", 6), "an entry after a hyphen");
  }

  /** Parliament's "hon.", written in lower case before the word it qualifies, is listed in lower case and kept so. */
  @Test
  void anEntryListedInLowerCaseIsKeptInLowerCase() {
    assertEquals(List.of("I thank the right hon. Member for Tonbridge for his question.", "He is right."),
        sentences("I thank the right hon. Member for Tonbridge for his question. He is right."));
    assertEquals(List.of("Does my hon. Friend agree?", "She does."), sentences("Does my hon. Friend agree? She does."));
    assertTrue(new TitleAbbreviations(List.of("hon.")).isTitle("Hon"), "and in capitals as any entry");
    assertFalse(new TitleAbbreviations(List.of("Sen.")).isTitle("sen"), "an entry listed with a capital needs one");
    assertFalse(TitleAbbreviations.load().protects("the hon. 5", 7), "a capital must still follow");
  }

  @Test
  void wordsThatMerelyLookLikeTitlesStillSplit() {
    assertEquals(List.of("He thanked Eugen.", "Then he left."), sentences("He thanked Eugen. Then he left."));
    assertEquals(List.of("They drove to Dover, Del.", "The mayor was out."), sentences("They drove to Dover, Del. The mayor was out."));
    assertEquals(List.of("It was the next gen.", "Nobody cared."), sentences("It was the next gen. Nobody cared."));
  }

  /**
   * "U.S." before a title: the title keeps its name; the dotted abbreviation before it is the
   * library's multiple-period rule, which cuts before any capital ("the U.S. Army" too), left as it is.
   */
  @Test
  void aTitleAfterUsKeepsItsName() {
    List<String> s = sentences("He met the U.S. Gen. Okafor in Doha. Then he left.");
    assertEquals("Then he left.", s.get(s.size() - 1));
    assertTrue(s.contains("Gen. Okafor in Doha.") || s.contains("He met the U.S. Gen. Okafor in Doha."), s.toString());
  }

  @Test
  void maskKeepsLengthAndOnlyTitlePeriods() {
    String text = "Sen. Warren met Lt. Gen. Okafor. The Gen.\n\nIt ended at 5 p.m. today.";
    String masked = Sentences.detectorInput(text);
    assertEquals(text.length(), masked.length());
    char m = DictionaryAbbreviations.MASK;
    assertEquals("Sen" + m + " Warren met Lt" + m + " Gen" + m + " Okafor. The Gen.\n\nIt ended at 5 p.m. today.", masked);
  }

  @Test
  void theFileHoldsOneAbbreviationALine() {
    assertThrows(IllegalArgumentException.class, () -> new TitleAbbreviations(List.of("Sen")));
    assertThrows(IllegalArgumentException.class, () -> new TitleAbbreviations(List.of("Lt. Gen.")));
    assertTrue(new TitleAbbreviations(List.of("Sen.")).isTitle("Sen"));
    assertFalse(new TitleAbbreviations(List.of("Sen.")).isTitle("sen"));
  }
}
