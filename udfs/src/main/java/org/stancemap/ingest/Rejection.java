package org.stancemap.ingest;

/** An input set aside, with a machine-readable reason and a human-readable detail. */
public record Rejection(String source, Reason reason, String detail) implements ParseResult {
  public enum Reason {
    EMPTY, BINARY, INVALID_UTF8, TOO_LARGE, BAD_JSON, MISSING_TEXT, BAD_CSV_ROW, UNREADABLE;

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
