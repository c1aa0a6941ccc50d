package org.stancemap.jobs;

/**
 * Names and details from the input (outlets, speakers, file names, reject details) as printed to
 * the console and the log: control characters (which could move the cursor, clear the terminal or
 * forge log lines) and code points that are not characters become {@code ?}.
 */
public final class ConsoleText {
  private ConsoleText() {}

  public static String clean(String s) {
    if (s == null) return null;
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      int type = Character.getType(c);
      boolean bad = type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
          || (c & 0xFFFE) == 0xFFFE;
      b.appendCodePoint(bad ? '?' : c);
    });
    return b.toString();
  }
}
