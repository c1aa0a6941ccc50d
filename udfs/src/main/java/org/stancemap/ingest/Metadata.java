package org.stancemap.ingest;

/**
 * What the crawler knew about an article (a manifest line, or the fields of a JSON/CSV record);
 * any field may be null.
 */
public record Metadata(String outlet, String url, String published, String title) {
  public static final Metadata NONE = new Metadata(null, null, null, null);
}
