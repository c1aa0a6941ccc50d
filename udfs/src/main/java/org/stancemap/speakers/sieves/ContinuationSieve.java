package org.stancemap.speakers.sieves;

import org.stancemap.statements.RuleNames;

/**
 * A quote with no cue of its own that opens its sentence right after another quote: in the same
 * paragraph ({@code "A," Erdogan said. "B."}) or as the next paragraph ({@code "A," a Western
 * diplomat told AFP.} / {@code "B."}): the earlier quote's speaker goes on speaking.
 */
public final class ContinuationSieve implements Sieve {
  @Override
  public String name() {
    return RuleNames.CONTINUATION;
  }

  @Override
  public Attribution attribute(QuoteContext c) {
    if (!c.headEmpty()) return null;
    return Attribution.continuing(c.previousQuoteSpeaker, c.previousCue, name());
  }
}
