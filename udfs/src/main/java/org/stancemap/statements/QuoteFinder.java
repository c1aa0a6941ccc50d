package org.stancemap.statements;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.text.QuoteMarks;
import org.stancemap.text.TextView;

/**
 * Pairs quote marks at paragraph level, in one pass (linear time).
 *
 * <ul>
 *   <li>Curly marks say which way they face; a straight mark opens after a space (or at the start)
 *       and closes before a space or punctuation; one that could do either follows the state.</li>
 *   <li>An opening double mark closes at the next closing double mark in the paragraph. When another
 *       opening double mark comes first, or none comes, a closing single mark in between closes it
 *       (mismatched {@code "… '}, common in crawled text).</li>
 *   <li>A quote still open at the end of its paragraph runs to that end when the next paragraph
 *       opens with a quote mark (the convention for quotes that span paragraphs); otherwise it ends
 *       at the end of its sentence.</li>
 *   <li>Single marks pair with single marks (within 400 characters); apostrophes inside words are
 *       never marks. In an article whose quotation marks are single ({@link #singleStyle}: British
 *       style, double marks absent or only nested inside), a single-quoted quotation reaches over the
 *       double marks inside it, and one still open at the end of its paragraph runs to that end when
 *       the next paragraph opens with a single mark, as double-quoted ones do.</li>
 * </ul>
 */
public final class QuoteFinder {
  private static final int SINGLE_REACH = 400;

  private QuoteFinder() {}

  public static List<Quote> find(TextView tv, int[][] sentences) {
    return find(tv, sentences, singleStyle(tv));
  }

