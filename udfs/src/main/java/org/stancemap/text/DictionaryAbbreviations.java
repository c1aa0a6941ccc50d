package org.stancemap.text;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticDictionaries$;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import scala.collection.JavaConverters;

/**
 * The dictionary abbreviation rules of Spark NLP's pragmatic sentence detector
 * ({@code PragmaticContentFormatter.formatAbbreviations} with {@code useAbbreviations}), decided for
 * one period at a time.
 *
 * <p>Why: the detector applies those rules as 120 regular expressions (two per dictionary entry),
 * each scanning the whole document; that was 30% of a benchmark run's CPU. {@link Sentences} runs the
 * detector without them on a copy of the text in which {@link #mask} has already replaced the periods
 * they would have protected, in one scan. The dictionaries are the library's own; the conditions
 * mirror its patterns, in which {@code abbr} is preceded by whitespace or the start of the text and matched
 * case-insensitively:
 * <ul>
 *   <li>prepositive ({@code Mr.}, {@code Dr.}): the period is followed by whitespace or {@code :digit};
 *   <li>number ({@code No.}, {@code p.}): followed by whitespace and a digit, or whitespace and {@code (};
 *   <li>general ({@code etc.}, {@code Inc.}, {@code Jan.}): followed by {@code . : ? ,}, by {@code -}
 *       (not at the start of the text), or by one whitespace and a lower-case letter, a digit,
 *       {@code I }, {@code I'm} or {@code I'll}.
 * </ul>
 */
public final class DictionaryAbbreviations {
  private DictionaryAbbreviations() {}

  private static final Set<String> PREPOSITIVE = lower(PragmaticDictionaries$.MODULE$.PREPOSITIVE_ABBREVIATIONS());
  private static final Set<String> NUMBER = lower(PragmaticDictionaries$.MODULE$.NUMBER_ABBREVIATIONS());
  private static final Set<String> GENERAL = lower(PragmaticDictionaries$.MODULE$.ABBREVIATIONS());
  private static final int LONGEST = longest(PREPOSITIVE, NUMBER, GENERAL);

  /**
   * What a protected period becomes: like the library's own abbreviation symbol, a character that no
   * rule breaks on and no pattern counts as a word, space or period, but not that symbol itself,
   * which the detector would turn back into a period and then fail to find in its input.
   */
  static final char MASK = '\u2024'; // ONE DOT LEADER

  /**
   * {@code text} with the period of each dictionary abbreviation replaced by {@link #MASK} (same
   * length, so offsets stay valid); {@code text} itself when there is none.
   */
  public static String mask(String text) {
    char[] out = null;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (!protects(text, dot)) continue;
      if (out == null) out = text.toCharArray();
      out[dot] = MASK;
    }
    return out == null ? text : new String(out);
  }

  /** Whether the period at {@code dot} in {@code text} ends a dictionary abbreviation (no sentence break). */
  public static boolean protects(String text, int dot) {
    if (dot <= 0 || dot >= text.length() || text.charAt(dot) != '.') return false;
    int start = dot;
    while (start > 0 && !isSpace(text.charAt(start - 1)) && dot - start <= LONGEST) start--;
    if (start > 0 && !isSpace(text.charAt(start - 1))) return false; // longer than any entry
    String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) return false;
    char after = at(text, dot + 1), next = at(text, dot + 2);
    if (PREPOSITIVE.contains(word) && (isSpace(after) || (after == ':' && isDigit(next)))) return true;
    if (NUMBER.contains(word) && ((isSpace(after) && isDigit(next)) || spacesThenParen(text, dot + 1))) return true;
    if (GENERAL.contains(word)) {
      if (after == '.' || after == ':' || after == '?' || after == ',' || (after == '-' && start > 0)) return true;
      if (isSpace(after)) {
        return (next >= 'a' && next <= 'z') || isDigit(next) || (next == 'I' && isSpace(at(text, dot + 3)))
            || text.startsWith("I'm", dot + 2) || text.startsWith("I'll", dot + 2);
      }
    }
    return false;
  }

  /** The character at {@code i}, or 0 (no rule's character) past the end. */
  private static char at(String text, int i) {
    return i < text.length() ? text.charAt(i) : 0;
  }

  /** Java's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Java's {@code \d}: ASCII digits only. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean spacesThenParen(String text, int i) {
    int j = i;
    while (j < text.length() && isSpace(text.charAt(j))) j++;
    return j > i && j < text.length() && text.charAt(j) == '(';
  }

  private static Set<String> lower(scala.collection.Seq<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : JavaConverters.seqAsJavaList(words)) {
      // dotted entries (e.g, i.e, u.s) never reach the dictionary pass: the library's own
      // multiple-period rule runs first and decides them, and it runs without the dictionary too
      if (w.indexOf('.') < 0) out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  @SafeVarargs
  private static int longest(Set<String>... sets) {
    int n = 0;
    for (Set<String> s : sets) for (String w : s) n = Math.max(n, w.length());
    return n;
  }
}
