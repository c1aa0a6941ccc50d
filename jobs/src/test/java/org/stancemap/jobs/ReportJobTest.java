package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
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
      + "\"><img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">click</a>";

  @BeforeAll
  static void buildReport() throws Exception {
    spark = SparkSessions.create("local[2]", "ReportJobTest");
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    Fixtures f = Fixtures.small(1);
    f.article("evil", EVIL_OUTLET, "2020-03-03", "javascript:alert(document.cookie)", EVIL_TITLE, EVIL_TEXT)
        .narrative("evil", "s1", EVIL_TEXT)
        .statement("evil", "s2", "direct", "Turkey is <b>wonderful</b> & Russia is 'kind'", EVIL_SPEAKER, "bad",
            "person", EVIL_AFFILIATION)
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

  @Test
  void writesTablesChartsAndReport() throws Exception {
    try (var files = Files.list(out.resolve(ChartsJob.DIR))) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") || n.endsWith(".crc")).toList(),
          "no temporary or checksum files beside the charts");
    }
    for (String t : AggregateColumns.TABLES) {
      assertTrue(spark.read().parquet(out.resolve(AggregateColumns.DIR).resolve(t).toString()).count() > 0, t);
    }
    for (String c : List.of("tone_by_outlet", "tone_by_speaker", "stance_matrix", "tone_over_time", "own_vs_quoted")) {
      assertTrue(Files.size(out.resolve("charts").resolve(c + ".png")) > 1000, c);
      assertTrue(Files.size(out.resolve("charts").resolve(c + ".svg")) > 1000, c);
    }
    assertEquals(out.resolve("report").resolve("index.html"), page);
    // the most positive Alpha statement about Russia, with its evidence highlighted and its link
    assertTrue(html.contains("Russia is <mark>great</mark>"), "evidence highlighted");
    assertTrue(html.contains("href=\"https://alpha.example/a1\""), "link back to the article");
    assertTrue(html.contains("data/a2.txt"), "source file named when there is no url");
    assertTrue(html.contains("href=\"https://gamma.example/a?x=1&amp;y=%222%22\""), html.lines()
        .filter(l -> l.contains("gamma.example")).findFirst().orElse("no gamma link"));
    assertEquals(5, count(html, "<img src=\"data:image/png;base64,"), "five charts inlined");
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
    assertFalse(lower.contains("<script"), "no script element");
    assertFalse(lower.contains("<iframe"), "no iframe");
    assertFalse(lower.contains("<svg"), "no inline svg from data");
    assertFalse(lower.contains("<b onmouseover"), "no speaker markup");
    assertFalse(lower.contains("</blockquote><script"), "statement text cannot close its container");
    assertEquals(5, count(lower, "<img"), "only the five chart images");
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
    // the text is there, escaped
    assertTrue(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;Evil News"));
    assertTrue(html.contains("&lt;b onmouseover=alert(1)&gt;Bad Guy&lt;/b&gt;"));
    assertTrue(html.contains("javascript:alert(document.cookie)"), "a javascript: url is shown as text only");
    assertFalse(html.contains("href=\"javascript"));
  }

  @Test
  void opensInHeadlessChromiumWithoutErrors() throws Exception {
    if (!HeadlessChromium.available()) {
      String msg = "Chromium not found at " + HeadlessChromium.BINARY + ": run scripts/install-chromium";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg);
      Assumptions.assumeTrue(false, msg + " (skipped; fails when CI=true)");
    }
    try (HeadlessChromium chromium = new HeadlessChromium()) {
      chromium.open(page);
      JsonNode r = chromium.evaluate("JSON.stringify({"
          + "title: document.title,"
          + "images: Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight]),"
          + "scripts: document.scripts.length,"
          + "embeds: document.querySelectorAll('iframe,object,embed,form,svg,base').length,"
          + "handlers: Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)"
          + "  .filter(a => a.name.toLowerCase().startsWith('on')).map(a => e.tagName + ' ' + a.name)),"
          + "hrefs: Array.from(document.querySelectorAll('[href]')).map(e => e.href),"
          + "marks: document.querySelectorAll('mark').length,"
          + "pairs: document.querySelectorAll('.pair').length})");
      JsonNode dom = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.asText());
      chromium.screenshot(Path.of("target", "report-screenshot.png"), 4000);
      assertEquals(List.of(), chromium.errors, "console errors");
      assertEquals("stancemap report", dom.path("title").asText(), "no injected script ran");
      assertEquals(5, dom.path("images").size());
      for (JsonNode img : dom.path("images")) {
        assertTrue(img.get(0).asBoolean() && img.get(1).asInt() > 0 && img.get(2).asInt() > 0, "image loaded: " + img);
      }
      assertEquals(0, dom.path("scripts").asInt());
      assertEquals(0, dom.path("embeds").asInt());
      assertEquals(0, dom.path("handlers").size(), dom.path("handlers").toString());
      for (JsonNode h : dom.path("hrefs")) {
        String href = h.asText();
        assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.contains("#"), href);
      }
      assertTrue(dom.path("marks").asInt() > 0);
      assertTrue(dom.path("pairs").asInt() >= 4, "outlet × target sections");
    }
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
    return n;
  }
}
