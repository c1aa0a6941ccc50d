package org.stancemap.ingest;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.text.TextView;
import org.stancemap.text.Tokens;

/**
 * Wire-copy furniture: the parts of an article that are nobody's statement and must never be
 * scored. Rules over patterns, with the words in {@code data/datelines.tsv} ({@link WireWords})
 * and the agency names in {@code data/outlets.tsv} ({@link OutletTable}):
 *
 * <ul>
 *   <li>{@link Kind#DATELINE} at the start of a paragraph: {@code PLACE[, Region][, DATE] [TAG] END},
 *       where PLACE is a word in capitals ("MOSCOW", "ABU DHABI") or a place of the word list in
 *       any case ("Idlib"), DATE is "March 25", "Oct. 14", "25 March" with an optional year, TAG is
 *       "(Reuters)" or "/TASS/" or an agency in the Region's place ("Damascus, SANA-", glued to the
 *       dash or not) and END is a dash ({@code - – — --}), {@code //}, a colon, the period after a
 *       slash tag, or an underscore after an agency ("Hasaka, SANA_"). An agency tag alone opens
 *       one too ("(AFP) -"), as does a syndicator's tag ("(MENAFN- Kuwait News Agency (KUNA))"). Without a tag, the place must
 *       be in capitals or listed and the paragraph one of the first {@value #LEAD_PARAGRAPHS};
 *       a place in title case that is not listed needs a known agency tag ("Rome (ANSA) -"). A
 *       place on a line of its own ("ANKARA", "HATAY, Türkiye") or a line that is only a date
 *       ("March 5, 2020") is a dateline too.</li>
 *   <li>{@link Kind#BYLINE}: a paragraph "By NAMES[, ORGANISATION]" made of names only.</li>
 *   <li>{@link Kind#CREDIT}, {@link Kind#NOTICE}, {@link Kind#END}: the trailing pieces of a
 *       paragraph (cut at {@code ;} and sentence ends) that are credits ("Reporting by NAMES in
 *       PLACE", "Copyright 2024 NAME"), notices ("Follow us on ..."), end-of-copy markers
 *       ("(end)") or editors' slugs and initials ("rs.bs", "slug-name / pb").</li>
 *   <li>{@link Kind#SIGN_OFF}: a paragraph that is only a house byline or an outlet's name
 *       ("Tyler Durden", "Reuters"), or a photo credit "NAME / AGENCY".</li>
 * </ul>
 *
 * A sentence that merely mentions an agency ("Reuters reported ...") or a place ("MOSCOW said")
 * matches none of these. Offsets index the text and its {@link TextView} alike.
 */
public final class Datelines {
  /** Datelines without an agency tag are looked for in this many leading paragraphs only. */
  public static final int LEAD_PARAGRAPHS = 4;
  private static final int MAX_PIECE = 300;
  private static final int TAIL_WINDOW = 800;
  /** Characters {@link #lastPieceIsContent} reads from a paragraph's end. */
  private static final int QUICK_REACH = 240;

  public enum Kind { DATELINE, BYLINE, CREDIT, NOTICE, END, SIGN_OFF }

