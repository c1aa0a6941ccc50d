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

  /** The tokens [first, end) that overlap characters [start, end) of their text, or null when none does. */
  public static int[] span(List<Token> tokens, int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > start && t.start() < end) {
        if (first < 0) first = i;
        last = i + 1;
      }
    }
    return first < 0 ? null : new int[] {first, last};
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
