package org.stancemap.tone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.text.DataFiles;

/**
 * Word valences (VADER's -4..+4 scale) and the modifiers around them: negations, boosters,
 * dampeners and contrast words. Read from {@code data/lexicons/}: {@code vader_lexicon.txt}
 * (VADER), {@code domain.tsv} (conflict, diplomacy and political news; overrides VADER, may use
 * {@code word*} prefixes and phrases) and {@code modifiers.tsv}. Immutable and thread-safe.
 */
public final class Lexicon {
  public static final String VADER_FILE = "lexicons/vader_lexicon.txt";
  public static final String DOMAIN_FILE = "lexicons/domain.tsv";
  public static final String MODIFIERS_FILE = "lexicons/modifiers.tsv";
  /** VADER: ALL CAPS emphasis added to a word's magnitude. */
  public static final double C_INCR = 0.733;
  /** VADER: a negated word's valence is multiplied by this. */
  public static final double N_SCALAR = -0.74;
  /** Longest phrase (in words) looked up. */
  public static final int MAX_PHRASE = 3;

  private static volatile Lexicon standard;
  private static volatile Lexicon vaderOnly;

  private final Map<String, Double> exact;
  /** Prefix entries ({@code violat*}), longest first. */
  private final List<Map.Entry<String, Double>> prefixes;
  /** Single-word prefixes by their text, and the range of their lengths, for fast lookup. */
  private final Map<String, Double> wordPrefixes = new HashMap<>();
  private int minPrefix = Integer.MAX_VALUE;
  private int maxPrefix = 0;
  /** First words of phrase entries ("air" for "air strike"), so most tokens skip phrase lookups. */
  private final Set<String> phraseStarts = new HashSet<>();
  private final List<Map.Entry<String, Double>> phrasePrefixes = new ArrayList<>();
  /** Words (or {@code prefix*}) marked {@code harm} in the domain lexicon. */
  private final Set<String> harm;
  private final Set<String> negations;
  private final Map<String, Double> boosters;
  private final Map<String, double[]> contrasts;
  private final Set<String> speech = new HashSet<>();

  private Lexicon(Map<String, Double> exact, List<Map.Entry<String, Double>> prefixes, Set<String> harm,
      Set<String> negations, Map<String, Double> boosters, Map<String, double[]> contrasts) {
    this.exact = exact;
    this.prefixes = prefixes;
    this.harm = harm;
    for (String k : exact.keySet()) {
      int sp = k.indexOf(' ');
      if (sp > 0) phraseStarts.add(k.substring(0, sp));
    }
    for (Map.Entry<String, Double> e : prefixes) {
      int sp = e.getKey().indexOf(' ');
      if (sp > 0) {
        phraseStarts.add(e.getKey().substring(0, sp));
        phrasePrefixes.add(e);
        continue;
      }
      wordPrefixes.put(e.getKey(), e.getValue());
      minPrefix = Math.min(minPrefix, e.getKey().length());
      maxPrefix = Math.max(maxPrefix, e.getKey().length());
    }
    this.negations = negations;
    this.boosters = boosters;
    this.contrasts = contrasts;
  }

