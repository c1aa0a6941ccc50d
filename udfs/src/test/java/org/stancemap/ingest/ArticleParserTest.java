package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.ingest.Rejection.Reason;

class ArticleParserTest {
  static final Path SAMPLES = Path.of("..", "data", "samples");
  final ArticleParser parser = ArticleParser.load(ArticleParser.DEFAULT_MAX_BYTES);

  static byte[] seed(String prefix) throws IOException {
    try (var files = Files.list(SAMPLES)) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readAllBytes(p);
    }
  }

  ParsedArticle parse(String seedPrefix) throws IOException {
    return assertInstanceOf(ParsedArticle.class, parser.fromBytes(seedPrefix + ".txt", seed(seedPrefix), Metadata.NONE));
  }

  @Test
  void hardLineWrapsInsideSentencesAreRejoinedButParagraphsStay() throws IOException {
    ParsedArticle a = parse("001");
    assertTrue(a.cleanText().contains("in a bid to ease tensions that have threatened to bring their two countries into direct conflict in Syria."),
        a.cleanText());
    assertTrue(a.cleanText().contains("Putin, Erdogan Seek to Ease Syria Tensions at High-Stakes Talks"));
    assertTrue(a.cleanText().contains("by opening Turkey's border with Greece to refugees and migrants."));
    assertTrue(a.cleanText().contains("conflict in Syria.\n\nTurkish President Recep Tayyip Erdogan said"));
    // the stored text is the article as read: its line wraps are still there
    assertTrue(a.text().contains("ease tensions that\nhave threatened"));
  }

  @Test
  void oneLinePerParagraphIsNotMistakenForWrapping() throws IOException {
    ParsedArticle a = parse("002");
    assertTrue(a.cleanText().contains("agreed upon after the six hour talks between Putin and Erdogan, per Middle East Eye:\n- Agreed"));
    assertTrue(a.cleanText().contains("a week ago, which killed at least 34 Turkish soldiers.\nHere are the three key points"));
  }

  @Test
  void tweetEmbedsAreKeptAndSharingBoilerplateGoes() throws IOException {
    ParsedArticle a = parse("002");
    assertTrue(a.cleanText().contains("while they chat to their bros\n— Rowland Manthorpe (@rowlsmanthorpe) March 5, 2020"), a.cleanText());
    assertFalse(a.cleanText().contains("pic.twitter.com"));
    assertFalse(a.cleanText().contains("https://ift.tt"));
    assertTrue(a.text().contains("via ZeroHedge News https://ift.tt/39viDUY"), "text keeps everything");
    ParsedArticle b = parse("004");
    assertFalse(b.cleanText().contains("Contact the writer"));
    ParsedArticle c = parse("001");
    assertFalse(c.cleanText().contains("Related article:"));
  }

  @Test
  void leadingDateMarkerIsTheDateAndLeavesTheCleanText() throws IOException {
    ParsedArticle a = parse("003");
    assertEquals(LocalDate.of(2020, 3, 5), a.published());
    assertEquals("text", a.publishedSource());
    assertTrue(a.cleanText().startsWith("Russian President Vladimir Putin"), a.cleanText().substring(0, 40));
  }

  @Test
  void manifestValuesWinOverClues() throws IOException {
    ParsedArticle a = assertInstanceOf(ParsedArticle.class, parser.fromBytes("003.txt", seed("003"),
        new Metadata("Los Angeles Times", null, "2020-03-06", null)));
    assertEquals("Los Angeles Times", a.outlet());
    assertEquals("manifest", a.outletSource());
    assertEquals("latimes.com", a.domain());
    assertEquals(LocalDate.of(2020, 3, 6), a.published());
    assertEquals("manifest", a.publishedSource());
  }

  @Test
  void outletIsInferredFromViaLineEmailAndUrlElseUnknown() throws IOException {
    ParsedArticle zh = parse("002");
    assertEquals("ZeroHedge", zh.outlet());
    assertEquals("inferred", zh.outletSource());
    assertEquals("zerohedge.com", zh.domain());
    ParsedArticle ibt = parse("004");
    assertEquals("International Business Times Australia", ibt.outlet());
    ParsedArticle none = parse("000");
    assertNull(none.outlet());
    assertEquals("unknown", none.outletSource());
    ParsedArticle byUrl = assertInstanceOf(ParsedArticle.class, parser.fromText("x", "Some text about Syria.",
        new Metadata(null, "https://www.latimes.com/world/2020/03/05/story", null, null)));
    assertEquals("Los Angeles Times", byUrl.outlet());
    assertEquals(LocalDate.of(2020, 3, 5), byUrl.published());
    assertEquals("url", byUrl.publishedSource());
  }

  @Test
  void datelineOnItsOwnLineIsRead() throws IOException {
    ParsedArticle zh = parse("002");
    assertEquals(LocalDate.of(2020, 3, 5), zh.published());
    assertEquals("text", zh.publishedSource());
    // dates inside sentences are about events, not publication
    ParsedArticle a = assertInstanceOf(ParsedArticle.class, parser.fromText("x",
        "The deal was signed on March 5, 2020 in Moscow.\nIt holds.", Metadata.NONE));
    assertNull(a.published());
  }

  @Test
  void titleFromManifestElseAHeadlineLikeFirstLine() throws IOException {
    ParsedArticle headed = assertInstanceOf(ParsedArticle.class, parser.fromText("x",
        "Russia and Turkey Agree on Idlib Truce\nMoscow and Ankara agreed on Thursday to stop fighting.", Metadata.NONE));
    assertEquals("Russia and Turkey Agree on Idlib Truce", headed.title());
    assertNull(parse("003").title(), "a first sentence is not a headline");
  }

  @Test
  void articleIdSurvivesReCrawlDifferences() {
    String a = "Putin met Erdogan in Moscow. They agreed\non a ceasefire in Idlib.\n\nRelated article: Something else\n";
    String b = "Putin met Erdogan in Moscow.   They agreed on a ceasefire in Idlib.\r\n\r\nShare this article\r\n";
    ParsedArticle pa = assertInstanceOf(ParsedArticle.class, parser.fromText("a", a, Metadata.NONE));
    ParsedArticle pb = assertInstanceOf(ParsedArticle.class, parser.fromText("b", b, Metadata.NONE));
    assertEquals(pa.articleId(), pb.articleId());
    ParsedArticle other = assertInstanceOf(ParsedArticle.class, parser.fromText("c", a.replace("Idlib", "Aleppo"), Metadata.NONE));
    assertFalse(pa.articleId().equals(other.articleId()));
    assertEquals(16, pa.articleId().length());
  }

  /**
   * {@code text} with each paragraph (blank-line separated) wrapped again at {@code width}, as a
   * re-crawl through another crawler or mail client would; with {@code hyphenate}, a long word that
   * does not fit is split at the line end with a hyphen.
   */
  static String rewrap(String text, int width, boolean hyphenate) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n\\s*\n")) {
      if (paragraph.isBlank()) continue;
      if (out.length() > 0) out.append("\n\n");
      int col = 0;
      for (String w : paragraph.strip().split("\\s+")) {
        if (col > 0 && col + 1 + w.length() > width) {
          int k = width - col - 2; // letters that fit before a hyphen
          if (hyphenate && k >= 3 && w.length() - k >= 3 && w.chars().allMatch(Character::isLetter)) {
            out.append(' ').append(w, 0, k).append("-\n");
            w = w.substring(k);
          } else {
            out.append('\n');
          }
          col = 0;
        } else if (col > 0) {
          out.append(' ');
          col++;
        }
        out.append(w);
        col += w.length();
      }
    }
    return out.append('\n').toString();
  }

  @Test
  void articleIdSurvivesRewrapsThatSplitBoilerplateLinesAndHyphenateWords() throws IOException {
    String original = new String(seed("001"), StandardCharsets.UTF_8);
    assertTrue(original.contains("\nRelated article: Russia and Turkey Search for the Endgame in Syria, With or Without Assad\n"));
    String id = assertInstanceOf(ParsedArticle.class, parser.fromText("a", original, Metadata.NONE)).articleId();
    String wide = rewrap(original, 1_000, false), narrow = rewrap(original, 60, false), hyphenated = rewrap(original, 72, true);
    assertTrue(narrow.contains("Related article: Russia and Turkey Search for the Endgame in\nSyria, With or Without Assad"), narrow);
    assertTrue(hyphenated.matches("(?s).*\\p{L}-\n\\p{L}.*"), "a word hyphenated at a line end");
    for (String recrawl : List.of(wide, narrow, hyphenated, rewrap(original, 50, true))) {
      ParsedArticle a = assertInstanceOf(ParsedArticle.class, parser.fromText("b", recrawl, Metadata.NONE));
      assertFalse(a.cleanText().contains("With or Without Assad"), "the boilerplate line goes whole: " + a.cleanText());
      assertEquals(id, a.articleId(), recrawl);
    }
    String edited = narrow.replace("Idlib", "Aleppo");
    assertFalse(edited.equals(narrow));
    assertFalse(id.equals(assertInstanceOf(ParsedArticle.class, parser.fromText("c", edited, Metadata.NONE)).articleId()));
    // the hyphens the id ignores are those inside and at the end of words, not the words
    assertEquals(ArticleParser.idForm("International, well-known"), ArticleParser.idForm("inter-\nnational, well-\n known"));
    assertEquals(ArticleParser.idForm("soft hyphen"), ArticleParser.idForm("soft hy\u00ADphen"));
    assertFalse(ArticleParser.idForm("S-400 in 2019 - 2020").equals(ArticleParser.idForm("S400 in 20192020")));
  }

  @Test
  void textIsNfcNormalised() {
    ParsedArticle a = assertInstanceOf(ParsedArticle.class, parser.fromText("x", "Türkiye and Tu\u0308rkiye.", Metadata.NONE));
    assertEquals("Türkiye and Türkiye.", a.text());
  }

  @Test
  void wordsAreCounted() {
    assertEquals(6, ArticleParser.countWords("Turkey's S-400 deal, signed in 2019."));
  }

  @Test
  void badInputIsRejectedWithItsReason() {
    assertReject(Reason.EMPTY, parser.fromBytes("e", new byte[0], Metadata.NONE));
    assertReject(Reason.EMPTY, parser.fromBytes("w", " \n\t\n".getBytes(StandardCharsets.UTF_8), Metadata.NONE));
    assertReject(Reason.BINARY, parser.fromBytes("b", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}, Metadata.NONE));
    assertReject(Reason.INVALID_UTF8, parser.fromBytes("l", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), Metadata.NONE));
    assertReject(Reason.MISSING_TEXT, parser.fromText("j", null, Metadata.NONE));
    ArticleParser small = ArticleParser.load(100);
    Rejection big = assertReject(Reason.TOO_LARGE, small.fromBytes("big", "x".repeat(101).getBytes(StandardCharsets.UTF_8), Metadata.NONE));
    assertTrue(big.detail().contains("101 bytes"), big.detail());
    assertReject(Reason.TOO_LARGE, small.fromText("big", "é".repeat(60), Metadata.NONE));
    assertTrue(big.message().startsWith("rejected big: too_large"));
  }

  @Test
  void utf16IsDecodedWithAByteOrderMarkAndRejectedWithoutOne() {
    String text = "Erdo\u011fan met Putin in Moscow. \u041f\u0443\u0442\u0438\u043d \uD83D\uDE00 said so.";
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] mark = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] body = text.getBytes(cs), withMark = java.util.Arrays.copyOf(mark, 2 + body.length);
      System.arraycopy(body, 0, withMark, 2, body.length);
      ParsedArticle a = assertInstanceOf(ParsedArticle.class, parser.fromBytes("x", withMark, Metadata.NONE));
      assertEquals(text, a.text(), cs.name());
      Rejection r = assertReject(Reason.UTF16, parser.fromBytes("y", body, Metadata.NONE));
      assertTrue(r.detail().contains("without a byte-order mark") && r.detail().contains(cs == StandardCharsets.UTF_16LE ? "little" : "big"), r.detail());
      assertTrue(r.message().startsWith("rejected y: utf16 ("), r.message());
      assertReject(Reason.UTF16, parser.fromBytes("z", java.util.Arrays.copyOf(withMark, withMark.length - 1), Metadata.NONE));
    }
    // an unpaired surrogate after a mark
    assertReject(Reason.UTF16, parser.fromBytes("s", new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xD8, 'B', 0}, Metadata.NONE));
    // binary files are still binary, UTF-8 text is still text
    assertReject(Reason.BINARY, parser.fromBytes("b", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9}, Metadata.NONE));
    assertInstanceOf(ParsedArticle.class, parser.fromBytes("u", text.getBytes(StandardCharsets.UTF_8), Metadata.NONE));
  }

  static Rejection assertReject(Reason reason, ParseResult r) {
    Rejection rej = assertInstanceOf(Rejection.class, r);
    assertEquals(reason, rej.reason(), rej.detail());
    return rej;
  }
}
