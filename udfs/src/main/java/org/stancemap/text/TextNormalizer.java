package org.stancemap.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Unicode and whitespace normalisation shared by ingestion, ids and matching. */
public final class TextNormalizer {
  private static final Pattern ANY_WHITESPACE = Pattern.compile("\\s+");

  private TextNormalizer() {}

  /** The article as stored in {@code text}: NFC, line ends unified, nothing else changed. */
  public static String canonical(String decoded) {
    String s = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Spaces of every kind become one space, invisible characters go, blank-line runs shrink. */
  public static String tidyWhitespace(String text) {
    // one pass instead of four regular expressions (a hotspot of ingestion): drop invisible
    // characters, collapse runs of horizontal space to one space, drop spaces before a line end,
    // keep at most two line ends in a row
    StringBuilder s = new StringBuilder(text.length());
    boolean space = false;
    int newlines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) continue;
      if (isHorizontalSpace(c)) {
        space = true;
      } else if (c == '\n') {
        space = false;
        if (++newlines <= 2) s.append('\n');
      } else {
        if (space) s.append(' ');
        space = false;
        newlines = 0;
        s.append(c);
      }
    }
    if (space) s.append(' ');
    // then every line stripped of the whitespace left at its ends, and the whole text too
    StringBuilder out = new StringBuilder(s.length());
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i < s.length() && s.charAt(i) != '\n') continue;
      int a = start, b = i;
      while (a < b && Character.isWhitespace(s.charAt(a))) a++;
      while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
      out.append(s, a, b).append('\n');
      start = i + 1;
    }
    return out.toString().strip();
  }

  /** {@code [\u200B-\u200D\u2060\uFEFF\u00AD]}: zero-width characters and soft hyphens. */
  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /** Spaces and tabs of every kind, not line ends. */
  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /**
   * Curly and typographic quotes to their ASCII forms, one character for one, so offsets into the
   * result are offsets into the input.
   */
  public static String straightenQuotes(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      switch (chars[i]) {
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\uFF02' -> chars[i] = '"';
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\uFF07' -> chars[i] = '\'';
        default -> { }
      }
    }
    return new String(chars);
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

  /** The text without combining marks ("Erdoğan" → "Erdogan"); ASCII text is returned as it is. */
  public static String withoutDiacritics(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
    return text;
  }

  /** Lower case, straight quotes, one space between words: the form used for ids and matching. */
  public static String forComparison(String text) {
    return ANY_WHITESPACE.matcher(straightenQuotes(text).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
  }
}
