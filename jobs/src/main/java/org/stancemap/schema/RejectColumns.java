package org.stancemap.schema;

import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/** Columns of {@code out/rejects/}: inputs set aside, with why. */
public final class RejectColumns {
  private RejectColumns() {}

  public static final String TABLE = "rejects";
  public static final String SOURCE = "source";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";

  public static final StructType SCHEMA = new StructType()
      .add(SOURCE, StringType, false)
      .add(REASON, StringType, false)
      .add(DETAIL, StringType, false);
}
