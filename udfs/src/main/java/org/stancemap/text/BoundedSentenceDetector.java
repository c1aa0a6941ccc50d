package org.stancemap.text;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.util.Identifiable$;

/**
 * Spark NLP's pragmatic {@link SentenceDetector} with bounded work per call: a text longer than
 * {@link #DEFAULT_CHUNK} characters is detected piece by piece, so the time per article grows
 * linearly with its length.
 *
 * <p>Why: the detector's split on unprotected breaks rescans the rest of the text for every
 * sentence, so its time grows with length × sentences ({@code "Turkey.\n\n"} repeated to 270 KB:
 * 82 s; {@code "Mr. Putin said. "} repeated to 640 KB: more than seven minutes). Pieces of at most
 * {@code chunk} characters cost a bounded time each.
 *
 * <p>How the text is cut: whole paragraphs ({@code '\n'} ends one in the detector's input, as in
 * {@link TextView#view}) are packed into pieces of at most {@code chunk} characters; a paragraph
 * longer than that is read through windows of {@code chunk} characters: the sentences of a window
 * are kept except the last, which may run past the window and is read again at the start of the
 * next one. A window whose last sentence starts in its first quarter (a sentence of thousands of
 * characters) is kept whole and the next window starts at its end, so every window moves at least a
 * quarter of {@code chunk} on. A window never starts inside double quotes (the detector pairs
 * quote marks over any distance, so a window starting between them would read the quotation
 * inside out). A text of at most {@code chunk} characters (every article of the
 * samples and held-out sets) goes to the detector unchanged; on longer ones the bounds are the
 * same as the detector's own on the whole text, which {@code SentencesTest} checks with small
 * chunks on every sample and held-out article.
 *
 * <p>The job's pipeline stage and {@link Sentences#detect} use this class alike: the annotator's
 * {@code annotate} calls {@link #tag}.
 */
public final class BoundedSentenceDetector extends SentenceDetector {
  private static final long serialVersionUID = 1L;

  /** Characters the detector reads at once: above any article of the test sets (4 KB), below its slow range. */
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
    if (n <= chunk) return super.tag(doc);
    List<Sentence> out = new ArrayList<>();
    int a = 0;
    while (a < n) {
      int limit = Math.min(n, a + chunk);
      if (limit == n) {
        keep(out, super.tag(doc.substring(a)), a, Integer.MAX_VALUE);
        break;
      }
      int nl = limit - 1;
      while (nl >= a && doc.charAt(nl) != '\n') nl--;
      if (nl >= a) { // whole paragraphs
        keep(out, super.tag(doc.substring(a, nl + 1)), a, Integer.MAX_VALUE);
        a = nl + 1;
        continue;
      }
      // a paragraph longer than a chunk: a window, never cutting a surrogate pair
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
    return out.toArray(new Sentence[0]);
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
      out.add(offset == 0 ? x : new Sentence(x.content(), x.start() + offset, x.end() + offset, x.index(), x.metadata()));
    }
  }
}
