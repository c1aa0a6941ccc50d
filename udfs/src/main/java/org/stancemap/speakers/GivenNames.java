package org.stancemap.speakers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.stancemap.text.DataFiles;
import org.stancemap.text.Tokens;

/**
 * Given names and the gender they indicate ({@code data/given-names.tsv}), plus the honorifics that
 * say it ("Mr.", "Mrs.", "Ms."): used only to keep "he" or "she" from referring to a person whose
 * name says the other gender ("he said" after "Fatima al-Hamoud" and "her husband, Khaled"). A name
 * the file lacks says nothing. Loaded once.
 */
public final class GivenNames {
  public static final String FILE = "given-names.tsv";

  private static final Map<String, String> HONORIFICS = Map.of("mr.", "m", "mr", "m", "sir", "m", "mrs.", "f", "mrs", "f",
      "ms.", "f", "ms", "f", "miss", "f", "dame", "f");

  private GivenNames() {}

  private static final class Holder {
    static final Map<String, String> NAMES = load();

    private static Map<String, String> load() {
      Map<String, String> m = new HashMap<>();
      for (String line : DataFiles.lines(FILE)) {
        String[] f = line.split("\t");
        if (f.length != 2 || !(f[1].strip().equals("m") || f[1].strip().equals("f"))) {
          throw new IllegalStateException(FILE + ": expected name<TAB>m|f, got '" + line + "'");
        }
        if (m.put(f[0].strip(), f[1].strip()) != null) throw new IllegalStateException(FILE + ": '" + f[0] + "' listed twice");
      }
      return Map.copyOf(m);
    }
  }

  /** "m" or "f" for a given name as written ("Fatima", or "FATIMA"), or null when the file does not list it. */
  public static String of(String name) {
    String g = Holder.NAMES.get(name);
    // "LISE" as records print names in capitals
    if (g == null && name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT))) {
      g = Holder.NAMES.get(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
    }
    // "Tarık", "Çağrı", "Zoë": the list's spellings without diacritics ("Tarik"), as it promises
    if (g == null) {
      String plain = java.text.Normalizer.normalize(name.replace('\u0131', 'i').replace('\u0130', 'I'), java.text.Normalizer.Form.NFD)
          .replaceAll("\\p{M}+", "");
      if (!plain.equals(name)) g = of(plain);
    }
    return g;
  }

  /**
   * The gender a person's name says, from its first word after any titles ("President Vladimir Putin":
   * Vladimir) or from an honorific ("Mrs. Clinton"); null when it says none.
   */
  public static String of(String phrase, Descriptors desc) {
    if (phrase == null) return null;
    for (String w : Tokens.splitSpaces(phrase.strip())) {
      String lw = w.toLowerCase(Locale.ROOT);
      String h = HONORIFICS.get(lw);
      if (h != null) return h;
      if (lw.equals("the") || desc.title(w) != null) continue; // title() folds case itself
      return of(w);
    }
    return null;
  }
}
