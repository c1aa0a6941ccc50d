package org.stancemap.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named word lists from a data file of rows {@code name<TAB>words separated by spaces} (lower-cased on
 * load): the grammar word lists of the rules, one file per rule family ({@code data/reported-speech-words.tsv},
 * {@code data/speaker-words.tsv}). A malformed row, a list given twice and a list asked for but missing
 * are refused with the file's and the list's name; {@link #unread()} names the lists nobody asked for.
 */
public final class WordLists {
  private final String file;
  private final Map<String, Set<String>> lists = new HashMap<>();
  private final Set<String> read = ConcurrentHashMap.newKeySet();

  /** The lists of {@code data/FILE}. */
  public static WordLists load(String file) {
    return new WordLists(file, DataFiles.tsv(file));
  }

  /** Lists from rows {@code name, words}; {@code file} names them in messages. */
  public WordLists(String file, List<String[]> rows) {
    this.file = file;
    for (String[] row : rows) {
      if (row.length != 2 || row[0].isBlank() || row[1].isBlank()) {
        throw new IllegalArgumentException("data/" + file + ": a row is a list name, a TAB and its words: " + String.join("\\t", row));
      }
      String name = row[0].strip();
      Set<String> words = Set.copyOf(Arrays.asList(row[1].strip().toLowerCase(Locale.ROOT).split("\\s+")));
      if (lists.put(name, words) != null) throw new IllegalArgumentException("data/" + file + ": list '" + name + "' is given twice");
    }
  }

  /** The list {@code name}; refused when the file has none. */
  public Set<String> get(String name) {
    Set<String> s = lists.get(name);
    if (s == null) throw new IllegalArgumentException("data/" + file + " has no list '" + name + "'");
    read.add(name);
    return s;
  }

  /** The lists of the file that {@link #get} has not been asked for, sorted. */
  public Set<String> unread() {
    Set<String> out = new TreeSet<>(lists.keySet());
    out.removeAll(read);
    return out;
  }
}
