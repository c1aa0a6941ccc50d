package org.stancemap.speakers.sieves;

import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.Speaker;
import org.stancemap.statements.CueLexicon;
import org.stancemap.text.Tokens;

/**
 * What an attribution sieve may look at for one quote: the tokens of the article, the token range
 * of the quote's sentence before the opening mark (the head), after the closing mark (the tail),
 * the previous sentence, and the speaker of the quote before it.
 */
public final class QuoteContext {
  public final String text;
  public final Tokens tokens;
  public final MentionParser parser;
  public final CueLexicon cues;
  /** Token range [headLo, headHi) of the sentence before the opening mark. */
  public final int headLo, headHi;
  /** Token range [tailLo, tailHi) after the closing mark, to the end of its sentence. */
  public final int tailLo, tailHi;
  /** Token range of the previous sentence, or -1/-1. */
  public final int prevLo, prevHi;
  /** Speaker of the previous quote this one may continue (same paragraph, or the paragraph before when it ended quoting); null if none. */
  public final Speaker previousQuoteSpeaker;
  public final String previousCue;

  public QuoteContext(String text, Tokens tokens, MentionParser parser, CueLexicon cues, int headLo, int headHi, int tailLo,
      int tailHi, int prevLo, int prevHi, Speaker previousQuoteSpeaker, String previousCue) {
    this.text = text;
    this.tokens = tokens;
    this.parser = parser;
    this.cues = cues;
    this.headLo = headLo;
    this.headHi = headHi;
    this.tailLo = tailLo;
    this.tailHi = tailHi;
    this.prevLo = prevLo;
    this.prevHi = prevHi;
    this.previousQuoteSpeaker = previousQuoteSpeaker;
    this.previousCue = previousCue;
  }

  /**
   * Whether nothing but dashes, bullets or spaces precede the quote in its sentence, or only the label
   * "Quote:" with which some outlets set a quotation apart ("Quote: \"...\"").
   */
  public boolean headEmpty() {
    if (quoteLabel(tokens, headLo, headHi)) return true;
    for (int i = headLo; i < headHi; i++) if (tokens.isWord(i)) return false;
    return true;
  }

  /** The colon that ends the head, with only marks between it and the opening mark ("... a plea: \"..."), or -1. */
  public int headColon() {
    int colon = headHi - 1;
    while (colon >= headLo && !tokens.isWord(colon) && !tokens.text(colon).equals(":")) colon--;
    return colon >= headLo && tokens.text(colon).equals(":") ? colon : -1;
  }

  /** Whether no word follows the closing mark in its sentence (a cue there is the trailing rules'). */
  public boolean tailEmpty() {
    for (int i = tailLo; i < tailHi; i++) if (tokens.isWord(i)) return false;
    return true;
  }

  /** Tokens [lo, hi) are the label "Quote:" ("Quote: \"...\""). */
  public static boolean quoteLabel(Tokens t, int lo, int hi) {
    return hi - lo == 2 && t.lower(lo).equals("quote") && t.text(lo + 1).equals(":");
  }
}
