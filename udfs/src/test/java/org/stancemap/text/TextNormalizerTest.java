package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  /** The specification of tidyWhitespace, as the four regular expressions it once ran. */
  private static String reference(String text) {
    String s = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]").matcher(text).replaceAll("");
    s = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+").matcher(s).replaceAll(" ");
    s = Pattern.compile(" +\n").matcher(s).replaceAll("\n");
    s = Pattern.compile("\n{3,}").matcher(s).replaceAll("\n\n");
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) out.append(line.strip()).append('\n');
    return out.toString().strip();
  }

  @Test
  void tidyWhitespaceExamples() {
    assertEquals("a b\n\nc", TextNormalizer.tidyWhitespace("  a \t\u00A0 b  \n\n\n\n  c \u200B"));
    assertEquals("Erdogan", TextNormalizer.withoutDiacritics("Erdoğan"));
    assertEquals("Putin", TextNormalizer.withoutDiacritics("Putin"));
  }

  @Test
  void tidyWhitespaceMatchesItsSpecificationOnRandomText() {
    char[] alphabet = {'a', 'b', '.', ' ', ' ', '\t', '\n', '\n', '\u000B', '\f', '\u00A0', '\u2003', '\u202F', '\u3000',
        '\u200B', '\u00AD', '\uFEFF', '\u2028', '\u001C', '\u1680', '\u0085'};
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(30);
      for (int i = 0; i < len; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
      String text = b.toString();
      assertEquals(reference(text), TextNormalizer.tidyWhitespace(text), () -> "input: " + text.chars()
          .mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
    }
  }
}
