package org.stancemap.statements;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.text.DataFiles;

/**
 * Evaluative verbs of speech that label something with a quoted word ({@code data/label-verbs.tsv}):
 * "branded it "shameful"", "slammed the excuse as "false"". Each form has a construction:
 * {@link #OBJECT} (the quote may follow the object directly, or "as") or {@link #AS} (only "as").
 */
public final class LabelVerbs {
  public static final String FILE = "label-verbs.tsv";
  /** VERB OBJECT "..." or VERB OBJECT as "...". */
  public static final String OBJECT = "object";
  /** VERB OBJECT as "..." only. */
  public static final String AS = "as";

  private final Map<String, String> constructions = new HashMap<>();

  public LabelVerbs(List<String[]> rows) {
    for (String[] r : rows) {
      String form = r[0].strip().toLowerCase(Locale.ROOT);
      String c = r.length > 1 ? r[1].strip() : OBJECT;
      if (!c.equals(OBJECT) && !c.equals(AS)) throw new IllegalArgumentException("data/" + FILE + ": unknown construction " + c + " of " + form);
      constructions.put(form, c);
    }
  }

  private static volatile LabelVerbs defaults;

  public static LabelVerbs load() {
    LabelVerbs v = defaults;
    if (v == null) {
      synchronized (LabelVerbs.class) {
        if (defaults == null) defaults = new LabelVerbs(DataFiles.tsv(FILE));
        v = defaults;
      }
    }
    return v;
  }

  /** The construction of a (lower-case) verb form, or null when it is no label verb. */
  public String construction(String lowerForm) {
    return constructions.get(lowerForm);
  }
}
