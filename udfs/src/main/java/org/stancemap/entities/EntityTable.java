package org.stancemap.entities;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stancemap.text.DataFiles;

/**
 * The one entity table, {@code data/entities.tsv} (columns and kinds: see its header): the words
 * that mention target states ({@link org.stancemap.targets.Targets}) and the known speakers with
 * their affiliation ({@link org.stancemap.speakers.SpeakerTable}) both come from it. A partial date
 * covers its whole month or year ({@code to 2024} is the last day of 2024). Loaded once per JVM.
 */
public final class EntityTable implements Serializable {
  public static final String DATA_FILE = "entities.tsv";
  static final int COLUMNS = 10;
  static final Set<String> KINDS = Set.of("state", "demonym", "capital", "government", "leader", "official", "ministry",
      "military", "backed", "media", "opposition", "armed_group", "international", "ngo", "people", Entity.LABEL, Entity.CONTEXTUAL, Entity.CITY);

  private static volatile EntityTable standard;

  private final List<Entity> entities;
  private final java.util.Map<String, Entity> byId = new java.util.HashMap<>();

  public EntityTable(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity e : this.entities) byId.putIfAbsent(e.id(), e);
  }

  /** The entity with id {@code id} (the first row of that id), or null. */
  public Entity byId(String id) {
    return byId.get(id);
  }

  /** The packaged (or {@code STANCEMAP_DATA_DIR}) table. */
  public static EntityTable load() {
    EntityTable t = standard;
    if (t == null) {
      synchronized (EntityTable.class) {
        if (standard == null) standard = parse(DataFiles.tsv(DATA_FILE), "data/" + DATA_FILE);
        t = standard;
      }
    }
    return t;
  }

  /** Rows of the table; trailing empty columns may be missing (lines are stripped). */
  public static EntityTable parse(List<String[]> rows, String source) {
    List<Entity> out = new ArrayList<>(rows.size());
    Set<String> ids = new LinkedHashSet<>();
    int n = 0;
    for (String[] row : rows) {
      n++;
      String[] r = java.util.Arrays.copyOf(row, COLUMNS);
      for (int i = 0; i < COLUMNS; i++) r[i] = r[i] == null ? "" : r[i].strip();
      String where = source + ": row " + n + " (" + r[0] + ")";
      if (row.length > COLUMNS) throw new IllegalArgumentException(where + ": more than " + COLUMNS + " columns");
      if (r[0].isEmpty() || r[1].isEmpty()) throw new IllegalArgumentException(where + ": needs an id and a name");
      if (!ids.add(r[0])) throw new IllegalArgumentException(where + ": the id is used twice");
      if (!KINDS.contains(r[4])) throw new IllegalArgumentException(where + ": unknown kind '" + r[4] + "', expected one of " + KINDS);
      List<String> aliases = new ArrayList<>();
      for (String a : r[2].split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
      LocalDate from = date(r[8], false, where);
      LocalDate to = date(r[9], true, where);
      if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException(where + ": ends before it starts");
      out.add(new Entity(r[0], r[1], aliases, r[3].isEmpty() ? "organization" : r[3], r[4], blankToNull(r[5]),
          blankToNull(r[6]), r[7], from, to));
    }
    return new EntityTable(out);
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD; a partial date is its first day ({@code end}: its last day). */
  static LocalDate date(String s, boolean end, String where) {
    if (s.isEmpty()) return null;
    try {
      if (s.length() == 4) return end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
      if (s.length() == 7) {
        YearMonth m = YearMonth.parse(s);
        return end ? m.atEndOfMonth() : m.atDay(1);
      }
      return LocalDate.parse(s);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(where + ": bad date '" + s + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }

  public List<Entity> entities() {
    return entities;
  }

  /** The states the table knows, in file order. */
  public List<String> states() {
    Set<String> s = new LinkedHashSet<>();
    for (Entity e : entities) if (e.state() != null) s.add(e.state());
    return List.copyOf(s);
  }
}
