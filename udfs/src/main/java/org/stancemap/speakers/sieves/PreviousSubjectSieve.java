package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Descriptors;
import org.stancemap.statements.RuleNames;
import org.stancemap.text.Tokens;

/**
 * A quote paragraph or sentence with no cue of its own and no quote before it to continue, right after a
 * sentence about a person ({@link SentenceSubject}): {@code Asked about those statements, Haj Omar
 * shrugged.} / {@code "They can say what they want. ..."}; {@code Ozturk has been inspected four times.}
 * / {@code "They come with their torches ..."}. The subject of the sentence before speaks; the cue
 * recorded is that sentence's verb. A sentence ending in a colon is {@code colon-before}'s; one whose verb
 * is a speech cue is read by the other rules.
 */
public final class PreviousSubjectSieve implements Sieve {
  private final Descriptors descriptors;

  public PreviousSubjectSieve(Descriptors descriptors) {
    this.descriptors = descriptors;
  }

  @Override
  public String name() {
    return RuleNames.PREVIOUS_SUBJECT;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    if (c.prevLo < 0 || c.prevHi <= c.prevLo || !c.headEmpty()) return null;
    Tokens t = c.tokens;
    if (!c.tailEmpty()) return null; // a cue after the quote is another rule's
    if (!t.text(c.prevHi - 1).equals(".")) return null;
    for (int i = c.prevLo; i < c.prevHi; i++) if (t.first(i) == '"' || t.first(i) == '\u201c' || t.first(i) == '\u201d') return null;
    SentenceSubject s = SentenceSubject.find(t, c.parser, descriptors, c.cues, c.text, c.prevLo, c.prevHi, true);
    return s == null ? null : s.attribution(t, c.text, name());
  }
}
