package org.stancemap.text;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stancemap.speakers.MentionParser;
import org.stancemap.statements.CueLexicon;

/**
 * Sentence spans of a {@link TextView}, the same in the Spark job and in plain Java.
 *
 * <p>The raw boundaries come from Spark NLP's pragmatic {@code SentenceDetector} ({@link #detector}):
 * the job runs it as a pipeline stage (DocumentAssembler → SentenceDetector) over the
 * view, and {@link #detect} calls the very same class directly, with no SparkSession. Both then go
 * through {@link #refine}, which (1) never lets a sentence cross a paragraph break, (2) also splits
 * after a sentence-final mark followed by a closing quote ({@code ..." Next}), which the pragmatic
 * rules miss, (3) keeps a closing quote with the sentence it closes, and (4) keeps a quoted
 * question or exclamation with the attribution after it ({@code "Why now?" asked the minister.}).
 * Titles before a name ({@code Sen. Warren}) never end a sentence ({@link TitleAbbreviations}).
 */
public final class Sentences {
  private Sentences() {}

  /** Words that open sentences and are no surname ("Her", "An" are): a one-letter word's period before one ends a sentence. */
  private static final java.util.Set<String> OPENERS = java.util.Set.of("he", "she", "it", "they", "we", "i", "you", "the", "a",
      "his", "their", "its", "our", "this", "that", "these", "those", "there", "but", "and", "in", "on", "at", "after",
      "before", "when", "while", "as", "meanwhile", "however", "asked", "according");
  private static final ThreadLocal<SentenceDetector> DETECTOR = ThreadLocal.withInitial(Sentences::detector);

  /**
   * The SentenceDetector of both paths (the job's pipeline stage and {@link #detect}): the pragmatic
   * rules without the dictionary abbreviation pass, whose 120 whole-text regular expressions cost
   * 30% of a benchmark run's CPU. Its input is {@link #detectorInput}, where that dictionary has
   * already been applied in one scan. It reads long texts piece by piece
   * ({@link BoundedSentenceDetector}), so its time grows linearly with the article.
   */
  public static SentenceDetector detector() {
    SentenceDetector d = new BoundedSentenceDetector();
    d.setUseAbbreviations(false);
    return d;
  }

  /**
   * What {@link #detector} reads for {@code view}: the same text, character for character, with the
   * periods of dictionary abbreviations ("Mr. Putin", "Jan. 5") already replaced by the symbol the
   * detector's own dictionary pass would put there ({@link DictionaryAbbreviations#mask}), and so
   * are the periods of titles before a name ("Sen. Warren", "Lt. Gen. Smith";
   * {@link TitleAbbreviations#mask}). A run of more than {@value #MARKS_KEPT} combining marks keeps
   * its first {@value #MARKS_KEPT} and the rest read as letters ({@link #maskMarkRuns}).
   */
  public static String detectorInput(String view) {
    return maskMarkRuns(TitleAbbreviations.load().mask(DictionaryAbbreviations.mask(view)));
  }

  /** Combining marks in a row that the detector reads as they are; text in any script has far fewer. */
  static final int MARKS_KEPT = 16;

