package org.stancemap.tone.roles;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.text.DataFiles;

/** The grammar word lists of {@code data/tone/role-grammar.tsv} (kinds: see its header). Immutable. */
public final class RoleGrammar implements Serializable {
  public static final String FILE = "tone/role-grammar.tsv";
  static final Set<String> KINDS = Set.of("auxiliary", "perfect", "by", "patient_prep", "location_prep", "after_participle",
      "victim_noun", "irregular_participle", "negation", "phrase_gap");

  private final Map<String, Set<String>> words;

  public RoleGrammar(Map<String, Set<String>> words) {
    this.words = words;
  }

  public static RoleGrammar load() {
    return parse(DataFiles.tsv(FILE));
  }

  public static RoleGrammar parse(List<String[]> rows) {
    return new RoleGrammar(kindWords(FILE, KINDS, rows));
  }

  /**
   * Rows {@code kind<TAB>word} of {@code data/FILE} as the lower-case words of each kind (every kind present, perhaps
   * empty); a row with no word or a kind not in {@code kinds} is refused with the file's name.
   */
  static Map<String, Set<String>> kindWords(String file, Set<String> kinds, List<String[]> rows) {
    Map<String, Set<String>> words = new HashMap<>();
    for (String k : kinds) words.put(k, new HashSet<>());
    for (String[] r : rows) {
      if (r.length < 2 || !kinds.contains(r[0].strip()) || r[1].isBlank()) {
        throw new IllegalArgumentException("data/" + file + ": expected kind<TAB>word with a kind of " + kinds + ": " + String.join("\\t", r));
      }
      words.get(r[0].strip()).add(r[1].strip().toLowerCase(java.util.Locale.ROOT));
    }
    return words;
  }

  /** The words of one kind. */
  public Set<String> words(String kind) {
    Set<String> s = words.get(kind);
    if (s == null) throw new IllegalArgumentException("unknown grammar kind " + kind);
    return java.util.Collections.unmodifiableSet(s);
  }

  /** Whether {@code word} (lower case) is of {@code kind}. */
  public boolean is(String kind, String word) {
    Set<String> s = words.get(kind);
    if (s == null) throw new IllegalArgumentException("unknown grammar kind " + kind);
    return s.contains(word);
  }
}
