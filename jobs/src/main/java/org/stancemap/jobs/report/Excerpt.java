package org.stancemap.jobs.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the statement table shows of a statement: its text and, when the cue or the speaker
 * mention the attribution rule read lies outside it, enough of the article around them to see
 * them: their sentence, cut at {@link #CONTEXT} characters on either side. A span near the
 * statement (at most {@link #JOIN} characters away) is joined to it by the text between; a span
 * farther away (a continuation's cue paragraphs earlier) gets its own window, set apart by " … ".
 * Offsets are the statements table's: into the article's {@code text}, in UTF-16 units, as the
 * page's script counts them.
 */
public final class Excerpt {
  private Excerpt() {}

  /** Characters of context at most beyond a span outside the statement, if its sentence goes on. */
  static final int CONTEXT = 100;
  /** Farther than this from the statement, a span is shown in a window of its own. */
  static final int JOIN = 160;
  static final String GAP = " … ";
  static final String CUT = "…";

  /** A span [start, end) of the text shown. */
  public record Span(int start, int end) {}

  /** The text shown, and in it the statement and (null when there is none or it is unknown) the cue and speaker. */
  public record Shown(String text, Span statement, Span cue, Span speaker) {}

  /**
   * The statement as shown. When the article is missing, or its text at [start, end) is not the
   * statement (offsets from another version of the text), the statement alone, unmarked.
   */
  public static Shown of(String article, String statement, Integer start, Integer end, Integer cueStart,
      Integer cueEnd, Integer speakerStart, Integer speakerEnd) {
    String stmt = statement == null ? "" : statement;
    if (article == null || start == null || end == null || start < 0 || end < start || end > article.length()
        || !article.regionMatches(start, stmt, 0, stmt.length()) || end - start != stmt.length()) {
      return new Shown(stmt, new Span(0, stmt.length()), null, null);
    }
    Span cue = span(article, cueStart, cueEnd);
    Span speaker = span(article, speakerStart, speakerEnd);
    // the article ranges shown, in text order: the statement, then a window around each span outside it
    List<int[]> ranges = new ArrayList<>();
    ranges.add(new int[] {start, end});
    for (Span s : new Span[] {cue, speaker}) {
      if (s != null && (s.start() < start || s.end() > end)) ranges.add(window(article, s));
    }
    if (ranges.size() == 1) { // cue and speaker inside: the statement alone
      return new Shown(stmt, new Span(0, stmt.length()), inside(cue, start), inside(speaker, start));
    }
    ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : ranges) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r[0] - last[1] <= JOIN) last[1] = Math.max(last[1], r[1]);
      else merged.add(r.clone());
    }
    // with context shown, the statement's own sentence is shown whole too (its quote marks, say)
    for (int[] r : merged) {
      if (r[0] <= start && start < r[1]) r[0] = Math.min(r[0], sentenceStart(article, start));
      if (r[0] < end && end <= r[1]) r[1] = Math.max(r[1], sentenceEnd(article, end));
    }
    StringBuilder text = new StringBuilder();
    List<int[]> placed = new ArrayList<>(); // article start, article end, display start
    for (int i = 0; i < merged.size(); i++) {
      int[] r = merged.get(i);
      if (i > 0) text.append(GAP);
      else if (r[0] > 0 && !boundaryBefore(article, r[0])) text.append(CUT);
      placed.add(new int[] {r[0], r[1], text.length()});
      text.append(article, r[0], r[1]);
      if (i == merged.size() - 1 && r[1] < article.length() && !boundaryAfter(article, r[1])) text.append(CUT);
    }
    return new Shown(text.toString(), map(placed, new Span(start, end)), map(placed, cue), map(placed, speaker));
  }

  /** A span inside the statement, in the statement's offsets. */
  private static Span inside(Span s, int start) {
    return s == null ? null : new Span(s.start() - start, s.end() - start);
  }

  /** A valid span of the article, or null. */
  private static Span span(String article, Integer s, Integer e) {
    if (s == null || e == null || s < 0 || e <= s || e > article.length()) return null;
    return new Span(s, e);
  }

  /** The span's sentence, cut at CONTEXT characters either side. */
  private static int[] window(String article, Span s) {
    return new int[] {sentenceStart(article, s.start()), sentenceEnd(article, s.end())};
  }

  /** Where the sentence holding offset {@code at} starts, looking back at most CONTEXT characters. */
  static int sentenceStart(String t, int at) {
    int i = at;
    int stop = Math.max(0, at - CONTEXT);
    while (i > stop && !boundaryBefore(t, i)) i--;
    while (i < at && Character.isWhitespace(t.charAt(i))) i++;
    return i;
  }

  /** Where the sentence holding offset {@code at} (exclusive) ends, looking ahead at most CONTEXT characters. */
  static int sentenceEnd(String t, int at) {
    int i = at;
    int stop = Math.min(t.length(), at + CONTEXT);
    while (i < stop && !boundaryAfter(t, i)) i++;
    return i;
  }

  /** A sentence may start at {@code i}: the text's start, a line start, or after ". " / "! " / "? ". */
  private static boolean boundaryBefore(String t, int i) {
    if (i <= 0) return true;
    char p = t.charAt(i - 1);
    if (p == '\n') return true;
    return Character.isWhitespace(p) && i >= 2 && ".!?".indexOf(t.charAt(i - 2)) >= 0;
  }

  /** A sentence may end at {@code i} (exclusive): the text's end, a line end, or after ".", "!", "?" before a space. */
  private static boolean boundaryAfter(String t, int i) {
    if (i >= t.length()) return true;
    if (t.charAt(i) == '\n') return true;
    return i > 0 && ".!?".indexOf(t.charAt(i - 1)) >= 0 && Character.isWhitespace(t.charAt(i));
  }

  /** An article span in display offsets, or null when it is not (wholly) shown. */
  private static Span map(List<int[]> placed, Span s) {
    if (s == null) return null;
    for (int[] p : placed) {
      if (p[0] <= s.start() && s.end() <= p[1]) return new Span(p[2] + s.start() - p[0], p[2] + s.end() - p[0]);
    }
    return null;
  }
}
