package org.stancemap.targets;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.entities.Entity;
import org.stancemap.entities.EntityTable;
import org.stancemap.text.DataFiles;

/**
 * The configured targets and the words that mention them. The targets file ({@code data/targets.tsv}
 * or one a user gives) names the target states, one a line; their words come from the entity table
 * ({@code data/entities.tsv}): every entity that speaks or acts for the state (its name, demonyms,
 * capital, government, leaders and officials, ministries, armed forces, "X-backed" forms), each
 * with its dates. A line {@code target<TAB>alias[<TAB>group]} adds a word of its own (a target the
 * entity table does not know, or a word it lacks). Every other entity's words are kept as
 * {@link TargetAlias#OTHER} forms, so "the Syrian opposition" or "Syrian refugees" never count as
 * Syria, and the table's contextual words ("regime forces") as {@link TargetAlias#CONTEXTUAL}.
 */
public final class Targets implements Serializable {
  public static final String DATA_FILE = "targets.tsv";
  /** The entity kind of news outlets. */
  public static final String MEDIA = "media";
  public static final Set<String> GROUPS = Set.of("name", "demonym", "capital", TargetAlias.METONYM, TargetAlias.LEADER);
  /** The group a mention of an entity of each state-speaking kind counts in. */
  static final Map<String, String> GROUP_OF_KIND = Map.of("state", "name", "demonym", "demonym", "capital", "capital",
      "government", TargetAlias.METONYM, "ministry", TargetAlias.METONYM, "military", TargetAlias.METONYM,
      "backed", TargetAlias.METONYM, "leader", TargetAlias.LEADER, "official", TargetAlias.LEADER);

  private final List<TargetAlias> aliases;
  private final List<String> names;

  public Targets(List<TargetAlias> aliases) {
    this.aliases = List.copyOf(aliases);
    Set<String> n = new LinkedHashSet<>();
    for (TargetAlias a : aliases) if (a.namesTarget()) n.add(a.target());
    if (n.isEmpty()) throw new IllegalArgumentException("no targets configured");
    this.names = List.copyOf(n);
  }

  /** The packaged (or user-overridden, see {@link DataFiles}) {@code data/targets.tsv}. */
  public static Targets load() {
    return parse(DataFiles.tsv(DATA_FILE), "data/" + DATA_FILE);
  }

  /** A targets file outside {@code data/}, same format. */
  public static Targets load(Path file) {
    try {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) rows.add(t.split("\t", -1));
      }
      return parse(rows, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read targets file " + file, e);
    }
  }

  /** Rows of a targets file, with the packaged entity table. */
  public static Targets parse(List<String[]> rows, String source) {
    return parse(rows, source, EntityTable.load());
  }

  /**
   * Rows of {@code target} (a state of the entity table: all its words) or {@code target, alias[,
   * group]} (one word of its own; a missing group means {@code name}).
   */
  public static Targets parse(List<String[]> rows, String source, EntityTable entities) {
    List<TargetAlias> out = new ArrayList<>();
    Set<String> targets = new LinkedHashSet<>();
    Set<String> known = new HashSet<>(entities.states());
    int n = 0;
    for (String[] row : rows) {
      n++;
      if (row.length == 0 || row[0].isBlank()) {
        throw new IllegalArgumentException(source + ": row " + n + " needs target[<TAB>alias[<TAB>group]]: " + String.join("\\t", row));
      }
      String target = row[0].strip();
      if (row.length < 2 || row[1].isBlank()) {
        if (!known.contains(target)) {
          throw new IllegalArgumentException(source + ": row " + n + ": '" + target + "' is not a state of data/"
              + EntityTable.DATA_FILE + " (known: " + entities.states() + "); give its words as target<TAB>alias<TAB>group rows");
        }
        targets.add(target);
        continue;
      }
      String group = row.length > 2 && !row[2].isBlank() ? row[2].strip().toLowerCase() : "name";
      if (!GROUPS.contains(group)) {
        throw new IllegalArgumentException(source + ": row " + n + ": unknown group '" + group + "', expected one of " + GROUPS);
      }
      out.add(new TargetAlias(target, row[1].strip(), group));
    }
    for (Entity e : entities.entities()) {
      boolean target = e.speaksForState() && targets.contains(e.state());
      boolean contextual = e.kind().equals(Entity.CONTEXTUAL);
      String group = target ? GROUP_OF_KIND.get(e.kind()) : contextual ? TargetAlias.CONTEXTUAL : TargetAlias.OTHER;
      // a contextual row's affiliation names the kind of entity its words stand for
      String kind = contextual ? e.affiliation() : e.kind();
      // state-run media keep their state: an article of theirs reads "army units" as its own state's
      // and a contextual row's state is its default referent ("the regime": Assad's, until December 2024)
      // (places keep theirs too: where the article is, the weakest clue)
      String state = e.speaksForState() || ((e.kind().equals(MEDIA) || contextual || e.kind().equals(Entity.CITY)) && e.state() != null)
          ? e.state() : "";
      for (String s : e.surfaces()) out.add(new TargetAlias(target ? e.state() : "", s, group, e.from(), e.to(), state, kind));
    }
    return new Targets(out);
  }

  /** Every form the matcher looks for: the targets' words, then the blocking and contextual ones. */
  public List<TargetAlias> aliases() {
    return aliases;
  }

  /** Target names in file order. */
  public List<String> names() {
    return names;
  }

  /** Equal when they hold the same forms (so a JVM can share one matcher among tasks). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Targets t && t.aliases.equals(aliases);
  }

  @Override
  public int hashCode() {
    return aliases.hashCode();
  }

  @Override
  public String toString() {
    return "Targets" + names() + " (" + aliases.size() + " forms)";
  }
}
