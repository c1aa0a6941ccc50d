package org.stancemap.statements;

/**
 * A quotation found in the text: its marks and the content between them. {@code close} is -1 when
 * the quote runs to the end of its paragraph without a closing mark (a multi-paragraph quote, whose
 * next paragraph reopens with a mark).
 */
public final class Quote {
  public final int open, close;
  public final int contentStart, contentEnd;
  public final int paragraph;
  /** Opened with a single mark. */
  public final boolean single;
  /** The paragraph ends inside the quote and the next paragraph reopens it. */
  public final boolean continues;

  Quote(int open, int close, int contentStart, int contentEnd, int paragraph, boolean single, boolean continues) {
    this.open = open;
    this.close = close;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.paragraph = paragraph;
    this.single = single;
    this.continues = continues;
  }

  /** Offset just after the closing mark (or the content end when unclosed). */
  public int after() {
    return close >= 0 ? close + 1 : contentEnd;
  }
}
