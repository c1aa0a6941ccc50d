package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.speakers.Speaker;
import org.stancemap.statements.CueLexicon;

/**
 * The answer of one sieve: the speaker phrase it found (or, for continuation, the speaker taken
 * over), the cue and where the cue stands in the text ({@code cueStart}/{@code cueEnd}, -1 when
 * not known), and the sieve's own name (recorded on the statement).
 */
public final class Attribution {
  public final Mention mention;
  public final Speaker speaker;
  public final String cue;
  public final int cueStart, cueEnd;
  public final String sieve;

  private Attribution(Mention mention, Speaker speaker, String cue, int cueStart, int cueEnd, String sieve) {
    this.mention = mention;
    this.speaker = speaker;
    this.cue = cue;
    this.cueStart = cueStart;
    this.cueEnd = cueEnd;
    this.sieve = sieve;
  }

  /** The speaker phrase {@code m} with the cue found in the text (its span is kept). */
  public static Attribution of(Mention m, CueLexicon.Cue cue, String sieve) {
    return m == null ? null : new Attribution(m, null, cue.text, cue.start, cue.end, sieve);
  }

  /** The speaker phrase {@code m} with a cue word read at [{@code cueStart}, {@code cueEnd}) that is not a {@link CueLexicon} cue. */
  public static Attribution of(Mention m, String cue, int cueStart, int cueEnd, String sieve) {
    return m == null ? null : new Attribution(m, null, cue, cueStart, cueEnd, sieve);
  }

  /** As {@link #of(Mention, CueLexicon.Cue, String)} with a cue whose place is not known. */
  public static Attribution of(Mention m, String cue, String sieve) {
    return m == null ? null : new Attribution(m, null, cue, -1, -1, sieve);
  }

  /** The earlier quote's speaker goes on speaking; the extractor takes its cue and speaker spans from that quote. */
  public static Attribution continuing(Speaker s, String cue, String sieve) {
    return s == null ? null : new Attribution(null, s, cue, -1, -1, sieve);
  }

  public boolean isContinuation() {
    return mention == null;
  }
}
