package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.schema.AggregateColumns;

/**
 * The whole back end (aggregate → charts → report) on a fixture whose articles, speakers,
 * outlets, urls and even a target name carry HTML/JS injection attempts; the report must show
 * them as text. With Chromium installed, the page is opened headless.
 */
class ReportJobTest {
  static SparkSession spark;
  @TempDir static Path out;
  static Path page;
  static String html;

  static final String EVIL_OUTLET = "<script>document.title='pwned'</script>Evil News";
  static final String EVIL_TITLE = "\"><img src=x onerror=\"document.title='pwned'\">";
  static final String EVIL_SPEAKER = "<b onmouseover=alert(1)>Bad Guy</b>";
  static final String EVIL_AFFILIATION = "<iframe src=\"javascript:alert(1)\"></iframe>";
  static final String EVIL_TARGET = "<svg onload=alert(1)>";
  static final String EVIL_TEXT = "Russia </blockquote><script>alert('x')</script> is terrible "
      + "\"><img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">click</a> "
      + "</script><img src=x onerror=alert(1)> <!-- \u2028 \u2029 --> & more";
  static final String B_TEXT = "Turkey is <b>wonderful</b> & Russia is 'kind'";
  /** The speaker mention of B_TEXT's quote in the article: highlighted, so inside a mark element. */
  static final String EVIL_MENTION = "<b onmouseover=alert(1)>Bad \"Guy\"</b></script><script>alert('x')</script>"
      + "<img src=x onerror=alert(1)>";
  /** The quote with its cue and speaker mention, as the article has it and the table shows it. */
  static final String B_SENTENCE = "\"" + B_TEXT + ",\" said " + EVIL_MENTION + " on Monday.";