  /** VADER plus the domain lexicon plus modifiers; loaded once per JVM. */
  public static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        if (standard == null) standard = load(true);
        l = standard;
      }
    }
    return l;
  }

  /** VADER alone (plus modifiers): the baseline's lexicon. */
  public static Lexicon vaderOnly() {
    Lexicon l = vaderOnly;
    if (l == null) {
      synchronized (Lexicon.class) {
        if (vaderOnly == null) vaderOnly = load(false);
        l = vaderOnly;
      }
    }
    return l;
  }

  static Lexicon load(boolean withDomain) {
    Map<String, Double> exact = new HashMap<>();
    for (String[] row : DataFiles.tsv(VADER_FILE)) {
      if (row.length >= 2) exact.put(Tokens.normalize(row[0]), Double.parseDouble(row[1].strip()));
    }
    List<Map.Entry<String, Double>> prefixes = new ArrayList<>();
    Set<String> harm = new HashSet<>();
    if (withDomain) {
      Map<String, Double> domainExact = new HashMap<>();
      for (String[] row : DataFiles.tsv(DOMAIN_FILE)) {
        if (row.length < 2) throw new IllegalArgumentException("data/" + DOMAIN_FILE + ": expected word<TAB>valence: " + String.join("\\t", row));
        String w = Tokens.normalize(row[0].strip()).replaceAll("\\s+", " ");
        double v = Double.parseDouble(row[1].strip());
        if (row.length > 2 && row[2].strip().equals("harm")) harm.add(w);
        if (w.endsWith("*")) {
          String p = w.substring(0, w.length() - 1);
          prefixes.add(Map.entry(p, v));
          // a domain prefix overrides VADER's exact entries it covers
          exact.keySet().removeIf(k -> k.startsWith(p) && !k.contains(" "));
        } else {
          domainExact.put(w, v);
        }
      }
      exact.putAll(domainExact); // exact domain entries win over VADER and over domain prefixes
    }
    prefixes.sort(Comparator.comparingInt((Map.Entry<String, Double> e) -> e.getKey().length()).reversed());
    Set<String> negations = new HashSet<>();
    Map<String, Double> boosters = new HashMap<>();
    Map<String, double[]> contrasts = new HashMap<>();
    Set<String> speechWords = new HashSet<>();
    for (String[] row : DataFiles.tsv(MODIFIERS_FILE)) {
      if (row.length < 3) throw new IllegalArgumentException("data/" + MODIFIERS_FILE + ": expected kind<TAB>word<TAB>value: " + String.join("\\t", row));
      String kind = row[0].strip();
      String w = Tokens.normalize(row[1].strip());
      String usedBy = row.length > 3 ? row[3].strip() : "both";
      if (usedBy.equals(withDomain ? "vader" : "stancemap")) continue;
      switch (kind) {
        case "negation" -> negations.add(w);
        case "booster", "dampener" -> boosters.put(w, Double.parseDouble(row[2].strip()));
        case "speech" -> speechWords.add(w);
        case "contrast" -> {
          String[] ba = row[2].strip().split("/");
          contrasts.put(w, new double[] {Double.parseDouble(ba[0]), Double.parseDouble(ba[1])});
        }
        default -> throw new IllegalArgumentException("data/" + MODIFIERS_FILE + ": unknown kind " + kind);
      }
    }
    Lexicon lexicon = new Lexicon(exact, prefixes, harm, negations, boosters, contrasts);
    lexicon.speech.addAll(speechWords);
    return lexicon;
  }

  /** Valence of a normalized word or phrase; NaN when the lexicon does not know it. */
  public double valence(String lower) {
    Double v = exact.get(lower);
    if (v != null) return v;
    String p = longestPrefix(lower);
    return p == null ? Double.NaN : wordPrefixes.get(p);
  }

  /** The longest single-word prefix entry {@code lower} starts with, or null. */
  private String longestPrefix(String lower) {
    if (lower.indexOf(' ') >= 0) return null; // phrases: see phraseValence
    for (int len = Math.min(maxPrefix, lower.length()); len >= minPrefix; len--) {
      String p = lower.substring(0, len);
      if (wordPrefixes.containsKey(p)) return p;
    }
    return null;
  }

  /** Whether a word is marked {@code harm} (physical harm: the target may be its victim). */
  public boolean isHarm(String lower) {
    if (harm.isEmpty()) return false;
    if (harm.contains(lower)) return true;
    if (exact.containsKey(lower)) return false; // an exact entry not marked harm
    String p = longestPrefix(lower);
    return p != null && harm.contains(p + "*");
  }

  public boolean isNegation(String lower) {
    return negations.contains(lower) || lower.endsWith("n't");
  }

  /** Booster (positive) or dampener (negative) increment, 0 when neither. */
  public double booster(String lower) {
    return boosters.getOrDefault(lower, 0.0);
  }

  /** A lexicon hit's valence after VADER's modifiers, and whether a negation flipped it. */
  public record Modified(double valence, boolean negated) {}

  /**
   * VADER's rules around a hit: ALL CAPS emphasis (when the text mixes cases), boosters and
   * dampeners among the three words before it (weighted 1, 0.95, 0.9), and a negation among them
   * flips and damps it (×{@value #N_SCALAR}). With {@code clauseBound} the look-back stops at a
   * clause mark or comma ({@link Tokens#isBoundary}); VADER itself looks across them.
   */
  public Modified modify(List<Token> tokens, Hit h, boolean mixedCase, boolean clauseBound) {
    double v = h.valence();
    if (mixedCase && tokens.get(h.from()).allCaps()) v += Math.signum(v) * C_INCR;
    boolean negated = false;
    int seen = 0;
    for (int j = h.from() - 1; j >= 0 && seen < 3; j--) {
      Token p = tokens.get(j);
      if (!p.word()) {
        if (clauseBound && Tokens.isBoundary(p)) break;
        continue;
      }
      double b = booster(p.lower());
      if (b != 0) {
        double scalar = b * (seen == 0 ? 1 : seen == 1 ? 0.95 : 0.9);
        if (mixedCase && p.allCaps()) scalar += Math.signum(b) * C_INCR;
        v += Math.signum(v) * scalar;
      }
      if (isNegation(p.lower())) negated = true;
      seen++;
    }
    return new Modified(negated ? v * N_SCALAR : v, negated);
  }

  /** Whether a word is a verb of saying ({@code speech} in modifiers.tsv). */
  public boolean isSpeech(String lower) {
    return speech.contains(lower);
  }

  /** {weight before, weight after} for a contrast word, or null. */
  public double[] contrast(String lower) {
    return contrasts.get(lower);
  }

  /**
   * The lexicon entries found in a token list: phrases of up to {@link #MAX_PHRASE} words are
   * preferred over single words. Punctuation is skipped.
   */
  public List<Hit> hits(List<Token> tokens) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word()) continue;
      boolean found = false;
      int longest = phraseStarts.contains(t.lower()) ? Math.min(MAX_PHRASE, tokens.size() - i) : 0;
      for (int n = longest; n >= 2 && !found; n--) {
        StringBuilder sb = new StringBuilder(t.lower());
        boolean words = true;
        for (int k = 1; k < n; k++) {
          Token u = tokens.get(i + k);
          if (!u.word()) { words = false; break; }
          sb.append(' ').append(u.lower());
        }
        if (!words) continue;
        double v = phraseValence(sb.toString(), sb.length() - tokens.get(i + n - 1).lower().length());
        if (!Double.isNaN(v)) {
          out.add(new Hit(i, i + n, v));
          i += n - 1;
          found = true;
        }
      }
      if (found) continue;
      double v = valence(t.lower());
      if (Double.isNaN(v) && t.lower().indexOf('-') > 0) {
        // unknown hyphenated word: its last part carries the meaning ("well-armed" -> "armed")
        String last = t.lower().substring(t.lower().lastIndexOf('-') + 1);
        v = valence(last);
      }
      if (!Double.isNaN(v) && v != 0.0) out.add(new Hit(i, i + 1, v));
    }
    return out;
  }

  /**
   * Valence of a phrase entry (exact, or a phrase prefix such as {@code war crime*} that reaches
   * into the phrase's last word, which starts at {@code lastWordStart}); NaN otherwise.
   */
  private double phraseValence(String phrase, int lastWordStart) {
    Double v = exact.get(phrase);
    if (v != null) return v;
    for (Map.Entry<String, Double> e : phrasePrefixes) {
      String p = e.getKey();
      if (p.length() > lastWordStart && phrase.startsWith(p)) return e.getValue();
    }
    return Double.NaN;
  }

  /** A lexicon entry found over tokens [from, to) with its valence. */
  public record Hit(int from, int to, double valence) {}
}
