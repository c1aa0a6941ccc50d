package org.stancemap.statements;

/**
 * One statement of an article, with the columns of the statements table. {@code start}/{@code end}
 * are offsets into the article's original text ({@code text.substring(start, end)} equals
 * {@link #text}); {@link #sieve} names the attribution rule that decided the speaker (not a column:
 * it feeds the evaluator's per-rule figures).
 */
public final class Statement {
  public static final String DIRECT = "direct";
  public static final String PARTIAL = "partial";
  public static final String INDIRECT = "indirect";
  public static final String SOCIAL = "social";
  public static final String NARRATIVE = "narrative";

  public static final String EXPLICIT = "explicit";
  public static final String COREFERENCE = "coreference";
  public static final String CONTINUATION = "continuation";
  public static final String OUTLET = "outlet";

  public String statementId;
  public final String kind;
  public final String text;
  public final int start, end;
  public int sentenceIndex, paragraphIndex;
  public String speaker, speakerId, speakerType, speakerAffiliation;
  public String cue;
  public String attributionMethod;
  public String sieve;

  /** Takes the speaker and how it was attributed from {@code other} (a statement of the same voice). */
  public void speakerFrom(Statement other) {
    speaker = other.speaker;
    speakerId = other.speakerId;
    speakerType = other.speakerType;
    speakerAffiliation = other.speakerAffiliation;
    attributionMethod = other.attributionMethod;
  }

  public Statement(String kind, String text, int start, int end) {
    this.kind = kind;
    this.text = text;
    this.start = start;
    this.end = end;
  }

  @Override
  public String toString() {
    return kind + " [" + text + "] speaker=" + speaker + " id=" + speakerId + " type=" + speakerType
        + " aff=" + speakerAffiliation + " cue=" + cue + " method=" + attributionMethod + " sieve=" + sieve;
  }
}
