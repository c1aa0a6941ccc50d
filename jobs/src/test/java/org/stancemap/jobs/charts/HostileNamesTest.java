package org.stancemap.jobs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.stancemap.jobs.ConsoleText;

/** Outlet and speaker names with code points XML 1.0 forbids, and control characters. */
class HostileNamesTest {
  static final String NAME = "Out\uFFFFlet\u0001 \uD800News\u001B[2J\uFFFE";

  @Test
  void chartTextIsValidXmlWhateverTheNamesHold() throws Exception {
    String svg = new Drawing(200, 100).text(NAME, 10, 20, 12, false, Color.BLACK, Drawing.Anchor.START)
        .text("Speaker \uD83D\uDE00 \u00e9", 10, 40, 12, true, Color.BLACK, Drawing.Anchor.END).toSvg();
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    var texts = doc.getElementsByTagName("text");
    assertEquals("Out\uFFFDlet  \uFFFDNews [2J\uFFFD", texts.item(0).getTextContent());
    assertEquals("Speaker \uD83D\uDE00 \u00e9", texts.item(1).getTextContent(), "valid characters beyond the BMP are kept");
  }

  @Test
  void namesOnTheConsoleHaveNoControlCharacters() {
    String clean = ConsoleText.clean(NAME + "\nforged line\r");
    assertEquals("Out?let? ?News?[2J??forged line?", clean);
    assertTrue(clean.codePoints().noneMatch(Character::isISOControl));
    assertEquals("Lavrov — Лавров \uD83D\uDE00", ConsoleText.clean("Lavrov — Лавров \uD83D\uDE00"));
  }

  /** Laying out a name: a legend entry, a heatmap label and a wrapped note that holds it. */
  private static int layOut(String name) {
    Drawing d = new Drawing(600, 200);
    Charts.label(d, name, 220, 10, 20, Charts.LABEL, false, Color.BLACK, Drawing.Anchor.START);
    return Charts.wrap("Low support: " + name + " and others.", 560, Charts.SUBTITLE, 4).size() + Charts.ellipsize(name, 150, Charts.LABEL).length();
  }

  /** Milliseconds of one lay-out of {@code name}: the fastest of five. */
  private static double millis(String name) {
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long t0 = System.nanoTime();
      assertTrue(layOut(name) > 0);
      best = Math.min(best, (System.nanoTime() - t0) / 1e6);
    }
    return best;
  }

  /**
   * A 64k-character outlet name (one word, words, combining marks) costs what a 16k one does, not
   * 16 times as much (it took 52 s when labels were shortened one character at a time): names are
   * cut to {@link Charts#DISPLAY_CHARS} before anything is measured.
   */
  @Test
  void longNamesAreLaidOutInBoundedTime() {
    String[] units = {"x", "Outlet ", "e\u0301\u0301"};
    for (int warm = 0; warm < 3; warm++) for (String unit : units) { layOut(unit.repeat(16_384 / unit.length())); layOut(unit.repeat(65_536 / unit.length())); }
    for (String unit : units) {
      String small = unit.repeat(16_384 / unit.length()), large = unit.repeat(65_536 / unit.length());
      double ratio = Double.MAX_VALUE, s = 0, l = 0;
      for (int attempt = 0; attempt < 2 && ratio > 6; attempt++) {
        s = millis(small);
        l = millis(large);
        ratio = Math.min(ratio, l / s);
      }
      System.out.printf("chart labels of \"%s\" x%d: %.2f ms, x4: %.2f ms, ratio %.1f%n", unit, small.length() / unit.length(), s, l, ratio);
      assertTrue(ratio <= 6, "4x the name took " + ratio + "x the time");
    }
  }

  @Test
  void aShortenedNameKeepsItsFullTextInTheTitle() throws Exception {
    String name = "Outlet " + "very long name ".repeat(5_000) + "<end>";
    Drawing d = new Drawing(600, 100);
    Charts.label(d, name, 220, 10, 20, Charts.LABEL, false, Color.BLACK, Drawing.Anchor.START);
    Charts.label(d, "Short", 220, 10, 40, Charts.LABEL, false, Color.BLACK, Drawing.Anchor.START);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(d.toSvg().getBytes(StandardCharsets.UTF_8)));
    var texts = doc.getElementsByTagName("text");
    var titles = doc.getElementsByTagName("title");
    assertEquals(1, titles.getLength(), "only the shortened label has a title");
    assertEquals(name, titles.item(0).getTextContent());
    String shown = texts.item(0).getTextContent().substring(name.length());
    assertTrue(shown.startsWith("Outlet very") && shown.endsWith("…"), shown);
    assertTrue(Drawing.textWidth(shown, Charts.LABEL, false) <= 220, shown);
    assertEquals("Short", texts.item(1).getTextContent());
  }
}
