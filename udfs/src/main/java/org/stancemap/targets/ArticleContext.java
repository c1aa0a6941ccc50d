package org.stancemap.targets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one article has said about states so far, for contextual words ("the regime", "army units",
 * "the defence ministry") in its later statements: the state each word was last used for ("regime"
 * after "the Assad regime": Syria), the state each kind of entity was last named for (a
 * {@code military} after "the Syrian Arab Army": Syria), the article's subject (the first state the
 * latest statement naming one named), and the state of the places it names. States that are not
 * targets count too, so "the army" after "the Israeli army" is Israel's, not a target's.
 *
 * <p>It also holds the article's first such bindings, for contextual words that come before any
 * state is named (a headline "Regime forces shell Idlib"): {@link TargetMatcher#context} reads the
 * article's statements once to fill them. Mutable; one per article, used in text order by
 * {@link TargetMatcher#find(String, String, java.time.LocalDate, ArticleContext)}.
 */
public final class ArticleContext {
  final Map<String, String> byWord = new HashMap<>();
  final Map<String, String> byKind = new HashMap<>();
  /** The first state of the latest statement that named one: its subject, most often. */
  String last;
  final Map<String, String> aheadWord = new HashMap<>();
  final Map<String, String> aheadKind = new HashMap<>();
  String aheadState;
  /** The state of the place the article named last ("Aleppo": Syria), and of its first place. */
  String place;
  String aheadPlace;
  /** The state of the article's outlet when it is state-run media (null: none or unknown). */
  String home;
  /** The state whose voice the statement being read is: its speaker's, or a state-run outlet's own (null: unknown). */
  String voice;
  /** Each statement's forms as {@link TargetMatcher#context} read them, by the text's identity, until find() takes them. */
  final Map<String, List<TargetMatcher.Form>> scanned = new java.util.IdentityHashMap<>();

  /** A context with nothing said yet. */
  public ArticleContext() {}

  /** A context in which {@code state} is the article's subject so far (null: none). */
  public static ArticleContext after(String state) {
    ArticleContext c = new ArticleContext();
    c.last = state;
    return c;
  }

  /**
   * Sets whose voice the next statement is: {@code state}, its speaker's state (null: unknown or none), or for the
   * outlet's own words ({@code own}) the state of a state-run outlet. "Our country" and "our army" are that state's.
   */
  public void speaking(String state, boolean own) {
    voice = own ? home : state;
  }

  /** The article's subject so far: the first state of the latest statement that named one (null: none). */
  public String last() {
    return last;
  }

  /** Records a form of {@code state} (its content words and kind), as the latest, or as a first one ahead. */
  void bind(List<String> words, String kind, String state, boolean backed, boolean ahead) {
    if (state == null || state.isEmpty() || backed) return; // "Russian-backed": Russia backs, it is not the regime meant
    if (org.stancemap.entities.Entity.CITY.equals(kind)) { // "Aleppo": only where the article is
      if (!ahead) place = state;
      else if (aheadPlace == null) aheadPlace = state;
      return;
    }
    for (String w : words) {
      if (ahead) aheadWord.putIfAbsent(w, state);
      else byWord.put(w, state);
    }
    if (kind != null && !kind.isEmpty()) {
      if (ahead) aheadKind.putIfAbsent(kind, state);
      else byKind.put(kind, state);
    }
    if (ahead && aheadState == null) aheadState = state;
  }
}
