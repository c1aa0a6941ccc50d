package org.stancemap.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises sharing and site boilerplate lines, from the patterns in {@code data/boilerplate.tsv}. */
public final class Boilerplate {
  /** Image links that tweet embeds leave inside the tweet's text. */
  private static final Pattern PIC_LINK = Pattern.compile("\\s*\\bpic\\.twitter\\.com/\\w+");

  private final List<Pattern> patterns;
  private final List<String> names;

  public Boilerplate(List<String> names, List<Pattern> patterns) {
    this.names = List.copyOf(names);
    this.patterns = List.copyOf(patterns);
  }

  public static Boilerplate load() {
    List<String> names = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    for (String[] row : DataFiles.tsv("boilerplate.tsv")) {
      if (row[0].equals("name")) continue;
      names.add(row[0]);
      patterns.add(Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return new Boilerplate(names, patterns);
  }

  /**
   * The pattern of dated timestamp lines ("Published 9:14 p.m. ET ... | Updated ..."): a line the sentence splitter
   * cuts into pieces at "p.m." is furniture as a whole, where other patterns ("Click here ...") judge only their own
   * sentence.
   */
  public static final String TIMESTAMP = "timestamp";

  /** The name of the pattern a line matches, or null when it is article content. */
  public String match(String line) {
    String t = line.strip();
    if (t.isEmpty()) return null;
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(t).matches()) return names.get(i);
    }
    return null;
  }

  /**
   * The text without boilerplate lines and without embedded picture links. In a hard-wrapped text
   * ({@link HardWraps#wrapWidth}) a boilerplate line that reaches the wrap column goes with the lines
   * that continue it, so a re-crawl wrapped at another width ("Related article: ... Search for
   * the" / "Endgame in Syria") leaves no tail of it behind.
   */
  public String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    int width = HardWraps.wrapWidth(lines);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (match(line) != null) {
        while (width > 0 && i + 1 < lines.length && HardWraps.wrappedBreak(lines[i], lines[i + 1], width - HardWraps.NEAR_WIDTH)) i++;
        continue;
      }
      out.append(PIC_LINK.matcher(line).replaceAll("")).append('\n');
    }
    if (out.length() > 0) out.setLength(out.length() - 1);
    return out.toString();
  }
}
