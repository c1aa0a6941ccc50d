package org.stancemap.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Archive and cache copies of an article: the Wayback Machine
 * ({@code web.archive.org/web/20190312101010/https://www.aljazeera.com/...}), archive.today and its
 * mirrors ({@code archive.ph/2019.03.12-101010/https://...}, {@code archive.ph/newest/...}) and
 * Google's cache ({@code webcache.googleusercontent.com/search?q=cache:ID:https://...}). The
 * original URL names the outlet and may carry the date; the capture time bounds the publication
 * date from above.
 */
public final class ArchiveUrls {
  private static final Pattern WAYBACK = Pattern.compile("(?i)^(?:https?://)?(?:web\\.|www\\.)?archive\\.org/web/(\\d{4,14})?[*a-z_]*/(.+)$");
  private static final Pattern ARCHIVE_TODAY = Pattern.compile(
      "(?i)^(?:https?://)?(?:www\\.)?archive\\.(?:today|ph|is|li|md|vn|fo)/(?:(\\d{4})\\.?(\\d{2})\\.?(\\d{2})[-\\d]*/|newest/|oldest/|o/\\w+/)(.+)$");
  private static final Pattern WEBCACHE = Pattern.compile("(?i)^(?:https?://)?webcache\\.googleusercontent\\.com/search\\?(?:.*&)?q=cache:(?:[\\w-]{6,20}:)?([^&+ ]+)");

  private ArchiveUrls() {}

  /** The archived page's own URL, or {@code url} unchanged when it is not an archive or cache address. */
  public static String original(String url) {
    if (url == null) return null;
    String u = url.strip();
    Matcher m = WAYBACK.matcher(u);
    if (m.matches()) return withScheme(m.group(2));
    m = ARCHIVE_TODAY.matcher(u);
    if (m.matches()) return withScheme(m.group(4));
    m = WEBCACHE.matcher(u);
    if (m.find()) return withScheme(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    return u;
  }

  /** The capture date in an archive address (Wayback timestamp or archive.today date), if any. */
  public static Optional<LocalDate> captured(String url) {
    if (url == null) return Optional.empty();
    String u = url.strip();
    Matcher m = WAYBACK.matcher(u);
    if (m.matches() && m.group(1) != null && m.group(1).length() >= 8) {
      String ts = m.group(1);
      return date(ts.substring(0, 4), ts.substring(4, 6), ts.substring(6, 8));
    }
    m = ARCHIVE_TODAY.matcher(u);
    if (m.matches() && m.group(1) != null) return date(m.group(1), m.group(2), m.group(3));
    return Optional.empty();
  }

  private static String withScheme(String inner) {
    String s = inner.strip();
    // the Wayback Machine collapses "https://" to "https:/" in some links
    s = s.replaceFirst("(?i)^(https?):/+", "$1://");
    return s.toLowerCase(Locale.ROOT).startsWith("http") ? s : "https://" + s;
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
