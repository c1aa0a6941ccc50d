package org.stancemap.schema;

/** Columns of {@code out/rejects/}: inputs set aside, with why. */
public final class RejectColumns {
  private RejectColumns() {}

  public static final String TABLE = "rejects";
  public static final String SOURCE = "source";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
}
