package org.stancemap.tone.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stancemap.tone.Lexicon;
import org.stancemap.tone.Token;
import org.stancemap.tone.Tokens;

/**
 * Who does what to whom, shallowly: the roles a target mention plays in the events of its
 * clause ({@link EventLexicon}). Rules, in order, each applied to the nearest trigger on its side
 * of the mention within the clause:
 * <ol>
 *   <li><b>after the mention</b> (the mention as subject or modifier): "Russia shelled", "Russian
 *       strikes", "Russia's offensive", "Turkey is responsible for" make it the doer; a passive
 *       ("Turkish soldiers were killed", "Turkish troops killed in Idlib") the one done to; a verb
 *       of saying in between ("Russia said Turkey attacked ...") or a noun trigger with another
 *       capitalised modifier of its own ("Turkey's reply to the Russian strikes") gives no role.
 *   <li><b>before the mention</b>: the last preposition in between decides: "by" makes the doer
 *       ("strikes by Russian jets"); "on", "against", "to", "for", "into", "toward" the one done
 *       to ("strikes on Turkish positions", "thanks to Moscow"); "of" the frame's {@code of}
 *       role; location words ("in", "near", "at", "from") none. With no preposition a verb's
 *       object is the one done to ("accused Turkey of", "shelled Syrian positions").
 * </ol>
 * Symmetric frames (agree, cooperate, talks) make every party a doer. A negation within three
 * words before the trigger ("did not attack", "refused to condemn") marks the role negated.
 * Thread-safe.
 */
