package org.stancemap.text;

import java.util.Arrays;

/**
 * Rejoins lines that a crawler or e-mail client wrapped at a fixed width inside a paragraph.
 *
 * <p>A document counts as hard-wrapped when many of its lines end close to one common width
 * (the wrap column). When such a document separates paragraphs with blank lines, every single
 * line break inside a paragraph is a wrap; otherwise a break is undone only after a long line.
 * Documents whose lines are whole paragraphs are left alone, so their line breaks still
 * separate paragraphs. List items and tweet attributions always start a line.
 */
public final class HardWraps {
  /** Wrapped news text rarely uses columns wider than this. */
  private static final int MAX_WRAP_WIDTH = 160;
  private static final int MIN_WRAP_WIDTH = 40;
  /** Without blank-line paragraphs, a line this share of the wrap column long was wrapped. */
  private static final double LONG_LINE = 0.75;
  /** A line this close to the wrap column (or closer) ends at the column: it was wrapped. */
  static final int NEAR_WIDTH = 20;

  private HardWraps() {}

  public static String rejoin(String text) {
    String[] lines = text.split("\n", -1);
    int width = wrapWidth(lines);
    if (width < 0) return text;
    boolean blankLineParagraphs = Arrays.stream(lines).filter(String::isBlank).count() >= 3;
    int minWrappedLength = blankLineParagraphs ? 1 : (int) (LONG_LINE * width);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      out.append(line);
      if (i == lines.length - 1) break;
      String next = lines[i + 1];
      out.append(wrappedBreak(line, next, minWrappedLength) ? " " : "\n");
    }
    return out.toString();
  }

  static boolean wrappedBreak(String line, String next, int minWrappedLength) {
    String current = line.stripTrailing();
    String following = next.strip();
    if (current.isBlank() || following.isEmpty()) return false;
    return !startsBlock(following) && current.length() >= minWrappedLength;
  }

  /** List items, tweet attributions and similar never continue the previous line. */
  private static boolean startsBlock(String line) {
    char c = line.charAt(0);
    return c == '-' || c == '•' || c == '*' || c == '—' || c == '–' || c == '>' || c == '#';
  }

  /**
   * The wrap column, or -1 when the document does not look hard-wrapped: at least four lines
   * and a third of the non-blank lines end within a few characters of the 90th-percentile length.
   */
  static int wrapWidth(String[] lines) {
    int[] lengths = Arrays.stream(lines).map(String::stripTrailing).filter(l -> !l.isBlank())
        .mapToInt(String::length).sorted().toArray();
    if (lengths.length < 5) return -1;
    int width = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return -1;
    long nearWidth = Arrays.stream(lengths).filter(l -> l >= width - NEAR_WIDTH && l <= width + 2).count();
    return nearWidth >= 4 && nearWidth * 3 >= lengths.length ? width : -1;
  }
}
