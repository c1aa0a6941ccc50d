package org.stancemap.text;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.util.Identifiable$;

/**
 * Spark NLP's pragmatic {@link SentenceDetector}, one paragraph at a time, with bounded work per
 * call: a paragraph longer than {@link #DEFAULT_CHUNK} characters is read through windows, so the
 * time per article grows linearly with its length.
 *
 * <p>Why one paragraph at a time: the detector pairs quote marks over any distance in what it reads
 * and never splits between a pair, so given a whole article it paired the closing mark of one
 * quotation with the opening mark of a quotation paragraphs later and left the narrative between
 * them as one sentence ("For X, who fled ..., the news is never far away. His parents ..., and he
 * said ...": the speaker of "he said" was then looked for from the paragraph's first sentence). A
 * paragraph break ends a sentence anyway ({@link Sentences#refine}). Measured on the held-out gold
 * sets 5-11: reported-speech recall +0.004 to +0.010, speaker accuracy up on each.
 *
 * <p>Why bounded: the detector's split on unprotected breaks rescans the rest of the text for every
 * sentence, so its time grows with length × sentences ({@code "Mr. Putin said. "} repeated to
 * 640 KB: more than seven minutes). Pieces of at most {@code chunk} characters cost a bounded time
 * each.
 *
 * <p>How a long paragraph is read: through windows of {@code chunk} characters: the sentences of a
 * window are kept except the last, which may run past the window and is read again at the start of
 * the next one. A window whose last sentence starts in its first quarter (a sentence of thousands
 * of characters) is kept whole and the next window starts at its end, so every window moves at
 * least a quarter of {@code chunk} on. A window never starts inside double quotes (the detector
 * pairs quote marks over any distance, so a window starting between them would read the quotation
 * inside out). Every paragraph of the samples and held-out sets is read whole; on longer ones the
 * bounds are nearly those of the paragraph read whole, which {@code BoundedSentenceDetectorTest}
 * checks with small chunks on every sample and held-out article.
 *
 * <p>The job's pipeline stage and {@link Sentences#detect} use this class alike: the annotator's
 * {@code annotate} calls {@link #tag}.
 */
public final class BoundedSentenceDetector extends SentenceDetector {
  private static final long serialVersionUID = 1L;

  /** Characters the detector reads at once: above any paragraph of the test sets, below its slow range. */
  public static final int DEFAULT_CHUNK = 8_000;

  private final int chunk;

  public BoundedSentenceDetector() {
    this(Identifiable$.MODULE$.randomUID("SentenceDetector"));
  }

  /** Spark ML's copy constructor. */
  public BoundedSentenceDetector(String uid) {
    this(uid, DEFAULT_CHUNK);
  }

  /** A detector reading at most {@code chunk} characters at once (tests use small ones). */
  BoundedSentenceDetector(String uid, int chunk) {
    super(uid);
    if (chunk < 8) throw new IllegalArgumentException("chunk " + chunk);
    this.chunk = chunk;
  }

  @Override
  public Sentence[] tag(String doc) {
    int n = doc.length();
    List<Sentence> out = new ArrayList<>();
    for (int a = 0; a < n; ) { // paragraph by paragraph
      int nl = doc.indexOf('\n', a);
      int b = nl < 0 ? n : nl + 1;
      if (blank(doc, a, b)) keep(out, blankParagraph(), a, Integer.MAX_VALUE);
      else if (b - a <= chunk) keep(out, super.tag(doc.substring(a, b)), a, Integer.MAX_VALUE);
      else windows(doc, a, b, out);
      a = b;
    }
    return out.toArray(new Sentence[0]);
  }

  /** What the detector makes of a paragraph of spaces, tabs and line ends: one empty sentence (made once). */
  private transient Sentence[] blank;

  private Sentence[] blankParagraph() {
    if (blank == null) blank = super.tag("\n");
    return blank;
  }

  /**
   * [a, b) holds only spaces, tabs and line ends (the blank line between two paragraphs: nearly half
   * the detector's calls, each a whole pass of its rules over nothing). {@code BoundedSentenceDetectorTest}
   * checks that the detector reads every such text as {@link #blankParagraph}.
   */
  private static boolean blank(String doc, int a, int b) {
    for (int i = a; i < b; i++) {
      char c = doc.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    }
    return true;
  }

  /** The sentences of a paragraph [a, b) longer than a chunk, read through windows. */
  private void windows(String doc, int a, int b, List<Sentence> out) {
    while (a < b) {
      int limit = Math.min(b, a + chunk);
      if (limit == b) {
        keep(out, super.tag(doc.substring(a, b)), a, Integer.MAX_VALUE);
        break;
      }
      // a window, never cutting a surrogate pair
      if (Character.isHighSurrogate(doc.charAt(limit - 1)) && Character.isLowSurrogate(doc.charAt(limit))) limit--;
      Sentence[] s = super.tag(doc.substring(a, limit));
      int next = nextStart(doc, a, s);
      if (next > 0) {
        keep(out, s, a, next);
        a += s[next].start();
      } else { // one sentence of thousands of characters: cut it after a space, if any in the window's second half
        int cut = limit;
        while (cut > a + chunk / 2 && !Character.isWhitespace(doc.charAt(cut - 1))) cut--;
        if (cut == a + chunk / 2) cut = limit;
        keep(out, cut == limit ? s : super.tag(doc.substring(a, cut)), a, Integer.MAX_VALUE);
        a = cut;
      }
    }
  }

  /**
   * The sentence of window {@code s} (read from {@code a}) where the next window starts: the last
   * one that starts at least a quarter chunk in, preferably outside double quotes (an even number
   * of {@code "} before it in the window: the detector pairs quote marks over any distance, so a
   * window starting inside a quotation would pair them the other way), never the first; 0 if none.
   */
  private int nextStart(String doc, int a, Sentence[] s) {
    int outside = 0, any = 0, quotes = 0, at = a;
    for (int i = 1; i < s.length; i++) {
      int start = a + s[i].start();
      for (; at < start; at++) if (doc.charAt(at) == '"') quotes++;
      if (s[i].start() < chunk / 4) continue;
      any = i;
      if (quotes % 2 == 0) outside = i;
    }
    return outside > 0 ? outside : any;
  }

  /** The first {@code count} of {@code s}, moved {@code offset} characters on. */
  private static void keep(List<Sentence> out, Sentence[] s, int offset, int count) {
    for (int i = 0; i < s.length && i < count; i++) {
      Sentence x = s[i];
      // numbered across the whole text, as one call over it would number them
      out.add(offset == 0 && x.index() == out.size() ? x : new Sentence(x.content(), x.start() + offset, x.end() + offset, out.size(), x.metadata()));
    }
  }
}