public final class RoleFinder {
  /** Words between a subject and its verb, at most. */
  static final int SUBJECT_WORDS = 8;
  /** Words between a noun trigger and the state that modifies it, at most. */
  static final int MODIFIER_WORDS = 4;
  /** Words between a trigger and its object, at most. */
  static final int OBJECT_WORDS = 5;
  /** Marks that end a clause: a role never crosses them (quotation marks end the quoted words too). */
  private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", "?", ";", ":", "—", "–", "(", ")", "[", "]", "\"", "“", "”");

  private final EventLexicon events;
  private final RoleGrammar grammar;
  private final Lexicon lexicon;

  public RoleFinder(EventLexicon events, RoleGrammar grammar, Lexicon lexicon) {
    this.events = events;
    this.grammar = grammar;
    this.lexicon = lexicon;
  }

  /** With the packaged frames, triggers and lexicon (negations, verbs of saying). */
  public static RoleFinder standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final RoleFinder INSTANCE = new RoleFinder(EventLexicon.standard(), RoleGrammar.load(), Lexicon.standard());
  }

  public EventLexicon events() {
    return events;
  }

  /** The roles of the mention at characters [start, end) of {@code text}. */
  public List<Role> roles(String text, int start, int end) {
    List<Token> tokens = Tokens.of(text);
    return roles(tokens, events.triggers(tokens), start, end);
  }

  /** The roles of the mention at characters [start, end), given the text's tokens and triggers. */
  public List<Role> roles(List<Token> tokens, List<EventLexicon.Trigger> triggers, int start, int end) {
    List<Role> out = new ArrayList<>(2);
    int[] span = Tokens.span(tokens, start, end);
    if (span == null) return out;
    int mf = span[0];
    int mt = span[1];
    EventLexicon.Trigger after = null;
    EventLexicon.Trigger before = null;
    for (EventLexicon.Trigger tr : triggers) {
      if (tr.from() >= mt && after == null) after = tr;
      if (tr.to() <= mf) before = tr;
      // a trigger inside the mention ("Russian-led"? no: the mention's own words) is skipped
    }
    if (after != null) addAfter(tokens, after, mf, mt, out);
    if (before != null) addBefore(tokens, before, mf, out);
    return out;
  }

  /**
   * Whether the mention at characters [start, end) speaks: a verb of saying within three words
   * after it ("Russia said", "the Kremlin told reporters") or right before it ("said Peskov").
   * What a speaker says is mostly about others; the speaking itself is neutral.
   */
  public boolean speaks(List<Token> tokens, int start, int end) {
    int[] span = Tokens.span(tokens, start, end);
    if (span == null) return false;
    int mf = span[0];
    int mt = span[1];
    for (int i = mt, words = 0; i < tokens.size() && words < 3; i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (CLAUSE_ENDS.contains(t.text())) break;
        continue;
      }
      words++;
      if (lexicon.isSpeech(t.lower())) return true;
    }
    return mf > 0 && tokens.get(mf - 1).word() && lexicon.isSpeech(tokens.get(mf - 1).lower());
  }

  /** The mention stands before the trigger: doer, or the one done to in a passive. */
  private void addAfter(List<Token> tokens, EventLexicon.Trigger tr, int mf, int mt, List<Role> out) {
    int words = 0;
    boolean auxiliary = false;
    boolean victimNoun = false;
    boolean preposition = false;
    for (int i = mt; i < tr.from(); i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (CLAUSE_ENDS.contains(t.text())) return;
        continue;
      }
      words++;
      if (isPreposition(t.lower())) preposition = true;
      if (lexicon.isSpeech(t.lower())) return; // "Russia said Turkey attacked ...": the content is not Russia's deed
      if (grammar.is("auxiliary", t.lower())) auxiliary = true;
      if (grammar.is("victim_noun", t.lower())) victimNoun = true;
    }
    String trigger = text(tokens, tr);
    // "Fighting in Syria killed hundreds": a state inside a prepositional phrase is no subject
    boolean inPhrase = mf > 0 && tokens.get(mf - 1).word() && isPreposition(tokens.get(mf - 1).lower());
    switch (tr.pos()) {
      case VERB -> {
        if (words > SUBJECT_WORDS || inPhrase) return;
        boolean participle = isParticiple(trigger);
        boolean passive = participle && auxiliary && !hasAuxiliaryHave(tokens, mt, tr.from());
        boolean reducedRelative = participle && !auxiliary && words <= 2 && endsReducedRelative(tokens, tr, victimNoun);
        out.add(new Role(tr.frame(), !(passive || reducedRelative), negated(tokens, tr, mt), trigger));
      }
      case NOUN -> {
        // "Putin after the attack", "Syria over the attacks": a preposition in between puts the noun elsewhere
        if (words > MODIFIER_WORDS || preposition) return;
        // "Turkey's reply to the Russian strikes": the capitalised word right before the noun is its own doer
        Token prev = tokens.get(tr.from() - 1);
        if (tr.from() - 1 >= mt && prev.word() && Character.isUpperCase(prev.text().codePointAt(0))) return;
        out.add(new Role(tr.frame(), true, negated(tokens, tr, mt), trigger));
      }
      case ADJ -> {
        if (words > SUBJECT_WORDS || inPhrase) return;
        out.add(new Role(tr.frame(), true, negated(tokens, tr, mt), trigger));
      }
    }
  }

  /** The mention stands after the trigger: its object or the noun's argument. */
  private void addBefore(List<Token> tokens, EventLexicon.Trigger tr, int mf, List<Role> out) {
    int words = 0;
    String preposition = null;
    for (int i = tr.to(); i < mf; i++) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (CLAUSE_ENDS.contains(t.text())) return;
        continue;
      }
      words++;
      String w = t.lower();
      if (isPreposition(w)) {
        preposition = w;
      }
      if (lexicon.isSpeech(w)) return;
    }
    if (words > OBJECT_WORDS) return;
    String trigger = text(tokens, tr);
    boolean negated = negated(tokens, tr, 0);
    if (preposition == null) {
      if (tr.pos() != EventLexicon.Pos.VERB) return; // "Russian strikes Turkey ..." is no object
      out.add(new Role(tr.frame(), false, negated, trigger));
    } else if (grammar.is("by", preposition)) {
      out.add(new Role(tr.frame(), true, negated, trigger));
    } else if (preposition.equals("of")) {
      out.add(new Role(tr.frame(), tr.frame().ofAgent(), negated, trigger));
    } else if (preposition.equals("with")) {
      if (tr.frame().symmetric()) out.add(new Role(tr.frame(), true, negated, trigger));
    } else if (grammar.is("patient_prep", preposition)) {
      out.add(new Role(tr.frame(), false, negated, trigger));
    }
    // location words: no role
  }

  private boolean isPreposition(String w) {
    return w.equals("of") || w.equals("with") || grammar.is("by", w) || grammar.is("patient_prep", w) || grammar.is("location_prep", w);
  }

  private boolean isParticiple(String trigger) {
    String w = trigger.toLowerCase(java.util.Locale.ROOT);
    String last = w.substring(w.lastIndexOf(' ') + 1);
    return last.endsWith("ed") || last.endsWith("en") || grammar.is("irregular_participle", w)
        || grammar.is("irregular_participle", last);
  }

  /** "has been shelling" is active; "had killed" too: a perfect with have and no be. */
  private boolean hasAuxiliaryHave(List<Token> tokens, int from, int to) {
    boolean have = false;
    boolean be = false;
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).lower();
      if (grammar.is("perfect", w)) have = true;
      if (grammar.is("auxiliary", w)) be = true;
    }
    return have && !be;
  }

  /**
   * "Turkish soldiers killed in Idlib", "... killed by": a participle closing its phrase. "by"
   * always makes it passive; place, time or the clause's end only after a noun that suffers more
   * than it acts ("Russian jets attacked on Tuesday" stays active).
   */
  private boolean endsReducedRelative(List<Token> tokens, EventLexicon.Trigger tr, boolean victimNoun) {
    if (tr.to() >= tokens.size()) return victimNoun;
    Token next = tokens.get(tr.to());
    if (next.word() && grammar.is("by", next.lower())) return true;
    return victimNoun && (!next.word() || grammar.is("after_participle", next.lower()));
  }

  /** A negation among the three tokens before the trigger (not before {@code floor}). */
  private boolean negated(List<Token> tokens, EventLexicon.Trigger tr, int floor) {
    for (int i = tr.from() - 1; i >= Math.max(floor, tr.from() - 3); i--) {
      Token t = tokens.get(i);
      if (!t.word()) {
        if (CLAUSE_ENDS.contains(t.text()) || t.text().equals(",")) return false;
        continue;
      }
      String w = t.lower();
      if (lexicon.isNegation(w) || w.endsWith("n't") || grammar.is("negation", w)) {
        return true;
      }
    }
    return false;
  }

  private static String text(List<Token> tokens, EventLexicon.Trigger tr) {
    StringBuilder sb = new StringBuilder();
    for (int i = tr.from(); i < tr.to(); i++) {
      if (i > tr.from()) sb.append(' ');
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }
}
