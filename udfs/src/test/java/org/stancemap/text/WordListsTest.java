package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The loader of named word lists ({@code name<TAB>words}). */
class WordListsTest {
  @Test
  void listsAreLowerCasedSetsAndTheUnreadOnesAreNamed() {
    WordLists w = new WordLists("x.tsv", List.of(new String[] {"be", "Is was  WERE is"}, new String[] {"asides", "however"}));
    assertEquals(Set.of("is", "was", "were"), w.get("be"));
    assertEquals(Set.of("asides"), w.unread());
    w.get("asides");
    assertEquals(Set.of(), w.unread());
  }

  @Test
  void aMalformedRowARepeatedListAndAMissingListAreRefusedByName() {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> new WordLists("x.tsv", List.<String[]>of(new String[] {"be"})));
    assertTrue(bad.getMessage().contains("data/x.tsv"), bad.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> new WordLists("x.tsv", List.<String[]>of(new String[] {"be", " "})));
    assertTrue(blank.getMessage().contains("data/x.tsv"), blank.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new WordLists("x.tsv", List.of(new String[] {"be", "is"}, new String[] {"be", "was"})));
    assertTrue(twice.getMessage().contains("'be'"), twice.getMessage());
    WordLists w = new WordLists("x.tsv", List.<String[]>of(new String[] {"be", "is"}));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> w.get("asides"));
    assertTrue(missing.getMessage().contains("data/x.tsv") && missing.getMessage().contains("'asides'"), missing.getMessage());
  }
}
