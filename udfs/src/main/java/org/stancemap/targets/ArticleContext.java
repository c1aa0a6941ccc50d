package org.stancemap.targets;

import java.util.HashMap;
import java.util.Map;

/**
 * What one article has said about states so far, for contextual words ("the regime", "army units",
 * "the defence ministry") in its later statements: the state each word was last used for ("regime"
 * after "the Assad regime": Syria), the state each kind of entity was last named for (a
 * {@code military} after "the Syrian Arab Army": Syria), and the last state named at all. States
 * that are not targets count too, so "the army" after "Israeli troops" is Israel's, not a target's.
 *
 * <p>It also holds the article's first such bindings, for contextual words that come before any
 * state is named (a headline "Regime forces shell Idlib"): {@link TargetMatcher#context} reads the
 * article's statements once to fill them. Mutable; one per article, used in text order by
 * {@link TargetMatcher#find(String, String, java.time.LocalDate, ArticleContext)}.
 */
public final class ArticleContext {
  final Map<String, String> byWord = new HashMap<>();
  final Map<String, String> byKind = new HashMap<>();
  String last;
  final Map<String, String> aheadWord = new HashMap<>();
  final Map<String, String> aheadKind = new HashMap<>();
  String aheadState;
  /** The state of the place the article named last ("Aleppo": Syria), and of its first place. */
  String place;
  String aheadPlace;
  /** The state of the article's outlet when it is state-run media (null: none or unknown). */
  String home;

  /** A context with nothing said yet. */
  public ArticleContext() {}

  /** A context in which {@code state} was the last state named (null: none). */
  public static ArticleContext after(String state) {
    ArticleContext c = new ArticleContext();
    c.last = state;
    return c;
  }

  /** The last state named so far (null: none). */
  public String last() {
    return last;
  }

  /** Records a form of {@code state} (its words and kind), as the latest, or as a first one ahead. */
  void bind(String surface, String kind, String state, boolean backed, boolean ahead) {
    if (state == null || state.isEmpty() || backed) return; // "Russian-backed": Russia backs, it is not the regime meant
    if (org.stancemap.entities.Entity.CITY.equals(kind)) { // "Aleppo": only where the article is
      if (!ahead) place = state;
      else if (aheadPlace == null) aheadPlace = state;
      return;
    }
    Map<String, String> words = ahead ? aheadWord : byWord;
    for (String w : TargetMatcher.contentWords(surface)) {
      if (ahead) words.putIfAbsent(w, state);
      else words.put(w, state);
    }
    if (kind != null && !kind.isEmpty()) {
      if (ahead) aheadKind.putIfAbsent(kind, state);
      else byKind.put(kind, state);
    }
    if (ahead && aheadState == null) aheadState = state;
  }
}
