package org.stancemap.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.stancemap.text.DataFiles;
import org.stancemap.text.QuoteMarks;
import org.stancemap.text.TextNormalizer;

/**
 * The alias table {@code data/speakers.tsv}: canonical ids for known people and bodies, so that
 * "Erdogan" and "Recep Tayyip Erdogan" are one speaker across articles. Lookups are
 * case-insensitive, ignore a leading "the" and accents, and straighten quote marks.
 */
public final class SpeakerTable {
  /** One row of the table. */
  public static final class Entry {
    public final String id, name, type, role, affiliation;

    Entry(String id, String name, String type, String role, String affiliation) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.role = role;
      this.affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation;
    }
  }

  private final Map<String, Entry> byKey = new HashMap<>();

  private static volatile SpeakerTable defaultTable;

  public static SpeakerTable load() {
    SpeakerTable t = defaultTable;
    if (t == null) {
      synchronized (SpeakerTable.class) {
        if (defaultTable == null) defaultTable = new SpeakerTable(DataFiles.tsv("speakers.tsv"));
        t = defaultTable;
      }
    }
    return t;
  }

  public SpeakerTable(List<String[]> rows) {
    for (String[] r : rows) {
      if (r.length < 2 || r[0].isBlank()) continue;
      Entry e = new Entry(r[0].strip(), r[1].strip(), r.length > 3 ? r[3].strip() : Speaker.PERSON,
          r.length > 4 ? r[4].strip() : "", r.length > 5 ? r[5].strip() : null);
      byKey.putIfAbsent(key(e.name), e);
      if (r.length > 2) {
        for (String a : r[2].split("\\|")) if (!a.isBlank()) byKey.putIfAbsent(key(a), e);
      }
    }
  }

  /** The entry whose name or alias is {@code surface}, or null. */
  public Entry find(String surface) {
    if (surface == null) return null;
    return byKey.get(key(surface));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  static String key(String s) {
    String t = SPACES.matcher(QuoteMarks.straighten(s).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (t.startsWith("the ")) t = t.substring(4);
    return TextNormalizer.withoutDiacritics(t);
  }

  /** A stable id for a name that is not in the table: lower-case ASCII words joined by '-'. */
  public static String slug(String s) {
    String t = TextNormalizer.withoutDiacritics(QuoteMarks.straighten(s)).toLowerCase(Locale.ROOT);
    t = NOT_LETTER_OR_DIGIT.matcher(POSSESSIVE.matcher(t).replaceAll("")).replaceAll("-");
    t = EDGE_DASHES.matcher(t).replaceAll("");
    if (t.startsWith("the-")) t = t.substring(4);
    else if (t.startsWith("a-")) t = t.substring(2);
    else if (t.startsWith("an-")) t = t.substring(3);
    return t.isEmpty() ? "unknown" : t;
  }
}
