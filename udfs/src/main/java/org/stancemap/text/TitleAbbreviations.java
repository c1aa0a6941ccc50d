package org.stancemap.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stancemap.speakers.MentionParser;

/**
 * Abbreviated titles written before a name ({@code data/title-abbreviations.txt}: "Sen.", "Gov.",
 * "Lt.", "Mrs." ...), whose period does not end a sentence: "asked Sen. Warren about it".
 *
 * <p>Why: Spark NLP's dictionary keeps only {@code Mr. Dr. Ms. Prof. St. Mt.} before a capitalised
 * word (its general list keeps {@code Col. Lt. Rep. Mrs.} only before a lower-case one), so
 * "Mrs. Clinton", "Sen. Warren" and "Lt. Gen. Smith" were cut after the title. {@link #mask} runs
 * after {@link DictionaryAbbreviations#mask} on the detector's input ({@link Sentences#detectorInput}),
 * one scan, the same in the Spark job and in plain Java.
 *
 * <p>The rule for a period after an entry: the entry starts the text or follows whitespace or an
 * opening mark ({@code " ' ( [}), its first letter is a capital (or it is written as an entry listed in lower
 * case: "the hon. Member"), and after the period come spaces
 * and then a capital letter in the same paragraph (a name, or the next word of a compound title).
 * So a title at the end of a paragraph, or before a digit, a quote mark or a lower-case word, ends
 * a sentence as any word would. Dotted initials ("U.S.", "U.N.") keep their last period only before
 * a title word or a body's singular head ("U.S. President", "U.N. Secretary-General", "U.S. Embassy"),
 * so "ties with the U.S. The talks ..." and "sanctions by the U.S. Officials said ..." still split.
 */
public final class TitleAbbreviations {
  public static final String FILE = "title-abbreviations.txt";

  private final Set<String> titles; // lower case, without the period
  private final Set<String> anyCase; // the titles listed in lower case ("hon."): kept in lower case too
  private final int longest;

  private static volatile TitleAbbreviations defaults;

  /** The titles of {@code data/title-abbreviations.txt}. */
  public static TitleAbbreviations load() {
    TitleAbbreviations t = defaults;
    if (t == null) {
      synchronized (TitleAbbreviations.class) {
        if (defaults == null) defaults = new TitleAbbreviations(DataFiles.lines(FILE));
        t = defaults;
      }
    }
    return t;
  }

