package org.stancemap.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.ingest.Rejection.Reason;
import org.stancemap.text.Boilerplate;
import org.stancemap.text.HardWraps;
import org.stancemap.text.TextNormalizer;

/**
 * Turns one input record into an article or a rejection: decoding, validation, cleaning,
 * metadata inference and the stable article id. Plain Java, so Spark calls it per record and
 * tests call it directly.
 */
public final class ArticleParser {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final String MANIFEST = "manifest";
  public static final String UNKNOWN = "unknown";
  public static final String INFERRED = "inferred";
  /** Outlet or date read from a wire dateline, tag or byline ("ANKARA, Oct 14 (Reuters) -"). */
  public static final String DATELINE = "dateline";

  /** What a word is; {@link #countWords} implements it by hand (tests check they agree). */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
  private static final int BINARY_SAMPLE = 8192;

  private final long maxBytes;
  private final Boilerplate boilerplate;
  private final OutletTable outlets;
  private final Datelines datelines;

  public ArticleParser(long maxBytes, Boilerplate boilerplate, OutletTable outlets, Datelines datelines) {
    this.maxBytes = maxBytes;
    this.boilerplate = boilerplate;
    this.outlets = outlets;
    this.datelines = datelines;
  }

  /** A parser with the data files' boilerplate patterns, outlet table and dateline words. */
  public static ArticleParser load(long maxBytes) {
    OutletTable outlets = OutletTable.load();
    return new ArticleParser(maxBytes, Boilerplate.load(), outlets, new Datelines(WireWords.load(), outlets));
  }

  /** A file's raw bytes: validated as UTF-8 text before parsing. */
  public ParseResult fromBytes(String source, byte[] content, Metadata meta) {
    if (content == null || content.length == 0) return new Rejection(source, Reason.EMPTY, "the file is empty");
    if (content.length > maxBytes) return tooLarge(source, content.length);
    Utf16.Result utf16 = Utf16.read(source, content);
    if (utf16 != null) return utf16.rejection() != null ? utf16.rejection() : fromText(source, utf16.text(), meta);
    String binary = binaryEvidence(content);
    if (binary != null) return new Rejection(source, Reason.BINARY, binary);
    String decoded;
    try {
      decoded = Utf8.decode(content);
    } catch (Utf8.InvalidUtf8Exception e) {
      return Utf8.rejection(source, e, "");
    }
    return fromText(source, decoded, meta);
  }

  /** Text already decoded (a JSON or CSV field). */
  public ParseResult fromText(String source, String raw, Metadata meta) {
    if (raw == null) return new Rejection(source, Reason.MISSING_TEXT, "no 'text' field");
    long bytes = utf8Length(raw);
    if (bytes > maxBytes) return tooLarge(source, bytes);
    if (raw.indexOf('\0') >= 0) return new Rejection(source, Reason.BINARY, "the text contains NUL characters");
    String text = TextNormalizer.canonical(raw);
    if (text.isBlank()) return new Rejection(source, Reason.EMPTY, "the text is blank");

    Optional<DateClues.Found> dateClue = DateClues.infer(text, ArchiveUrls.original(meta.url()));
    List<Datelines.Furniture> wire = datelines.find(text);
    String clean = cleanText(text);
    if (clean.isBlank()) return new Rejection(source, Reason.EMPTY, "nothing but boilerplate");

    String outlet = blankToNull(meta.outlet());
    String outletSource = outlet != null ? MANIFEST : UNKNOWN;
    String domain = OutletTable.hostOf(meta.url());
    if (outlet == null) {
      Optional<OutletTable.Match> inferred = outlets.infer(text, meta.url());
      if (inferred.isPresent()) {
        outlet = inferred.get().outlet().name();
        outletSource = INFERRED;
        if (domain == null && !inferred.get().outlet().domains().isEmpty()) domain = inferred.get().outlet().domains().get(0);
      } else {
        Optional<OutletTable.Outlet> tagged = wireOutlet(wire);
        if (tagged.isPresent()) {
          outlet = tagged.get().name();
          outletSource = DATELINE;
          if (domain == null && !tagged.get().domains().isEmpty()) domain = tagged.get().domains().get(0);
        }
      }
    } else if (domain == null) {
      domain = outlets.byName(outlet).flatMap(o -> o.domains().stream().findFirst()).orElse(null);
    }

    LocalDate published = DateClues.iso(meta.published()).orElse(null);
    String publishedSource = published != null ? MANIFEST : UNKNOWN;
    if (published == null && dateClue.isPresent()) {
      published = dateClue.get().date();
      publishedSource = dateClue.get().source();
    }
    if (published == null) {
      published = wireDate(wire, text, meta.url()).orElse(null);
      if (published != null) publishedSource = DATELINE;
    }
    String title = blankToNull(meta.title());
    if (title == null) title = headline(clean);

    return new ParsedArticle(articleId(clean), source, outlet, outletSource, domain, blankToNull(meta.url()),
        published, publishedSource, title, text, clean, countWords(clean));
  }

