package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A generated set of invented sentences: titles (every entry of {@code data/title-abbreviations.txt}
 * and compounds) × names × speech cues × "?" / "!" quotes × following sentences, each text built
 * from its sentences so that the expected boundaries are known. Zero wrong and zero missed splits.
 */
class SentencesGeneratedTest {
  private static final String[] NAMES = {"Okafor", "Lina Haddad", "Tomas Reyes-Vidal", "Ana M. Lopez", "Defense Minister Ivo Petrov"};
  /** Cues of data/cues.txt after the speaker ("Okafor said") and before it ("said Okafor"). */
  private static final String[] CUES_AFTER = {"said", "asked", "added", "told reporters", "fumed", "shouted", "insisted", "wondered aloud"};
  private static final String[] CUES_BEFORE = {"said", "asked", "added", "shouted", "replied"};
  private static final String[] QUOTES = {"Why now", "Who will pay for all of this", "Enough", "Not one more day"};
  private static final String[] PUNCT = {"?", "!"};
  /** Sentences that follow, none of them an attribution. */
  private static final String[] NEXT = {"The vote is on Friday.", "He left soon after.", "Talks resumed on Monday.",
      "The minister left.", "Okafor left the room.", "It was not clear why.", "Sen. Haddad did not reply.",
      "\"We will see,\" an aide said.", "Many in the hall agreed."};

  private static List<String> titles() {
    List<String> out = new ArrayList<>();
    for (String w : new TreeSet<>(TitleAbbreviations.load().words())) out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1) + ". ");
    out.addAll(List.of("Lt. Gen. ", "Maj. Gen. ", "Brig. Gen. ", "Rear Adm. ", "Lt. Col. ", ""));
    return out;
  }

  private int texts, boundaries, wrong, missed;
  private final List<String> failures = new ArrayList<>();

  /** Joins {@code sentences} with one space, then compares the sentence starts found with theirs. */
  private void check(String... sentences) {
    String text = String.join(" ", sentences);
    Set<Integer> expected = new TreeSet<>();
    for (int i = 1, at = 0; i < sentences.length; i++) expected.add(at += sentences[i - 1].length() + 1);
    Set<Integer> found = new TreeSet<>();
    int[][] s = Sentences.of(TextView.of(text));
    for (int i = 1; i < s.length; i++) found.add(s[i][0]);
    texts++;
    boundaries += expected.size();
    int w = 0, m = 0;
    for (int b : found) if (!expected.contains(b)) w++;
    for (int b : expected) if (!found.contains(b)) m++;
    wrong += w;
    missed += m;
    if ((w > 0 || m > 0) && failures.size() < 20) failures.add(text + " -> " + TitleAbbreviationsTest.sentences(text));
  }

  @Test
  void noWrongAndNoMissedSplits() {
    int k = 0;
    for (String title : titles()) {
      for (String name : NAMES) {
        String speaker = title + name;
        String next = NEXT[k++ % NEXT.length];
        // a title inside a sentence, and opening one
        check("Reporters asked " + speaker + " about the plan on Monday.", next);
        check("Reporters waited.", speaker + " spoke first.", next);
        for (String p : PUNCT) {
          for (String q : QUOTES) {
            String quote = "\"" + q + p + "\"";
            // trailing attribution: a (titled) name and a cue, a cue and the name, a pronoun and a cue
            for (String cue : CUES_AFTER) check(quote + " " + speaker + " " + cue + ".", NEXT[k++ % NEXT.length]);
            for (String cue : CUES_BEFORE) check(quote + " " + cue + " " + speaker + ".", NEXT[k++ % NEXT.length]);
            check(quote + " she " + CUES_AFTER[k++ % CUES_AFTER.length] + ".", next);
            // no attribution: the quote is a sentence of its own
            check(quote, NEXT[k++ % NEXT.length]);
            check(quote, speaker + " left the room.");
          }
        }
      }
    }
    System.out.printf("generated sentence splitting: %d texts, %d expected boundaries, %d wrong splits, %d missed splits%n",
        texts, boundaries, wrong, missed);
    assertTrue(texts > 5000, "texts " + texts);
    assertEquals(0, wrong + missed, wrong + " wrong, " + missed + " missed, e.g.\n" + String.join("\n", failures));
  }
}
