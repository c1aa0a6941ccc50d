package org.stancemap.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding, the one place every input's bytes (text files, JSON Lines, CSV) are
 * checked: bytes that are not UTF-8 are an {@code invalid_utf8} rejection, never turned into U+FFFD.
 */
public final class Utf8 {
  private Utf8() {}

  /** The bytes are not UTF-8; {@link #offset()} is the first bad byte. */
  public static final class InvalidUtf8Exception extends Exception {
    private final int offset;

    InvalidUtf8Exception(int offset) {
      super("invalid UTF-8 at byte " + offset);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  public static String decode(byte[] bytes) throws InvalidUtf8Exception {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidUtf8Exception(in.position());
    }
  }

  /** The rejection of {@code source}; {@code where} places the offset ("", " of a line"). */
  public static Rejection rejection(String source, InvalidUtf8Exception e, String where) {
    return new Rejection(source, Rejection.Reason.INVALID_UTF8, e.getMessage() + where + "; re-encode the file as UTF-8");
  }
}
