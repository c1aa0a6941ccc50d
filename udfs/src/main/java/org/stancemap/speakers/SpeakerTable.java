package org.stancemap.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.stancemap.entities.Entity;
import org.stancemap.entities.EntityTable;
import org.stancemap.text.QuoteMarks;
import org.stancemap.text.TextNormalizer;

/**
 * Known speakers from the one entity table {@code data/entities.tsv} (people, governments,
 * ministries, armed forces, media, groups, international bodies): canonical ids, so that "Erdogan"
 * and "Recep Tayyip Erdogan" are one speaker across articles, with the state or side each speaks
 * for as its affiliation. Lookups are case-insensitive, ignore a leading "the" and accents, and
 * straighten quote marks. Where two entities share a form in different periods (Jolani as HTS
 * leader, al-Sharaa as Syria's leader), the one whose period is still open wins.
 */
public final class SpeakerTable {
  /** One speaker of the table. */
  public static final class Entry {
    public final String id, name, type, role, affiliation;
    /** A state or other place of the entity table ("Türkiye", "Russian Federation"), which speaks as a body. */
    public final boolean place;
    final boolean current;

    Entry(String id, String name, String type, String role, String affiliation, boolean current) {
      this(id, name, type, role, affiliation, current, false);
    }

    Entry(String id, String name, String type, String role, String affiliation, boolean current, boolean place) {
      this.place = place;
      this.id = id;
      this.name = name;
      this.type = type;
      this.role = role;
      this.affiliation = affiliation == null || affiliation.isBlank() ? null : affiliation;
      this.current = current;
    }
  }

  /** Entity kinds that are no speakers: words for a state's people, words that need context, places, set phrases. */
  static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("demonym", "backed", Entity.CONTEXTUAL, Entity.CITY, Entity.LABEL);

  private final Map<String, Entry> byKey = new HashMap<>();

  private static volatile SpeakerTable defaultTable;

  public static SpeakerTable load() {
    SpeakerTable t = defaultTable;
    if (t == null) {
      synchronized (SpeakerTable.class) {
        if (defaultTable == null) defaultTable = new SpeakerTable(EntityTable.load());
        t = defaultTable;
      }
    }
    return t;
  }

  public SpeakerTable(EntityTable entities) {
    for (Entity en : entities.entities()) {
      if (NOT_SPEAKERS.contains(en.kind())) continue;
      String type = Speaker.PERSON.equals(en.type()) ? Speaker.PERSON : Speaker.ORGANIZATION;
      Entry e = new Entry(en.id(), en.name(), type, en.role(), en.affiliation(), en.to() == null, "place".equals(en.type()));
      for (String surface : en.surfaces()) {
        String k = key(surface);
        Entry had = byKey.get(k);
        if (had == null || (e.current && !had.current)) byKey.put(k, e);
      }
    }
  }

  /** The entry whose name or alias is {@code surface}, or null. */
  public Entry find(String surface) {
    if (surface == null) return null;
    // the same surfaces are looked up again and again (every capitalised phrase of every article): the key's
    // normalisation is cached, the cache bounded (cleared when full) so a long run's memory stays flat
    Optional<Entry> hit = found.get(surface);
    if (hit == null) {
      // a miss adds one entry: counting misses bounds the cache without ConcurrentHashMap.size(), which sums
      // its counter cells on every call (1.4% of the statements stage at 20,000 articles)
      if (misses.incrementAndGet() % FIND_CACHE == 0) found.clear();
      hit = Optional.ofNullable(byKey.get(key(surface)));
      found.put(surface, hit);
    }
    return hit.orElse(null);
  }

  private static final int FIND_CACHE = 50_000;
  private final java.util.concurrent.ConcurrentHashMap<String, Optional<Entry>> found = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong misses = new java.util.concurrent.atomic.AtomicLong();

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
