package org.stancemap.jobs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.stancemap.jobs.charts.ChartData.Value;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Tone by month: the smoother, its band, and no line where there is no data (read back from the SVG). */
class MonthChartsTest {
  private static Value v(double mean, double half, long articles) {
    return new Value(mean, mean - half, mean + half, articles, articles * 2, articles < 5);
  }

  /** The SVG elements of one class, as the points of their polyline/polygon or their attributes. */
  private static List<Element> elements(Drawing d, String cls) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(d.toSvg().getBytes(StandardCharsets.UTF_8)));
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cls.equals(e.getAttribute("class"))) out.add(e);
    }
    return out;
  }

  private static double[][] points(Element e) {
    String[] pairs = e.getAttribute("points").trim().split("\\s+");
    double[][] p = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      String[] xy = pairs[i].split(",");
      p[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }
    return p;
  }

  private static Drawing chart(Map<String, Map<String, Map<YearMonth, Value>>> values, List<String> targets) {
    List<String> outlets = new ArrayList<>(values.keySet());
    return MonthCharts.tone("Tone by month", "test", new MonthCharts.Grid(outlets,
        outlets.stream().map(o -> "").toList(), targets, values), 5);
  }

  @Test
  void eachPanelHasItsPointsSmoothedLineAndBand() throws Exception {
    Map<YearMonth, Value> russia = new TreeMap<>();
    Map<YearMonth, Value> turkey = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      russia.put(YearMonth.of(2020, 1).plusMonths(i), v(-0.4 + 0.05 * i, 0.2, 3 + i));
      turkey.put(YearMonth.of(2020, 1).plusMonths(i), v(0.3 * Math.sin(i), 0.3, 8));
    }
    Drawing d = chart(Map.of("Alpha", Map.of("Russia", russia, "Turkey", turkey)), List.of("Russia", "Turkey"));
    List<Element> lines = elements(d, "tone-smooth");
    List<Element> bands = elements(d, "tone-band");
    assertEquals(2, lines.size(), "one smoothed line per panel");
    assertEquals(2, bands.size(), "one band per panel");
    assertEquals(24, elements(d, "tone-month").size() + elements(d, "tone-month-low").size(), "every month a point");
    assertEquals(2, elements(d, "tone-month-low").size(), "Russia's months with 3 and 4 articles: hollow");
    for (int k = 0; k < 2; k++) {
      double[][] line = points(lines.get(k));
      double[][] band = points(bands.get(k));
      assertEquals(12, line.length);
      assertEquals(24, band.length);
      for (int i = 0; i < 12; i++) {
        // the band's upper edge runs forward, its lower edge back: both hold the line (y grows downwards)
        assertEquals(line[i][0], band[i][0], 0.01);
        assertTrue(band[i][1] < line[i][1] && line[i][1] < band[23 - i][1], "band around the line at month " + i);
      }
    }
  }

  @Test
  void monthsWithoutDataDrawNoLineAndNothingAtZero() throws Exception {
    Map<YearMonth, Value> series = new TreeMap<>();
    for (int i = 0; i < 4; i++) {
      series.put(YearMonth.of(2020, 1 + i), v(0.5, 0.1, 10));
      series.put(YearMonth.of(2021, 1 + i), v(0.5, 0.1, 10));
    }
    series.put(YearMonth.of(2021, 7), v(0.5, 0.1, 10)); // after a two-month gap: bridged
    Drawing d = chart(Map.of("Alpha", Map.of("Russia", series)), List.of("Russia"));
    List<Element> lines = elements(d, "tone-smooth");
    assertEquals(2, lines.size(), "the eight empty months break the line; the two-month gap does not");
    assertEquals(4, points(lines.get(0)).length, "2020-01 … 2020-04");
    assertEquals(7, points(lines.get(1)).length, "2021-01 … 2021-07");
    List<Element> bands = elements(d, "tone-band");
    assertEquals(2, bands.size());
    // every vertex of line and band sits at +0.5 ± its band, far from the zero line
    double zeroY = Double.NaN;
    NodeList all = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(d.toSvg().getBytes(StandardCharsets.UTF_8))).getElementsByTagName("text");
    for (int i = 0; i < all.getLength(); i++) {
      Element t = (Element) all.item(i);
      if (t.getTextContent().equals("0.00")) zeroY = Double.parseDouble(t.getAttribute("y")) - 4;
    }
    assertTrue(!Double.isNaN(zeroY), "the zero tick");
    double gapStart = points(lines.get(0))[3][0];
    double gapEnd = points(lines.get(1))[0][0];
    for (Element e : List.of(lines.get(0), lines.get(1), bands.get(0), bands.get(1))) {
      for (double[] p : points(e)) {
        assertTrue(zeroY - p[1] > 20, "no vertex near 0: " + p[1] + " vs " + zeroY);
        assertTrue(p[0] <= gapStart + 0.01 || p[0] >= gapEnd - 0.01, "nothing drawn inside the gap at x " + p[0]);
      }
    }
  }

  @Test
  void theSmootherWeighsNeighboursByKernelAndArticles() {
    Map<YearMonth, Value> m = new LinkedHashMap<>();
    m.put(YearMonth.of(2020, 1), v(1.0, 0.4, 1));
    m.put(YearMonth.of(2020, 2), v(0.0, 0.4, 3));
    List<List<MonthlySmoother.Point>> runs = MonthlySmoother.smooth(m);
    assertEquals(1, runs.size());
    // January: weight 1 × 1 article for itself, 2/3 × 3 articles for February
    assertEquals(1.0 / 3, runs.get(0).get(0).mean(), 1e-12);
    // February: 2/3 × 1 article for January, 1 × 3 articles for itself
    assertEquals((2.0 / 3) / (2.0 / 3 + 3), runs.get(0).get(1).mean(), 1e-12);
    // the band: 1.96 √(Σ w² se²) / Σ w, se = 0.4 / 1.96
    double se = 0.4 / 1.959963984540054;
    double half = 1.959963984540054 * Math.sqrt(1 * se * se + 4 * se * se) / 3;
    assertEquals(1.0 / 3 + half, runs.get(0).get(0).high(), 1e-12);
    assertTrue(half < 0.4, "pooling two months narrows the band below one month's interval");
    assertEquals(List.of(), MonthlySmoother.smooth(Map.of()));
  }
}
