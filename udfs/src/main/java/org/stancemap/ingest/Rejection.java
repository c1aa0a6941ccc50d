package org.stancemap.ingest;

/** An input set aside, with a machine-readable reason and a human-readable detail. */
public record Rejection(String source, Reason reason, String detail) implements ParseResult {
  public enum Reason {
    EMPTY, BINARY, INVALID_UTF8, TOO_LARGE, BAD_JSON, MISSING_TEXT, BAD_CSV_ROW, UNREADABLE,
    /** A named pipe, socket or device among the inputs: never opened. */
    NOT_A_REGULAR_FILE,
    /** A symlink to nothing, or a loop of file symlinks. */
    BROKEN_SYMLINK,
    /** A folder symlink to one of its own ancestors: the folder is read once. */
    SYMLINK_LOOP,
    /** A JSON record whose {@code text} is not a string (a number, boolean, array or object). */
    WRONG_TYPE,
    /** A file in UTF-16 without a byte-order mark (with one, text is decoded and JSON or CSV transcoded), or UTF-16 that does not decode. */
    UTF16,
    /** A file or folder whose name starts with {@code .} or {@code _}, met inside an input folder: not read. */
    HIDDEN_NAME;

    /** The form written to the {@code reason} column. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The one-line console message. */
  public String message() {
    return "rejected " + source + ": " + reason.code() + " (" + detail + ")";
  }
}
