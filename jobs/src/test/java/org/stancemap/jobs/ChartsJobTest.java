package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.stancemap.jobs.charts.Charts;
import org.stancemap.jobs.charts.Drawing;
import org.stancemap.schema.AggregateColumns;

/** Charts from hand-made aggregate rows (no Spark): every chart drawn, PNG and SVG valid, labels fit. */
class ChartsJobTest {
  static final List<String> TARGETS = List.of("Russia", "Turkey", "Syria");
  /** Articles per outlet: the coverage shares' denominators (at least as many as any target's). */
  static final Map<String, Long> OUTLET_ARTICLES = Map.of("The Moscow Times", 40L, "Daily Sabah", 60L,
      "Al-Monitor: the Pulse of the Middle East", 45L, "Reuters <World> & \"Politics\"", 40L);

  @Test
  void coverageSharesHaveWilsonIntervals() {
    var v = ChartsJob.share(5, 20, 5);
    assertEquals(0.25, v.mean(), 1e-12);
    assertEquals(0.1119, v.ciLow(), 1e-4);
    assertEquals(0.4687, v.ciHigh(), 1e-4);
    assertFalse(v.lowSupport());
    var none = ChartsJob.share(0, 3, 5);
    assertEquals(0, none.ciLow(), 1e-12);
    assertTrue(none.ciHigh() > 0.5 && none.lowSupport(), "0 of 3 is no certainty, and under the minimum support");
  }

  /** Aggregate rows shaped like the tables, values from a seeded generator. */
  static Map<String, List<Row>> sampleTables() {
    Random rnd = new Random(7);
    Map<String, List<Row>> t = new LinkedHashMap<>();
    List<String> outlets = List.of("The Moscow Times", "Daily Sabah", "Al-Monitor: the Pulse of the Middle East",
        "Reuters <World> & \"Politics\"");
    t.put(AggregateColumns.BY_OUTLET, new ArrayList<>());
    for (String o : outlets) {
      for (String target : TARGETS) {
        for (String voice : List.of("all", "own", "quoted")) {
          t.get(AggregateColumns.BY_OUTLET).add(row(AggregateColumns.BY_OUTLET, rnd, o, target, voice));
        }
      }
    }
    t.put(AggregateColumns.BY_SPEAKER, new ArrayList<>());
    String[] names = {"Vladimir Putin", "Recep Tayyip Erdoğan", "Bashar al-Assad", "Sergei Lavrov",
        "Mevlüt Çavuşoğlu", "A senior official of the Ministry of Foreign Affairs of the Russian Federation",
        "Hulusi Akar", "Dmitry Peskov", "Syrian Observatory for Human Rights", "Fahrettin Altun",
        "Maria Zakharova", "Ibrahim Kalin", "UN Secretary-General António Guterres", "Mike Pompeo",
        "Jens Stoltenberg", "Someone Rarely Quoted"};
    String[] affs = {"Russian government", "Turkish government", "Syrian government", "Russian government",
        "Turkish government", "Russian government", "Turkish military", "Russian government", "NGO",
        "Turkish government", "Russian government", "Turkish government", "United Nations", "US government",
        "NATO", null};
    for (int i = 0; i < names.length; i++) {
      for (String target : TARGETS) {
        if (rnd.nextInt(4) == 0 || names[i].contains("Rarely") && !target.equals("Russia")) continue;
        t.get(AggregateColumns.BY_SPEAKER).add(row(AggregateColumns.BY_SPEAKER, rnd, "sp" + i, names[i], "person",
            affs[i], target));
      }
    }
    t.put(AggregateColumns.BY_AFFILIATION, new ArrayList<>());
    for (String a : new String[] {"Russian government", "Turkish government", "Syrian government", "NATO",
        "A very long affiliation name that has to be shortened somewhere", null}) {
      for (String target : TARGETS) {
        if (rnd.nextInt(5) == 0) continue;
        t.get(AggregateColumns.BY_AFFILIATION).add(row(AggregateColumns.BY_AFFILIATION, rnd, a, target));
      }
    }
    t.put(AggregateColumns.BY_DATE, new ArrayList<>());
    // two years: 24 months, and the weeks of the last ten
    for (int m = 0; m < 24; m++) {
      Date month = Date.valueOf(LocalDate.of(2019, 1, 1).plusMonths(m));
      for (String o : outlets) {
        for (String target : TARGETS) {
          if (rnd.nextInt(6) == 0) continue;
          t.get(AggregateColumns.BY_DATE).add(row(AggregateColumns.BY_DATE, rnd, "month", month, o, target));
        }
      }
    }
    t.get(AggregateColumns.BY_DATE).addAll(periods("week", LocalDate.of(2020, 10, 26), 10, rnd));
    return t;
  }

