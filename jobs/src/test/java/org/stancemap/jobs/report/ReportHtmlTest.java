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
  void pageHasAStrictContentSecurityPolicyAndNoScript() {
    String page = ReportHtml.render(new ReportHtml.Model("<run>", List.of("<x>"), List.of(), List.of(), List.of()));
    assertTrue(page.contains("Content-Security-Policy"));
    assertTrue(page.contains("default-src 'none'"));
    assertFalse(page.toLowerCase().contains("<script"));
    assertTrue(page.contains("&lt;run&gt;"));
  }
}
