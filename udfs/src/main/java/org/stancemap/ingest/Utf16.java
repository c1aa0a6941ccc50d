package org.stancemap.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files saved as UTF-16 (Windows editors' "Unicode"): with a byte-order mark they are decoded
 * (strictly: a broken pair is a {@code utf16} rejection); without one they are recognised by their
 * NUL bytes at every other offset and rejected as {@code utf16}, with what to do, rather than as
 * {@code binary}: without a mark the byte order is a guess.
 */
public final class Utf16 {
  private Utf16() {}

  /** The decoded text, or the rejection. */
  record Result(String text, Rejection rejection) {}

  /** Bytes looked at to recognise UTF-16 without a mark. */
  public static final int SAMPLE = 8192;

  /** The text of {@code content} if it is UTF-16, its rejection if it is broken or has no mark; null if it is not UTF-16. */
  static Result read(String source, byte[] content) {
    Charset cs = marked(content);
    if (cs != null) return decode(source, content, cs);
    Rejection unmarked = unmarked(source, content);
    return unmarked == null ? null : new Result(null, unmarked);
  }

  /** UTF-16LE or UTF-16BE when {@code head} starts with that byte-order mark (which is not part of the text); else null. */
  public static Charset marked(byte[] head) {
    if (head.length < 2) return null;
    int b0 = head[0] & 0xff, b1 = head[1] & 0xff;
    return b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
  }

  /**
   * The {@code utf16} rejection of a file whose first bytes ({@value #SAMPLE} are enough) look like
   * UTF-16 without a byte-order mark (see {@link #markless}); null when they do not.
   */
  public static Rejection unmarked(String source, byte[] head) {
    String order = markless(head);
    if (order == null) return null;
    return new Rejection(source, Rejection.Reason.UTF16, "UTF-16 (" + order
        + ") without a byte-order mark: NUL bytes at every other offset; re-encode the file as UTF-8, or save it as UTF-16 with a byte-order mark");
  }

  /** The rejection of UTF-16 text (with a mark) that does not decode: {@code where} says where it breaks. */
  public static Rejection broken(String source, Charset cs, String where) {
    return new Rejection(source, Rejection.Reason.UTF16, cs.name() + " with a byte-order mark, broken " + where
        + " (an odd length or an unpaired surrogate); re-encode the file as UTF-8");
  }

  private static Result decode(String source, byte[] content, Charset cs) {
    ByteBuffer in = ByteBuffer.wrap(content, 2, content.length - 2);
    try {
      String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in).toString();
      return new Result(text, null);
    } catch (CharacterCodingException e) {
      return new Result(null, broken(source, cs, "at byte " + in.position()));
    }
  }

  /**
   * "little-endian" or "big-endian" when the first {@value #SAMPLE} bytes look like UTF-16 text
   * without a mark: at least eight pairs, 60% or more of the bytes at one parity NUL (the high bytes
   * of ASCII and Latin-1 characters) and at most 5% at the other (text mostly in other scripts has
   * fewer NULs and stays {@code binary}); else null.
   */
  static String markless(byte[] content) {
    int n = Math.min(content.length, SAMPLE) & ~1;
    if (n < 16) return null;
    int evenNul = 0, oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (content[i] == 0) evenNul++;
      if (content[i + 1] == 0) oddNul++;
    }
    int pairs = n / 2;
    if (oddNul * 10 >= pairs * 6 && evenNul * 20 <= pairs) return "little-endian";
    if (evenNul * 10 >= pairs * 6 && oddNul * 20 <= pairs) return "big-endian";
    return null;
  }
}
