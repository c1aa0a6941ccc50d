package org.stancemap.speakers.sieves;

import org.stancemap.speakers.Mention;
import org.stancemap.speakers.Speaker;

/**
 * The answer of one sieve: the speaker phrase it found (or, for continuation, the speaker taken
 * over), the cue, and the sieve's own name (recorded on the statement).
 */
public final class Attribution {
  public final Mention mention;
  public final Speaker speaker;
  public final String cue;
  public final String sieve;

  private Attribution(Mention mention, Speaker speaker, String cue, String sieve) {
    this.mention = mention;
    this.speaker = speaker;
    this.cue = cue;
    this.sieve = sieve;
  }

  public static Attribution of(Mention m, String cue, String sieve) {
    return m == null ? null : new Attribution(m, null, cue, sieve);
  }

  public static Attribution continuing(Speaker s, String cue, String sieve) {
    return s == null ? null : new Attribution(null, s, cue, sieve);
  }

  public boolean isContinuation() {
    return mention == null;
  }
}
