package org.stancemap.targets;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions of the configured targets in a text, with character offsets.
 *
 * <p>The text is scanned word by word; a word that starts an alias (looked up by its lower-cased
 * first word) is tried against that alias's precompiled pattern, longest alias first, so
 * "Russia-backed" wins over "Russia" and "Assad regime" over "Assad". A match must start and end
 * at a word boundary (not a letter or digit on either side): "Turkish-Russian" holds two
 * mentions, and "Russia's", "Turkey’s" and "#Syria" count. Case rule: an alias written with a
 * capital letter matches as written or in ALL CAPS, so "turkey" (the bird) and "russian
 * dressing" do not count; an alias written in lower case ("the regime") also matches with its
 * first letter capitalised. White space inside an alias matches any run of white space; straight
 * and curly apostrophes and the hyphen variants are interchangeable. Cost: one hash lookup per
 * word, so texts that mention no target cost almost nothing.
 *
 * <p>Thread-safe and serializable (it ships to Spark executors).
 */
public final class TargetMatcher implements Serializable {
  /**
   * @param includeLeaders whether the {@code leader} group (Putin, Erdogan, Assad, ...) counts
   *     as a mention of the state they lead
   */
  public record Options(boolean includeLeaders) implements Serializable {
    public static final Options DEFAULT = new Options(true);
  }

  private record Candidate(TargetAlias alias, Pattern pattern) implements Serializable {}

  private static volatile TargetMatcher standard;

  private final Targets targets;
  private final Options options;
  /** Aliases by the lower-cased first word they start with, each an anchored pattern, longest first. */
  private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();