  /** The outlet the first wire tag of a dateline or byline names ("(AA)", "/TASS/", "By X, Reuters"). */
  private Optional<OutletTable.Outlet> wireOutlet(List<Datelines.Furniture> wire) {
    for (Datelines.Furniture f : wire) {
      if (f.tag() == null || !(f.kind() == Datelines.Kind.DATELINE || f.kind() == Datelines.Kind.BYLINE)) continue;
      Optional<OutletTable.Outlet> o = outlets.byTag(f.tag());
      if (o.isPresent()) return o;
    }
    return Optional.empty();
  }

  /** The first dated dateline's date; its year from the dateline, else from other clues ({@link DateClues#withYear}). */
  private static Optional<LocalDate> wireDate(List<Datelines.Furniture> wire, String text, String url) {
    for (Datelines.Furniture f : wire) {
      if (f.date() == null) continue;
      if (f.year() != null) return f.date().isValidYear(f.year()) ? Optional.of(f.date().atYear(f.year())) : Optional.empty();
      return DateClues.withYear(f.date(), text, url);
    }
    return Optional.empty();
  }

  /** Readable text: line wraps rejoined, boilerplate and the crawler's date marker removed, spaces tidied. */
  public String cleanText(String text) {
    Matcher marker = DateClues.LEADING_MARKER.matcher(text);
    String s = marker.find() ? text.substring(marker.end()) : text;
    s = TextNormalizer.tidyWhitespace(s);
    s = boilerplate.strip(s);
    s = HardWraps.rejoin(s);
    return TextNormalizer.tidyWhitespace(s);
  }

  /**
   * Stable across re-crawls: a hash of the cleaned text in comparison form (case, quotes, line
   * wraps, boilerplate and whitespace do not change it), with hyphens inside and at the end of words
   * and soft hyphens dropped ({@link #idForm}).
   */
  public static String articleId(String cleanText) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(idForm(cleanText).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A hyphen after a letter, with the spaces after it when a letter follows them. */
  private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})-\\s*(?=\\p{L})");

  /**
   * What {@link #articleId} hashes: {@link TextNormalizer#forComparison} of the clean text without
   * soft hyphens (U+00AD) and with a hyphen between letters dropped with the spaces after it, so a
   * word hyphenated at a line end by a re-crawl's wrapping ("inter-" / "national", "well-" / "known")
   * hashes as the same text as the word unwrapped ("international", "well-known").
   */
  static String idForm(String cleanText) {
    return WORD_HYPHEN.matcher(TextNormalizer.forComparison(cleanText.replace("\u00AD", ""))).replaceAll("");
  }

  /**
   * Words as {@link #WORD} defines them (letters and digits, joined by an apostrophe or hyphen),
   * counted by a hand-written scan: the regex version was a top ingestion hotspot.
   */
  public static int countWords(String text) {
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      n++;
      i = skipWordChars(text, i);
      // joined parts: ' ’ or - followed by at least one word character
      while (i + 1 < len && "'’-".indexOf(text.charAt(i)) >= 0 && isWordChar(text.codePointAt(i + 1))) {
        i = skipWordChars(text, i + 1);
      }
    }
    return n;
  }

  private static int skipWordChars(String text, int i) {
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) break;
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code [\\p{L}\\p{N}]}. */
  private static boolean isWordChar(int cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The first line, when it reads like a headline: short, and not ending like a sentence. */
  static String headline(String clean) {
    int nl = clean.indexOf('\n');
    if (nl < 0) return null;
    String first = clean.substring(0, nl).strip();
    if (first.isEmpty() || first.length() > 160 || countWords(first) < 3) return null;
    char last = first.charAt(first.length() - 1);
    return ".!?\"”’:;,".indexOf(last) >= 0 ? null : first;
  }

  /** Why the bytes look binary (NUL bytes, or many control characters), or null. */
  static String binaryEvidence(byte[] content) {
    int n = Math.min(content.length, BINARY_SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = content[i] & 0xff;
      if (b == 0) return "NUL byte at offset " + i + " (binary file?)";
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    return control * 20 > n ? control + " control bytes in the first " + n + " (binary file?)" : null;
  }

  private Rejection tooLarge(String source, long bytes) {
    return tooLarge(source, bytes, maxBytes);
  }

  public static Rejection tooLarge(String source, long bytes, long maxBytes) {
    return new Rejection(source, Reason.TOO_LARGE, String.format("%,d bytes, over the limit of %,d (--max-article-bytes)", bytes, maxBytes));
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n++;
      else if (c < 0x800) n += 2;
      else if (Character.isHighSurrogate(c)) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
