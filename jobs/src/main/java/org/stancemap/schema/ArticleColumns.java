package org.stancemap.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructType;

/** Columns of {@code out/articles/}, one row per article (documented in README, asserted by SchemaTest). */
public final class ArticleColumns {
  private ArticleColumns() {}

  public static final String TABLE = "articles";
  public static final String ARTICLE_ID = "article_id";
  public static final String SOURCE_FILE = "source_file";
  public static final String OUTLET = "outlet";
  public static final String OUTLET_SOURCE = "outlet_source";
  public static final String DOMAIN = "domain";
  public static final String URL = "url";
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_SOURCE = "published_source";
  public static final String TITLE = "title";
  /** The article as read (decoded, NFC): statement offsets point into this. */
  public static final String TEXT = "text";
  public static final String CLEAN_TEXT = "clean_text";
  public static final String N_WORDS = "n_words";
  public static final String INGESTED_AT = "ingested_at";

  public static final StructType SCHEMA = new StructType()
      .add(ARTICLE_ID, StringType, false)
      .add(SOURCE_FILE, StringType, false)
      .add(OUTLET, StringType, true)
      .add(OUTLET_SOURCE, StringType, false)
      .add(DOMAIN, StringType, true)
      .add(URL, StringType, true)
      .add(PUBLISHED, DateType, true)
      .add(PUBLISHED_SOURCE, StringType, false)
      .add(TITLE, StringType, true)
      .add(TEXT, StringType, false)
      .add(CLEAN_TEXT, StringType, false)
      .add(N_WORDS, IntegerType, false)
      .add(INGESTED_AT, TimestampType, false);
}