  public TargetMatcher(Targets targets, Options options) {
    this.targets = targets;
    this.options = options;
    List<TargetAlias> used = new ArrayList<>();
    for (TargetAlias a : targets.aliases()) {
      // without leaders their names still block: "Putin" is then no mention of Russia, but not a shorter form either
      if (!options.includeLeaders() && TargetAlias.LEADER.equals(a.group())) {
        a = new TargetAlias("", a.alias(), TargetAlias.OTHER, a.from(), a.to());
      }
      // "the Kremlin" is found as "Kremlin": a leading article would make every "the" a candidate
      String bare = withoutArticle(a.alias());
      if (!bare.equals(a.alias())) a = new TargetAlias(a.target(), bare, a.group(), a.from(), a.to());
      used.add(a);
    }
    if (used.isEmpty()) throw new IllegalArgumentException("no aliases left to match in " + targets);
    // longest first; the entries of one form stay together
    used.sort(Comparator.comparingInt((TargetAlias a) -> a.alias().length()).reversed().thenComparing(TargetAlias::alias));
    for (TargetAlias a : used) {
      Set<String> variants = new LinkedHashSet<>();
      for (String v : caseVariants(a.alias())) variants.add(toRegex(v));
      Pattern p = Pattern.compile("(?:" + String.join("|", variants) + ")(?![\\p{L}\\p{N}])");
      String first = firstWord(a.alias(), 0);
      if (first == null) throw new IllegalArgumentException("alias without a letter or digit: '" + a.alias() + "'");
      byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Candidate(a, p));
    }
  }

  private static final java.util.Map<java.util.List<Object>, TargetMatcher> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A matcher for these targets and options, built once per JVM and shared (building one compiles
   * a pattern per form: about 0.1 s with the entity table, too much to repeat for every Spark task).
   */
  public static TargetMatcher shared(Targets targets, Options options) {
    return SHARED.computeIfAbsent(java.util.List.of(targets, options), k -> new TargetMatcher(targets, options));
  }

  /** The packaged targets with the default options (leaders count); built once per JVM. */
  public static TargetMatcher standard() {
    TargetMatcher m = standard;
    if (m == null) {
      synchronized (TargetMatcher.class) {
        if (standard == null) standard = new TargetMatcher(Targets.load(), Options.DEFAULT);
        m = standard;
      }
    }
    return m;
  }

  public Targets targets() {
    return targets;
  }

  public Options options() {
    return options;
  }

  /** Every mention of every target, in text order. */
  public List<TargetMention> find(String text) {
    return find(text, null);
  }

  /** Mentions of one target (canonical name, case-insensitive); all targets when null. */
  public List<TargetMention> find(String text, String target) {
    return find(text, target, null, null);
  }

  /**
   * Mentions of one target (all when null) in a text written on {@code day} (null: unknown; then
   * every form counts whatever its dates). A contextual form ("regime forces") takes the state of the
   * nearest target mention before it in the text, else after it, else {@code contextTarget} (the
   * state the surrounding text last named, null: none); without any it is no mention.
   */
  public List<TargetMention> find(String text, String target, LocalDate day, String contextTarget) {
    List<TargetMention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    List<int[]> contextual = null; // [start, end] of contextual forms, resolved at the end
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp) || (i > 0 && isWordChar(text.codePointBefore(i)))) {
        i = next;
        continue;
      }
      List<Candidate> candidates = byFirstWord.get(firstWord(text, i));
      if (candidates != null) {
        for (int c = 0; c < candidates.size(); c++) {
          Candidate cand = candidates.get(c);
          if (c > 0 && cand.alias().alias().equals(candidates.get(c - 1).alias().alias())) continue; // tried with its twin
          Matcher m = cand.pattern().matcher(text);
          m.region(i, n);
          m.useTransparentBounds(true);
          if (!m.lookingAt()) continue;
          // the longest form matching here wins; of its entries those that hold on the day decide:
          // a target's form names it, else a contextual form waits for its state, else another
          // entity's form blocks the shorter forms inside it
          String surface = text.substring(i, m.end());
          boolean holds = false;
          boolean named = false;
          boolean context = false;
          for (Candidate same : candidates) {
            TargetAlias a = same.alias();
            if (!a.alias().equals(cand.alias().alias()) || !a.holdsOn(day)) continue;
            holds = true;
            if (a.namesTarget()) {
              if ((target == null || a.target().equalsIgnoreCase(target)) && !containsTarget(out, i, a.target())) {
                out.add(new TargetMention(a.target(), surface, i, m.end(), a.group()));
              }
              named = true;
            } else if (a.group().equals(TargetAlias.CONTEXTUAL)) {
              context = true;
            }
          }
          if (!holds) continue; // a form out of its dates: a shorter one may still match
          if (!named && context) {
            if (contextual == null) contextual = new ArrayList<>();
            contextual.add(new int[] {i, m.end()});
          }
          next = m.end();
          break;
        }
      }
      i = next;
    }
    if (contextual != null) out = resolveContextual(text, out, contextual, target, contextTarget);
    return out;
  }

  private static boolean containsTarget(List<TargetMention> out, int start, String target) {
    for (int k = out.size() - 1; k >= 0 && out.get(k).start() == start; k--) if (out.get(k).target().equals(target)) return true;
    return false;
  }

  /** Gives each contextual form the state of the nearest mention before it, else after it, else the context's. */
  private static List<TargetMention> resolveContextual(String text, List<TargetMention> found, List<int[]> contextual,
      String target, String contextTarget) {
    List<TargetMention> out = new ArrayList<>(found);
    for (int[] c : contextual) {
      String state = null;
      for (TargetMention m : found) {
        if (m.start() < c[0] && !isBacked(m)) state = m.target(); // the last one before it
      }
      if (state == null) {
        for (TargetMention m : found) {
          if (m.start() > c[0] && !isBacked(m)) {
            state = m.target();
            break;
          }
        }
      }
      if (state == null) state = contextTarget;
      if (state != null && (target == null || state.equalsIgnoreCase(target))) {
        out.add(new TargetMention(state, text.substring(c[0], c[1]), c[0], c[1], TargetAlias.CONTEXTUAL));
      }
    }
    out.sort(java.util.Comparator.comparingInt(TargetMention::start));
    return out;
  }

  /** "Russian-backed government forces": the backer is not the government the contextual words mean. */
  private static boolean isBacked(TargetMention m) {
    String s = m.mention().toLowerCase(Locale.ROOT);
    return s.endsWith("backed") || s.startsWith("pro-");
  }

  static String withoutArticle(String alias) {
    String a = alias.strip();
    return a.length() > 4 && (a.startsWith("the ") || a.startsWith("The ")) ? a.substring(4).strip() : a;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  /** The lower-cased run of letters and digits at the first letter or digit from {@code from}, or null. */
  private static String firstWord(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isLetterOrDigit(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
    int start = i;
    while (i < s.length() && Character.isLetterOrDigit(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
    return i == start ? null : s.substring(start, i).toLowerCase(Locale.ROOT);
  }

  private static List<String> caseVariants(String alias) {
    List<String> v = new ArrayList<>();
    v.add(alias);
    String upper = alias.toUpperCase(Locale.ROOT);
    if (!upper.equals(alias)) v.add(upper);
    if (!alias.isEmpty() && Character.isLowerCase(alias.codePointAt(0))) {
      int first = alias.codePointAt(0);
      v.add(new StringBuilder().appendCodePoint(Character.toUpperCase(first))
          .append(alias.substring(Character.charCount(first))).toString());
    }
    return v;
  }

  private static String toRegex(String alias) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < alias.length(); ) {
      int cp = alias.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || cp == '_') {
        sb.append("\\s+");
        while (i < alias.length() && Character.isWhitespace(alias.codePointAt(i))) i++;
      } else if (cp == '\'' || cp == '’' || cp == '‘') {
        sb.append("['’‘]");
      } else if (cp == '-' || (cp >= 0x2010 && cp <= 0x2013)) {
        sb.append("[-‐‑‒–]");
      } else if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('\\').appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
