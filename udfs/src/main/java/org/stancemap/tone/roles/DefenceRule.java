package org.stancemap.tone.roles;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.text.DataFiles;
import org.stancemap.tone.Token;
import org.stancemap.tone.Tokens;

/**
 * A state that defends itself against an attack: the mention is the subject of a verb of defence
 * whose object is a weapon or an attack ("Syrian air defences intercepted most of the missiles",
 * "Russian air defence systems destroyed six drones launched by ...", "the army repelled an attack
 * on its positions"). The word lists are {@code data/tone/defence.tsv}. The mention must open its
 * clause (the sentence's start, a colon, comma, dash or quotation mark, or an opener such as "said"
 * or "that" before it, past "the"/"its"/"our"/"their"), only head nouns, auxiliaries and one short
 * phrase of place ("at the Hmeimim base") may stand between it and the verb, the object must come within {@value #OBJECT_WORDS} words in the same
 * clause as the head of its phrase (followed by punctuation, the end, or a follower such as "launched"
 * or "on": "a drone factory" is a target, not an attack), and no negation or harmless craft ("a
 * surveillance drone") may stand before it. Thread-safe, immutable.
 */
public final class DefenceRule {
  public static final String FILE = "tone/defence.tsv";
  static final Set<String> KINDS = Set.of("verb", "object", "follower", "harmless", "head", "place", "opener");
  /** Words between the verb and its object, at most. */
  static final int OBJECT_WORDS = 7;
  /** Head words between the defender and the verb, at most. */
  static final int HEAD_WORDS = 5;
  /** Words of a phrase of place after the defender ("at the Hmeimim base"), at most. */
  static final int PLACE_WORDS = 4;
  private static final Set<String> DETERMINERS = Set.of("the", "its", "our", "their", "his", "her");
  private static final Set<String> OPENING_MARKS = Set.of(":", ",", "—", "–", "\"", "“", "”", "'", "‘", "(");

  private final Map<String, Set<String>> words;
  private final RoleGrammar grammar;

  public DefenceRule(Map<String, Set<String>> words, RoleGrammar grammar) {
    this.words = words;
    this.grammar = grammar;
  }

  public static DefenceRule standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final DefenceRule INSTANCE = new DefenceRule(parse(DataFiles.tsv(FILE)), RoleGrammar.load());
  }

  static Map<String, Set<String>> parse(List<String[]> rows) {
    return RoleGrammar.kindWords(FILE, KINDS, rows);
  }

  /**
   * The verb of defence ("intercepted", "shot down") when the mention at characters [start, end) of
   * {@code text} is a defender against an attack, else null.
   */
  public String defence(String text, int start, int end) {
    return defence(Tokens.of(text), start, end);
  }

  /** As {@link #defence(String, int, int)}, on the text's tokens. */
  public String defence(List<Token> tokens, int start, int end) {
    int[] span = Tokens.span(tokens, start, end);
    if (span == null || !opensClause(tokens, span[0])) return null;
    // the defender's heads and auxiliaries, and at most one short phrase of place ("at the Hmeimim base")
    int i = span[1], heads = 0, free = 0;
    boolean placed = false;
    int verbEnd = -1;
    while (i < tokens.size() && heads <= HEAD_WORDS) {
      verbEnd = verb(tokens, i);
      if (verbEnd >= 0) break;
      Token t = tokens.get(i);
      if (free > 0 && t.word()) free--;
      else if (isHead(t)) heads++;
      else if (!placed && t.word() && words.get("place").contains(t.lower())) {
        placed = true;
        free = PLACE_WORDS;
      } else return null;
      i++;
    }
    if (verbEnd < 0) return null;
    for (int j = verbEnd, seen = 0; j < tokens.size() && seen <= OBJECT_WORDS; j++) {
      Token t = tokens.get(j);
      if (Tokens.isBoundary(t) || OPENING_MARKS.contains(t.text())) return null;
      if (!t.word()) continue;
      if (grammar.is("negation", t.lower()) || words.get("harmless").contains(t.lower())) return null; // "no attack", "a surveillance drone"
      seen++;
      // the head of the object: "a drone factory" and "missile depots" are targets, not attacks
      if (matches("object", t.lower()) && (j + 1 == tokens.size() || !tokens.get(j + 1).word()
          || words.get("follower").contains(tokens.get(j + 1).lower()))) {
        return text(tokens, i, verbEnd);
      }
    }
    return null;
  }

  private boolean opensClause(List<Token> tokens, int first) {
    int i = first - 1;
    while (i >= 0 && DETERMINERS.contains(tokens.get(i).lower())) i--;
    if (i < 0) return true;
    Token t = tokens.get(i);
    return t.word() ? words.get("opener").contains(t.lower()) : OPENING_MARKS.contains(t.text()) || Tokens.CLAUSE_MARKS.contains(t.text());
  }

  private boolean isHead(Token t) {
    if (!t.word()) return t.text().equals("-");
    return words.get("head").contains(t.lower());
  }

  /** The end (exclusive) of the verb of defence starting at token i, or -1. */
  private int verb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.word() || grammar.is("negation", t.lower()) || t.lower().endsWith("n't")) return -1;
    if (i + 1 < tokens.size() && tokens.get(i + 1).word() && words.get("verb").contains(t.lower() + " " + tokens.get(i + 1).lower())) {
      return i + 2;
    }
    return matches("verb", t.lower()) ? i + 1 : -1;
  }

  private boolean matches(String kind, String word) {
    Set<String> set = words.get(kind);
    if (set.contains(word)) return true;
    for (String w : set) if (EventLexicon.wordMatches(w, word)) return true;
    return false;
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(tokens.get(k).lower());
    return b.toString();
  }
}