  @BeforeAll
  static void buildReport() throws Exception {
    spark = SparkSessions.create("local[2]", "ReportJobTest");
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    Fixtures f = Fixtures.small(1);
    f.article("evil", EVIL_OUTLET, "2020-03-03", "javascript:alert(document.cookie)", EVIL_TITLE,
            EVIL_TEXT + "\n\n" + B_SENTENCE)
        .narrative("evil", "s1", EVIL_TEXT)
        .statement("evil", "s2", "direct", B_TEXT, EVIL_SPEAKER, "bad",
            "person", EVIL_AFFILIATION)
        .provenance("quote-cue-speaker", "said", EVIL_MENTION, 0.95)
        .tone("evil", "s1", "Russia", -0.8, "terrible", "<script>")
        .tone("evil", "s2", "Russia", 0.6, "kind")
        .tone("evil", "s2", EVIL_TARGET, 0.3, "wonderful");
    f.article("quoted-url", "Gamma", "2020-03-05", "https://gamma.example/a?x=1&y=\"2\"", "Gamma's story", "t")
        .narrative("quoted-url", "s1", "Syria was calm.")
        .tone("quoted-url", "s1", "Syria", 0.4, "calm");
    // a file: URI, as a cluster user gives hdfs://...: the charts and the page go through Hadoop's
    // file system like the tables, not through java.nio
    String o = out.toUri().toString();
    f.articles(spark).write().parquet(o + "/articles");
    f.statements(spark).write().parquet(o + "/statements");
    f.tone(spark).write().parquet(o + "/tone");
    // the whole-table stages as a run chains them, with one minimum support for tables and charts
    List<String> written = Pipeline.rebuild(spark, new Pipeline.Options(List.of(), o, 1, ToneJob.Config.defaults(),
        new AggregateJob.Options(MIN_SUPPORT, null)), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    page = Path.of(java.net.URI.create(written.get(2)));
    html = Files.readString(page);
  }

  /** Not the default (5): the tables and the charts must both use it. */
  static final int MIN_SUPPORT = 3;

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static final List<String> CHARTS = List.of("coverage_by_outlet", "coverage_over_time", "tone_by_outlet",
      "own_vs_quoted", "tone_by_speaker", "stance_matrix", "tone_over_time");

  @Test
  void writesTablesChartsAndReport() throws Exception {
    try (var files = Files.list(out.resolve(ChartsJob.DIR))) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") || n.endsWith(".crc")).toList(),
          "no temporary or checksum files beside the charts");
    }
    for (String t : AggregateColumns.TABLES) {
      assertTrue(spark.read().parquet(out.resolve(AggregateColumns.DIR).resolve(t).toString()).count() > 0, t);
    }
    for (String c : CHARTS) {
      assertTrue(Files.size(out.resolve("charts").resolve(c + ".png")) > 1000, c);
      assertTrue(Files.size(out.resolve("charts").resolve(c + ".svg")) > 1000, c);
    }
    assertEquals(out.resolve("report").resolve("index.html"), page);
    assertEquals(CHARTS.size(), count(html, "<svg class=\"chart\""), "every chart inline as SVG");
    assertEquals(0, count(html.toLowerCase(Locale.ROOT), "<img"), "no images: charts are SVG");
    // up front: scorer, corpus, minimum support, before the first chart
    int firstChart = html.indexOf("<svg");
    for (String fact : List.of("<dt>Tone scorer</dt><dd>fixture</dd>", "6 articles from 4 outlets, published 2020-03-02 to "
        + "2020-03-09 (1 undated)", "<dt>Minimum support</dt><dd>" + MIN_SUPPORT + " articles")) {
      assertTrue(html.indexOf(fact) > 0 && html.indexOf(fact) < firstChart, fact);
    }
    // sections in the order a reader asks
    int last = -1;
    for (String id : List.of("chart-coverage_by_outlet", "chart-coverage_over_time", "chart-own_vs_quoted",
        "class=\"gaps\"", "class=\"quotes\"", "chart-stance_matrix", "id=\"statements\"", "id=\"tables\"")) {
      int at = html.indexOf(id);
      assertTrue(at > last, id + " after the previous section");
      last = at;
    }
    // the statements: a url as the link, else the file's name, never its folder
    assertTrue(html.contains("\"https://alpha.example/a1\""), "link back to the article");
    assertTrue(html.contains("\"a2.txt\"") && !html.contains("data/a2.txt") && !html.contains("data/evil.txt"),
        "the file's name, not its path");
    assertTrue(html.contains("https://gamma.example/a?x=1\\u0026y=%222%22"), "url made safe, then escaped for the script block");
    // who is quoted: Alpha quotes Putin in 2 of its 4 quoted statement × target units (one speaker id, two spellings)
    assertTrue(html.matches("(?s).*<td>Alpha</td><td class=\"num\">4 <span class=\"n\">\\(2 speakers\\)</span>.*"
        + "<span class=\"pc\">50%</span> (Vladimir Putin|Putin) <span class=\"n\">RU gov</span>.*"), "Alpha's quotes");
    // no example boxes any more
    assertFalse(html.contains("class=\"pair\""));
  }

  @Test
  void theGapBetweenOwnAndQuotedVoicesHasAClusterInterval() {
    // Alpha toward Russia: own −0.5 (a1), 0.0 (a2); quoted +0.5 (a1), +1.0 (a2), −1.0 (a3)
    String row = html.lines().filter(l -> l.contains("<td>Alpha</td><td>Russia</td>")).findFirst().orElseThrow();
    assertTrue(row.contains("−0.25 <span class=\"n\">(2 articles)</span>"), row);
    assertTrue(row.contains("+0.17 <span class=\"n\">(3 articles)</span>"), row);
    assertTrue(row.contains("<td class=\"num gap\">−0.42</td>"), row);
    assertTrue(row.endsWith("<td>low</td></tr>"), "own voice has 2 articles, under the minimum support of 3: " + row);
  }

  @Test
  void theStatementSampleIsCappedPerOutletMostRecentFirst() {
    String o = out.toUri().toString();
    var units = AggregateJob.units(spark.read().parquet(o + "/articles"), spark.read().parquet(o + "/statements"),
        spark.read().parquet(o + "/tone"));
    var corpus = org.stancemap.jobs.report.ReportQueries.corpus(spark.read().parquet(o + "/articles"),
        spark.read().parquet(o + "/statements"), spark.read().parquet(o + "/tone"), units);
    assertEquals(9, corpus.mentioning());
    var sample = org.stancemap.jobs.report.ReportQueries.sample(units, spark.read().parquet(o + "/articles"),
        spark.read().parquet(o + "/statements"), 1, corpus.mentioning());
    assertEquals(4, sample.shownStatements(), "one statement for each of the 4 outlets");
    assertEquals(9, sample.totalStatements());
    List<String> alpha = sample.rows().stream().filter(r -> "Alpha".equals(r.getAs(AggregateColumns.OUTLET)))
        .map(r -> r.<String>getAs("article_id") + "/" + r.getAs(AggregateColumns.TARGET)).toList();
    assertEquals(List.of("a3/Russia", "a3/Turkey"), alpha, "Alpha's most recent statement, with each target it mentions");
    assertEquals(20, new ReportJob.Options(100, 5000, 300).perOutlet(250), "the cap shares itself among outlets");
    assertEquals(100, new ReportJob.Options(100, 5000, 300).perOutlet(3));
    assertEquals(1, new ReportJob.Options(100, 10, 300).perOutlet(250));
    assertTrue(html.contains("All 9 statements that mention a target"), "the page says how many it shows");
  }

  @Test
  void tablesAndChartsShareTheRunsMinimumSupport() throws Exception {
    List<Row> byOutlet = spark.read().parquet(out.resolve(AggregateColumns.DIR).resolve(AggregateColumns.BY_OUTLET)
        .toString()).collectAsList();
    for (Row r : byOutlet) {
      long articles = ((Number) r.getAs(AggregateColumns.N_ARTICLES)).longValue();
      assertEquals(articles < MIN_SUPPORT, r.getAs(AggregateColumns.LOW_SUPPORT), r.toString());
    }
    assertTrue(byOutlet.stream().anyMatch(r -> !(Boolean) r.getAs(AggregateColumns.LOW_SUPPORT)), "Alpha has 3 articles");
    for (String c : List.of("tone_by_outlet", "stance_matrix", "tone_over_time")) {
      String text = ChartsJobTest.textOf(Files.readString(out.resolve(ChartsJob.DIR).resolve(c + ".svg")));
      assertTrue(text.contains("fewer than " + MIN_SUPPORT + " articles"), c);
    }
  }

  @Test
  void everyAggregateTableIsShownWithItsFlagsAsWords() {
    for (String t : AggregateColumns.TABLES) assertTrue(html.contains("id=\"table-" + t + "\""), t);
    assertTrue(html.contains("<th>share_of_outlet_statements</th>"));
    assertTrue(html.contains("<th>ci_widened</th>") && html.contains("<th>share_neu</th>"));
    // by_date: months first, the overview over time
    assertTrue(html.indexOf("<td>month</td>") >= 0 && html.indexOf("<td>month</td>") < html.indexOf("<td>week</td>"));
    assertEquals("low", ReportJob.cell(AggregateColumns.LOW_SUPPORT, true));
    assertEquals("widened", ReportJob.cell(AggregateColumns.CI_WIDENED, true));
    assertEquals("", ReportJob.cell(AggregateColumns.CI_WIDENED, false));
    assertEquals(0.5, ReportJob.cell(AggregateColumns.MEAN_SCORE, 0.5));
  }

  @Test
  void untrustedTextIsNeverLiveMarkup() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertEquals(2, count(lower, "<script"), "the JSON data block and the page's own script");
    assertEquals(1, count(lower, "<script type=\"application/json\" id=\"statements-data\">"));
    assertEquals(2, count(lower, "</script"), "no text closes a script element");
    assertFalse(lower.contains("<iframe"), "no iframe");
    assertEquals(CHARTS.size(), count(lower, "<svg"), "only the charts' svg, none from data");
    assertFalse(lower.contains("<b onmouseover"), "no speaker markup");
    assertFalse(lower.contains("<b>"), "no bold from a statement");
    assertFalse(lower.contains("</blockquote><script"), "statement text cannot close its container");
    assertFalse(html.contains("\u2028") || html.contains("\u2029"), "line separators escaped");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      String h = hrefs.group(1);
      assertTrue(h.startsWith("#") || h.startsWith("https://") || h.startsWith("http://"), "href " + h);
    }
    // every tag attribute that starts with "on" would be an event handler
    Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    while (tags.find()) {
      assertFalse(Pattern.compile("\\s on[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(tags.group().replace(" ", "  ")).find()
          && !tags.group().startsWith("<meta"), "event handler in " + tags.group());
    }
    // the text is there, escaped (markup) or \\u-escaped (the statements' JSON)
    assertTrue(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;Evil News"));
    assertTrue(html.contains("\\u003cb onmouseover=alert(1)\\u003eBad Guy\\u003c/b\\u003e"));
    assertTrue(html.contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"));
    assertTrue(html.contains(EVIL_MENTION.replace("\"", "\\\"").replace("<", "\\u003c").replace(">", "\\u003e")), "the highlighted speaker mention, escaped");
    assertFalse(html.contains("javascript:alert(document.cookie)"), "a javascript: url is dropped");
    assertFalse(html.contains("href=\"javascript"));
    // the policy: no 'unsafe-inline' script, the one script allowed by its hash
    Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
    assertTrue(csp.find());
    assertTrue(csp.group(1).startsWith("default-src 'none';"), csp.group(1));
    assertTrue(csp.group(1).matches(".*script-src 'sha256-[A-Za-z0-9+/=]{44}';.*"), csp.group(1));
    assertFalse(csp.group(1).contains("unsafe"), csp.group(1));
  }

  @Test
  void inHeadlessChromiumTheFilterWorksTheTextStaysTextAndTheChartsAreLegible() throws Exception {
    if (!HeadlessChromium.available()) {
      String msg = "Chromium not found at " + HeadlessChromium.BINARY + ": run scripts/install-chromium";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg);
      Assumptions.assumeTrue(false, msg + " (skipped; fails when CI=true)");
    }
    ObjectMapper json = new ObjectMapper();
    try (HeadlessChromium chromium = new HeadlessChromium()) {
      chromium.open(page);
      JsonNode dom = json.readTree(chromium.evaluate("JSON.stringify({"
          + "title: document.title,"
          + "scripts: Array.from(document.scripts).map(s => s.type),"
          + "injected: document.querySelectorAll('img,iframe,object,embed,form,base,b,main svg svg').length,"
          + "handlers: Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)"
          + "  .filter(a => a.name.toLowerCase().startsWith('on')).map(a => e.tagName + ' ' + a.name)),"
          + "hrefs: Array.from(document.querySelectorAll('[href]')).map(e => e.href),"
          + "rows: document.querySelectorAll('#statements tbody tr').length,"
          + "texts: Array.from(document.querySelectorAll('#statements td.text')).map(td => td.textContent),"
          + "marks: document.querySelectorAll('#statements mark').length,"
          + "charts: Array.from(document.querySelectorAll('svg.chart')).map(s => s.getBoundingClientRect().width"
          + "  / s.viewBox.baseVal.width),"
          + "fonts: Array.from(document.querySelectorAll('svg.chart text')).map(t => {"
          + "  const svg = t.ownerSVGElement; const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
          + "  return parseFloat(getComputedStyle(t).fontSize) * scale; }),"
          + "heights: Array.from(document.querySelectorAll('svg.chart text')).filter(t => t.textContent.trim() && !t.hasAttribute('transform'))"
          + "  .map(t => t.getBoundingClientRect().height)"
          + "})").asText());
      assertEquals("stancemap report", dom.path("title").asText(), "no injected script ran");
      assertEquals("[\"application/json\",\"\"]", dom.path("scripts").toString(), "the data block and the page's script");
      assertEquals(0, dom.path("injected").asInt(), "no element from article text");
      assertEquals(0, dom.path("handlers").size(), dom.path("handlers").toString());
      for (JsonNode h : dom.path("hrefs")) {
        String href = h.asText();
        assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.contains("#"), href);
      }
      assertEquals(11, dom.path("rows").asInt(), "every statement × target of the fixture");
      List<String> texts = new java.util.ArrayList<>();
      dom.path("texts").forEach(t -> texts.add(t.asText()));
      assertTrue(texts.contains(EVIL_TEXT), "the article text as text, character for character");
      assertTrue(texts.contains(B_SENTENCE), "<b> shown, not applied; the quote with its cue and speaker mention");
      assertTrue(dom.path("marks").asInt() > 0, "evidence words marked");
      for (JsonNode scale : dom.path("charts")) assertEquals(1.0, scale.asDouble(), 0.01, "charts shown at the width drawn");
      double smallest = 99;
      for (JsonNode f : dom.path("fonts")) smallest = Math.min(smallest, f.asDouble());
      assertTrue(smallest >= 11, "smallest chart text " + smallest + " px");
      for (JsonNode hgt : dom.path("heights")) assertTrue(hgt.asDouble() >= 11, "rendered chart text box " + hgt);
      chromium.screenshot(Path.of("target", "report-screenshot.png"), 6000);

      // the cue and the speaker mention, marked on their words; the context around them greyed
      String marks = "JSON.stringify(Array.from(document.querySelectorAll('#statements td.text'))"
          + ".filter(td => td.textContent.indexOf(%s) >= 0).map(td => ({text: td.textContent,"
          + " marks: Array.from(td.querySelectorAll('mark')).map(m => (m.className || 'evidence') + ':' + m.textContent),"
          + " ctx: Array.from(td.querySelectorAll('.ctx')).map(c => c.textContent).join('|'),"
          + " rule: td.parentNode.querySelector('.rule').textContent,"
          + " elements: td.querySelectorAll('*').length - td.querySelectorAll('mark,span').length})))";
      JsonNode erdogan = json.readTree(chromium.evaluate(String.format(marks, "'Russia lied'")).asText());
      assertEquals(2, erdogan.size(), "a3's statement, toward Russia and toward Turkey");
      for (JsonNode row : erdogan) {
        assertEquals("Turkish President Recep Tayyip Erdogan said on Monday that Russia lied but Turkey helped.",
            row.path("text").asText(), "the sentence, not the line before it");
        assertEquals(" | on Monday that |.", row.path("ctx").asText(), "the context, greyed");
        assertEquals("subject-cue-clause 0.90", row.path("rule").asText());
      }
      assertEquals("[\"speaker:Turkish President Recep Tayyip Erdogan\",\"cue:said\",\"evidence:lied\"]",
          erdogan.get(0).path("marks").toString());
      assertEquals("[\"speaker:Turkish President Recep Tayyip Erdogan\",\"cue:said\",\"evidence:helped\"]",
          erdogan.get(1).path("marks").toString());
      // an injection inside the highlighted speaker mention is its text, nothing else
      JsonNode evil = json.readTree(chromium.evaluate(String.format(marks, "'said \\u003cb'")).asText());
      assertEquals(2, evil.size(), "B_TEXT's quote toward Russia and toward the evil target");
      for (JsonNode row : evil) {
        assertEquals(B_SENTENCE, row.path("text").asText());
        List<String> attribution = new java.util.ArrayList<>();
        row.path("marks").forEach(m -> { if (!m.asText().startsWith("evidence:")) attribution.add(m.asText()); });
        assertEquals(List.of("cue:said", "speaker:" + EVIL_MENTION), attribution);
        assertEquals(0, row.path("elements").asInt(), "no element but the marks and the context spans");
        assertEquals("quote-cue-speaker 0.95", row.path("rule").asText());
      }
      // the rule is a filter
      chromium.evaluate("(function () { var s = document.getElementById('st-rule'); s.value = 'subject-cue-clause';"
          + " s.dispatchEvent(new Event('change')); s.value = ''; return true; })()");
      assertEquals(2, visibleRows(chromium), "a3's two rows");
      chromium.evaluate("(function () { document.getElementById('st-rule').dispatchEvent(new Event('change')); return true; })()");

      // the filter: words typed, then the selects
      chromium.type("#st-filter", "gamma");
      assertEquals(1, visibleRows(chromium), "Gamma has one statement");
      assertEquals("1 of 11 statement × target rows", chromium.evaluate("document.getElementById('st-count').textContent").asText());
      clearFilter(chromium);
      assertEquals(11, visibleRows(chromium));
      chromium.evaluate("(function () { var s = document.getElementById('st-outlet'); s.value = 'Alpha';"
          + " s.dispatchEvent(new Event('change')); return true; })()");
      assertEquals(6, visibleRows(chromium), "Alpha's statement × target rows");
      chromium.type("#st-filter", "turkey");
      assertEquals(3, visibleRows(chromium), "Alpha's rows with Turkey as target or in the text");
      chromium.type("#st-filter", " erdogan");
      assertEquals(2, visibleRows(chromium), "every word must occur");
      for (JsonNode outlet : json.readTree(chromium.evaluate("JSON.stringify(Array.from(document.querySelectorAll("
          + "'#statements tbody tr td:nth-child(2)')).map(td => td.textContent))").asText())) {
        assertEquals("Alpha", outlet.asText());
      }
      assertEquals(List.of(), chromium.errors, "no console error, no CSP violation, no dialog");

      // the policy holds: a script injected at run time is refused (and reported)
      chromium.evaluate("(function () { var s = document.createElement('script'); s.textContent = "
          + "\"document.title = 'pwned'\"; document.body.appendChild(s); return true; })()");
      Thread.sleep(300);
      chromium.evaluate("1");
      assertEquals("stancemap report", chromium.evaluate("document.title").asText(), "CSP blocks inline scripts");
      assertTrue(chromium.errors.stream().anyMatch(e -> e.contains("Content Security Policy")), chromium.errors.toString());
    }
  }

  private static int visibleRows(HeadlessChromium chromium) throws Exception {
    return chromium.evaluate("Array.from(document.querySelectorAll('#statements tbody tr'))"
        + ".filter(tr => tr.getBoundingClientRect().height > 0).length").asInt();
  }

  private static void clearFilter(HeadlessChromium chromium) throws Exception {
    chromium.evaluate("(function () { var f = document.getElementById('st-filter'); f.value = '';"
        + " f.dispatchEvent(new Event('input')); return true; })()");
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
    return n;
  }
}
