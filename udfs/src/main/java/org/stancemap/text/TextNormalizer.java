package org.stancemap.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Unicode and whitespace normalisation shared by ingestion, ids and matching. */
public final class TextNormalizer {
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACE_BEFORE_NEWLINE = Pattern.compile(" +\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
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
    String s = INVISIBLE.matcher(text).replaceAll("");
    s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
    s = SPACE_BEFORE_NEWLINE.matcher(s).replaceAll("\n");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) out.append(line.strip()).append('\n');
    return out.toString().strip();
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

  /** Lower case, straight quotes, one space between words: the form used for ids and matching. */
  public static String forComparison(String text) {
    return ANY_WHITESPACE.matcher(straightenQuotes(text).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
  }
}
