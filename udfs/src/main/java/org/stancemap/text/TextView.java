package org.stancemap.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A length-preserving normalised view of an article, so that every offset found in the view is
 * an offset into the article's original text.
 *
 * <ul>
 *   <li>quote marks are straightened char for char ({@code “ ” « »} to {@code "}, {@code ‘ ’} to
 *       {@code '});</li>
 *   <li>hard line wraps inside a paragraph, carriage returns, tabs and exotic spaces become a
 *       space;</li>
 *   <li>a newline that ends a paragraph stays {@code '\n'}.</li>
 * </ul>
 *
 * <p>Paragraphs: a blank line always ends one. A single newline ends one too, unless the text is
 * hard-wrapped (most lines that are followed by another line stop mid-sentence); in wrapped text a
 * single newline ends a paragraph only after a short line that ends a sentence.
 */
public final class TextView {
  private final String original;
  private final String view;
  private final int[] paragraphStarts;
  private final int[] paragraphEnds;

  private TextView(String original, String view, int[] starts, int[] ends) {
    this.original = original;
    this.view = view;
    this.paragraphStarts = starts;
    this.paragraphEnds = ends;
  }

  /** The view each thread built last ({@link #cached}). */
  private static final ThreadLocal<TextView> LAST = new ThreadLocal<>();

  /**
   * {@link #of}, reusing the view this thread built last when its text is equal: the statements job
   * builds each article's view for the sentence detector and again in the extractor, one row after
   * the other on the same thread. A TextView is immutable, so sharing it changes nothing.
   */
  public static TextView cached(String text) {
    String original = text == null ? "" : text;
    TextView last = LAST.get();
    if (last != null && last.original.equals(original)) return last;
    TextView tv = of(original);
    LAST.set(tv);
    return tv;
  }

  public static TextView of(String text) {
    String original = text == null ? "" : text;
    int n = original.length();
    char[] v = new char[n];
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      if (c == '\n') v[i] = '\n';
      else if (c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029') v[i] = c == '\u2029' ? '\n' : ' ';
      else if (Character.isSpaceChar(c)) v[i] = ' ';
      else v[i] = QuoteMarks.straighten(c);
    }
    // lines (by '\n' in the view)
    List<int[]> lines = new ArrayList<>();
    int ls = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || v[i] == '\n') {
        lines.add(new int[] {ls, i});
        ls = i + 1;
      }
    }
    int m = lines.size();
    int[] trimmedLen = new int[m];
    boolean[] blank = new boolean[m];
    char[] lastChar = new char[m];
    for (int k = 0; k < m; k++) {
      int a = lines.get(k)[0], b = lines.get(k)[1];
      while (a < b && v[a] == ' ') a++;
      while (b > a && v[b - 1] == ' ') b--;
      trimmedLen[k] = b - a;
      blank[k] = a == b;
      lastChar[k] = blank[k] ? ' ' : v[b - 1];
    }
    // lines that always stand alone: social-post signatures ("— Name (@handle) date") and lines ending in a link
    boolean[] hard = new boolean[m];
    for (int k = 0; k < m; k++) {
      if (blank[k]) continue;
      int a = lines.get(k)[0], b = lines.get(k)[1];
      String line = new String(v, a, b - a).strip();
      hard[k] = SIGNATURE.matcher(line).find() || LINK_END.matcher(line).find();
    }
    // wrapped text?
    int followed = 0, endsSentence = 0;
    int[] lens = new int[m];
    int nl = 0;
    for (int k = 0; k + 1 < m; k++) {
      if (blank[k] || blank[k + 1] || hard[k] || hard[k + 1]) continue;
      followed++;
      if (isSentenceEnd(lastChar[k])) endsSentence++;
      lens[nl++] = trimmedLen[k];
    }
    boolean wrapped = followed >= 3 && endsSentence * 2 < followed;
    int width = 0;
    if (wrapped) {
      int[] s = Arrays.copyOf(lens, nl);
      Arrays.sort(s);
      width = s[Math.min(nl - 1, (int) (nl * 0.9))];
    }
    // decide each newline
    for (int k = 0; k + 1 < m; k++) {
      int nlPos = lines.get(k)[1];
      if (blank[k] || blank[k + 1]) continue; // blank lines end paragraphs
      boolean paragraphBreak;
      int next = lines.get(k + 1)[0];
      while (next < n && v[next] == ' ') next++;
      boolean nextLower = next < n && Character.isLowerCase(v[next]);
      if (hard[k] || hard[k + 1]) paragraphBreak = true;
      else if (!wrapped) paragraphBreak = !(nextLower && !isSentenceEnd(lastChar[k]));
      else paragraphBreak = isSentenceEnd(lastChar[k]) && trimmedLen[k] < 0.7 * width;
      if (!paragraphBreak) v[nlPos] = ' ';
    }
    // paragraphs: runs between '\n', trimmed, non-empty
    List<int[]> paras = new ArrayList<>();
    int ps = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || v[i] == '\n') {
        int a = ps, b = i;
        while (a < b && v[a] == ' ') a++;
        while (b > a && v[b - 1] == ' ') b--;
        if (a < b) paras.add(new int[] {a, b});
        ps = i + 1;
      }
    }
    int[] starts = new int[paras.size()], ends = new int[paras.size()];
    for (int k = 0; k < paras.size(); k++) {
      starts[k] = paras.get(k)[0];
      ends[k] = paras.get(k)[1];
    }
    return new TextView(original, new String(v), starts, ends);
  }

  private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile("^[\u2014\u2013-]+\\s*[^()]{1,80}\\(@\\w+\\)");
  private static final java.util.regex.Pattern LINK_END = java.util.regex.Pattern.compile("(?:pic\\.twitter\\.com/|https?://)\\S+$");

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ':' || c == '\u2026' || c == ')';
  }

  public String original() { return original; }

  /** The normalised text, same length as {@link #original()}. */
  public String view() { return view; }

  public int length() { return view.length(); }

  public int paragraphCount() { return paragraphStarts.length; }

  public int paragraphStart(int p) { return paragraphStarts[p]; }

  /** Exclusive end of paragraph {@code p}. */
  public int paragraphEnd(int p) { return paragraphEnds[p]; }

  /** Index of the paragraph holding (or the last one starting before) {@code offset}; 0 if none. */
  public int paragraphAt(int offset) {
    int i = Arrays.binarySearch(paragraphStarts, offset);
    if (i >= 0) return i;
    return Math.max(0, -i - 2);
  }
}
