package org.stancemap.speakers;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.stancemap.text.DataFiles;

/**
 * Words that make a capitalised name a body rather than a person ({@code data/body-words.txt}):
 * "Council", "Ministry", "Observatory", "League". Loaded once.
 */
public final class BodyWords {
  public static final String FILE = "body-words.txt";

  private BodyWords() {}

  private static final class Holder {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> s = new HashSet<>();
      for (String line : DataFiles.lines(FILE)) s.add(line.toLowerCase(Locale.ROOT));
      return Set.copyOf(s);
    }
  }

  /** Whether {@code word} (lower case) marks a body. */
  public static boolean contains(String word) {
    return Holder.WORDS.contains(word);
  }
}
