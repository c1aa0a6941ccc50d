package org.stancemap.tone.model;

import java.util.List;
import org.stancemap.tone.Token;
import org.stancemap.tone.Tokens;

/**
 * The {@code bow} feature block: the words around a target mention, hashed into
 * {@value #BUCKETS} buckets (the hashing trick; {@link String#hashCode} is fixed by the Java
 * language, so buckets are the same on every JVM). Words within {@value #WINDOW} words left and
 * right of the mention in its sentence count as {@code l:word} / {@code r:word}, and with their
 * neighbour nearer the mention as {@code l2:} / {@code r2:} word pairs ({@code <T>} for the
 * mention itself: "r2:<T>_said"); every other word
 * of the text as {@code s:word}; the mention's own words never count, so the target's name cannot
 * decide. Values are 1 (present) or 0. Thread-safe.
 */
public final class WordFeatures {
  public static final String BLOCK = "bow";
  /** The same without the sentence's other words ({@code s:word}): only the window around the mention. */
  public static final String WINDOW_BLOCK = "bow.window";

  private final boolean sentence;

  /** @param sentence whether the words outside the window count too ({@link #BLOCK}) or not ({@link #WINDOW_BLOCK}) */
  public WordFeatures(boolean sentence) {
    this.sentence = sentence;
  }
  public static final int BUCKETS = 1 << 14;
  static final int WINDOW = 6;

  public int dimension() {
    return BUCKETS;
  }

  /** Feature names: {@code bow_i}. */
  public List<String> names() {
    String[] n = new String[BUCKETS];
    for (int i = 0; i < BUCKETS; i++) n[i] = "bow_" + i;
    return List.of(n);
  }

  static int bucket(String feature) {
    return feature.hashCode() & (BUCKETS - 1);
  }

  /** Writes the block's values for one mention into {@code out} from {@code offset}. */
  public void features(MentionEmbedder.Mention m, double[] out, int offset) {
    List<Token> tokens = Tokens.of(m.text());
    int[] span = Tokens.span(tokens, m.start(), m.end());
    int mf = span == null ? 0 : span[0];
    int mt = span == null ? 0 : span[1];
    int left = 0;
    String after = "<T>";
    for (int i = mf - 1; i >= 0 && left < WINDOW; i--) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (t.text().equals(".") || t.text().equals("!") || t.text().equals("?")) break;
        continue;
      }
      out[offset + bucket("l:" + t.lower())] = 1;
      out[offset + bucket("l2:" + t.lower() + "_" + after)] = 1;
      after = t.lower();
      left++;
    }
    int right = 0;
    String before = "<T>";
    for (int i = mt; i < tokens.size() && right < WINDOW; i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (t.text().equals(".") || t.text().equals("!") || t.text().equals("?")) break;
        continue;
      }
      out[offset + bucket("r:" + t.lower())] = 1;
      out[offset + bucket("r2:" + before + "_" + t.lower())] = 1;
      before = t.lower();
      right++;
    }
    for (int i = 0; sentence && i < tokens.size(); i++) {
      if (i >= mf && i < mt) continue;
      Token t = tokens.get(i);
      if (t.word()) out[offset + bucket("s:" + t.lower())] = 1;
    }
  }
}
