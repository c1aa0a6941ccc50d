package org.stancemap.targets;

import java.io.Serializable;
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
 * <p>All aliases are compiled into one regular expression (longest alias first, so
 * "Russia-backed" wins over "Russia" and "Assad regime" over "Assad"). A match needs a character
 * that is not a letter or digit on both sides: "Turkish-Russian" holds two mentions, and
 * "Russia's", "Turkey’s" and "#Syria" count. Case rule: an alias written with a capital letter
 * matches as written or in ALL CAPS, so "turkey" (the bird) and "russian dressing" do not count;
 * an alias written in lower case ("the regime") also matches with its first letter capitalised.
 * White space inside an alias matches any run of white space; straight and curly apostrophes and
 * the hyphen variants are interchangeable.
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

  private static volatile TargetMatcher standard;

  private final Targets targets;
  private final Options options;
  private final Pattern pattern;
  private final Map<String, List<TargetAlias>> byKey;

  public TargetMatcher(Targets targets, Options options) {
    this.targets = targets;
    this.options = options;
    this.byKey = new HashMap<>();
    Set<String> variants = new LinkedHashSet<>();
    List<TargetAlias> used = new ArrayList<>();
    for (TargetAlias a : targets.aliases()) {
      if (!options.includeLeaders() && TargetAlias.LEADER.equals(a.group())) continue;
      used.add(a);
    }
    used.sort(Comparator.comparingInt((TargetAlias a) -> a.alias().length()).reversed());
    for (TargetAlias a : used) {
      List<TargetAlias> same = byKey.computeIfAbsent(key(a.alias()), k -> new ArrayList<>());
      if (same.stream().noneMatch(x -> x.target().equals(a.target()))) same.add(a);
      for (String v : caseVariants(a.alias())) variants.add(toRegex(v));
    }
    if (variants.isEmpty()) throw new IllegalArgumentException("no aliases left to match in " + targets);
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + String.join("|", variants) + ")(?![\\p{L}\\p{N}])");
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
    List<TargetMention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      List<TargetAlias> aliases = byKey.get(key(m.group()));
      if (aliases == null) continue; // cannot happen: every variant has a key
      for (TargetAlias a : aliases) {
        if (target == null || a.target().equalsIgnoreCase(target)) {
          out.add(new TargetMention(a.target(), m.group(), m.start(), m.end(), a.group()));
        }
      }
    }
    return out;
  }

  /** Lookup key of an alias or a matched text: lower case, one space, one apostrophe, one hyphen. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'').replace('‘', '\'')
        .replaceAll("[‐‑‒–]", "-");
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
      } else {
        sb.append(Pattern.quote(new String(Character.toChars(cp))));
      }
    }
    return sb.toString();
  }
}