  /**
   * One piece of furniture, [start, end) including the whitespace after it. {@code tag}: the
   * agency a dateline or byline names (as written), else null; {@code date}/{@code year}: a
   * dateline's date when it has one (year null when the dateline gives none).
   */
  public record Furniture(Kind kind, int start, int end, String tag, MonthDay date, Integer year) {}

  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  // "WASHINGTON", "NEW YORK", "BAGHDAD/DUBAI" (Reuters' joint datelines)
  private static final Pattern CAPS_PLACE = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*\\p{Lu}\\.?(?:(?:\\s|/|\\s/\\s)\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*\\p{Lu}\\.?){0,3}(?![\\p{L}\\p{M}])");
  private static final Pattern TITLE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.\\-]*){0,2}(?![\\p{L}\\p{M}])");
  // ("Damascus, SANA- Syria and ...": the dash glued to the tag is no part of it)
  private static final Pattern REGION = Pattern.compile(",\\s*(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?<!-)(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?<!-)){0,2})(?![\\p{L}\\p{M}])");
  private static final Pattern DATE = Pattern.compile(
      "(?i),?\\s*(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH.replace("(jan", "(?<m2>jan") + ")(?:,?\\s+(\\d{4}))?(?!\\d)\\.?");
  private static final Pattern PAREN_TAG = Pattern.compile("\\s*\\(\\s*([^()\\n]{1,50}?(?:\\([^()\\n]{1,20}\\))?)\\s*\\)");
  private static final Pattern SLASH_TAG = Pattern.compile("\\s*/\\s*(\\p{Lu}[\\p{L}\\- ]{0,30}?)\\s*/");
  private static final Pattern SYNDICATOR = Pattern.compile("\\(\\s*\\p{Lu}[\\p{L}]+\\s*[-–—]\\s*([^()\\n]{1,60}?(?:\\([^()\\n]{1,20}\\))?)\\s*\\)");
  /** A byline's names, a spaced dash and a place: "Ceren Aksoy - ISTANBUL" (groups: the names, the place). */
  private static final Pattern NAME_DASH_PLACE = Pattern.compile("([^|,]{3,60}?)\\s+[-–—]\\s+(\\p{Lu}[\\p{Lu}\\p{M}'’.\\- ]{1,40})");
  /** A date in digits: "15.09.2025", "2025-09-15", "09/15/2025". */
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b");
  private static final Pattern DASH = Pattern.compile("\\s*(?:--|[-–—‐−]|//)");
  /** An underscore for a dash, after an agency's tag ("Hasaka, SANA_ The ..."). */
  private static final Pattern TAG_UNDERSCORE = Pattern.compile("\\s*_(?!_)");
  private static final Pattern COLON = Pattern.compile("\\s*:");
  private static final Pattern PERIOD = Pattern.compile("\\s*\\.");
  /** Pieces of a paragraph's tail end at ";" and after [.!?)] and spaces, but not after an initial ("K. Marsh"). */
  private static final Pattern PIECE_END = Pattern.compile("(?<=[.!?;)])(?<![\\s(]\\p{Lu}\\.)\\s+|;\\s*");
  private static final Pattern SLUG = Pattern.compile("[\\p{Ll}\\d]+(?:[.\\-][\\p{Ll}\\d]+)*(?:\\s*/\\s*[\\p{Ll}\\d]+(?:[.\\-][\\p{Ll}\\d]+)*)+|\\p{Ll}{1,4}(?:\\.\\p{Ll}{1,4})+\\.?");
  private static final Pattern OUTER_BRACKETS = Pattern.compile("^[(\\[]+|[)\\]]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,;:]+");
  private static final Pattern WORD_PUNCTUATION = Pattern.compile("^[(\\[\"'©]+|[)\\]\"'.]+$");
  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
  private static final Set<String> CONNECTORS = Set.of("and", "in", "from", "at", "with", "of", "the", "for", "on", "de", "al",
      "el", "bin", "ibn", "van", "von", "der", "da", "du", "le", "la", "y", "&", "by");

  private static final Pattern NAME_PARTICLE = Pattern.compile("(?i)(?:al|el|ad|as|ash|at|az|bin|ibn|abu|abd)-\\p{L}.*");

  private final WireWords words;
  private final OutletTable outlets;

  public Datelines(WireWords words, OutletTable outlets) {
    this.words = words;
    this.outlets = outlets;
  }

  private static volatile Datelines defaults;

  /** The rules over {@code data/datelines.tsv} and {@code data/outlets.tsv} (loaded once). */
  public static Datelines defaults() {
    Datelines d = defaults;
    if (d == null) {
      synchronized (Datelines.class) {
        if (defaults == null) defaults = new Datelines(WireWords.load(), OutletTable.load());
        d = defaults;
      }
    }
    return d;
  }

  public List<Furniture> find(String text) {
    return find(TextView.of(text));
  }

  /** Whether {@code tag} is an outlet's clue (data/outlets.tsv): "Reuters", "AA", "TASS". */
  public boolean knownTag(String tag) {
    return tag != null && outlets.byTag(tag).isPresent();
  }

  /** The furniture of an article, in text order. */
  public List<Furniture> find(TextView tv) {
    return find(tv, true);
  }

  /** {@link #find(TextView)}; {@code quick} false reads every paragraph's whole tail window (tests compare the two). */
  List<Furniture> find(TextView tv, boolean quick) {
    String v = tv.view();
    List<Furniture> out = new ArrayList<>();
    for (int p = 0; p < tv.paragraphCount(); p++) {
      int ps = skipSpace(v, tv.paragraphStart(p), tv.paragraphEnd(p)), pe = tv.paragraphEnd(p);
      while (pe > ps && Character.isWhitespace(v.charAt(pe - 1))) pe--;
      if (ps >= pe) continue;
      String para = v.substring(ps, Math.min(pe, ps + 200));
      boolean whole = pe - ps <= 200;
      Furniture f = whole ? wholeParagraph(para, ps, p < LEAD_PARAGRAPHS) : null;
      if (f != null) { out.add(f); continue; }
      shortLines(tv.original(), ps, pe, p < LEAD_PARAGRAPHS, out);
      Furniture d = dateline(para, ps, p < LEAD_PARAGRAPHS);
      if (d != null) out.add(d);
      tail(v, d == null ? ps : d.end(), pe, quick, out);
    }
    out.sort(java.util.Comparator.comparingInt(Furniture::start));
    return out;
  }

  /**
   * In a paragraph of several lines (a hard-wrapped one, or lines a crawler ran together): a short
   * line that is furniture on its own ("Thu, 03/05/2020 – 15:35" above a "via" line).
   */
  private void shortLines(String text, int ps, int pe, boolean lead, List<Furniture> out) {
    int nl = text.indexOf('\n', ps);
    if (nl < 0 || nl >= pe) return;
    for (int a = ps; a < pe; ) {
      int b = text.indexOf('\n', a);
      if (b < 0 || b > pe) b = pe;
      String line = text.substring(a, b);
      if (!line.isBlank() && line.strip().length() <= 60) {
        int lead0 = a + (line.length() - line.stripLeading().length());
        Furniture f = wholeParagraph(line.strip(), lead0, lead);
        if (f != null) out.add(new Furniture(f.kind(), lead0, b, f.tag(), f.date(), f.year()));
      }
      a = b + 1;
    }
  }

  /**
   * Sentence spans without their furniture: a sentence's leading and trailing furniture is cut
   * off, and a sentence with no letter or digit left is dropped.
   */
  public static int[][] trim(int[][] sentences, String view, List<Furniture> furniture) {
    if (furniture.isEmpty()) return sentences;
    BitSet mask = new BitSet(view.length());
    for (Furniture f : furniture) mask.set(f.start(), f.end());
    List<int[]> out = new ArrayList<>(sentences.length);
    for (int[] s : sentences) {
      int a = s[0], b = s[1];
      while (a < b && (mask.get(a) || Character.isWhitespace(view.charAt(a)))) a++;
      while (b > a && (mask.get(b - 1) || Character.isWhitespace(view.charAt(b - 1)))) b--;
      boolean content = false;
      for (int i = a; i < b && !content; i++) content = Character.isLetterOrDigit(view.charAt(i));
      if (content) out.add(a == s[0] && b == s[1] ? s : new int[] {a, b});
    }
    return out.toArray(new int[0][]);
  }

  /** A paragraph that is furniture as a whole: a place or date line, a byline, a sign-off or a photo credit. */
  private Furniture wholeParagraph(String para, int ps, boolean lead) {
    int pe = ps + para.length();
    String t = para.strip();
    if (lead && placeLine(t)) return new Furniture(Kind.DATELINE, ps, pe, null, null, null);
    if (t.length() <= 60 && DateClues.datelineOf(t.toLowerCase(Locale.ROOT)).isPresent()) {
      return new Furniture(Kind.DATELINE, ps, pe, null, null, null);
    }
    String byline = bylineTag(t);
    if (byline == null && lead) byline = namedByline(t);
    if (byline != null) return new Furniture(Kind.BYLINE, ps, pe, byline.isEmpty() ? null : byline, null, null);
    if (t.length() <= 60 && (outlets.signOff(t).isPresent() || photoCredit(t))) return new Furniture(Kind.SIGN_OFF, ps, pe, null, null, null);
    return null;
  }

  /** "ANKARA", "HATAY, Türkiye", "Abu Dhabi": one word in capitals or a listed place, and an optional region. */
  private boolean placeLine(String t) {
    String place = listedPlace(t, 0);
    int end;
    if (place != null) end = place.length();
    else {
      Matcher m = CAPS_PLACE.matcher(t);
      if (!m.lookingAt() || m.group().contains(" ") || m.end() < 3) return false;
      end = m.end();
    }
    if (end == t.length()) return true;
    Matcher r = REGION.matcher(t).region(end, t.length());
    return r.lookingAt() && r.end() == t.length();
  }

  /** A dateline opening the paragraph, or null. */
  private Furniture dateline(String para, int ps, boolean lead) {
    int i = 0;
    String tag = null;
    Matcher syn = SYNDICATOR.matcher(para);
    boolean syndicated = syn.lookingAt();
    int synEnd = -1;
    if (syndicated) { tag = syn.group(1); synEnd = syn.end(); i = skipSpace(para, synEnd, para.length()); }
    // the place
    boolean listed = false, caps = false;
    int placeEnd = -1;
    String place = listedPlace(para, i);
    Matcher m = CAPS_PLACE.matcher(para).region(i, para.length());
    boolean capsPlace = m.lookingAt() && m.end() - i >= 3;
    if (place != null) { listed = true; placeEnd = i + place.length(); }
    if (capsPlace && (place == null || m.end() > placeEnd)) { caps = true; placeEnd = m.end(); } // "BAGHDAD/DUBAI"
    else if (place == null) {
      m = TITLE_PLACE.matcher(para).region(i, para.length());
      if (m.lookingAt()) placeEnd = m.end();
    }
    int j = placeEnd < 0 ? i : placeEnd;
    MonthDay date = null;
    Integer year = null;
    if (placeEnd >= 0) {
      Matcher d = DATE.matcher(para).region(j, para.length());
      if (!d.lookingAt()) {
        Matcher r = REGION.matcher(para).region(j, para.length());
        if (r.lookingAt()) {
          String region = r.group(1);
          j = r.end();
          int hyphen = region.indexOf('-');
          // "Damascus, SANA-The army ...": an agency's tag in capitals glued to the dash and to a word in title case
          // (not "In Russia, Sputnik-V was ...", "Meanwhile, AP-NORC polling ...")
          if (hyphen > 0 && capitals(region.substring(0, hyphen)) && titleCase(region, hyphen + 1)
              && outlets.byTag(region.substring(0, hyphen)).isPresent()) {
            region = region.substring(0, hyphen);
            j = r.start(1) + hyphen;
          }
          if (outlets.byTag(region).isPresent() && tag == null) tag = region; // "Tehran, IRNA -"
          d = DATE.matcher(para).region(j, para.length());
        }
      }
      if (d.lookingAt()) {
        date = monthDay(d);
        year = d.group(5) == null ? null : Integer.valueOf(d.group(5));
        if (date != null) j = d.end();
        else return null;
      }
    }
    // the wire tag
    boolean slash = false, paren = false;
    Matcher st = SLASH_TAG.matcher(para).region(j, para.length());
    Matcher pt = PAREN_TAG.matcher(para).region(j, para.length());
    if (st.lookingAt()) { slash = true; tag = st.group(1).strip(); j = st.end(); }
    else if (pt.lookingAt()) { paren = true; tag = pt.group(1).strip(); j = pt.end(); }
    boolean knownTag = tag != null && outlets.byTag(tag).isPresent();
    // the end of the dateline
    int end = -1;
    Matcher dash = DASH.matcher(para).region(j, para.length());
    Matcher colon = COLON.matcher(para).region(j, para.length());
    Matcher period = PERIOD.matcher(para).region(j, para.length());
    if (dash.lookingAt()) end = dash.end();
    else if (knownTag && TAG_UNDERSCORE.matcher(para).region(j, para.length()).lookingAt()) end = para.indexOf('_', j) + 1; // "Hasaka, SANA_ The"
    else if (colon.lookingAt() && placeEnd >= 0) end = colon.end();
    else if (slash && period.lookingAt()) end = period.end();
    else if (slash || (paren && knownTag && placeEnd >= 0)) end = j;
    else if (syndicated) { end = synEnd; tag = syn.group(1); } // what follows the syndicator's tag is the body
    if (end < 0 || end >= para.length() && !syndicated && !slash) return null;
    boolean valid;
    if (slash || paren) valid = placeEnd >= 0 ? (caps || listed || knownTag) : knownTag;
    else if (syndicated) valid = true;
    else valid = placeEnd >= 0 && (caps || listed || knownTag) && lead; // "Hasaka, SANA -": an agency's tag vouches for the place
    if (!valid) return null;
    // after a dateline comes the body: a letter, digit or quote (not the rest of a sentence such as "- and")
    int body = skipSpace(para, end, para.length());
    if (body < para.length() && Character.isLowerCase(para.charAt(body)) && !slash && !syndicated) return null;
    return new Furniture(Kind.DATELINE, ps, ps + body, tag, date, year);
  }

  /** Whether {@code s} is written in capitals ("SANA"). */
  private static boolean capitals(String s) {
    return s.length() >= 2 && s.chars().allMatch(ch -> Character.isUpperCase(ch));
  }

  /** Whether a word in title case opens {@code s} at {@code i}: a capital, then a lower-case letter ("The"). */
  private static boolean titleCase(String s, int i) {
    return i + 1 < s.length() && Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i + 1));
  }

  /** The listed place that opens {@code s} at {@code i} (any case, whole words), or null. */
  private String listedPlace(String s, int i) {
    String p = WireWords.prefix(words.cities(), s.substring(i, Math.min(s.length(), i + 40)));
    return p == null ? null : s.substring(i, i + p.length());
  }

  private static MonthDay monthDay(Matcher d) {
    String month = d.group(1) != null ? d.group(1) : d.group("m2");
    String day = d.group(2) != null ? d.group(2) : d.group(3);
    try {
      return MonthDay.of(DateClues.monthNumber(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE | Anadolu Agency": the
   * organisation after the names ("" when there is none), or null when the line is no byline.
   */
  String bylineTag(String t) {
    if (t.length() < 4 || t.length() > 120 || !t.regionMatches(true, 0, "by ", 0, 3)) return null;
    String rest = t.substring(3).strip();
    String[] parts = rest.split("\\s*[,|/]\\s*|\\s+[-–—]\\s+", 2);
    if (!namesOnly(parts[0], 10)) return null;
    if (parts.length == 1) return "";
    String org = parts[1].replaceAll("[.\\s]+$", "");
    return namesOnly(org, 6) ? org : null;
  }

  /**
   * A byline without "By" in an article's lead: "Kelsey Marchand, USA TODAY", "Jane Doe | Anadolu Agency": a person's
   * names (two to five words), a comma or a bar, and an outlet's clue (data/outlets.tsv); the clue, or null. A bar and a
   * date in digits after the names ("Burak Sarioglu | 15.09.2025 - Update : 15.09.2025"), or a spaced dash and a place in
   * capitals ("Ceren Aksoy - ISTANBUL"), is a byline too, with no clue ("").
   */
  String namedByline(String t) {
    if (t.length() > 100) return null;
    // "Ceren Aksoy - ISTANBUL": the names, a dash and the place in capitals
    Matcher dash = NAME_DASH_PLACE.matcher(t);
    // (a listed city, so that a headline in title case, "Senate Passes Ukraine Aid - POLITICO", is no byline)
    if (dash.matches() && Tokens.splitSpaces(dash.group(1)).length >= 2 && namesOnly(dash.group(1), 5)) {
      String place = dash.group(2).strip(), listed = listedPlace(place, 0);
      if (listed != null && listed.length() == place.length()) return "";
    }
    String[] parts = t.split("\\s*[,|]\\s*", 2);
    if (parts.length < 2 || Tokens.splitSpaces(parts[0]).length < 2 || !namesOnly(parts[0], 5)) return null;
    String org = parts[1].replaceAll("[.\\s]+$", "");
    // "Burak Sarioglu | 15.09.2025 - Update : 15.09.2025": the name and the date of publication
    boolean bar = t.substring(parts[0].length()).stripLeading().startsWith("|");
    if (bar && NUMERIC_DATE.matcher(parts[1]).lookingAt()) return "";
    return namesOnly(org, 5) && outlets.byTag(org).isPresent() ? org : null;
  }

  /** "Mikhail Metzel / TASS", "Jane Doe/AFP": names, a slash and a known agency. */
  private boolean photoCredit(String t) {
    String[] parts = SLASH.split(t);
    if (parts.length < 2) return false;
    for (String part : parts) if (!namesOnly(part, 5)) return false;
    for (String part : parts) if (outlets.byTag(part.replaceAll("(?i)\\s+photos?$", "")).isPresent()) return true;
    return false;
  }

  /**
   * Only names, initials, years and connectors ("in", "and", "al-"): every word starts with a
   * capital or a digit or is a connector; at least one capitalised word; at most {@code maxWords}
   * words.
   */
  static boolean namesOnly(String s, int maxWords) {
    int names = 0, n = 0;
    for (String raw : NAME_SEPARATORS.split(s)) {
      String w = WORD_PUNCTUATION.matcher(raw).replaceAll("");
      if (w.isEmpty() || w.equals("©")) continue;
      n++;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) names++;
      else if (!Character.isDigit(c) && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && !NAME_PARTICLE.matcher(w).matches()) return false;
    }
    return names > 0 && n <= maxWords;
  }

  /** Trailing credits, notices, end markers and slugs of the paragraph [from, pe). */
  private void tail(String v, int from, int pe, boolean quick, List<Furniture> out) {
    if (from >= pe) return;
    int ws = Math.max(from, pe - TAIL_WINDOW);
    if (quick && lastPieceIsContent(v, ws, pe)) return;
    String w = v.substring(ws, pe);
    List<int[]> pieces = new ArrayList<>();
    int s = 0;
    Matcher m = PIECE_END.matcher(w);
    while (m.find()) {
      if (m.start() > s) pieces.add(new int[] {s, m.start()});
      s = m.end();
    }
    if (s < w.length()) pieces.add(new int[] {s, w.length()});
    // from the last piece backwards, while the pieces are furniture
    int first = pieces.size();
    Kind[] kinds = new Kind[pieces.size()];
    while (first > 0) {
      int k = first - 1;
      if (k == 0 && ws > from) break; // a piece cut by the window
      Kind kind = piece(w.substring(pieces.get(k)[0], pieces.get(k)[1]));
      // a credit cut at an initial or a stray period: names that follow a credit belong to it
      if (kind == null && k > 0 && !(k == 1 && ws > from) && namesOnly(w.substring(pieces.get(k)[0], pieces.get(k)[1]), 8)
          && piece(w.substring(pieces.get(k - 1)[0], pieces.get(k - 1)[1])) == Kind.CREDIT) kind = Kind.CREDIT;
      if (kind == null) break;
      kinds[k] = kind;
      first = k;
    }
    for (int k = first; k < pieces.size(); k++) {
      int a = ws + pieces.get(k)[0];
      int b = k + 1 < pieces.size() ? ws + pieces.get(k + 1)[0] : pe;
      out.add(new Furniture(kinds[k], a, b, null, null, null));
    }
  }

  /**
   * Whether the paragraph's last piece is plainly content, so that its tail holds no furniture (the
   * answer for nearly every paragraph): found from the last {@link #QUICK_REACH} characters alone
   * instead of splitting the whole window. False when that cannot be told there (no piece boundary
   * in reach, or a piece that may be furniture), and {@link #tail} then reads the window as before,
   * so the furniture found is the same.
   */
  private boolean lastPieceIsContent(String v, int ws, int pe) {
    int rs = pe - QUICK_REACH;
    if (rs < ws + 4) return false; // the window's own scan sees nothing before ws; keep 3 characters of look-behind inside it
    Matcher m = PIECE_END.matcher(v).region(rs, pe).useTransparentBounds(true);
    int start = -1, end = -1;
    while (m.find()) { start = m.start(); end = m.end(); }
    // no boundary in reach, or one that may be the end of a longer whitespace run: read the window
    if (start <= rs) return false;
    if (end >= pe) return false; // the paragraph ends at a boundary (";"): no last piece here
    String last = v.substring(end, pe);
    return piece(last) == null && !namesOnly(last, 8);
  }

  /** What one piece of a paragraph's tail is, or null when it is content. */
  private Kind piece(String raw) {
    String p = raw.strip();
    if (p.length() > MAX_PIECE) return null;
    String bare = OUTER_BRACKETS.matcher(p).replaceAll("").strip();
    if (bare.isEmpty()) return null;
    for (String e : words.ends()) if (bare.equalsIgnoreCase(e) || p.equalsIgnoreCase(e)) return Kind.END;
    String credit = WireWords.prefix(words.credits(), bare);
    if (credit != null && namesOnly(bare.substring(credit.length()), 16)) return Kind.CREDIT;
    String notice = WireWords.prefix(words.notices(), p);
    if (notice == null) notice = WireWords.prefix(words.notices(), bare);
    if (notice != null && SPACES.split(bare).length <= 40) return Kind.NOTICE;
    if (SLUG.matcher(bare).matches()) return Kind.END;
    if (bare.indexOf('/') > 0 && photoCredit(bare)) return Kind.SIGN_OFF;
    return null;
  }

  private static int skipSpace(String s, int i, int end) {
    while (i < end && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }
}
