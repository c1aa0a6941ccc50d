package org.stancemap.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's publication date from the text when the metadata has none: a leading
 * {@code date YYYY-MM-DD} marker some crawlers prepend, a dateline that stands on a line of its
 * own ("Thu, 03/05/2020 – 15:35", "March 5, 2020", "Published: 5 March 2020"), or a
 * {@code /YYYY/MM/DD/} URL path (of the original page when the URL is an archive copy). Dates
 * inside sentences are never taken: they are about events. A wire dateline's month and day
 * ("MOSCOW, March 5. /TASS/.", {@link Datelines}) get their year from {@link #withYear}.
 */
public final class DateClues {
  /** The crawler's marker: {@code date 2020-03-05} at the very start of the text. */
  public static final Pattern LEADING_MARKER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");

  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final String LABEL = "(?:(?:published|posted|updated|date)\\s*(?:on)?\\s*:?\\s*)?";
  private static final String TIME = "(?:\\s*[-–—|,]?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm)?(?:\\s*[a-z]{2,4})?)?";
  private static final Pattern ISO_LINE = Pattern.compile(LABEL + WEEKDAY + "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ]\\d{2}:\\d{2}\\S*)?" + TIME);
  private static final Pattern NUMERIC_LINE = Pattern.compile(LABEL + WEEKDAY + "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + TIME);
  private static final Pattern MONTH_FIRST_LINE = Pattern.compile(LABEL + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
  private static final Pattern DAY_FIRST_LINE = Pattern.compile(LABEL + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
  private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

  private DateClues() {}

  /** A date found in the text or URL and where: {@code text} or {@code url}. */
  public record Found(LocalDate date, String source) {}

  public static Optional<Found> infer(String text, String url) {
    Matcher marker = LEADING_MARKER.matcher(text);
    if (marker.find()) {
      Optional<LocalDate> d = iso(marker.group(1));
      if (d.isPresent()) return Optional.of(new Found(d.get(), "text"));
    }
    for (String line : text.split("\n")) {
      String t = line.strip().toLowerCase(Locale.ROOT);
      if (t.isEmpty() || t.length() > 60) continue;
      Optional<LocalDate> d = datelineOf(t);
      if (d.isPresent()) return Optional.of(new Found(d.get(), "text"));
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) return Optional.of(new Found(d.get(), "url"));
      }
    }
    return Optional.empty();
  }

  /** A whole line that is a date (lower-cased input). */
  static Optional<LocalDate> datelineOf(String line) {
    Matcher m = ISO_LINE.matcher(line);
    if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
    m = NUMERIC_LINE.matcher(line);
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      // Month first (US) unless that cannot be a month; both readings being possible is the norm
      // for the English-language outlets this is built for.
      return a > 12 ? of(m.group(3), m.group(2), m.group(1)) : of(m.group(3), String.valueOf(a), String.valueOf(b));
    }
    Matcher monthFirst = MONTH_FIRST_LINE.matcher(line);
    if (monthFirst.matches()) {
      return month(monthFirst.group(1)).flatMap(mo -> of(monthFirst.group(3), String.valueOf(mo), monthFirst.group(2)));
    }
    Matcher dayFirst = DAY_FIRST_LINE.matcher(line);
    if (dayFirst.matches()) {
      return month(dayFirst.group(2)).flatMap(mo -> of(dayFirst.group(3), String.valueOf(mo), dayFirst.group(1)));
    }
    return Optional.empty();
  }

  /** An ISO date or date-time from metadata ("2020-03-05", "2020-03-05T10:00:00Z"). */
  public static Optional<LocalDate> iso(String value) {
    if (value == null) return Optional.empty();
    Matcher m = Pattern.compile("\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2}).*").matcher(value);
    return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
  }

  /** The month a name or abbreviation stands for ("Oct.", "march"), 1-12; DateTimeException when none. */
  static int monthNumber(String name) {
    return month(name).orElseThrow(() -> new DateTimeException("not a month: " + name));
  }

  private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/");
  private static final Pattern COPYRIGHT_YEAR = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?((?:19|20)\\d{2})\\b");
  private static final Pattern FULL_DATE = Pattern.compile("(?i)\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+"
      + MONTH.replace("(jan", "(?<m2>jan") + ",?\\s+((?:19|20)\\d{2})\\b");

  /**
   * The date of a dateline that gives no year ("MOSCOW, March 5. /TASS/."), the year taken from
   * other clues, strongest first: a {@code /YYYY/} segment of the (original) URL; a date in the
   * text with a year in the same month ("on March 3, 2020"); a copyright year ("© 2020"); the
   * capture date of an archive URL (the year before when the month and day come after it).
   * Empty when nothing gives the year: a wrong year is worse than none.
   */
  public static Optional<LocalDate> withYear(java.time.MonthDay md, String text, String url) {
    String original = ArchiveUrls.original(url);
    if (original != null) {
      Matcher m = URL_YEAR.matcher(original);
      if (m.find()) return at(md, Integer.parseInt(m.group(1)));
    }
    Matcher full = FULL_DATE.matcher(text);
    while (full.find()) {
      String month = full.group(1) != null ? full.group(1) : full.group("m2");
      String year = full.group(2) != null ? full.group(2) : full.group(4);
      if (month(month).orElse(0) == md.getMonthValue()) return at(md, Integer.parseInt(year));
    }
    Matcher c = COPYRIGHT_YEAR.matcher(text);
    if (c.find()) return at(md, Integer.parseInt(c.group(1)));
    Optional<LocalDate> captured = ArchiveUrls.captured(url);
    if (captured.isPresent()) {
      int y = captured.get().getYear();
      return at(md, md.isAfter(java.time.MonthDay.from(captured.get())) ? y - 1 : y);
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> at(java.time.MonthDay md, int year) {
    return md.isValidYear(year) ? Optional.of(md.atYear(year)) : Optional.empty();
  }

  private static Optional<Integer> month(String name) {
    String n = name.replace(".", "").toLowerCase(Locale.ROOT);
    for (Month mo : Month.values()) {
      if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) return Optional.of(mo.getValue());
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) return Optional.empty();
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
