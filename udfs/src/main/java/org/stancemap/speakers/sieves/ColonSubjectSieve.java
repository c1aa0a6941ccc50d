package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Descriptors;
import org.stancemap.statements.ReportedSpeechWords;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * A quote after a colon that closes a clause about a person, with no speech verb:
 * {@code The mayor closed her address with a plea: "…"}, {@code Asked about the deal, the 51-year-old
 * smiled: "…"}, {@code Dad Gary played down his part: "…"}. The clause's subject ({@link SentenceSubject},
 * a person or a described speaker) speaks; the cue recorded is its verb. A cue before the colon is
 * {@code speaker-cue-quote}'s; a cue after the quote is the trailing rule's.
 */
public final class ColonSubjectSieve implements Sieve {
  private final Descriptors descriptors;

  public ColonSubjectSieve(Descriptors descriptors) {
    this.descriptors = descriptors;
  }

  @Override
  public String name() {
    return RuleNames.SUBJECT_COLON_QUOTE;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    Tokens t = c.tokens;
    int colon = c.headColon();
    if (colon <= c.headLo || !c.tailEmpty()) return null;
    SentenceSubject s = SentenceSubject.find(t, c.parser, descriptors, c.cues, c.text, c.headLo, colon, true);
    if (s == null) {
      // "The ministry issued a statement that read: ...", "Ms Vale posted a message on Instagram which read: ...": the
      // words are the document's, so its author speaks, a body as well as a person, whatever the verb
      SentenceSubject author = SentenceSubject.find(t, c.parser, descriptors, c.cues, c.text, c.headLo, colon, true, true, true);
      if (author != null && documentBefore(t, author.verb + 1, colon)) s = author;
    }
    return s == null ? null : s.attribution(t, c.text, name());
  }

  /**
   * Whether the verb's object, within {@value #DOCUMENT_OBJECT} words after token {@code from}, is a document ("a statement",
   * "a short notice", "a message on Instagram") that the colon closes, directly or by a closer ("which read:").
   */
  private boolean documentBefore(Tokens t, int from, int colon) {
    for (int j = from; j < colon && j < from + DOCUMENT_OBJECT; j++) {
      if (!t.isWord(j)) return false;
      if (!descriptors.isDocument(t.lower(j))) continue;
      int k = colon - 1;
      while (k > j && t.isWord(k) && ReportedSpeechWords.load().documentCloser(t.lower(k))) k--; // "that read:", "saying:"
      if (k == j) return true;
      // a short phrase between the document and its closer: "on Instagram", "to reporters on Tuesday"
      return colon - j <= DOCUMENT_OBJECT && k < colon - 1;
    }
    return false;
  }

  /** Words from the verb to the document, and from the document to the colon, at most. */
  private static final int DOCUMENT_OBJECT = 6;
}
