package org.stancemap.statements;

import java.util.List;

/**
 * The names of the attribution rules ({@code attribution_rule}), each spelled once: every place that
 * records a rule refers to its constant here. {@link #ALL} lists them in the order of
 * {@code data/attribution-rules.tsv} (a test keeps the two the same).
 */
public final class RuleNames {
  private RuleNames() {}

  /** {@code "...," said Yury Barmin}. */
  public static final String QUOTE_CUE_SPEAKER = "quote-cue-speaker";
  /** {@code "...," a Western diplomat told AFP}. */
  public static final String QUOTE_SPEAKER_CUE = "quote-speaker-cue";
  /** {@code X quoted Y "..."}: Y speaks. */
  public static final String QUOTED_BY = "quoted-by";
  /** {@code Peskov told reporters: "..."}. */
  public static final String SPEAKER_CUE_QUOTE = "speaker-cue-quote";
  /** {@code According to X, ...}. */
  public static final String ACCORDING_TO = "according-to";
  /** A quote paragraph after a cue sentence ending in a colon. */
  public static final String COLON_BEFORE = "colon-before";
  /** A quote with no cue right after another quote. */
  public static final String CONTINUATION = "continuation";
  /** The subject of the nearest cue before a fragment. */
  public static final String ENCLOSING_CLAUSE = "enclosing-clause";
  /** A fragment inside reported speech belongs to its reporter. */
  public static final String INSIDE_REPORTED_SPEECH = "inside-reported-speech";
  /** {@code X said (that) clause}. */
  public static final String SUBJECT_CUE_CLAUSE = "subject-cue-clause";
  /** {@code clause, President Erdogan said on Tuesday}. */
  public static final String CLAUSE_SUBJECT_CUE = "clause-subject-cue";
  /** {@code clause, according to X.} */
  public static final String CLAUSE_ACCORDING_TO = "clause-according-to";
  /** {@code ..., adding that clause}: a second clause of the same speaker. */
  public static final String PARTICIPLE_AFTER_ATTRIBUTION = "participle-after-attribution";
  /** {@code clause, X said, but clause2}: the second clause is the same speaker's. */
  public static final String CLAUSE_AFTER_ATTRIBUTION = "clause-after-attribution";
  /** {@code Noting that clause, X said ...}: a participle's clause before the attribution is the same speaker's. */
  public static final String PARTICIPLE_BEFORE_ATTRIBUTION = "participle-before-attribution";
  /** {@code ... and urged Y to ...}: the second cue's content, same speaker. */
  public static final String COORDINATED_CUE = "coordinated-cue";
  /** {@code X was quoted by Y as saying clause}. */
  public static final String QUOTED_AS_SAYING = "quoted-as-saying";
  /** {@code branded it "shameful"}: the subject of an evaluative verb. */
  public static final String LABEL_VERB = "label-verb";
  /** {@code The mayor closed her address with a plea: "..."}: a clause about a person ending in a colon. */
  public static final String SUBJECT_COLON_QUOTE = "subject-colon-quote";
  /** {@code Quote from Syniehubov: "..."} / {@code Syniehubov: "..."} / {@code Quote: "..."}: a label that names the speaker. */
  public static final String QUOTE_LABEL = "quote-label";
  /** A quote with no cue after a sentence about one person. */
  public static final String PREVIOUS_SUBJECT = "previous-subject";
  /** {@code A: ...} in a Q&A interview: the interviewee answers. */
  public static final String INTERVIEW_ANSWER = "interview-answer";
  /** {@code Okafor: It is a character. ...} / {@code Mr Hale: "..."}: a transcript's paragraph under a person's name label. */
  public static final String SPEAKER_LABEL = "speaker-label";
  /** {@code 'This one's the worst'} as a subhead: a standalone quote that repeats a later statement's words. */
  public static final String REPEATED_QUOTE = "repeated-quote";
  /** {@code Zakharova: EU sanctions will backfire} / {@code Name: "..."}: a headline's name and colon. */
  public static final String HEADLINE_COLON = "headline-colon";
  /** {@code Drones downed over Crimea – Defence Ministry} / {@code ...: Fidan}: a headline's source after a dash or colon. */
  public static final String HEADLINE_SOURCE = "headline-source";
  /** {@code Armenia's course is doomed. This was stated to Gazeta.Ru by Leonid Kalugin.}: the sentence before is the named source's. */
  public static final String STATED_BY_AFTER = "stated-by-after";
  /** An embedded post above its signature line. */
  public static final String SOCIAL_POST = "social-post";
  /** Narrative: the outlet's own voice. */
  public static final String OUTLET = "outlet";
  /** A quote no rule could attribute. */
  public static final String NONE = "none";
  /**
   * Not an attribution: the extractor failed on the article (an internal error), which was kept as
   * one narrative statement per paragraph so the run goes on. The run counts these articles.
   */
  public static final String EXTRACTION_ERROR = "extraction-error";

  /** Every rule name, in the order of {@code data/attribution-rules.tsv}. */
  public static final List<String> ALL = List.of(QUOTE_CUE_SPEAKER, QUOTE_SPEAKER_CUE, QUOTED_BY, SPEAKER_CUE_QUOTE, ACCORDING_TO,
      COLON_BEFORE, CONTINUATION, ENCLOSING_CLAUSE, INSIDE_REPORTED_SPEECH, SUBJECT_CUE_CLAUSE, CLAUSE_SUBJECT_CUE,
      CLAUSE_ACCORDING_TO, PARTICIPLE_AFTER_ATTRIBUTION, CLAUSE_AFTER_ATTRIBUTION, PARTICIPLE_BEFORE_ATTRIBUTION, COORDINATED_CUE, QUOTED_AS_SAYING, LABEL_VERB, SUBJECT_COLON_QUOTE, QUOTE_LABEL, PREVIOUS_SUBJECT,
      INTERVIEW_ANSWER, SPEAKER_LABEL, REPEATED_QUOTE, HEADLINE_COLON, HEADLINE_SOURCE, STATED_BY_AFTER, SOCIAL_POST, OUTLET, NONE, EXTRACTION_ERROR);
}
