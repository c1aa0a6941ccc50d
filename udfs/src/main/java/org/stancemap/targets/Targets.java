package org.stancemap.targets;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stancemap.text.DataFiles;

/**
 * The configured targets and their aliases, read from {@code data/targets.tsv} (columns
 * {@code target, alias, group}; see the file's header) or from a file a user gives.
 */
public final class Targets implements Serializable {
  public static final String DATA_FILE = "targets.tsv";
  public static final Set<String> GROUPS = Set.of("name", "demonym", "capital", "metonym", TargetAlias.LEADER);

  private final List<TargetAlias> aliases;

  public Targets(List<TargetAlias> aliases) {
    if (aliases.isEmpty()) throw new IllegalArgumentException("no targets configured");
    this.aliases = List.copyOf(aliases);
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

  /** Rows of {@code target, alias[, group]}; a missing group means {@code name}. */
  public static Targets parse(List<String[]> rows, String source) {
    List<TargetAlias> out = new ArrayList<>();
    int n = 0;
    for (String[] row : rows) {
      n++;
      if (row.length < 2 || row[0].isBlank() || row[1].isBlank()) {
        throw new IllegalArgumentException(source + ": row " + n + " needs target<TAB>alias[<TAB>group]: "
            + String.join("\\t", row));
      }
      String group = row.length > 2 && !row[2].isBlank() ? row[2].strip().toLowerCase() : "name";
      if (!GROUPS.contains(group)) {
        throw new IllegalArgumentException(source + ": row " + n + ": unknown group '" + group + "', expected one of " + GROUPS);
      }
      out.add(new TargetAlias(row[0].strip(), row[1].strip(), group));
    }
    return new Targets(out);
  }

  public List<TargetAlias> aliases() {
    return aliases;
  }

  /** Target names in file order. */
  public List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (TargetAlias a : aliases) names.add(a.target());
    return List.copyOf(names);
  }

  @Override
  public String toString() {
    return "Targets" + names() + " (" + aliases.size() + " aliases)";
  }
}
