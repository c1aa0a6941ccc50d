package org.stancemap.text;

/**
 * Quote-mark handling: which characters are quote marks, how they straighten (char for char, so
 * offsets never move) and which way a curly mark faces.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** Direction of a quote mark as written: opening, closing, or unknown (straight marks). */
  public enum Facing { OPEN, CLOSE, UNKNOWN }

  public static boolean isDouble(char c) {
    switch (c) {
      case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
      case '\u2033': case '\uFF02':
        return true;
      default:
        return false;
    }
  }

  public static boolean isSingle(char c) {
    switch (c) {
      case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u2039': case '\u203A':
        return true;
      default:
        return false;
    }
  }

  /** The straight form of a quote mark, or the character itself. */
  public static char straighten(char c) {
    if (c == '"' || c == '\'') return c;
    if (isDouble(c)) return '"';
    if (isSingle(c)) return '\'';
    return c;
  }

  /** Straightens every quote mark of {@code s}; the result has the same length. */
  public static String straighten(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) out[i] = straighten(s.charAt(i));
    return new String(out);
  }

  /** How a mark faces as written (curly marks carry it; straight marks do not). */
  public static Facing facing(char c) {
    switch (c) {
      case '\u201C': case '\u201E': case '\u00AB': case '\u2018': case '\u201A': case '\u201B': case '\u2039':
        return Facing.OPEN;
      case '\u201D': case '\u00BB': case '\u2019': case '\u203A':
        return Facing.CLOSE;
      default:
        return Facing.UNKNOWN;
    }
  }
}
