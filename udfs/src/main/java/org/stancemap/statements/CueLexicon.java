package org.stancemap.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.text.DataFiles;
import org.stancemap.text.Tokens;

/** Cue verbs and phrases of {@code data/cues.txt}, matched on tokens (longest phrase first). */
public final class CueLexicon {
  public static final String SPEECH = "speech";
  public static final String LABEL = "label";
  public static final String THAT = "that";
  public static final String QUOTED = "quoted";
  public static final String SOURCE = "source";
  /** "urged X to ...", "called on X to ...": the content is the object and its to-infinitive. */
  public static final String URGE = "urge";
  /** "accused X of ...". */
  public static final String ACCUSE = "accuse";
  /** "called for N", "warned against N", "denied N": the object is the content. */
  public static final String OBJECT = "object";
  /** "pledged to ...", "threatened to ...". */
  public static final String COMMIT = "commit";
  /** As commit, but only as a second cue of a speaker ("..., threatening to prosecute ..."): "Tensions threatened to ..." is no speech. */
  public static final String THREAT = "threat";

  /**
   * A cue found at a token: its role, its length in tokens, its words, and where it stands:
   * [{@code start}, {@code end}) in the text the tokens were read from (the article's view, whose
   * offsets are those of the article text).
   */
  public static final class Cue {
    public final String role;
    public final int length;
    public final String text;
    public final int start, end;

    Cue(String role, int length, String text, int start, int end) {
      this.role = role;
      this.length = length;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    public boolean speaks() {
      return role.equals(SPEECH) || role.equals(LABEL) || role.equals(THAT) || reports();
    }

    /** A cue with a content rule of its own (urge, accuse, object, commit). */
    public boolean reports() {
      return role.equals(URGE) || role.equals(ACCUSE) || role.equals(OBJECT) || role.equals(COMMIT) || role.equals(THREAT);
    }
  }

  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  private final Map<String, String> roles = new HashMap<>();

  private static volatile CueLexicon defaults;

  public static CueLexicon load() {
    CueLexicon c = defaults;
    if (c == null) {
      synchronized (CueLexicon.class) {
        if (defaults == null) defaults = new CueLexicon(DataFiles.tsv("cues.txt"));
        c = defaults;
      }
    }
    return c;
  }

  public CueLexicon(List<String[]> rows) {
    for (String[] r : rows) {
      String phrase = r[0].strip().toLowerCase(Locale.ROOT);
      String[] words = phrase.split("\\s+");
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      roles.put(phrase, r.length > 1 && !r[1].isBlank() ? r[1].strip() : SPEECH);
    }
    for (List<String[]> l : byFirst.values()) l.sort((a, b) -> b.length - a.length);
  }

  /** The cue starting at token {@code i} (not reaching {@code hi}), or null. */
  public Cue at(Tokens t, int i, int hi) {
    // a capitalised word opens only a source's phrase ("According to", "Per", "In the view of"): "The United States", "Said Ahmed"
    return i >= 0 && i < hi && t.isWord(i) ? find(t, i, hi, t.isCapitalized(i)) : null;
  }

  /** The cue that opens a sentence at token {@code i}, capitalised or not ("Noting that ...", "Stressing that ..."), or null. */
  public Cue opening(Tokens t, int i, int hi) {
    return find(t, i, hi, false);
  }

  private Cue find(Tokens t, int i, int hi, boolean capital) {
    if (i < 0 || i >= hi || !t.isWord(i)) return null;
    List<String[]> cands = byFirst.get(t.lower(i));
    if (cands == null) return null;
    for (String[] words : cands) {
      if (i + words.length > hi || capital && !SOURCE.equals(roles.get(String.join(" ", words)))) continue;
      boolean ok = true;
      for (int k = 1; k < words.length && ok; k++) ok = t.lower(i + k).equals(words[k]);
      if (ok) {
        return new Cue(roles.get(String.join(" ", words)), words.length, String.join(" ", words), t.start(i), t.end(i + words.length - 1));
      }
    }
    return null;
  }
}