  /** Dotted initials of a state or body written before a title ("U.S.", "U.N."), as written. */
  private final Set<String> initials;
  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,4}");

  /**
   * Titles from lines such as {@code "Sen."}: one abbreviation, letters then a period; and dotted
   * initials such as {@code "U.S."}, whose last period never ends a sentence before a title word
   * ("U.S. President Donald Trump", "U.N. Secretary-General").
   */
  public TitleAbbreviations(List<String> lines) {
    Set<String> s = new HashSet<>(), in = new HashSet<>(), lower = new HashSet<>();
    int n = 0;
    for (String line : lines) {
      String w = line.strip();
      if (INITIALS.matcher(w).matches()) {
        in.add(w);
        continue;
      }
      if (w.length() < 2 || !w.endsWith(".") || !w.substring(0, w.length() - 1).chars().allMatch(Character::isLetter)) {
        throw new IllegalArgumentException("data/" + FILE + ": not one abbreviation with its period: '" + line + "'");
      }
      s.add(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT));
      if (Character.isLowerCase(w.charAt(0))) lower.add(w.substring(0, w.length() - 1));
      n = Math.max(n, w.length() - 1);
    }
    this.titles = Set.copyOf(s);
    this.anyCase = Set.copyOf(lower);
    this.initials = Set.copyOf(in);
    this.longest = n;
  }

  /** The titles, lower case, without their period ("sen", "lt"). */
  public Set<String> words() {
    return titles;
  }

  /**
   * Whether {@code word} (without its period) is a title as written before a name: listed, its first letter a capital,
   * or written as listed in lower case ("the hon. Member", "my right hon. Friend").
   */
  public boolean isTitle(String word) {
    return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) && titles.contains(word.toLowerCase(Locale.ROOT))
        || anyCase.contains(word));
  }

  /**
   * {@code text} with the period of each title before a name replaced by
   * {@link DictionaryAbbreviations#MASK} (same length); {@code text} itself when there is none.
   */
  public String mask(String text) {
    char[] out = null;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (!protects(text, dot)) continue;
      if (out == null) out = text.toCharArray();
      out[dot] = DictionaryAbbreviations.MASK;
    }
    return out == null ? text : new String(out);
  }

  /** Whether the period at {@code dot} ends a title that a name follows (no sentence break). */
  public boolean protects(String text, int dot) {
    if (dot <= 0 || dot >= text.length() || text.charAt(dot) != '.') return false;
    if (initialsBeforeTitle(text, dot)) return true;
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1)) && dot - start <= longest) start--;
    if (start > 0 && !opensWord(text.charAt(start - 1))) return false; // longer than any entry, or "U.S.", "ex-Sen."
    if (!isTitle(text.substring(start, dot))) return false;
    if (capitalAfterSpaces(text, dot + 1) >= 0) return true;
    // "Brig. Gen. (res.) Ronen Tsur", "Col. (ret.) Ann Lee": a short note in brackets between the title and the name
    int j = dot + 1;
    while (j < text.length() && text.charAt(j) == ' ') j++;
    if (j == dot + 1 || j >= text.length() || text.charAt(j) != '(') return false;
    int close = text.indexOf(')', j);
    return close > j + 1 && close - j <= 8 && capitalAfterSpaces(text, close + 1) >= 0;
  }

  /**
   * "U.S. President", "U.N. Secretary-General", "U.S. Embassy": listed initials ending at {@code dot}, a title word
   * ({@code data/titles.txt}) or a body's singular head ({@code data/descriptors.tsv}) after them.
   */
  private boolean initialsBeforeTitle(String text, int dot) {
    if (initials.isEmpty() || dot < 3) return false;
    int start = dot + 1;
    // at most four letters ("U.A.E."): a run of thousands of "A." costs the same as one
    while (start >= 2 && dot + 1 - start < 8 && text.charAt(start - 1) == '.' && Character.isUpperCase(text.charAt(start - 2))) start -= 2;
    if (start > 0 && !opensWord(text.charAt(start - 1))) return false;
    if (!initials.contains(text.substring(start, dot + 1))) return false;
    int j = capitalAfterSpaces(text, dot + 1);
    if (j < 0) return false;
    int e = letters(text, j);
    String word = text.substring(j, e);
    // a title or a body's singular head ("U.S. President", "U.S. Embassy"); not "Officials", "Sources", which may
    // well start the next sentence
    org.stancemap.speakers.Descriptors d = org.stancemap.speakers.Descriptors.load();
    if (titleOrBodyHead(d, word)) return true;
    // "A U.S. Treasury spokesperson", "two U.S. Navy ships": after an indefinite article or a number the initials
    // modify what follows (a sentence cannot end there); "the U.S. Treasury", "the U.K. Parliament": after "the",
    // only before a body's word ("relations with the U.S. Washington ..." may end one)
    String before = wordBefore(text, start);
    if (MentionParser.isStopCap(word)) return false;
    // "the U.N. High Commissioner", "U.S. Special Envoy Tom Barrack", "the U.S. Geological Survey": a compound title or
    // body name, its second word the title, head or body word ("U.S. Officials said", "the U.S. Syrian officials" still split)
    int j2 = capitalAfterSpaces(text, e);
    String second = j2 < 0 ? null : text.substring(j2, letters(text, j2));
    if (second != null && (titleOrBodyHead(d, second) || org.stancemap.speakers.BodyWords.contains(second.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    if (MODIFIER_OPENERS.contains(before)) return true;
    return before.equals("the") && org.stancemap.speakers.BodyWords.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Where a capital opens a word after at least one space or tab at {@code from}; -1 if nothing such follows. */
  private static int capitalAfterSpaces(String text, int from) {
    int j = from;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
    return j == from || j >= text.length() || !Character.isUpperCase(text.charAt(j)) ? -1 : j;
  }

  /** The end of the run of letters that starts at {@code j}. */
  private static int letters(String text, int j) {
    int e = j;
    while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
    return e;
  }

  /** A title word or a body's singular head, not a plural that may start a sentence ("Officials", "Sources"). */
  private static boolean titleOrBodyHead(org.stancemap.speakers.Descriptors d, String word) {
    org.stancemap.speakers.Descriptors.Head h = d.head(word);
    return d.title(word) != null || (h != null && "organization".equals(h.type) && !h.plural && !word.endsWith("s"));
  }

  /** Articles and numbers after which dotted initials always modify the next word: "a U.S. official". */
  private static final Set<String> MODIFIER_OPENERS = org.stancemap.speakers.SpeakerWords.list("initials-openers");

  /** The lower-case word that ends just before the space before {@code start}, or "". */
  private static String wordBefore(String text, int start) {
    int e = start;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) e--;
    if (e == start) return "";
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean opensWord(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '(' || c == '[';
  }
}
