package org.stancemap.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
  @Test
  void escapesMarkupAndQuotes() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; &#96;z&#96;",
        ReportHtml.escape("<script>alert(\"x\")</script> & 'y' `z`"));
    assertEquals("", ReportHtml.escape(null));
  }

  @Test
  void linksOnlyToHttpUrls() {
    assertEquals("https://example.org/a?b=1", ReportHtml.safeHref(" https://example.org/a?b=1 "));
    assertEquals("http://example.org/a%20b%22c", ReportHtml.safeHref("http://example.org/a b\"c"));
    for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:x", "//evil.example/x",
        "/relative/path", "https:///nohost", "\"><img src=x onerror=alert(1)>")) {
      assertNull(ReportHtml.safeHref(bad), bad);
    }
  }

  @Test
  void highlightsEvidenceWordsAsWholeWordsAndEscapesTheRest() {
    assertEquals("Russia is a <mark>Good</mark> partner, not goodness &lt;b&gt;",
        ReportHtml.highlight("Russia is a Good partner, not goodness <b>", List.of("good")));
    assertEquals("a &lt;b&gt;<mark>bad</mark>&lt;/b&gt; deal", ReportHtml.highlight("a <b>bad</b> deal", List.of("bad")));
    assertEquals("a &lt;b&gt;bad&lt;/b&gt; deal", ReportHtml.highlight("a <b>bad</b> deal", List.of("</mark>x")));
    assertEquals("plain &amp; simple", ReportHtml.highlight("plain & simple", List.of()));
    assertEquals("very <mark>bad news</mark> today", ReportHtml.highlight("very bad news today", List.of("bad", "bad news")));
  }

  @Test
  void pageHasAStrictContentSecurityPolicyThatAllowsOnlyItsOwnScriptAndStyle() throws Exception {
    String page = ReportHtml.render(new ReportHtml.Model("<run>", List.of(new ReportHtml.Fact("<x>", "<y>")), List.of(),
        null, List.of(), List.of(), List.of(), "note", List.of()));
    assertTrue(page.contains("Content-Security-Policy"));
    assertTrue(page.contains("default-src 'none'"));
    assertFalse(page.contains("unsafe-inline"));
    String script = page.substring(page.indexOf("<script>") + 8, page.lastIndexOf("</script>"));
    assertEquals(ReportHtml.SCRIPT, script);
    String hash = "'sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
        .getInstance("SHA-256").digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8))) + "'";
    assertTrue(page.contains("script-src " + hash + ";"), "the script allowed by its hash");
    String style = page.substring(page.indexOf("<style>") + 7, page.indexOf("</style>"));
    assertTrue(page.contains("style-src " + StatementTable.hashSource(style) + ";"), "the style sheet by its hash");
    assertTrue(page.contains("&lt;run&gt;") && page.contains("<dt>&lt;x&gt;</dt><dd>&lt;y&gt;</dd>"));
  }

  @Test
  void statementJsonCannotLeaveItsScriptBlock() throws Exception {
    String evil = "</script><img src=x onerror=alert(1)> <b>bold</b> <!-- & \u2028\u2029 \"q\" \\";
    String json = StatementTable.json(List.of(new StatementTable.Statement("Out<let>", "Russia", null, "outlet", null,
        "narrative", -0.5, "neg", "2020-03-01", evil, "javascript:alert(1)", "<i>t</i>", "/home/me/crawl/x.txt",
        List.of("<b>"))));
    for (String bad : List.of("<", ">", "&", "\u2028", "\u2029")) assertFalse(json.contains(bad), bad);
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    var row = node.path("rows").get(0);
    assertEquals(StatementTable.FIELDS.size(), row.size());
    assertEquals(evil, row.get(StatementTable.FIELDS.indexOf("text")).asText(), "the same text back");
    assertEquals("Out<let>", row.get(0).asText());
    assertEquals("(own voice)", row.get(StatementTable.FIELDS.indexOf("speaker")).asText());
    assertTrue(row.get(StatementTable.FIELDS.indexOf("url")).isNull(), "no javascript: link");
    assertEquals("x.txt", row.get(StatementTable.FIELDS.indexOf("file")).asText(), "the file's name, not its path");
    assertEquals("x.txt", StatementTable.fileName("file:/home/me/crawl/x.txt"));
    assertEquals("y.jsonl", StatementTable.fileName("C:\\data\\y.jsonl"));
  }
}
