package org.stancemap.statements;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.text.QuoteMarks;

/**
 * Texts as multisets of lower-case words (quote marks straightened): how much of one text another holds.
 * Used by the evaluator to match predictions with gold, and by the {@code repeated-quote} rule to find the
 * later statement a quoted subhead repeats.
 */
final class WordBags {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private WordBags() {}

  /** The words of {@code text} with how often each occurs. */
  static Map<String, Integer> bag(String text) {
    Map<String, Integer> m = new HashMap<>();
    Matcher x = WORD.matcher(QuoteMarks.straighten(text).toLowerCase(Locale.ROOT));
    while (x.find()) m.merge(x.group(), 1, Integer::sum);
    return m;
  }

  /** How many words the bag holds. */
  static int size(Map<String, Integer> m) {
    int n = 0;
    for (int v : m.values()) n += v;
    return n;
  }

  /** How many words the two bags share (counted as often as both have them). */
  static int inter(Map<String, Integer> a, Map<String, Integer> b) {
    int n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    return n;
  }
}
