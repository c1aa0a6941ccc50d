package org.stancemap.statements;

/**
 * One statement of an article, with the columns of the statements table. {@code start}/{@code end}
 * are offsets into the article's original text ({@code text.substring(start, end)} equals
 * {@link #text}); {@link #sieve} names the attribution rule that decided the speaker (column
 * {@code attribution_rule}; the rules are listed in {@code data/attribution-rules.tsv}).
 *
 * <p>Provenance, all offsets into the article's original text like {@code start}/{@code end}, -1
 * when absent: {@link #cueStart}/{@link #cueEnd} where the cue word or phrase stands
 * ({@code text.substring(cueStart, cueEnd)} is {@link #cue} up to case and spacing);
 * {@link #speakerStart}/{@link #speakerEnd} the speaker phrase the rule read (a name, a
 * description, or the pronoun for coreference); a continuation, a participle clause and a quoted
 * fragment inside reported speech inherit the spans of the attribution they continue.
 * {@link #confidence} is set last, from the rule and the attribution method ({@link AttributionRules}).
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
  public int cueStart = -1, cueEnd = -1;
  public int speakerStart = -1, speakerEnd = -1;
  public double confidence;

  /** Takes the speaker and how it was attributed from {@code other} (a statement of the same voice). */
  public void speakerFrom(Statement other) {
    speaker = other.speaker;
    speakerId = other.speakerId;
    speakerType = other.speakerType;
    speakerAffiliation = other.speakerAffiliation;
    attributionMethod = other.attributionMethod;
    speakerStart = other.speakerStart;
    speakerEnd = other.speakerEnd;
  }

  /** Takes the cue and its span from {@code other}. */
  public void cueFrom(Statement other) {
    cue = other.cue;
    cueStart = other.cueStart;
    cueEnd = other.cueEnd;
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
        + " aff=" + speakerAffiliation + " cue=" + cue + " method=" + attributionMethod + " sieve=" + sieve
        + " cueSpan=" + cueStart + "," + cueEnd + " speakerSpan=" + speakerStart + "," + speakerEnd + " confidence=" + confidence;
  }
}
