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
  /** Contextual forms written with "the" in the table: they count after a determiner or another form only. */
  private final Set<String> afterDeterminer = new java.util.HashSet<>();
  private final Set<String> targetNames;
  /** State-run outlets' names (lower case) and their states. */
  private final Map<String, String> outletStates = new HashMap<>();
  /** The states of the entity table, by their lower-cased names ("syria" → Syria). */
  private final Map<String, String> states = new HashMap<>();
  /** A contextual row's kind for first-person forms ("our country"): only the voice of their statement gives them a state. */
  public static final String SELF = "self";

  public TargetMatcher(Targets targets, Options options) {
    this.targets = targets;
    this.options = options;
    this.targetNames = new java.util.HashSet<>(targets.names());
    for (TargetAlias a : targets.aliases()) {
      if (a.kind().equals(Targets.MEDIA) && !a.state().isEmpty()) outletStates.put(a.alias().toLowerCase(Locale.ROOT), a.state());
      if (a.kind().equals("state") && !a.state().isEmpty()) states.put(a.state().toLowerCase(Locale.ROOT), a.state());
    }
    List<TargetAlias> used = new ArrayList<>();
    for (TargetAlias a : targets.aliases()) {
      // without leaders their names still block: "Putin" is then no mention of Russia, but not a shorter form either
      if (!options.includeLeaders() && TargetAlias.LEADER.equals(a.group())) {
        a = new TargetAlias("", a.alias(), TargetAlias.OTHER, a.from(), a.to(), a.state(), a.kind());
      }
      // "the Kremlin" is found as "Kremlin": a leading article would make every "the" a candidate
      String bare = withoutArticle(a.alias());
      if (!bare.equals(a.alias())) {
        // a contextual "the regime" still needs its determiner: "the sanctions regime" is no state
        if (a.group().equals(TargetAlias.CONTEXTUAL)) afterDeterminer.add(bare);
        a = a.withAlias(bare);
      }
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
   * every form counts whatever its dates), one statement of an article whose {@code context} (null:
   * none) says what the statements before it named; the context is then updated with this text.
   *
   * <p>A contextual form ("the regime", "army units", "the defence ministry") takes, in this order:
   * the state of a form right before it ("the Turkish regime", "Russia's defence ministry", "the
   * Kyiv regime"; a non-state form there makes it no state's); the state its own first word was
   * last used for, in this text, then earlier in the article, then later in it ("regime" after "the
   * Assad regime", "army" after "the Syrian army"); its row's default state in the entity table
   * ("the regime": Syria until 2024-12-08; once the default has lapsed, nothing weaker below); the
   * state last named with an entity of the kind it stands for, in this text (a {@code military}
   * form for "army units"); the first state named before it in this text (its subject, most often);
   * the kind's state in the article; the article's subject (the first state of the latest text that
   * named one); the first state named after it in this text; the state of the places the article
   * named last ("the army" in a report that names only Latakia and Jableh); the state of a
   * state-run outlet ("army units" in SANA's own report); and, for a headline before any state is
   * named, the article's first use of its kind, its first state, its first place. "X-backed" forms
   * and places never give their state by being near. A form resolved to a state that is not a
   * target is no mention.
   */
  public List<TargetMention> find(String text, String target, LocalDate day, ArticleContext context) {
    List<TargetMention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    ArticleContext ctx = context == null ? new ArticleContext() : context;
    List<Form> forms = ctx.scanned.remove(text); // read once already by context(): the same forms
    if (forms == null) forms = scan(text, day);
    boolean contextual = false;
    for (Form f : forms) contextual |= f.contextual;
    if (contextual) resolve(text, forms, ctx);
    String subject = null; // the first state a text names is most often its subject: the article's "last" state
    for (Form f : forms) {
      ctx.bind(f.words(text), f.kind, f.state, f.backed, false);
      if (subject == null && f.stands()) subject = f.state;
      if (f.state.isEmpty() || !targetNames.contains(f.state) || (target != null && !f.state.equalsIgnoreCase(target))) continue;
      if (f.named || (f.contextual && !f.state.isEmpty())) {
        out.add(new TargetMention(f.state, text.substring(f.start, f.end), f.start, f.end, f.group));
      }
    }
    if (subject != null) ctx.last = subject;
    return out;
  }

  /**
   * A context for the statements of one article, in text order: its first uses of words and kinds
   * for states, which contextual words read when nothing before them names a state, and the state
   * of its outlet when that is state-run media ({@code outlet}: its name; null: unknown).
   */
  public ArticleContext context(List<String> texts, LocalDate day, String outlet) {
    ArticleContext c = new ArticleContext();
    c.home = outlet == null ? null : outletStates.get(outlet.strip().toLowerCase(Locale.ROOT));
    for (String t : texts) {
      if (t == null || t.isEmpty()) continue;
      List<Form> forms = scan(t, day);
      for (Form f : forms) if (!f.contextual) c.bind(f.words(t), f.kind, f.state, f.backed, true);
      c.scanned.put(t, forms); // find() takes them back instead of scanning the text again
    }
    return c;
  }

  /**
   * The state a speaker's affiliation names ("Syria", "turkey"), as the entity table writes it; null when the affiliation
   * is no state ("Syrian opposition", "United Nations") or unknown.
   */
  public String stateOf(String affiliation) {
    return affiliation == null ? null : states.get(affiliation.strip().toLowerCase(Locale.ROOT));
  }

  /** One form found in a text; a contextual one gets its state in {@link #resolve}. */
  static final class Form {
    final int start;
    final int end;
    final String kind;
    final String group;
    final boolean named;
    final boolean contextual;
    final boolean backed;
    /** A place inside a state ("Aleppo"): only where the article is, never the state meant. */
    final boolean place;
    String state;
    /** A contextual form's default state, when the article names none for its word ("regime": Syria until 2024-12-08). */
    String fallback;
    /**
     * Its default has lapsed ("the regime" in 2025: the fallen one): only a form right before it or the article's own
     * use of its word gives it a state, no weaker clue.
     */
    boolean expired;

    Form(int start, int end, String state, String kind, String group, boolean named, boolean contextual, boolean backed) {
      this.start = start;
      this.end = end;
      this.state = state;
      this.kind = kind;
      this.group = group;
      this.named = named;
      this.contextual = contextual;
      this.backed = backed;
      this.place = kind.equals(org.stancemap.entities.Entity.CITY);
    }

    private List<String> words;

    /** Its {@link #contentWords} in {@code text}, the text it was found in (computed once). */
    List<String> words(String text) {
      if (words == null) words = contentWords(text.substring(start, end));
      return words;
    }

    /** Whether its state may be the one a contextual word means: a state's own form, not a backer's or a place's. */
    boolean stands() {
      return !state.isEmpty() && !backed && !place;
    }
  }

  /**
   * Every form in the text, in order: the longest form matching at a word wins; of its entries
   * those that hold on the day decide: a target's form names it, else a contextual form waits for
   * its state, else another entity's form (with its state, if it has one) blocks the shorter forms
   * inside it.
   */
  private List<Form> scan(String text, LocalDate day) {
    List<Form> forms = new ArrayList<>();
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
          Form found = null;
          Form context = null;
          for (Candidate same : candidates) {
            TargetAlias a = same.alias();
            if (!a.alias().equals(cand.alias().alias())) continue;
            if (a.group().equals(TargetAlias.CONTEXTUAL)) { // a contextual word always counts; its dates bound its default
              if (context == null) context = new Form(i, m.end(), "", a.kind(), TargetAlias.CONTEXTUAL, false, true, false);
              if (a.holdsOn(day) && !a.state().isEmpty()) context.fallback = a.state();
              else if (!a.state().isEmpty()) context.expired = true;
              continue;
            }
            if (!a.holdsOn(day)) continue;
            boolean backed = a.kind().equals("backed") || isBacked(text.substring(i, m.end()));
            if (a.namesTarget()) {
              found = new Form(i, m.end(), a.target(), a.kind(), a.group(), true, false, backed);
              break;
            } else if (found == null || (found.state.isEmpty() && !a.state().isEmpty())) {
              // an outlet named in the text ("RT reported") is no mention of its state
              String state = a.kind().equals(Targets.MEDIA) ? "" : a.state();
              found = new Form(i, m.end(), state, a.kind(), a.group(), false, false, backed);
            }
          }
          if (found == null && context == null) continue; // a form out of its dates: a shorter one may still match
          if (found == null || (!found.named && context != null)) {
            found = context;
            if (afterDeterminer.contains(cand.alias().alias()) && !afterDeterminer(text, i) && !adjacent(text, forms, i)) {
              continue; // "the sanctions regime", "regime change": not the regime of a state
            }
          }
          forms.add(found);
          next = m.end();
          break;
        }
      }
      i = next;
    }
    return forms;
  }

  private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "this", "that", "whose", "our");

  /** Whether the word before {@code i} is "our" ("our army"). */
  private static boolean ourBefore(String text, int i) {
    return "our".equals(wordBefore(text, i));
  }

  /** Whether the word before {@code i} is a determiner ("the regime", "its army"). */
  private static boolean afterDeterminer(String text, int i) {
    String w = wordBefore(text, i);
    return w != null && DETERMINERS.contains(w);
  }

  /** The lower-cased word of letters that ends right before the white space before {@code i}; null when no space is there. */
  private static String wordBefore(String text, int i) {
    int e = i;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (e == i) return null;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return text.substring(b, e).toLowerCase(Locale.ROOT);
  }

  /** Whether the last form found ends right before {@code i}: "Turkish regime", "Russia's defence ministry", "Kyiv-regime". */
  private static boolean adjacent(String text, List<Form> forms, int i) {
    if (forms.isEmpty()) return false;
    int e = forms.get(forms.size() - 1).end;
    if (e > i) return false;
    String between = text.substring(e, i);
    return between.isBlank() || between.matches("['’]s?\\s+|[-‐‑]");
  }

  /** Gives each contextual form its state (see {@link #find(String, String, LocalDate, ArticleContext)}); "" when none. */
  private void resolve(String text, List<Form> forms, ArticleContext ctx) {
    for (int k = 0; k < forms.size(); k++) {
      Form c = forms.get(k);
      if (!c.contextual) continue;
      String state = null;
      // "our country", "our army": the state whose voice the statement is (its speaker's; a state-run outlet's own
      // words); a first-person row ("our country") has no other clue, "our army" without a known voice reads on
      boolean self = c.kind.equals(SELF);
      if (ctx.voice != null && (self || ourBefore(text, c.start))) state = ctx.voice;
      else if (self) state = "";
      else if (k > 0 && !forms.get(k - 1).backed && !forms.get(k - 1).place && adjacent(text, forms.subList(0, k), c.start)) {
        state = forms.get(k - 1).state; // "Turkish regime"; "" after a non-state form
      } else {
        List<String> words = c.words(text);
        String key = words.isEmpty() ? null : words.get(0);
        if (key != null) {
          for (int j = k - 1; j >= 0 && state == null; j--) {
            Form f = forms.get(j);
            if (f.stands() && f.words(text).contains(key)) state = f.state;
          }
          if (state == null) state = ctx.byWord.get(key);
          if (state == null) state = ctx.aheadWord.get(key);
        }
        if (state == null) state = c.fallback;
        if (state == null && c.expired) state = "";
        for (int j = k - 1; j >= 0 && state == null; j--) {
          Form f = forms.get(j);
          if (f.stands() && !c.kind.isEmpty() && c.kind.equals(f.kind)) state = f.state;
        }
        for (int j = 0; j < k && state == null; j++) { // the first state before it: the clause's subject, most often
          Form f = forms.get(j);
          if (f.stands()) state = f.state;
        }
        if (state == null && !c.kind.isEmpty()) state = ctx.byKind.get(c.kind);
        if (state == null) state = ctx.last;
        for (int j = k + 1; j < forms.size() && state == null; j++) {
          Form f = forms.get(j);
          if (!f.contextual && f.stands()) state = f.state;
        }
        if (state == null) state = ctx.place;
        if (state == null) state = ctx.home;
        if (state == null && !c.kind.isEmpty()) state = ctx.aheadKind.get(c.kind);
        if (state == null) state = ctx.aheadState;
        if (state == null) state = ctx.aheadPlace;
      }
      c.state = state == null ? "" : state;
    }
  }

  private static final Set<String> NOT_CONTENT = Set.of("the", "of", "and", "s", "pro", "its", "their");

  /** The lower-cased words of a form that say what it is ("the regime's army": regime, army). */
  static List<String> contentWords(String surface) {
    List<String> out = new ArrayList<>(3);
    int n = surface.length();
    for (int i = 0; i < n; ) {
      while (i < n && !Character.isLetterOrDigit(surface.charAt(i))) i++;
      int b = i;
      while (i < n && Character.isLetterOrDigit(surface.charAt(i))) i++;
      if (i > b) {
        String w = surface.substring(b, i).toLowerCase(Locale.ROOT);
        if (!NOT_CONTENT.contains(w)) out.add(w);
      }
    }
    return out;
  }

  /** "Russian-backed government forces": the backer is not the government the contextual words mean. */
  private static boolean isBacked(String surface) {
    String s = surface.toLowerCase(Locale.ROOT);
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