  /**
   * {@code text} with every combining mark (Unicode Mn, Me) after the first {@value #MARKS_KEPT} of
   * a run replaced by {@code 'x'}, the same length. The detector's patterns take time growing with
   * the square of such a run (8,000 marks in a row: 1.3 s; the same length of letters: 35 ms); a mark
   * never ends a sentence, and no text but stacked "zalgo" marks has runs that long.
   */
  static String maskMarkRuns(String text) {
    char[] out = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      int type = Character.getType(text.charAt(i));
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
        run = 0;
        continue;
      }
      if (++run <= MARKS_KEPT) continue;
      if (out == null) out = text.toCharArray();
      out[i] = 'x';
    }
    return out == null ? text : new String(out);
  }

  /** Raw sentence spans of {@code view} as [start, end) pairs, from Spark NLP's SentenceDetector. */
  public static int[][] detect(String view) {
    if (view.isEmpty()) return new int[0][];
    return spans(DETECTOR.get().tag(detectorInput(view)));
  }

  /** A detector's sentences as [start, end) pairs. */
  static int[][] spans(Sentence[] s) {
    List<int[]> out = new ArrayList<>(s.length);
    // the annotator drops empty sentences; so do we (the job and this method must agree)
    for (Sentence x : s) if (x.end() >= x.start() && !x.content().isEmpty()) out.add(new int[] {x.start(), x.end() + 1});
    return out.toArray(new int[0][]);
  }

  /** The refined sentences of a text (detect + refine). */
  public static int[][] of(TextView tv) {
    return refine(tv, detect(tv.view()));
  }

  /**
   * Refined sentence spans [start, end), trimmed, in text order, each inside one paragraph.
   * {@code raw} are boundaries from Spark NLP ([start, end) pairs; any order; out-of-range values
   * are clipped).
   */
  public static int[][] refine(TextView tv, int[][] raw) {
    String v = tv.view();
    int n = v.length();
    // boundary positions: a boundary b means a sentence may end at b and the next start at b
    boolean[] cut = new boolean[n + 1];
    for (int[] r : raw) {
      if (r == null || r.length < 2) continue;
      int e = Math.max(0, Math.min(n, r[1]));
      cut[e] = true;
    }
    // extra: [.!?]["'] followed by space and an upper-case letter or an opening quote
    for (int i = 1; i + 2 < n; i++) {
      char c = v.charAt(i);
      if ((c == '"' || c == '\'') && isFinal(v.charAt(i - 1)) && v.charAt(i + 1) == ' ') {
        int j = spacesEnd(v, i + 1);
        if (j < n && (Character.isUpperCase(v.charAt(j)) || v.charAt(j) == '"')) cut[i + 1] = true;
      }
    }
    // extra: a closing quote, then the full stop outside it, as British papers print them ("a 'victory for the
    // resistance'. It vowed ..."), before a capitalised word: the full stop after a mark can abbreviate nothing
    for (int i = 1; i + 3 < n; i++) {
      if (isQuote(v.charAt(i)) && v.charAt(i + 1) == '.' && v.charAt(i + 2) == ' ' && !Character.isWhitespace(v.charAt(i - 1))) {
        int j = spacesEnd(v, i + 2);
        if (j < n && (Character.isUpperCase(v.charAt(j)) || isQuote(v.charAt(j)))) cut[i + 2] = true;
      }
    }
    // extra: [.!?] followed by space and an opening quote that starts a capitalised sentence
    for (int i = 0; i + 3 < n; i++) {
      if (isFinal(v.charAt(i)) && v.charAt(i + 1) == ' ' && (v.charAt(i + 2) == '"' || v.charAt(i + 2) == '\'')
          && Character.isUpperCase(v.charAt(i + 3))) cut[i + 1] = true;
    }
    // extra: a one-letter word and its period before a word that opens sentences, not a surname: "wrote on X. He
    // said" (the detector reads "X." as an initial, as in "John F. Kennedy")
    for (int i = 1; i + 2 < n; i++) {
      if (v.charAt(i) != '.' || !Character.isUpperCase(v.charAt(i - 1)) || (i >= 2 && !Character.isWhitespace(v.charAt(i - 2)))
          || v.charAt(i + 1) != ' ') continue;
      int j = i + 2, k = j;
      while (k < n && Character.isLetter(v.charAt(k))) k++;
      if (k > j && Character.isUpperCase(v.charAt(j)) && OPENERS.contains(v.substring(j, k).toLowerCase(java.util.Locale.ROOT))) cut[i + 1] = true;
    }
    // keep a closing quote with its sentence: a cut at b followed by spaces and a quote mark that
    // is followed by a space (or the end) moves past the quote
    for (int b = 1; b < n; b++) {
      if (!cut[b] || !isFinal(v.charAt(b - 1))) continue;
      int j = spacesEnd(v, b);
      if (j < n && (v.charAt(j) == '"' || v.charAt(j) == '\'') && (j + 1 == n || v.charAt(j + 1) == ' ' || v.charAt(j + 1) == '\n')) {
        cut[b] = false;
        cut[j + 1] = true;
      }
    }
    // a quoted question or exclamation is not cut from the attribution after it
    for (int b = 2; b <= n; b++) {
      if (cut[b] && isQuote(v.charAt(b - 1)) && (v.charAt(b - 2) == '?' || v.charAt(b - 2) == '!') && attributionAt(v, b)) cut[b] = false;
    }
    // a date is not cut: "expected on June 20." (the pragmatic detector splits before "20."); nor any number of one or
    // two digits and its full stop after a word (the detector reads it as a list item): "the toll rose to 14. Officials said"
    for (int b = 1; b < n; b++) {
      if (!cut[b] || !(monthBefore(v, b) || wordBefore(v, b)) || !digitAfter(v, b)) continue;
      cut[b] = false;
      // the detector read "20." as a number, so the sentence after it needs its own cut: "June 20. Lawyers"
      int d = spacesEnd(v, b);
      while (d < n && Character.isDigit(v.charAt(d))) d++;
      if (d + 2 < n && v.charAt(d) == '.' && v.charAt(d + 1) == ' ' && Character.isUpperCase(v.charAt(d + 2))) cut[d + 1] = true;
    }
    // no sentence opens with a comma, a semicolon or a closing bracket: "the defendant, 47-year-old Ammar H., of torturing
    // ..." (an initial for a surname, as German courts name defendants), "Rep. Laura Kessler (R-Pa.) said" go on
    for (int b = 1; b < n; b++) {
      if (!cut[b]) continue;
      int j = spacesEnd(v, b);
      if (j < n && ",;)]".indexOf(v.charAt(j)) >= 0) cut[b] = false;
      // nor with a bracket after a word that ends no sentence ("Colonel (retd) James Hartigan told", "Ali Demir (retired)
      // said"), or a lower-case one after an abbreviated title ("Maj. Gen. (retd) Ali Demir"): the detector cuts before
      // such brackets. A stage direction after a sentence's full stop ("... would hold. (in Arabic) The mediators") is cut.
      if (j + 1 < n && v.charAt(j) == '(' && (wordBefore(v, b) || Character.isLowerCase(v.charAt(j + 1)) && titleBefore(v, b))) cut[b] = false;
    }
    List<int[]> out = new ArrayList<>();
    for (int p = 0; p < tv.paragraphCount(); p++) {
      int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
      int s = ps;
      for (int i = ps + 1; i <= pe; i++) {
        if (i == pe || cut[i]) {
          add(out, v, s, i);
          s = i;
        }
      }
    }
    return out.toArray(new int[0][]);
  }

  /** Bullets a list item opens with ("• The embassy said ..."): no part of its sentence, whose subject follows them. */
  private static final String BULLETS = "\u2022\u00b7\u25aa\u25e6\u2023\u25cf";

  private static void add(List<int[]> out, String v, int a, int b) {
    while (a < b && Character.isWhitespace(v.charAt(a))) a++;
    while (a + 1 < b && BULLETS.indexOf(v.charAt(a)) >= 0 && Character.isWhitespace(v.charAt(a + 1))) {
      a++;
      while (a < b && Character.isWhitespace(v.charAt(a))) a++;
    }
    while (b > a && Character.isWhitespace(v.charAt(b - 1))) b--;
    if (a < b) out.add(new int[] {a, b});
  }

  private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  /**
   * Whether the word ending just before {@code b} is a month with no full stop ("June") or an abbreviated
   * month with one ("Jan."); "in May. 20 people ..." ends a sentence.
   */
  static boolean monthBefore(String v, int b) {
    int e = spacesStart(v, b);
    boolean stop = e > 0 && v.charAt(e - 1) == '.';
    if (stop) e--;
    int a = e;
    while (a > 0 && Character.isLetter(v.charAt(a - 1))) a--;
    if (a == e || !Character.isUpperCase(v.charAt(a))) return false;
    String w = v.substring(a, e).toLowerCase(java.util.Locale.ROOT);
    return MONTHS.contains(w) && (!stop || (w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july")));
  }

  /** Whether the word ending just before {@code b} (spaces skipped) is an abbreviated title and its full stop: "Gen.", "Col.". */
  static boolean titleBefore(String v, int b) {
    int e = spacesStart(v, b);
    if (e < 2 || v.charAt(e - 1) != '.') return false;
    int a = e - 1;
    while (a > 0 && Character.isLetter(v.charAt(a - 1))) a--;
    return a < e - 1 && TitleAbbreviations.load().isTitle(v.substring(a, e - 1));
  }

  /** Whether the last character before {@code b} (spaces skipped, on the same line) is a letter or a comma: no sentence ends there. */
  static boolean wordBefore(String v, int b) {
    int e = spacesStart(v, b);
    return e > 0 && (Character.isLetter(v.charAt(e - 1)) || v.charAt(e - 1) == ',');
  }

  /** Whether the text from {@code b} (spaces skipped) starts with a day number: 1 or 2 digits, not a year. */
  static boolean digitAfter(String v, int b) {
    int i = spacesEnd(v, b);
    int d = i;
    while (d < v.length() && Character.isDigit(v.charAt(d))) d++;
    return d - i >= 1 && d - i <= 2;
  }

  /** The first index at or after {@code i} that is no space (the text's length when only spaces follow). */
  private static int spacesEnd(String v, int i) {
    while (i < v.length() && v.charAt(i) == ' ') i++;
    return i;
  }

  /** The start of the run of spaces that ends at {@code e} ({@code e} itself when no space is before it). */
  private static int spacesStart(String v, int e) {
    while (e > 0 && v.charAt(e - 1) == ' ') e--;
    return e;
  }

  private static boolean isFinal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  /** How far {@link #attributionAt} reads: enough for a title, a long name and a two-word cue. */
  private static final int ATTRIBUTION_WINDOW = 120;
  /** The most words a name in an attribution has ("Defense Minister Hulusi Akar"), titles not counted. */
  private static final int NAME_WORDS = 6;

  /**
   * Whether the text after a closing quote at {@code from} (a quote that ends in {@code ?} or
   * {@code !}) is that quote's attribution, so that no sentence starts there. Written attribution
   * starts lower case ({@code "Why now?" asked the minister.}, {@code "Enough!" she shouted.}); a
   * capital there starts a new sentence unless it is a name: optional titles
   * ({@link TitleAbbreviations}), capitalised words that are not sentence-initial function words
   * ({@link MentionParser#isStopCap}: "He", "The", "But" ...; any word after a title, as in
   * "Mrs. May"), then a speech cue of {@code data/cues.txt} ({@link CueLexicon}):
   * {@code "...election?" Mr. Burton fumed.} So {@code "Why now?" The minister left.} and
   * {@code "Why now?" Burton left.} split. Reads at most {@value #ATTRIBUTION_WINDOW} characters of
   * the paragraph.
   */
  static boolean attributionAt(String v, int from) {
    int n = v.length(), i = spacesEnd(v, from);
    if (i == n || v.charAt(i) == '\n') return false;
    if (Character.isLowerCase(v.charAt(i))) return true; // "asked the minister", "she shouted", "said Burton"
    if (!Character.isUpperCase(v.charAt(i))) return false;
    int end = i;
    while (end < n && end - i < ATTRIBUTION_WINDOW && v.charAt(end) != '\n') end++;
    Tokens t = Tokens.of(v, i, end);
    TitleAbbreviations titles = TitleAbbreviations.load();
    int k = 0, words = 0;
    boolean titled = false;
    while (k < t.size() && words <= NAME_WORDS && t.isWord(k) && t.isCapitalized(k)) {
      String w = t.text(k);
      boolean dotted = w.endsWith(".") || (k + 1 < t.size() && t.is(k + 1, ".") && t.start(k + 1) == t.end(k));
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (dotted && titles.isTitle(bare)) { titled = true; k += w.endsWith(".") ? 1 : 2; continue; } // "Sen.", "Lt. Gen."
      if (words == 0 && !titled && MentionParser.isStopCap(w)) return false; // "The", "He", "But": a new sentence
      words++;
      k += dotted && bare.length() == 1 ? 2 : 1; // an initial: "John F. Kennedy"
    }
    if (words == 0 || words > NAME_WORDS) return false;
    CueLexicon.Cue cue = CueLexicon.load().at(t, k, t.size());
    return cue != null && cue.speaks();
  }

  /** Index of the sentence that holds {@code offset} (or the last one starting before it). */
  public static int indexAt(int[][] sentences, int offset) {
    int lo = 0, hi = sentences.length - 1, ans = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences[mid][0] <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  static String debug(TextView tv, int[][] s) {
    StringBuilder b = new StringBuilder();
    for (int[] x : s) b.append(Arrays.toString(x)).append(' ').append(tv.view(), x[0], x[1]).append('\n');
    return b.toString();
  }
}
