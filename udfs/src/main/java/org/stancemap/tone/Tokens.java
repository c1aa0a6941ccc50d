package org.stancemap.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into words (letters and digits, with inner apostrophes and hyphens: "didn't",
 * "Russia-backed", "cease-fire") and single punctuation marks, keeping offsets.
 */
public final class Tokens {
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+|[-‐‑][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  /** Punctuation that ends a clause: ; : ( ) [ ] — – . ! ? */
  public static final Set<String> CLAUSE_MARKS = Set.of(";", ":", "(", ")", "—", "–", ".", "!", "?", "[", "]");

  private Tokens() {}

  /** A clause mark or a comma. */
  public static boolean isBoundary(Token t) {
    return !t.word() && (CLAUSE_MARKS.contains(t.text()) || t.text().equals(","));
  }

  public static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      boolean word = Character.isLetterOrDigit(t.codePointAt(0));
      out.add(new Token(t, normalize(t), m.start(), m.end(), word));
    }
    return out;
  }

  static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('‑', '-');
  }
}
