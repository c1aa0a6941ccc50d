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
}
