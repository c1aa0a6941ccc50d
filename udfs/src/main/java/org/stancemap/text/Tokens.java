package org.stancemap.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A small word tokenizer over a view, with offsets: words (letters/digits with inner hyphens,
 * apostrophes and dots: {@code al-Assad}, {@code Turkey's}, {@code U.S.}), {@code @handles},
 * {@code #tags}, and single punctuation characters. Linear time.
 */
public final class Tokens {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  /** Each token's text and lower-case text, made on first use: the attribution rules ask for them many times. */
  private final String[] texts;
  private final String[] lowers;

  private Tokens(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.texts = new String[starts.length];
    this.lowers = new String[starts.length];
  }

  /** Whether {@code word} is a whole word of the space-separated {@code phrase} ("officials" in "two turkish officials"). */
  public static boolean hasWord(String phrase, String word) {
    return (" " + phrase + " ").contains(" " + word + " ");
  }

  /**
   * {@code s.split("\\s+")} without a regular expression (String.split compiles its pattern on every call, and
   * the attribution rules split speaker names many times per sentence): the same pieces, a leading empty piece when
   * {@code s} opens with white space, no trailing empty piece.
   */
  public static String[] splitSpaces(String s) {
    int n = s.length(), i = 0;
    while (i < n && !regexSpace(s.charAt(i))) i++;
    if (i == n) return new String[] {s};
    List<String> out = new ArrayList<>();
    int start = 0;
    i = 0;
    while (i < n) {
      if (!regexSpace(s.charAt(i))) { i++; continue; }
      out.add(s.substring(start, i));
      while (i < n && regexSpace(s.charAt(i))) i++;
      start = i;
    }
    out.add(s.substring(start));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) size--;
    return out.subList(0, size).toArray(new String[0]);
  }

  /** The characters of the regex class {@code \\s}. */
  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Tokens of {@code text[from, to)}. */
  public static Tokens of(String text, int from, int to) {
    List<int[]> t = new ArrayList<>();
    int i = Math.max(0, from);
    to = Math.min(to, text.length());
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) { i++; continue; }
      int s = i;
      if (Character.isLetterOrDigit(c) || ((c == '@' || c == '#') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || d == '_' || Character.getType(d) == Character.NON_SPACING_MARK) { i++; continue; }
          // "12,000", "1,250,000": a number's thousands separator is inside the word
          if (d == ',' && Character.isDigit(text.charAt(i - 1)) && thousands(text, i, to)) { i += 4; continue; }
          // "V.Putin", "A.Khinshtein" (a Kremlin transcript's labels): an initial and its dot, then the surname, are two words
          if (d == '.' && i - s == 1 && Character.isUpperCase(c) && i + 2 < to && Character.isUpperCase(text.charAt(i + 1))
              && Character.isLowerCase(text.charAt(i + 2))) { i++; break; }
          if ((d == '-' || d == '\'' || d == '.') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) { i += 2; continue; }
          break;
        }
        // abbreviations keep their final dot: U.S. / Gen. / Mr.
        if (i < to && text.charAt(i) == '.' && isAbbrev(text, s, i)) {
          i++;
          // "U.S.-backed", "U.N.-led": a compound after dotted initials is one word, as "US-backed" is
          if (i + 1 < to && text.charAt(i) == '-' && Character.isLetter(text.charAt(i + 1)) && text.indexOf('.', s) < i - 1) {
            i += 2;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                || text.charAt(i) == '-' && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) i++;
          }
        }
      } else {
        i++;
      }
      t.add(new int[] {s, i});
    }
    int[] a = new int[t.size()], b = new int[t.size()];
    for (int k = 0; k < a.length; k++) { a[k] = t.get(k)[0]; b[k] = t.get(k)[1]; }
    return new Tokens(text, a, b);
  }

  /** Whether the comma at {@code i} separates thousands: three digits after it, then no digit ("12,000", not "3,14159"). */
  private static boolean thousands(String text, int i, int to) {
    for (int k = i + 1; k <= i + 3; k++) if (k >= to || !Character.isDigit(text.charAt(k))) return false;
    return i + 4 >= to || !Character.isDigit(text.charAt(i + 4));
  }

  /** "U.S", or a title of data/title-abbreviations.txt as written before a name ("Mr", "Gen", "MRS", "Eng"), or "St". */
  private static boolean isAbbrev(String text, int s, int e) {
    String w = text.substring(s, e);
    if (w.indexOf('.') > 0) return e - s <= 4; // U.S
    if (e - s == 1 && middleInitial(text, s, e)) return true;
    return w.equals("St") || TitleAbbreviations.load().isTitle(w);
  }

  /**
   * A middle initial, one capital letter between two capitalised words: "Dmitri S. Peskov", "John F. Kennedy" (its
   * full stop is the name's, not a sentence's); not "plan B. The vote", "Company A. Then".
   */
  private static boolean middleInitial(String text, int s, int e) {
    if (!Character.isUpperCase(text.charAt(s)) || s < 3 || text.charAt(s - 1) != ' ' || e + 2 >= text.length()
        || text.charAt(e + 1) != ' ' || !Character.isUpperCase(text.charAt(e + 2))) return false;
    int a = s - 1;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) a--;
    // the word before: capitalised, two letters or more, and a given name ("Dmitri", "John"), not "Company" or "Plan"
    if (s - 1 - a < 2 || !Character.isUpperCase(text.charAt(a)) || org.stancemap.speakers.GivenNames.of(text.substring(a, s - 1)) == null) {
      return false;
    }
    // the word after: no word that opens a sentence ("identified only as Anna M. Prosecutors said", "Malcolm X. Teachers",
    // "Tomas B. He said"): a speaker's head or title, or a function word in capitals
    int b = e + 2, c = b;
    while (c < text.length() && Character.isLetter(text.charAt(c))) c++;
    String next = text.substring(b, c).toLowerCase(java.util.Locale.ROOT);
    org.stancemap.speakers.Descriptors d = org.stancemap.speakers.Descriptors.load();
    return !next.isEmpty() && d.head(next) == null && d.title(next) == null && !org.stancemap.speakers.MentionParser.isStopCap(next);
  }

  public int size() { return starts.length; }

  public int start(int i) { return starts[i]; }

  public int end(int i) { return ends[i]; }

  public String text(int i) {
    String t = texts[i];
    if (t == null) texts[i] = t = text.substring(starts[i], ends[i]);
    return t;
  }

  public char first(int i) { return text.charAt(starts[i]); }

  public boolean isWord(int i) { return Character.isLetterOrDigit(text.charAt(starts[i])); }

  public boolean isCapitalized(int i) {
    char c = text.charAt(starts[i]);
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /** Whether token {@code i} is one to {@code max} digits: "12", "24" in "France 24", the hours of "18:10". */
  public boolean isDigits(int i, int max) {
    int n = ends[i] - starts[i];
    if (n == 0 || n > max) return false;
    for (int k = starts[i]; k < ends[i]; k++) if (!Character.isDigit(text.charAt(k))) return false;
    return true;
  }

  public boolean is(int i, String s) {
    return i >= 0 && i < starts.length && ends[i] - starts[i] == s.length() && text.regionMatches(true, starts[i], s, 0, s.length());
  }

  public String lower(int i) {
    String l = lowers[i];
    if (l == null) lowers[i] = l = text(i).toLowerCase(java.util.Locale.ROOT);
    return l;
  }

  /** First token whose start is at or after {@code offset}. */
  public int indexFrom(int offset) {
    int lo = 0, hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}
