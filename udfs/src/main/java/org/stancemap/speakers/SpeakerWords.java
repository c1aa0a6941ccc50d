package org.stancemap.speakers;

import java.util.Set;
import org.stancemap.text.WordLists;

/**
 * The word lists of the speaker grammar ({@code data/speaker-words.tsv}): the mention parser's and the
 * attribution sieves' closed word classes (determiners, particles, words that are no name, words that
 * may stand between a subject and its cue, ...). Each class reads its lists once, when it is loaded.
 */
public final class SpeakerWords {
  public static final String FILE = "speaker-words.tsv";

  private static volatile WordLists lists;

  private SpeakerWords() {}

  /** The file's lists (loaded once). */
  public static WordLists lists() {
    WordLists w = lists;
    if (w == null) {
      synchronized (SpeakerWords.class) {
        if (lists == null) lists = WordLists.load(FILE);
        w = lists;
      }
    }
    return w;
  }

  /** The list {@code name}; refused with its name when the file has none. */
  public static Set<String> list(String name) {
    return lists().get(name);
  }
}
