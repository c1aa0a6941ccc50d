package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Huge inputs through ingestion: a 5 MB article and one with 100,000 quote marks are parsed
 * (a quadratic step would take hours at this size, so the generous timeout only catches that, not
 * a slow machine), and the per-article size limit holds for text and bytes alike.
 */
class HugeArticleTest {
  /** Far above what linear work needs (well under a second each), far below a quadratic blow-up. */
  private static final Duration LINEAR = Duration.ofSeconds(60);
  private static final ArticleParser PARSER = ArticleParser.load(ArticleParser.DEFAULT_MAX_BYTES);

  /** Crawled-looking news text of about {@code bytes} bytes: hard-wrapped lines, blank-line paragraphs, quotes. */
  static String newsText(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 200);
    int i = 0;
    while (sb.length() < bytes - 200) {
      String para = "Officials in Ankara said on day " + i + " that the talks with Moscow would continue, while the\n"
          + "ministry warned of \"serious consequences\" if the ceasefire in Idlib collapsed again. \"We\n"
          + "will not accept a new wave of refugees,\" the minister told reporters in session " + i + ".\n\n";
      sb.append(para);
      i++;
    }
    return sb.toString();
  }

  @Test
  void fiveMegabyteArticleIsParsedWhole() {
    String text = newsText(5_000_000);
    assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= ArticleParser.DEFAULT_MAX_BYTES);
    ParseResult r = assertTimeoutPreemptively(LINEAR, () -> PARSER.fromText("huge", text, Metadata.NONE));
    ParsedArticle a = assertInstanceOf(ParsedArticle.class, r);
    assertTrue(a.nWords() > 700_000, "words: " + a.nWords());
    // hard wraps rejoined: the wrapped sentence is one line in clean_text
    assertTrue(a.cleanText().contains("would continue, while the ministry warned"));
  }

  @Test
  void articleWithHundredThousandQuoteMarksIsParsed() {
    StringBuilder sb = new StringBuilder();
    int marks = 0;
    for (int i = 0; marks < 100_000; i++) {
      // mostly paired, every 50th left open, as in badly crawled text
      if (i % 50 == 0) {
        sb.append("He said \"the talks number ").append(i).append(" went well. ");
        marks += 1;
      } else {
        sb.append("\"Yes, number ").append(i).append(",\" Erdogan said.").append(i % 7 == 0 ? "\n\n" : " ");
        marks += 2;
      }
    }
    String text = sb.toString();
    ParseResult r = assertTimeoutPreemptively(LINEAR, () -> PARSER.fromText("quotes", text, Metadata.NONE));
    ParsedArticle a = assertInstanceOf(ParsedArticle.class, r);
    assertTrue(a.cleanText().chars().filter(c -> c == '"').count() >= 100_000);
  }

  @Test
  void sizeLimitHoldsForTextAndBytes() {
    String over = newsText((int) ArticleParser.DEFAULT_MAX_BYTES + 10_000);
    Rejection t = assertInstanceOf(Rejection.class, PARSER.fromText("over", over, Metadata.NONE));
    assertEquals(Rejection.Reason.TOO_LARGE, t.reason());
    Rejection b = assertInstanceOf(Rejection.class, PARSER.fromBytes("over", over.getBytes(StandardCharsets.UTF_8), Metadata.NONE));
    assertEquals(Rejection.Reason.TOO_LARGE, b.reason());
    // multi-byte text: the limit counts UTF-8 bytes, not characters
    String cyrillic = "Россия ".repeat((int) (ArticleParser.DEFAULT_MAX_BYTES / 13) + 1000);
    assertTrue(cyrillic.length() < ArticleParser.DEFAULT_MAX_BYTES);
    assertEquals(Rejection.Reason.TOO_LARGE, assertInstanceOf(Rejection.class, PARSER.fromText("ru", cyrillic, Metadata.NONE)).reason());
  }
}
