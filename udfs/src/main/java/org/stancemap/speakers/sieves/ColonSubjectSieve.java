package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Descriptors;
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
    int colon = c.headHi - 1;
    while (colon >= c.headLo && !t.isWord(colon) && !t.text(colon).equals(":")) colon--;
    if (colon <= c.headLo || !t.text(colon).equals(":")) return null;
    for (int i = c.tailLo; i < c.tailHi; i++) if (t.isWord(i)) return null;
    SentenceSubject s = SentenceSubject.find(t, c.parser, descriptors, c.cues, c.text, c.headLo, colon, true);
    return s == null ? null : s.attribution(t, c.text, name());
  }
}
