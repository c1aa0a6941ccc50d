package org.stancemap.schema;

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
}
