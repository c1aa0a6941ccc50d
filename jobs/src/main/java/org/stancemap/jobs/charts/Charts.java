package org.stancemap.jobs.charts;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.stancemap.jobs.charts.ChartData.Lines;
import org.stancemap.jobs.charts.ChartData.Matrix;
import org.stancemap.jobs.charts.ChartData.Value;
import org.stancemap.jobs.charts.Drawing.Anchor;

/**
 * The chart layouts: grouped bars with 95% interval whiskers and the number of articles under each
 * bar, counts over time, and a heatmap with values in the cells (tone by month: {@link MonthCharts}). Long labels are
 * wrapped and, past a few lines, shortened with an ellipsis, so nothing overlaps.
 */
public final class Charts {
  private Charts() {}

  static final double TITLE = 18;
  static final double SUBTITLE = 12;
  static final double PANEL_TITLE = 14;
  static final double LABEL = 12.5;
  /** The smallest text of any chart: legible at 100% on a laptop screen. */
  static final double SMALL = 11;
  /** The width every chart is drawn at: the width the report shows it at (no scaling). */
  public static final int WIDTH = 1040;
  static final String Y_TITLE = "mean tone (−1 … +1)";

  /**
   * Counts over time (e.g. articles per month that mention a target): one panel per target, one
   * line per outlet, the value's {@code nArticles} on a common 0-based axis.
   */
  public static Drawing countLines(String title, String note, List<Lines> panels, String yTitle, int minArticles) {
    String fixed = "Hollow points: fewer than " + minArticles + " articles. y: " + yTitle + ".";
    List<String> names = new ArrayList<>();
    List<Value> everything = new ArrayList<>();
    for (Lines l : panels) {
      for (String n : l.lineNames()) if (!names.contains(n)) names.add(n);
      l.values().values().forEach(m -> everything.addAll(m.values()));
    }
    long maxCount = everything.stream().mapToLong(Value::nArticles).max().orElse(1);
    int width = WIDTH;
    double left = 78;
    double plotW = width - left - 30;
    double panelH = 200;
    double headerH = header(null, title, note, width, fixed).height;
    int height = (int) Math.ceil(headerH + legendHeight(names, width) + Math.max(1, panels.size()) * panelH + 10);
    Drawing d = new Drawing(width, height);
    double y = header(d, title, note, width, fixed).height;
    y = legend(d, names, width, y);
    if (panels.isEmpty()) {
      d.text("no dated articles", width / 2.0, y + 60, LABEL, false, Palette.MUTED, Anchor.MIDDLE);
    }
    // one time axis for every panel
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Lines p : panels) for (Map<LocalDate, Value> m : p.values().values()) dates.addAll(m.keySet());
    List<LocalDate> ds = new ArrayList<>(dates);
    boolean months = ds.stream().allMatch(x -> x.getDayOfMonth() == 1) && ds.size() > 1;
    for (Lines p : panels) {
      double plotTop = y + 30;
      double plotH = panelH - 30 - 48;
      d.text(p.title(), left, y + 20, PANEL_TITLE, true, Palette.TEXT, Anchor.START);
      YAxis ya = YAxis.counts(plotTop, plotH, maxCount);
      ya.draw(d, left, plotW);
      double step = ds.size() <= 1 ? 0 : plotW * 0.94 / (ds.size() - 1);
      double x0 = left + (ds.size() <= 1 ? plotW / 2 : plotW * 0.03);
      String sample = months ? "2020-03" : "2020-03-05";
      double labelW = Drawing.textWidth(sample, SMALL, false) + 14;
      int every = (int) Math.max(1, Math.ceil(labelW / Math.max(step, 1e-9)));
      if (months && every > 1) every = every <= 3 ? 3 : every <= 6 ? 6 : (int) Math.ceil(every / 12.0) * 12;
      if (ds.size() <= 1) every = 1;
      int tickEvery = Math.max(1, (int) Math.ceil(4 / Math.max(step, 1e-9)));
      for (int i = 0; i < ds.size(); i++) {
        double x = x0 + i * step;
        boolean labelled = i % every == 0;
        if (labelled || i % tickEvery == 0) {
          d.line(x, plotTop + plotH, x, plotTop + plotH + (labelled ? 5 : 3), Palette.AXIS, 1, false);
        }
        if (labelled) {
          String label = months ? ds.get(i).toString().substring(0, 7) : ds.get(i).toString();
          d.text(label, x, plotTop + plotH + 19, SMALL, false, Palette.TEXT, Anchor.MIDDLE);
        }
      }
      for (int li = 0; li < names.size(); li++) {
        Map<LocalDate, Value> m = p.values().get(names.get(li));
        if (m == null) continue;
        Color c = Palette.series(li);
        List<double[]> run = new ArrayList<>();
        // one polyline per run of consecutive periods: no line across a period without data
        for (int i = 0; i <= ds.size(); i++) {
          Value v = i < ds.size() ? m.get(ds.get(i)) : null;
          if (v != null) {
            double x = x0 + i * step;
            run.add(new double[] {x, ya.y(v.nArticles())});
            continue;
          }
          d.polyline(run.stream().mapToDouble(a -> a[0]).toArray(), run.stream().mapToDouble(a -> a[1]).toArray(), c, 2);
          run.clear();
        }
        double r = step < 6 ? 2.5 : 4;
        for (int i = 0; i < ds.size(); i++) {
          Value v = m.get(ds.get(i));
          if (v == null) continue;
          double x = x0 + i * step;
          double yy = ya.y(v.nArticles());
          if (v.lowSupport()) d.circle(x, yy, r, Color.WHITE, c);
          else d.circle(x, yy, r, c, null);
        }
      }
      y += panelH;
    }
    return d;
  }

  /** Heatmap of mean tone, rows × columns, with the value and the number of articles in each cell. */
  public static Drawing heatmap(String title, String note, String rowTitle, Matrix m, int minArticles) {
    double cellH = 40;
    double rowLabelW = 0;
    for (String r : m.rows()) rowLabelW = Math.max(rowLabelW, Drawing.textWidth(r, LABEL, false));
    rowLabelW = Math.min(260, Math.max(120, rowLabelW + 16));
    double left = rowLabelW + 20;
    double legendW = 30 + 18 + 8 + Drawing.textWidth("−1 negative", SMALL, false) + 10;
    int width = WIDTH;
    double cellW = Math.max(56, Math.min(150, (width - left - legendW - 20) / Math.max(1, m.columns().size())));
    String fixed = "Low support: fewer than " + minArticles + " articles.";
    double headerH = header(null, title, note, width, fixed).height;
    double gridTop = headerH + 48;
    int height = (int) Math.ceil(gridTop + Math.max(1, m.rows().size()) * cellH + 40);
    height = (int) Math.max(height, gridTop + 230);
    Drawing d = new Drawing(width, height);
    header(d, title, note, width, fixed);
    d.text(rowTitle, 20, gridTop - 12, LABEL, true, Palette.TEXT, Anchor.START);
    for (int ci = 0; ci < m.columns().size(); ci++) {
      double cx = left + ci * cellW + cellW / 2;
      label(d, m.columns().get(ci), cellW - 6, cx, gridTop - 12, LABEL, true, Palette.TEXT, Anchor.MIDDLE);
    }
    if (m.rows().isEmpty()) d.text("no data", left + 60, gridTop + 30, LABEL, false, Palette.MUTED, Anchor.START);
    for (int ri = 0; ri < m.rows().size(); ri++) {
      String row = m.rows().get(ri);
      double top = gridTop + ri * cellH;
      label(d, row, rowLabelW - 4, left - 10, top + cellH / 2 + 4, LABEL, false, Palette.TEXT, Anchor.END);
      for (int ci = 0; ci < m.columns().size(); ci++) {
        double x = left + ci * cellW;
        Value v = m.values().getOrDefault(row, Map.of()).get(m.columns().get(ci));
        if (v == null) {
          d.rect(x, top, cellW, cellH, Palette.NO_DATA, Color.WHITE, 2);
          d.text("–", x + cellW / 2, top + cellH / 2 + 4, LABEL, false, Palette.MUTED, Anchor.MIDDLE);
          continue;
        }
        Color bg = Palette.diverging(v.mean());
        d.rect(x, top, cellW, cellH, bg, Color.WHITE, 2);
        Color fg = Palette.textOn(bg);
        d.text(signed(v.mean()), x + cellW / 2, top + 18, LABEL + 1, true, fg, Anchor.MIDDLE);
        d.text("n=" + compact(v.nArticles()) + (v.lowSupport() ? " (low)" : ""), x + cellW / 2, top + 32, SMALL,
            false, fg, Anchor.MIDDLE);
      }
    }
    // colour scale
    double lx = left + m.columns().size() * cellW + 30;
    double lh = 160;
    d.text("tone", lx, gridTop - 12, SMALL, true, Palette.TEXT, Anchor.START);
    int steps = 40;
    for (int i = 0; i < steps; i++) {
      double v = 1 - 2.0 * i / (steps - 1);
      d.rect(lx, gridTop + i * lh / steps, 18, lh / steps + 0.5, Palette.diverging(v), null, 0);
    }
    d.rect(lx, gridTop, 18, lh, null, Palette.AXIS, 0.8);
    d.text("+1 positive", lx + 24, gridTop + 8, SMALL, false, Palette.TEXT, Anchor.START);
    d.text("0", lx + 24, gridTop + lh / 2 + 4, SMALL, false, Palette.TEXT, Anchor.START);
    d.text("−1 negative", lx + 24, gridTop + lh, SMALL, false, Palette.TEXT, Anchor.START);
    return d;
  }

  // ---- layout helpers

  record Box(double height) {}

  /** Title, then the note and the chart's fixed explanation wrapped to the width; with d == null only measures. */
  static Box header(Drawing d, String title, String note, int width, String fixed) {
    double y = 30;
    if (d != null) d.text(ellipsize(title, width - 40, TITLE), 20, y, TITLE, true, Palette.TEXT, Anchor.START);
    y += 22;
    String text = note == null || note.isEmpty() ? fixed : note + " " + fixed;
    for (String line : wrap(text, width - 40, SUBTITLE, 4)) {
      if (d != null) d.text(line, 20, y, SUBTITLE, false, Palette.MUTED, Anchor.START);
      y += 17;
    }
    return new Box(y + 4);
  }

  static double legendHeight(List<String> names, int width) {
    return legendRows(names, width).size() * 20 + 6;
  }

  private static List<List<Integer>> legendRows(List<String> names, int width) {
    List<List<Integer>> rows = new ArrayList<>();
    List<Integer> cur = new ArrayList<>();
    double x = 20;
    for (int i = 0; i < names.size(); i++) {
      double w = 22 + Drawing.textWidth(ellipsize(names.get(i), 220, LABEL), LABEL, false) + 18;
      if (x + w > width - 20 && !cur.isEmpty()) {
        rows.add(cur);
        cur = new ArrayList<>();
        x = 20;
      }
      cur.add(i);
      x += w;
    }
    if (!cur.isEmpty()) rows.add(cur);
    return rows;
  }

  static double legend(Drawing d, List<String> names, int width, double y) {
    for (List<Integer> row : legendRows(names, width)) {
      double x = 20;
      for (int i : row) {
        String label = ellipsize(names.get(i), 220, LABEL);
        d.rect(x, y + 4, 14, 14, Palette.series(i), null, 0);
        d.text(label, label.equals(names.get(i)) ? null : names.get(i), x + 20, y + 15, LABEL, false, Palette.TEXT, Anchor.START, 0);
        x += 22 + Drawing.textWidth(label, LABEL, false) + 18;
      }
      y += 20;
    }
    return y + 6;
  }

  /** Symmetric y range around 0 that holds every mean and interval: 0.25, 0.5, 0.75 or 1. */
  static double range(List<Value> values) {
    double m = 0;
    for (Value v : values) {
      m = Math.max(m, Math.abs(v.mean()));
      m = Math.max(m, Math.max(Math.abs(v.ciLow()), Math.abs(v.ciHigh())));
    }
    double r = Math.ceil(m * 4 - 1e-9) / 4;
    return Math.max(0.25, Math.min(1, r));
  }

  /** A vertical axis from lo to hi with gridlines every step. */
  static final class YAxis {
    final double top;
    final double height;
    final double lo;
    final double hi;
    final double step;
    final boolean tone;

    private YAxis(double top, double height, double lo, double hi, double step, boolean tone) {
      this.top = top;
      this.height = height;
      this.lo = lo;
      this.hi = hi;
      this.step = step;
      this.tone = tone;
    }

    /** Tone, symmetric around 0. */
    static YAxis tone(double top, double height, double range) {
      return new YAxis(top, height, -range, range, range <= 0.25 ? 0.05 : range <= 0.5 ? 0.1 : 0.25, true);
    }

    /** Counts from 0 to a round number at or above {@code max}, about four gridlines. */
    static YAxis counts(double top, double height, long max) {
      double step = niceStep(Math.max(1, max) / 4.0);
      return new YAxis(top, height, 0, Math.max(step, Math.ceil(Math.max(1, max) / step) * step), step, false);
    }

    double y(double v) {
      double c = Math.max(lo, Math.min(hi, v));
      return top + (hi - c) / (hi - lo) * height;
    }

    void draw(Drawing d, double left, double width) {
      int n = (int) Math.round((hi - lo) / step);
      for (int i = 0; i <= n; i++) {
        double v = lo + i * step;
        double yy = y(v);
        boolean zero = Math.abs(v) < 1e-9;
        d.line(left, yy, left + width, yy, zero ? Palette.AXIS : Palette.GRID, zero ? 1.2 : 0.8, false);
        d.text(tone ? signed(v) : compact(Math.round(v)), left - 8, yy + 4, SMALL, false, Palette.TEXT, Anchor.END);
      }
      d.rect(left, top, width, height, null, Palette.GRID, 0.8);
      if (tone) d.text(Y_TITLE, left - 52, top + height / 2, SMALL, false, Palette.TEXT, Anchor.MIDDLE, -90);
    }
  }

  /** 1, 2 or 5 times a power of ten, at or above {@code raw}. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
    for (double m : new double[] {1, 2, 5, 10}) if (m * p >= raw - 1e-12) return Math.max(1, m * p);
    return 10 * p;
  }

  static String signed(double v) {
    if (Math.abs(v) < 0.005) return "0.00";
    return String.format(Locale.ROOT, "%+.2f", v).replace('-', '−');
  }

  static String compact(long n) {
    if (n < 10_000) return Long.toString(n);
    if (n < 1_000_000) return String.format(Locale.ROOT, "%.0fk", n / 1000.0);
    return String.format(Locale.ROOT, "%.1fM", n / 1e6);
  }

  /**
   * The most characters of a name or note a chart lays out: far more than a label's width holds, and
   * a bound on the work ({@link #ellipsize} and {@link #wrap} measure text, so a 64k-character outlet
   * name would otherwise cost seconds). Longer text is cut here, with an ellipsis, before any
   * measuring; {@link #label} keeps the full name in the SVG's {@code <title>}.
   */
  static final int DISPLAY_CHARS = 200;

  /** {@code s} cut to {@code max} characters with an ellipsis (never inside a surrogate pair). */
  static String capped(String s, int max) {
    if (s.length() <= max) return s;
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return s.substring(0, end) + "…";
  }

  /** Draws {@code name} shortened to {@code maxWidth}, with the full name as its SVG {@code <title>} when shortened. */
  static void label(Drawing d, String name, double maxWidth, double x, double y, double size, boolean bold, Color color, Anchor anchor) {
    String shown = ellipsize(name, maxWidth, size);
    d.text(shown, shown.equals(name) ? null : name, x, y, size, bold, color, anchor, 0);
  }

  /** Words wrapped to {@code maxWidth}; past {@code maxLines}, the last line ends with an ellipsis. */
  public static List<String> wrap(String text, double maxWidth, double size, int maxLines) {
    List<String> lines = new ArrayList<>();
    String s = capped(text == null ? "" : text.strip(), maxLines * DISPLAY_CHARS).replaceAll("\\s+", " ");
    String[] words = s.split(" ");
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String candidate = cur.length() == 0 ? w : cur + " " + w;
      if (Drawing.textWidth(candidate, size, false) <= maxWidth) {
        cur = new StringBuilder(candidate);
        continue;
      }
      if (cur.length() > 0) {
        lines.add(cur.toString());
        cur = new StringBuilder(w);
      } else {
        cur = new StringBuilder(w);
      }
      if (lines.size() == maxLines) break;
    }
    if (lines.size() < maxLines && cur.length() > 0) lines.add(cur.toString());
    boolean more = String.join(" ", lines).length() < s.length();
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i == lines.size() - 1;
      String l = lines.get(i);
      if (last && more && !l.endsWith("…")) l = l + "…";
      lines.set(i, ellipsize(l, maxWidth, size));
    }
    if (lines.size() > maxLines) return lines.subList(0, maxLines);
    return lines;
  }

  /**
   * {@code s} shortened with an ellipsis to fit {@code maxWidth}: at most {@value #DISPLAY_CHARS}
   * characters are measured, and the longest prefix that fits is found by halving (never splitting a
   * surrogate pair).
   */
  public static String ellipsize(String s, double maxWidth, double size) {
    if (s == null) return "";
    String c = capped(s, DISPLAY_CHARS);
    if (Drawing.textWidth(c, size, false) <= maxWidth) return c;
    int lo = 1, hi = c.length(); // the longest prefix that fits lies in [lo, hi)
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (Drawing.textWidth(c.substring(0, mid) + "…", size, false) > maxWidth) hi = mid; else lo = mid;
    }
    int end = lo;
    if (end < c.length() && Character.isLowSurrogate(c.charAt(end)) && end > 1) end--;
    return c.substring(0, end).strip() + "…";
  }
}
