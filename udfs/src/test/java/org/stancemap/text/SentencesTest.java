package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {

  private static List<String> sentences(String text) {
    TextView tv = TextView.of(text);
    List<String> out = new ArrayList<>();
    for (int[] s : Sentences.of(tv)) out.add(tv.view().substring(s[0], s[1]));
    return out;
  }

  @Test
  void dictionaryAbbreviationsDoNotEndSentences() {
    assertEquals(List.of("Mr. Putin met Dr. Assad on Jan. 5 in room No. 4, etc., and left.", "Then he spoke."),
        sentences("Mr. Putin met Dr. Assad on Jan. 5 in room No. 4, etc., and left. Then he spoke."));
  }

  @Test
  void aFullStopAfterAClosingQuoteEndsTheSentence() {
    // British style: the full stop outside the closing single quote (the view straightens the marks)
    assertEquals(List.of("The group called it a 'victory for the resistance'.", "It vowed to fight on."),
        sentences("The group called it a \u2018victory for the resistance\u2019. It vowed to fight on."));
    // a plural possessive's apostrophe before a full stop is a sentence's end too; a quote inside a sentence is not cut
    assertEquals(List.of("They met the Joneses'.", "Then they left."), sentences("They met the Joneses'. Then they left."));
    assertEquals(List.of("He called the plan 'a farce' and left."), sentences("He called the plan 'a farce' and left."));
  }

  @Test
  void noSentenceOpensWithABracketAfterAWordOrWithALowerCaseOne() {
    // the detector cuts before some brackets: "(retd)", "(retired)" after a title or a name
    assertEquals(List.of("\"It is over,\" Colonel (retd) Ali Demir told CNN."), sentences("\"It is over,\" Colonel (retd) Ali Demir told CNN."));
    assertEquals(List.of("\"It is over,\" Maj. Gen. (retd) Ali Demir told CNN."), sentences("\"It is over,\" Maj. Gen. (retd) Ali Demir told CNN."));
    assertEquals(List.of("Ali Demir (retired) told CNN it was over."), sentences("Ali Demir (retired) told CNN it was over."));
    // a bracket that opens a sentence after a full stop stays its own, and so does the sentence after a stage direction
    assertEquals(List.of("The talks ended.", "(The delegations left at noon.)"), sentences("The talks ended. (The delegations left at noon.)"));
    assertEquals(2, sentences("Sheikh Omar Haddad said the ceasefire would hold. (in Arabic) The mediators said the next round "
        + "would be in Doha.").size());
    assertEquals(2, sentences("Erdogan told the crowd the West had failed. (applause) He said Turkey would keep sending aid.").size());
  }

  @Test
  void aListItemsBulletIsNoPartOfItsSentence() {
    assertEquals(List.of("The embassy said the vote was fair.", "Officials disagreed."),
        sentences("\u2022 The embassy said the vote was fair.\n\n\u00b7  Officials disagreed."));
    // a dash opens an interview's turn and stays ("— Why now?"); a bullet glued to a word is no bullet
    assertEquals(List.of("\u2014 Why now?", "\u2022Note."), sentences("\u2014 Why now?\n\n\u2022Note."));
  }

  @Test
  void aOneLetterWordEndsItsSentenceBeforeAWordThatOpensOne() {
    assertEquals(List.of("\"We will pay,\" Ortiz wrote on X.", "He said the plan would fail."),
        sentences("\"We will pay,\" Ortiz wrote on X. He said the plan would fail."));
    assertEquals(List.of("The team moved to plan B.", "The vote follows."), sentences("The team moved to plan B. The vote follows."));
    // an initial before a surname stays in its name
    assertEquals(List.of("John F. Kennedy spoke first."), sentences("John F. Kennedy spoke first."));
    assertEquals(List.of("Cha Y. Her spoke first."), sentences("Cha Y. Her spoke first."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"June 20.", "March 3.", "Aug. 14.", "Sept. 9 in Geneva."})
  void aDateAtTheEndOfASentenceStaysInIt(String date) {
    String first = "The court said the verdict was expected on " + date;
    assertEquals(List.of(first, "Lawyers appealed."), sentences(first + " Lawyers appealed."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rose to 14.", "killed 3.", "were aged 45.", "was 9, not 12."})
  void aSmallNumberEndingASentenceStaysInIt(String end) {
    // the detector reads "14." as a list item and cut before it
    String first = "Officials said the number " + end;
    assertEquals(List.of(first, "Lawyers appealed."), sentences(first + " Lawyers appealed."));
    assertEquals(List.of(first), sentences(first));
    // a numbered list on lines of its own keeps its items
    assertEquals(List.of("Three points:", "1. A truce.", "2. Talks."), sentences("Three points:\n\n1. A truce.\n\n2. Talks."));
  }

  @Test
  void noSentenceOpensWithACommaOrABracketAfterAnAbbreviation() {
    assertEquals(List.of("Prosecutors accuse the defendant, 47-year-old Ammar H., of torture.", "They say he led a militia."),
        sentences("Prosecutors accuse the defendant, 47-year-old Ammar H., of torture. They say he led a militia."));
    assertEquals(List.of("The witness, Omar K., testified first."), sentences("The witness, Omar K., testified first."));
    // nor with a closing bracket: a US lawmaker's party and state
    assertEquals(List.of("In the House, Rep. Laura Kessler (R-Pa.) said she had the votes.", "The vote is Friday."),
        sentences("In the House, Rep. Laura Kessler (R-Pa.) said she had the votes. The vote is Friday."));
  }

  @Test
  void maskKeepsLengthAndReplacesOnlyProtectedPeriods() {
    String text = "Mr. Putin spoke. Prof. Smith (p. 3) and Inc., then more. The end.";
    String masked = DictionaryAbbreviations.mask(text);
    assertEquals(text.length(), masked.length());
    assertEquals(text.replace("Mr.", "Mr" + DictionaryAbbreviations.MASK).replace("Prof.", "Prof" + DictionaryAbbreviations.MASK)
        .replace("Inc.", "Inc" + DictionaryAbbreviations.MASK), masked);
    assertTrue(DictionaryAbbreviations.protects("see p. 12", 5));
    assertFalse(DictionaryAbbreviations.protects("see p. Twelve", 5), "a number abbreviation needs a digit after it");
    assertFalse(DictionaryAbbreviations.protects("He said no. Then", 10), "'no' needs a digit or a lower-case word after it");
    assertFalse(DictionaryAbbreviations.protects("(Mr. Big", 3), "the entry must follow whitespace or the start");
    assertTrue(DictionaryAbbreviations.protects("MR. Big", 2), "entries match case-insensitively");
    assertEquals("no periods", DictionaryAbbreviations.mask("no periods"));
  }

  @Test
  void longRunsOfCombiningMarksReadAsLettersBeyondSixteen() {
    String vietnamese = "Ho\u0302\u0300ng no\u0301i. Tie\u0302\u0301p.";
    assertEquals(vietnamese, Sentences.maskMarkRuns(vietnamese));
    String zalgo = "Turkey" + "\u0301".repeat(40) + ". Next.";
    String masked = Sentences.maskMarkRuns(zalgo);
    assertEquals(zalgo.length(), masked.length());
    assertEquals("Turkey" + "\u0301".repeat(16) + "x".repeat(24) + ". Next.", masked);
    assertEquals(masked, Sentences.detectorInput(zalgo));
    assertEquals(2, sentences(zalgo).size(), "the marks do not change the bounds");
  }

  private static final SentenceDetector WITHOUT_DICTIONARY = Sentences.detector();

  /**
   * The library with its own dictionary pass (useAbbreviations defaults to true) against
   * {@link Sentences#detector} on {@link DictionaryAbbreviations#mask}: the one-scan dictionary pass
   * alone, before {@link TitleAbbreviations} masks the titles the library's dictionary lacks.
   */
  private static void assertSameBounds(String view, String what) {
    int[][] expected = view.isEmpty() ? new int[0][] : Sentences.spans(libraryByParagraph(view));
    int[][] actual = view.isEmpty() ? new int[0][] : Sentences.spans(WITHOUT_DICTIONARY.tag(DictionaryAbbreviations.mask(view)));
    assertEquals(expected.length, actual.length, what + ": " + view);
    for (int i = 0; i < actual.length; i++) assertArrayEquals(expected[i], actual[i], what + " sentence " + i + ": " + view);
  }

  /** The library with its dictionary pass, one paragraph ({@code '\n'} ends one) at a time, as {@link BoundedSentenceDetector} reads. */
  private static com.johnsnowlabs.nlp.annotators.common.Sentence[] libraryByParagraph(String view) {
    SentenceDetector library = new SentenceDetector();
    List<com.johnsnowlabs.nlp.annotators.common.Sentence> out = new ArrayList<>();
    for (int a = 0; a < view.length(); ) {
      int nl = view.indexOf('\n', a), b = nl < 0 ? view.length() : nl + 1;
      for (var x : library.tag(view.substring(a, b))) {
        out.add(new com.johnsnowlabs.nlp.annotators.common.Sentence(x.content(), x.start() + a, x.end() + a, x.index(), x.metadata()));
      }
      a = b;
    }
    return out.toArray(new com.johnsnowlabs.nlp.annotators.common.Sentence[0]);
  }

  /**
   * Each paragraph is read on its own: the library, given the whole text, pairs a closing quote mark
   * with an opening one paragraphs later and leaves the narrative between them unsplit, so the
   * speaker of "he said" in its second sentence was looked for from the first.
   */
  @Test
  void aParagraphBetweenTwoQuotationsIsSplitIntoItsSentences() {
    String text = "\"Some come for the lessons, some for the tea. On the holiday, we'll bake bread,\" she said.\n\n"
        + "For Ivan Petrenko, who fled Kharkiv, the news is never far away. His parents remain in a village near the front.\n\n"
        + "\"People ask me when it will end. I tell them: ask the generals,\" he said.";
    List<String> s = sentences(text);
    assertTrue(s.contains("For Ivan Petrenko, who fled Kharkiv, the news is never far away."), s.toString());
    assertTrue(s.contains("His parents remain in a village near the front."), s.toString());
  }

  /**
   * Every entry of the library's abbreviation dictionaries, in upper, title and lower case, before
   * each kind of continuation its rules look at: the one-scan pass cuts exactly where the
   * library's 120 regular expressions do.
   */
  @Test
  void sameBoundsAsTheLibraryForEveryDictionaryEntry() {
    var d = com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticDictionaries$.MODULE$;
    List<String> entries = new ArrayList<>();
    for (var list : List.of(d.PREPOSITIVE_ABBREVIATIONS(), d.NUMBER_ABBREVIATIONS(), d.ABBREVIATIONS())) {
      entries.addAll(scala.collection.JavaConverters.seqAsJavaList(list));
    }
    String[] after = {" Smith spoke", " 5 were", " said so", ", and more", ": 3 times", ":12 here", " (a) list", "  (b) list",
        ". Then", "? Maybe", "- not", " I am", " I'm here", " I'll go", " 42nd", "\nNew line"};
    int checked = 0;
    for (String entry : entries) {
      for (String form : new String[] {entry, entry.toUpperCase(java.util.Locale.ROOT),
          Character.toUpperCase(entry.charAt(0)) + entry.substring(1)}) {
        for (String rest : after) {
          assertSameBounds("They met " + form + "." + rest + " today. " + form + "." + rest + " again.", form + "." + rest);
          checked++;
        }
      }
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  /**
   * The one-scan dictionary pass gives the same raw sentence bounds as Spark NLP's own
   * (useAbbreviations = true) on real articles: the bundled samples.
   */
  @ParameterizedTest
  @ValueSource(strings = {"000_7d54c70991586ef4.txt", "001_d7a4cbbd8c306e23.txt", "002_a3016ad7c3cccbc9.txt",
      "003_a370f696c9737500.txt", "004_631a54740c3ad8f3.txt"})
  void sameBoundsAsTheLibrarysDictionaryPass(String sample) throws java.io.IOException {
    String view = TextView.of(java.nio.file.Files.readString(java.nio.file.Path.of("..", "data", "samples", sample))).view();
    assertSameBounds(view, sample);
  }
}
