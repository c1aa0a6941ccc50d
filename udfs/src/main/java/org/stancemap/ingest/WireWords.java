package org.stancemap.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.stancemap.text.DataFiles;

/**
 * The word lists of {@code data/datelines.tsv}: phrases that open credit lines ("Reporting by")
 * and notices ("Follow us on"), end-of-copy markers ("(end)") and dateline places ("Idlib",
 * "Abu Dhabi"). All lower case, longest first, so that the first prefix found is the longest.
 * {@link Datelines} applies them.
 */
public record WireWords(List<String> credits, List<String> notices, List<String> ends, List<String> cities) {
  public static final String FILE = "datelines.tsv";

  public WireWords {
    credits = sorted(credits);
    notices = sorted(notices);
    ends = sorted(ends);
    cities = sorted(cities);
  }

  /** The lists of {@code data/datelines.tsv}; an unknown kind is an error that names the line. */
  public static WireWords load() {
    List<String> credits = new ArrayList<>(), notices = new ArrayList<>(), ends = new ArrayList<>(), cities = new ArrayList<>();
    for (String[] row : DataFiles.tsv(FILE)) {
      if (row[0].equals("kind")) continue;
      if (row.length < 2 || row[1].isBlank()) throw new IllegalArgumentException("data/" + FILE + ": no phrase in '" + String.join("\t", row) + "'");
      String phrase = row[1].strip();
      switch (row[0].strip()) {
        case "credit" -> credits.add(phrase);
        case "notice" -> notices.add(phrase);
        case "end" -> ends.add(phrase);
        case "city" -> cities.add(phrase);
        default -> throw new IllegalArgumentException("data/" + FILE + ": unknown kind '" + row[0] + "' (credit, notice, end, city)");
      }
    }
    return new WireWords(credits, notices, ends, cities);
  }

  private static List<String> sorted(List<String> phrases) {
    return phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
  }

  /** The longest phrase of {@code phrases} that {@code s} starts with (case-insensitive, ending at a word boundary), or null. */
  public static String prefix(List<String> phrases, String s) {
    for (String p : phrases) {
      if (s.length() < p.length() || !s.regionMatches(true, 0, p, 0, p.length())) continue;
      boolean wordEnd = p.length() == s.length() || !Character.isLetterOrDigit(p.charAt(p.length() - 1))
          || !Character.isLetterOrDigit(s.charAt(p.length()));
      if (wordEnd) return p;
    }
    return null;
  }
}
