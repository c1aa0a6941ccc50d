package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.jobs.charts.ChartData.Value;
import org.stancemap.jobs.report.ReportHtml;
import org.stancemap.jobs.report.VoiceGaps;
import org.stancemap.jobs.report.WhoIsQuoted;

/**
 * Long per-outlet tables (the gap, who is quoted) show their top 15 outlets, the outlets with most
 * statements, and a "Show all" button; without script every row shows.
 */
class ReportShowAllTest {
  static final int OUTLETS = 20;

  static String page() {
    List<VoiceGaps.Gap> gaps = new ArrayList<>();
    List<WhoIsQuoted.OutletQuotes> quotes = new ArrayList<>();
    for (int i = 0; i < OUTLETS; i++) {
      String outlet = String.format("Outlet %02d", i);
      // outlet i has i + 1 statements of each voice: Outlet 19 has most
      Value v = new Value(0.1, -0.2, 0.4, 6, i + 1, false);
      gaps.add(new VoiceGaps.Gap(outlet, "Russia", v, v, 0, -0.3, 0.3, false));
      quotes.add(new WhoIsQuoted.OutletQuotes(outlet, 100 - i, 3, List.of(new WhoIsQuoted.Share("Putin", "", 0.5, 3)),
          List.of(new WhoIsQuoted.Share("Russia", "", 0.5, 3))));
    }
    return ReportHtml.render(new ReportHtml.Model("run", List.of(), List.of(), null, gaps, quotes, List.of(), "note",
        List.of()));
  }

  @Test
  void rowsPastTheTopFifteenAreMarkedAndTheButtonWaitsForTheScript() {
    String html = page();
    assertEquals(2 * (OUTLETS - 15), ReportJobTest.count(html, "class=\"extra\""), "five rows in each table");
    assertTrue(html.contains("hidden>Show all 20 outlets</button>"), "hidden until the script collapses the table");
    assertTrue(html.indexOf("<td>Outlet 19</td><td>Russia</td>") < html.indexOf("<td>Outlet 00</td><td>Russia</td>"),
        "the gap table starts with the outlet with most statements");
    assertTrue(html.contains("<tr class=\"extra\"><td>Outlet 00</td><td>Russia</td>"), "and ends with the fewest");
  }

  @Test
  void inChromiumTheTopFifteenShowUntilShowAllIsClicked(@TempDir Path dir) throws Exception {
    if (!HeadlessChromium.available()) {
      String msg = "Chromium not found at " + HeadlessChromium.BINARY + ": run scripts/install-chromium";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg);
      Assumptions.assumeTrue(false, msg + " (skipped; fails when CI=true)");
    }
    Path page = Files.writeString(dir.resolve("index.html"), page());
    try (HeadlessChromium chromium = new HeadlessChromium()) {
      chromium.open(page);
      for (String table : List.of("gaps-table", "quotes-table")) {
        String button = "document.querySelector('button[data-for=" + table + "]')";
        assertEquals(15, visible(chromium, table), table + ": the top 15");
        assertEquals("Show all 20 outlets", chromium.evaluate(button + ".textContent").asText());
        assertTrue(chromium.evaluate(button + ".getBoundingClientRect().height > 0").asBoolean(), "the button shows");
        chromium.evaluate("(function () { " + button + ".click(); return true; })()");
        assertEquals(OUTLETS, visible(chromium, table), table + ": all");
        assertEquals("Show the top 15 only", chromium.evaluate(button + ".textContent").asText());
        chromium.evaluate("(function () { " + button + ".click(); return true; })()");
        assertEquals(15, visible(chromium, table), table + ": collapsed again");
      }
      assertEquals(List.of(), chromium.errors, "no console error, no CSP violation");
    }
  }

  private static int visible(HeadlessChromium chromium, String table) throws Exception {
    return chromium.evaluate("Array.from(document.querySelectorAll('#" + table + " tbody tr'))"
        + ".filter(tr => tr.getBoundingClientRect().height > 0).length").asInt();
  }
}
