package org.stancemap.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.text.DataFiles;

/**
 * Infers the publishing outlet from clues inside an article, using {@code data/outlets.tsv}:
 * the URL's domain (of the original page when the URL is an archive copy, {@link ArchiveUrls}), a
 * "via X" line, a contact e-mail domain, a house byline or a sign-off line; {@link #byTag} reads a
 * dateline's wire tag ({@link Datelines}).
 */
public final class OutletTable {
  public record Outlet(String name, List<String> domains, List<String> clues, List<String> bylines) {}

  /** Where the clue was found, for the console and tests. */
  public record Match(Outlet outlet, String clue) {}

  private static final Pattern EMAIL_DOMAIN = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
  private static final Pattern VIA_LINE = Pattern.compile("(?im)^\\s*via\\s+(.+?)\\s*(?:https?://\\S+.*)?$");

  private final List<Outlet> outlets;

  /**
   * The first outlet (in table order) with each house byline, and with each name or clue, keyed by
   * {@link #caseKey}: {@link #signOff} is asked for every short line of every article.
   */
  private final Map<String, Outlet> byByline = new HashMap<>();
  private final Map<String, Outlet> byNameOrClue = new HashMap<>();

  public OutletTable(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    for (Outlet o : this.outlets) {
      for (String b : o.bylines()) byByline.putIfAbsent(caseKey(b), o);
      byNameOrClue.putIfAbsent(caseKey(o.name()), o);
      for (String c : o.clues()) byNameOrClue.putIfAbsent(caseKey(c), o);
    }
  }

  /**
   * A key equal for two strings exactly when {@link String#equalsIgnoreCase} holds: each code point
   * folded as that method compares it (upper case, then lower case of that).
   */
  static String caseKey(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    return b.toString();
  }

  public static OutletTable load() {
    List<Outlet> outlets = new ArrayList<>();
    for (String[] row : DataFiles.tsv("outlets.tsv")) {
      if (row[0].equals("outlet")) continue;
      outlets.add(new Outlet(row[0], list(row, 1), list(row, 2), list(row, 3)));
    }
    return new OutletTable(outlets);
  }

  private static List<String> list(String[] row, int i) {
    if (row.length <= i || row[i].isBlank()) return List.of();
    return Arrays.stream(row[i].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Every outlet of the table, in its order. */
  public List<Outlet> outlets() {
    return outlets;
  }

  public Optional<Outlet> byName(String name) {
    return outlets.stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The outlet whose domain the host belongs to (www.latimes.com → Los Angeles Times). */
  public Optional<Outlet> byDomain(String host) {
    if (host == null) return Optional.empty();
    String h = host.toLowerCase(Locale.ROOT);
    Outlet best = null;
    int bestLength = -1;
    for (Outlet o : outlets) {
      for (String d : o.domains()) {
        if ((h.equals(d) || h.endsWith("." + d)) && d.length() > bestLength) {
          best = o;
          bestLength = d.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The outlet a wire tag names: "AA", "Reuters", "TASS", "Kuwait News Agency (KUNA)" (the whole
   * tag, else its part in parentheses, else the part before them), compared case-insensitively
   * with the outlets' names and clues.
   */
  public Optional<Outlet> byTag(String tag) {
    if (tag == null) return Optional.empty();
    String t = tag.strip().replaceAll("\\s+", " ");
    Optional<Outlet> o = byExactClue(t);
    int open = t.indexOf('('), close = t.lastIndexOf(')');
    if (o.isEmpty() && open >= 0 && close > open) o = byExactClue(t.substring(open + 1, close));
    if (o.isEmpty() && open > 0) o = byExactClue(t.substring(0, open));
    return o;
  }

  /** The outlet whose house byline, name or clue is the whole line ("Tyler Durden", "Reuters"). */
  public Optional<Outlet> signOff(String line) {
    String t = line.strip();
    Outlet o = byByline.get(caseKey(t));
    return o != null ? Optional.of(o) : byExactClue(t);
  }

  private Optional<Outlet> byExactClue(String phrase) {
    String p = phrase.strip();
    if (p.isEmpty()) return Optional.empty();
    return Optional.ofNullable(byNameOrClue.get(caseKey(p)));
  }

  public Optional<Match> infer(String text, String url) {
    Optional<Outlet> fromUrl = byDomain(hostOf(url));
    if (fromUrl.isPresent()) return Optional.of(new Match(fromUrl.get(), "url " + url));

    Matcher via = VIA_LINE.matcher(text);
    while (via.find()) {
      Optional<Outlet> o = byClue(via.group(1));
      if (o.isPresent()) return Optional.of(new Match(o.get(), "via line"));
    }
    Matcher email = EMAIL_DOMAIN.matcher(text);
    while (email.find()) {
      Optional<Outlet> o = byDomain(email.group(1));
      if (o.isPresent()) return Optional.of(new Match(o.get(), "e-mail " + email.group()));
    }
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.length() > 60) continue;
      Outlet o = byByline.get(caseKey(t));
      if (o != null) return Optional.of(new Match(o, "byline " + t));
    }
    return Optional.empty();
  }

  /** An outlet named by the start of a phrase such as "ZeroHedge News" or "The Moscow Times". */
  private Optional<Outlet> byClue(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    Outlet best = null;
    int bestLength = -1;
    for (Outlet o : outlets) {
      for (String clue : o.clues()) {
        String c = clue.toLowerCase(Locale.ROOT);
        boolean wholeWords = p.equals(c) || p.startsWith(c + " ");
        if (wholeWords && c.length() > bestLength) {
          best = o;
          bestLength = c.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The host without "www.", of the archived page when {@code url} is an archive or cache copy. */
  public static String hostOf(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String host = URI.create(ArchiveUrls.original(url).replace(" ", "%20")).getHost();
      if (host == null) return null;
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
