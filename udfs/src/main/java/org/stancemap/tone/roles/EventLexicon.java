package org.stancemap.tone.roles;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.text.DataFiles;
import org.stancemap.tone.Token;

/**
 * Event frames ({@code data/tone/frames.tsv}) and the words that evoke them
 * ({@code data/tone/triggers.tsv}); finds the triggers of a tokenized text. A trigger is one to
 * three words, each exact or a prefix ({@code shell*}), with at most two determiners, possessives or
 * quantifiers between two words ({@code phrase_gap} words of role-grammar.tsv: "lifted its sanctions"); where
 * several match at one token the longest wins, then the one with more exact words. Immutable and
 * thread-safe.
 */
public final class EventLexicon implements Serializable {
  public static final String FRAMES_FILE = "tone/frames.tsv";
  public static final String TRIGGERS_FILE = "tone/triggers.tsv";

  /** Part of speech of a trigger: how it relates to the states around it (see triggers.tsv). */
  public enum Pos { VERB, NOUN, ADJ }

  /** Gap words allowed between two words of a phrase trigger. */
  static final int MAX_GAP = 2;

  /** One trigger entry: its words (a trailing {@code *} marks a prefix), part of speech and frame. */
  public record Entry(List<String> words, Pos pos, Frame frame) implements Serializable {
    int exactWords() {
      int n = 0;
      for (String w : words) if (!w.endsWith("*")) n++;
      return n;
    }

    /**
     * The end (exclusive) of a match at token {@code at}, or -1. Between two words of a phrase up to
     * {@value #MAX_GAP} {@code gap} words may stand ("lifted its sanctions", "lift all remaining sanctions").
     */
    int match(List<Token> tokens, int at, Set<String> gap) {
      int i = at;
      for (int k = 0; k < words.size(); k++, i++) {
        for (int skipped = 0; k > 0 && skipped < MAX_GAP && i < tokens.size() && !matchesWord(tokens.get(i), words.get(k))
            && gap.contains(tokens.get(i).lower()); skipped++) {
          i++;
        }
        if (i >= tokens.size() || !matchesWord(tokens.get(i), words.get(k))) return -1;
      }
      return i;
    }

    private static boolean matchesWord(Token t, String w) {
      return t.word() && wordMatches(w, t.lower());
    }
  }

  /** Whether a lower-case word is {@code pattern}, or starts with it when it ends in {@code *} ("shell*": "shelled"). */
  static boolean wordMatches(String pattern, String lower) {
    return pattern.endsWith("*") ? lower.startsWith(pattern.substring(0, pattern.length() - 1)) : lower.equals(pattern);
  }

  /** A trigger found in a text: tokens [from, to). */
  public record Trigger(int from, int to, Entry entry) {
    public Frame frame() {
      return entry.frame();
    }

    public Pos pos() {
      return entry.pos();
    }
  }

  private static volatile EventLexicon standard;

  private final Map<String, Frame> frames;
  /** Words that may stand between the words of a phrase trigger (role-grammar.tsv, kind phrase_gap). */
  private final Set<String> gap;
  /** Entries by their first word when it is exact. */
  private final Map<String, List<Entry>> byExact = new HashMap<>();
  /** Entries whose first word is a prefix, by that prefix. */
  private final Map<String, List<Entry>> byPrefix = new HashMap<>();
  private int minPrefix = Integer.MAX_VALUE;
  private int maxPrefix = 0;

  public EventLexicon(Map<String, Frame> frames, List<Entry> entries, Set<String> gap) {
    this.gap = Set.copyOf(gap);
    this.frames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frames)); // file order: the role features are indexed by it
    for (Entry e : entries) {
      String first = e.words().get(0);
      if (first.endsWith("*")) {
        String p = first.substring(0, first.length() - 1);
        byPrefix.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
        minPrefix = Math.min(minPrefix, p.length());
        maxPrefix = Math.max(maxPrefix, p.length());
      } else {
        byExact.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** The packaged (or {@code STANCEMAP_DATA_DIR}) frames and triggers; loaded once per JVM. */
  public static EventLexicon standard() {
    EventLexicon l = standard;
    if (l == null) {
      synchronized (EventLexicon.class) {
        if (standard == null) standard = load();
        l = standard;
      }
    }
    return l;
  }

  static EventLexicon load() {
    return parse(DataFiles.tsv(FRAMES_FILE), DataFiles.tsv(TRIGGERS_FILE), RoleGrammar.load().words("phrase_gap"));
  }

  /** Rows of frames.tsv (a header row {@code frame ...} is skipped) and triggers.tsv. */
  public static EventLexicon parse(List<String[]> frameRows, List<String[]> triggerRows, Set<String> gap) {
    Map<String, Frame> frames = new LinkedHashMap<>();
    for (String[] r : frameRows) {
      if (r[0].strip().equals("frame")) continue;
      if (r.length < 5) throw new IllegalArgumentException("data/" + FRAMES_FILE + ": expected frame, agent, patient, of, symmetric: " + String.join("\\t", r));
      String of = r[3].strip();
      if (!of.equals("agent") && !of.equals("patient")) throw new IllegalArgumentException("data/" + FRAMES_FILE + ": 'of' must be agent or patient: " + of);
      frames.put(r[0].strip(), new Frame(r[0].strip(), Double.parseDouble(r[1].strip()), Double.parseDouble(r[2].strip()),
          of.equals("agent"), r[4].strip().equals("yes")));
    }
    List<Entry> entries = new ArrayList<>();
    for (String[] r : triggerRows) {
      if (r.length < 3) throw new IllegalArgumentException("data/" + TRIGGERS_FILE + ": expected trigger, pos, frame: " + String.join("\\t", r));
      Frame f = frames.get(r[2].strip());
      if (f == null) throw new IllegalArgumentException("data/" + TRIGGERS_FILE + ": unknown frame '" + r[2].strip() + "' (frames.tsv has " + frames.keySet() + ")");
      List<String> words = List.of(r[0].strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
      if (words.size() > 3) throw new IllegalArgumentException("data/" + TRIGGERS_FILE + ": at most three words: " + r[0]);
      entries.add(new Entry(words, Pos.valueOf(r[1].strip().toUpperCase(java.util.Locale.ROOT)), f));
    }
    return new EventLexicon(frames, entries, gap);
  }

  public Map<String, Frame> frames() {
    return frames;
  }

  /** The triggers of a text in order; they do not overlap. */
  public List<Trigger> triggers(List<Token> tokens) {
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      Token t = tokens.get(i);
      Trigger best = null;
      if (t.word()) {
        best = better(best, byExact.get(t.lower()), tokens, i);
        String w = t.lower();
        for (int len = Math.min(maxPrefix, w.length()); len >= minPrefix; len--) {
          best = better(best, byPrefix.get(w.substring(0, len)), tokens, i);
        }
      }
      if (best == null) {
        i++;
      } else {
        out.add(best);
        i = best.to();
      }
    }
    return out;
  }

  /** The better of {@code best} and the candidates matching at {@code at}: more words, then more exact words. */
  private Trigger better(Trigger best, List<Entry> candidates, List<Token> tokens, int at) {
    if (candidates == null) return best;
    for (Entry e : candidates) {
      int end = e.match(tokens, at, gap);
      if (end < 0) continue;
      Entry b = best == null ? null : best.entry();
      if (b == null || e.words().size() > b.words().size()
          || (e.words().size() == b.words().size() && e.exactWords() > b.exactWords())) {
        best = new Trigger(at, end, e);
      }
    }
    return best;
  }
}