  /** {@link #find(TextView, int[][])} with the article's quotation style already known ({@link #singleStyle}). */
  public static List<Quote> find(TextView tv, int[][] sentences, boolean singleStyle) {
    String v = tv.view();
    String o = tv.original();
    List<Quote> out = new ArrayList<>();
    for (int p = 0; p < tv.paragraphCount(); p++) {
      int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
      List<Integer> marks = new ArrayList<>();
      for (int i = ps; i < pe; i++) {
        char c = v.charAt(i);
        if (c == '"') marks.add(i);
        else if (c == '\'' && !(i > ps && i + 1 < pe && Character.isLetterOrDigit(v.charAt(i - 1)) && Character.isLetterOrDigit(v.charAt(i + 1)))) marks.add(i);
      }
      int k = 0;
      while (k < marks.size()) {
        int i = marks.get(k);
        char c = v.charAt(i);
        if (c == '"') {
          if (!canOpen(v, o, i, ps, pe)) { k++; continue; }
          int closeDouble = -1, closeSingle = -1, stop = marks.size(), singleDepth = 0;
          for (int k2 = k + 1; k2 < marks.size(); k2++) {
            int j = marks.get(k2);
            if (v.charAt(j) == '"') {
              if (canClose(v, o, j, ps, pe)) { closeDouble = k2; break; }
              stop = k2;
              break;
            } else {
              if (singleOpens(v, o, j, ps, pe)) singleDepth++;
              else if (singleCloses(v, o, j, ps, pe)) {
                if (singleDepth > 0) singleDepth--;
                else if (closeSingle < 0) closeSingle = k2;
              }
            }
          }
          if (closeDouble >= 0) {
            add(out, v, i, marks.get(closeDouble), p, false, false);
            k = closeDouble + 1;
          } else if (closeSingle >= 0) {
            add(out, v, i, marks.get(closeSingle), p, false, false);
            k = closeSingle + 1;
          } else {
            boolean continues = p + 1 < tv.paragraphCount() && QuoteMarks.isDouble(v.charAt(tv.paragraphStart(p + 1)))
                && stop == marks.size();
            int end = continues ? pe : sentenceEnd(sentences, i, pe);
            if (stop < marks.size()) end = Math.min(end, marks.get(stop));
            addUnclosed(out, v, i, end, p, false, continues);
            k = stop;
          }
        } else {
          if (!singleOpens(v, o, i, ps, pe)) { k++; continue; }
          int found = -1;
          for (int k2 = k + 1; k2 < marks.size() && marks.get(k2) - i <= SINGLE_REACH; k2++) {
            int j = marks.get(k2);
            if (v.charAt(j) == '"') {
              if (singleStyle) continue; // 'Then he said, "Danny, are you ...?"': a quotation inside the quotation
              break;
            }
            if (singleCloses(v, o, j, ps, pe)) { found = k2; break; }
          }
          if (found >= 0) {
            add(out, v, i, marks.get(found), p, true, false);
            k = found + 1;
          } else if (singleStyle && Character.isLetter(v.charAt(i + 1)) && opensNext(v, o, tv, p) && noOpeningAfter(v, o, marks, k, ps, pe)) {
            // (a digit after the mark is an elision, "in '98", no quotation that runs on)
            // 'It was like a nightclub. ... (paragraph end) 'My kids ...': single marks quote, the quotation goes on
            addUnclosed(out, v, i, pe, p, true, true);
            k = marks.size();
          } else {
            k++;
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether single marks are the article's quotation marks (British style): it has no double mark,
   * or at least two of its paragraphs open with a single mark that opens a quotation and more than
   * open with a double mark, or four single marks open quotations anywhere and outnumber the double marks (two to a
   * quotation) (double marks then quote inside quotations: {@code ‘He said, “Are you
   * the man?”’}). One quoted headline in single marks, as US outlets write them, is not enough.
   */
  public static boolean singleStyle(TextView tv) {
    String v = tv.view(), o = tv.original();
    if (v.indexOf('"') < 0) return true;
    int single = 0, dbl = 0, singleAnywhere = 0, doubleMarks = 0;
    for (int p = 0; p < tv.paragraphCount(); p++) {
      int s = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
      for (int i = s; i < pe; i++) {
        if (v.charAt(i) == '"') doubleMarks++;
        else if (v.charAt(i) == '\'' && quotationOpens(v, o, i, s, pe)) singleAnywhere++;
      }
      while (s < pe && Character.isWhitespace(v.charAt(s))) s++;
      if (s >= pe) continue;
      if (v.charAt(s) == '"') dbl++;
      else if (v.charAt(s) == '\'' && singleOpens(v, o, s, s, pe)) single++;
    }
    // (or quotations in single marks after their cues, "told the Daily Star: 'Jordan's buzzing ...'", outnumber those in
    // double marks two to one: a tabloid that opens few paragraphs with a quotation)
    return single >= 2 && single > dbl || singleAnywhere >= 4 && singleAnywhere > doubleMarks;
  }

  private static int sentenceEnd(int[][] sentences, int offset, int pe) {
    for (int lo = 0, hi = sentences.length - 1; lo <= hi; ) {
      int mid = (lo + hi) >>> 1;
      if (sentences[mid][1] <= offset) lo = mid + 1;
      else if (sentences[mid][0] > offset) hi = mid - 1;
      else return Math.min(pe, sentences[mid][1]);
    }
    return pe;
  }

  private static void add(List<Quote> out, String v, int open, int close, int p, boolean single, boolean continues) {
    int a = open + 1, b = close;
    while (a < b && Character.isWhitespace(v.charAt(a))) a++;
    while (b > a && Character.isWhitespace(v.charAt(b - 1))) b--;
    if (a >= b) return;
    out.add(new Quote(open, close, a, b, p, single, continues));
  }

  /** Whether the paragraph after {@code p} opens with a single mark that opens a quotation. */
  private static boolean opensNext(String v, String o, TextView tv, int p) {
    if (p + 1 >= tv.paragraphCount()) return false;
    int s = tv.paragraphStart(p + 1);
    return v.charAt(s) == '\'' && singleOpens(v, o, s, s, tv.paragraphEnd(p + 1));
  }

  /** Whether no single mark after the k-th of {@code marks} could open a quotation. */
  private static boolean noOpeningAfter(String v, String o, List<Integer> marks, int k, int ps, int pe) {
    // (a double mark inside is a quotation within the quotation: 'He just said, "I want to play in that." (paragraph end))
    for (int k2 = k + 1; k2 < marks.size(); k2++) if (v.charAt(marks.get(k2)) == '\'' && singleOpens(v, o, marks.get(k2), ps, pe)) return false;
    return true;
  }

  private static void addUnclosed(List<Quote> out, String v, int open, int end, int p, boolean single, boolean continues) {
    int a = open + 1, b = end;
    while (a < b && Character.isWhitespace(v.charAt(a))) a++;
    while (b > a && Character.isWhitespace(v.charAt(b - 1))) b--;
    if (a >= b) return;
    out.add(new Quote(open, -1, a, b, p, single, continues));
  }

  private static boolean spaceOrStart(String v, int i, int ps) {
    if (i <= ps) return true;
    char c = v.charAt(i - 1);
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/' || c == ':' || c == '"' || c == '\'';
  }

  private static boolean spaceOrEnd(String v, int i, int pe) {
    if (i + 1 >= pe) return true;
    char c = v.charAt(i + 1);
    return Character.isWhitespace(c) || ",.;:!?)]\u2014\u2013-'\"".indexOf(c) >= 0;
  }

  /** Whether the double mark at i can open a quote. */
  private static boolean canOpen(String v, String o, int i, int ps, int pe) {
    QuoteMarks.Facing f = QuoteMarks.facing(o.charAt(i));
    if (f == QuoteMarks.Facing.OPEN) return true;
    if (f == QuoteMarks.Facing.CLOSE) return false;
    return !(spaceOrEnd(v, i, pe) && !spaceOrStart(v, i, ps)) && i + 1 < pe;
  }

  /** Whether the double mark at i can close a quote. */
  private static boolean canClose(String v, String o, int i, int ps, int pe) {
    QuoteMarks.Facing f = QuoteMarks.facing(o.charAt(i));
    if (f == QuoteMarks.Facing.CLOSE) return true;
    if (f == QuoteMarks.Facing.OPEN) return false;
    return !(spaceOrStart(v, i, ps) && !spaceOrEnd(v, i, pe));
  }

  /**
   * Whether the single mark at {@code i} opens a quotation of words, not an elision ("'80s", "in '98", "rock 'n' roll"): a
   * letter after it, and a closing single mark later in the paragraph with a space between.
   */
  private static boolean quotationOpens(String v, String o, int i, int ps, int pe) {
    if (!singleOpens(v, o, i, ps, pe) || !Character.isLetter(v.charAt(i + 1))) return false;
    boolean space = false; // a space between the marks
    for (int j = i + 2; j < pe; j++) {
      space |= v.charAt(j - 1) == ' ';
      if (space && v.charAt(j) == '\'' && singleCloses(v, o, j, ps, pe)) return true;
    }
    return false;
  }

  private static boolean singleOpens(String v, String o, int i, int ps, int pe) {
    QuoteMarks.Facing f = QuoteMarks.facing(o.charAt(i));
    if (f == QuoteMarks.Facing.CLOSE) return false; // ’ never opens
    return spaceOrStart(v, i, ps) && i + 1 < pe && Character.isLetterOrDigit(v.charAt(i + 1));
  }

  private static boolean singleCloses(String v, String o, int i, int ps, int pe) {
    QuoteMarks.Facing f = QuoteMarks.facing(o.charAt(i));
    if (f == QuoteMarks.Facing.OPEN) return false;
    return i > ps && !Character.isWhitespace(v.charAt(i - 1)) && (i + 1 >= pe || !Character.isLetterOrDigit(v.charAt(i + 1)));
  }
}