  /** by_date rows of one granularity: {@code n} periods from {@code first}, every outlet and target. */
  static List<Row> periods(String granularity, LocalDate first, int n, Random rnd) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate start = switch (granularity) {
        case "month" -> first.plusMonths(i);
        case "week" -> first.plusWeeks(i);
        default -> first.plusDays(i);
      };
      for (String target : TARGETS) {
        rows.add(row(AggregateColumns.BY_DATE, rnd, granularity, Date.valueOf(start), "Daily Sabah", target));
      }
    }
    return rows;
  }

  static Row row(String table, Random rnd, Object... keys) {
    StructType schema = new StructType();
    for (String k : AggregateColumns.keys(table)) {
      schema = schema.add(k, k.equals(AggregateColumns.PERIOD_START) ? DataTypes.DateType : DataTypes.StringType);
    }
    schema = schema.add(AggregateColumns.N_STATEMENTS, DataTypes.LongType)
        .add(AggregateColumns.N_ARTICLES, DataTypes.LongType)
        .add(AggregateColumns.MEAN_SCORE, DataTypes.DoubleType)
        .add(AggregateColumns.CI_LOW, DataTypes.DoubleType)
        .add(AggregateColumns.CI_HIGH, DataTypes.DoubleType)
        .add(AggregateColumns.CI_WIDENED, DataTypes.BooleanType)
        .add(AggregateColumns.SHARE_POS, DataTypes.DoubleType)
        .add(AggregateColumns.SHARE_NEG, DataTypes.DoubleType)
        .add(AggregateColumns.SHARE_NEU, DataTypes.DoubleType)
        .add(AggregateColumns.LOW_SUPPORT, DataTypes.BooleanType)
        .add(AggregateColumns.RUN_ID, DataTypes.StringType);
    long articles = java.util.Arrays.stream(keys).anyMatch(k -> k instanceof String s && s.contains("Rarely"))
        ? 1 : 1 + rnd.nextInt(40);
    double mean = Math.round((rnd.nextDouble() - 0.55) * 80) / 100.0;
    double half = articles < 2 ? 2 : 0.9 / Math.sqrt(articles);
    Object[] values = new Object[keys.length + AggregateColumns.MEASURES.size()];
    System.arraycopy(keys, 0, values, 0, keys.length);
    int i = keys.length;
    values[i++] = articles * 3;
    values[i++] = articles;
    values[i++] = mean;
    values[i++] = Math.max(-1, mean - half);
    values[i++] = Math.min(1, mean + half);
    values[i++] = false;
    values[i++] = 0.3;
    values[i++] = 0.4;
    values[i++] = 0.3;
    values[i++] = articles < 5;
    values[i] = "test";
    return new GenericRowWithSchema(values, schema);
  }

  @Test
  void drawsEveryChartAsPngAndSvg() throws Exception {
    List<ChartsJob.Chart> charts = ChartsJob.charts(sampleTables(), OUTLET_ARTICLES, ChartsJob.Options.defaults());
    assertEquals(List.of("coverage_by_outlet", "coverage_over_time", "tone_by_outlet", "own_vs_quoted", "tone_by_speaker",
        "stance_matrix", "tone_over_time"), charts.stream().map(ChartsJob.Chart::name).toList());
    Path dir = Path.of("target", "charts-preview");
    List<String> files = ChartsJob.write(new org.apache.hadoop.conf.Configuration(), charts, dir.toString());
    assertEquals(14, files.size());
    for (ChartsJob.Chart c : charts) {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(c.name() + ".png"))));
      assertEquals(c.drawing().width(), img.getWidth());
      assertTrue(img.getHeight() > 200, c.name());
      var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve(c.name() + ".svg").toFile());
      assertEquals("svg", svg.getDocumentElement().getTagName());
      assertTrue(svg.getElementsByTagName("text").getLength() > 10, c.name());
      assertEquals(Charts.WIDTH, c.drawing().width(), c.name() + ": drawn at the width the report shows it");
      var texts = svg.getElementsByTagName("text");
      for (int i = 0; i < texts.getLength(); i++) {
        double size = Double.parseDouble(((org.w3c.dom.Element) texts.item(i)).getAttribute("font-size"));
        assertTrue(size >= 11, c.name() + ": " + texts.item(i).getTextContent() + " at " + size + " px");
      }
    }
    // coverage: shares of each outlet's articles, with the outlet's number of articles under its name
    String coverage = textOf(Files.readString(dir.resolve("coverage_by_outlet.svg")));
    assertTrue(coverage.contains("40 articles") && coverage.contains("%"), coverage);
    String outletSvg = Files.readString(dir.resolve("tone_by_outlet.svg"));
    assertTrue(outletSvg.contains("&lt;World&gt; &amp;"), "names are escaped in SVG");
    assertFalse(outletSvg.contains("<World>"));
    // the speaker chart shows the top 15 of 16 speakers
    String speakers = Files.readString(dir.resolve("tone_by_speaker.svg"));
    assertTrue(speakers.contains("Top 15 of 16 speakers"));
    assertFalse(speakers.contains("Someone Rarely"), "the least quoted speaker is left out");
  }

  @Test
  void overTimeIsByMonthOnceTheDataSpanMonths() throws Exception {
    Random rnd = new Random(1);
    List<Row> twoYears = sampleTables().get(AggregateColumns.BY_DATE);
    assertEquals("month", ChartsJob.overTimeGranularity(twoYears), "24 months and 10 weeks: months");
    List<Row> weeks = new ArrayList<>(periods("month", LocalDate.of(2020, 3, 1), 2, rnd));
    weeks.addAll(periods("week", LocalDate.of(2020, 3, 2), 6, rnd));
    weeks.addAll(periods("day", LocalDate.of(2020, 3, 2), 30, rnd));
    assertEquals("week", ChartsJob.overTimeGranularity(weeks), "two months are too few points");
    List<Row> days = new ArrayList<>(periods("month", LocalDate.of(2020, 3, 1), 1, rnd));
    days.addAll(periods("week", LocalDate.of(2020, 3, 2), 2, rnd));
    days.addAll(periods("day", LocalDate.of(2020, 3, 2), 9, rnd));
    assertEquals("day", ChartsJob.overTimeGranularity(days));

    Map<String, List<Row>> tables = sampleTables();
    ChartsJob.Chart overTime = ChartsJob.charts(tables, ChartsJob.Options.defaults()).stream()
        .filter(c -> c.name().equals("tone_over_time")).findFirst().orElseThrow();
    String svg = overTime.drawing().toSvg();
    assertTrue(textOf(svg).contains("weighted moving average over ±2 months"), "the note names the smoother");
    assertTrue(svg.contains(">2019-01<") && !svg.contains("2020-10-26"), "month periods drawn, not weeks");
    assertTrue(svg.contains("class=\"tone-smooth\"") && svg.contains("class=\"tone-band\""), "smoothed, with a band");
    // by month even where the coverage chart goes by week
    Map<String, List<Row>> short_ = new LinkedHashMap<>(tables);
    short_.put(AggregateColumns.BY_DATE, weeks);
    String weekly = ChartsJob.charts(short_, ChartsJob.Options.defaults()).stream()
        .filter(c -> c.name().equals("tone_over_time")).findFirst().orElseThrow().drawing().toSvg();
    assertTrue(weekly.contains(">2020-03<") && !weekly.contains(">2020-03-02<"), "months, not weeks");
  }

  @Test
  void theNotesNameTheMinimumSupportTheChartsAreGiven() {
    ChartsJob.Options three = ChartsJob.Options.of(new AggregateJob.Options(3, null));
    for (ChartsJob.Chart c : ChartsJob.charts(sampleTables(), OUTLET_ARTICLES, three)) {
      String text = textOf(c.drawing().toSvg());
      assertTrue(text.contains("fewer than 3 articles"), c.name() + ": the tables' minimum support, not a fixed 5");
      assertFalse(text.contains("fewer than 5 articles"), c.name());
    }
  }

  /** The words of an SVG, its wrapped lines joined by single spaces. */
  static String textOf(String svg) {
    return svg.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
  }

  @Test
  void emptyTablesStillGiveCharts() {
    Map<String, List<Row>> empty = new LinkedHashMap<>();
    for (String t : AggregateColumns.TABLES) empty.put(t, List.of());
    for (ChartsJob.Chart c : ChartsJob.charts(empty, ChartsJob.Options.defaults())) {
      assertTrue(c.drawing().toPng().length > 100, c.name());
    }
  }

  @Test
  void longLabelsWrapWithinTheirWidth() {
    String name = "A senior official of the Ministry of Foreign Affairs of the Russian Federation";
    List<String> lines = Charts.wrap(name, 84, 12, 3);
    assertEquals(3, lines.size());
    for (String l : lines) assertTrue(Drawing.textWidth(l, 12, false) <= 84, l);
    assertTrue(lines.get(2).endsWith("…"));
    assertEquals(List.of("Vladimir Putin"), Charts.wrap("Vladimir Putin", 200, 12, 3));
    assertEquals(List.of("Vladimir", "Putin"), Charts.wrap("Vladimir Putin", 70, 12, 3));
    String one = Charts.wrap("Supercalifragilisticexpialidocious", 60, 12, 2).get(0);
    assertTrue(Drawing.textWidth(one, 12, false) <= 60 && one.endsWith("…"), one);
  }
}
