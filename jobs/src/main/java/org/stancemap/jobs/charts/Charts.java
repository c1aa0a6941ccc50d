package org.stancemap.jobs.charts;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.stancemap.jobs.charts.ChartData.Bars;
import org.stancemap.jobs.charts.ChartData.Lines;
import org.stancemap.jobs.charts.ChartData.Matrix;
import org.stancemap.jobs.charts.ChartData.Value;
import org.stancemap.jobs.charts.Drawing.Anchor;

/**
 * The chart layouts: grouped bars with 95% interval whiskers and the number of articles under each
 * bar, small multiples of tone over time, and a heatmap with values in the cells. Long labels are
 * wrapped and, past a few lines, shortened with an ellipsis, so nothing overlaps.
 */
public final class Charts {
  private Charts() {}

  static final double TITLE = 18;
  static final double SUBTITLE = 12;
  static final double PANEL_TITLE = 14;
  static final double LABEL = 12;
  static final double SMALL = 10;
  static final String Y_TITLE = "mean tone (−1 … +1)";

  /**
   * Grouped bars, one panel per entry of {@code panels} (laid out in a grid when they are narrow),
   * with a shared title, legend, note and y scale.
   */
  public static Drawing groupedBars(String title, String note, List<Bars> panels, int minArticles) {
    List<String> series = new ArrayList<>();
    int maxGroups = 1;
    List<Value> all = new ArrayList<>();
    for (Bars b : panels) {
      for (String s : b.series()) if (!series.contains(s)) series.add(s);
      maxGroups = Math.max(maxGroups, b.groups().size());
      b.values().values().forEach(m -> all.addAll(m.values()));
    }
    double range = range(all);
    int nSeries = Math.max(1, series.size());
    double left = 78;
    double minSlot = Math.max(100, nSeries * 26 / 0.8);
    int cols = panels.size() <= 1 ? 1 : (int) Math.max(1, Math.min(Math.min(3, panels.size()),
        Math.floor(1280 / (left + maxGroups * minSlot + 20))));
    // fill at least 760 px (one panel) and share the width of the grid between its panels
    double slot = Math.max(minSlot, ((cols == 1 ? 760 : 1280.0 / cols) - left - 20) / maxGroups);
    if (cols > 1) slot = Math.min(slot, minSlot * 1.6);
    double barW = Math.min(44, slot * 0.8 / nSeries);
    double panelW = left + maxGroups * slot + 20;
    int width = (int) Math.ceil(Math.max(760, cols * panelW + 10));
    double panelH = 330;
    int rows = (panels.size() + cols - 1) / cols;
    double headerH = header(null, title, note, width, minArticles, true).height;
    int height = (int) Math.ceil(headerH + legendHeight(series, width) + Math.max(1, rows) * panelH + 10);
    Drawing d = new Drawing(width, height);
    double y = header(d, title, note, width, minArticles, true).height;
    y = legend(d, series, width, y);
    for (int i = 0; i < panels.size(); i++) {
      barPanel(d, panels.get(i), series, (i % cols) * panelW + left, y + (i / cols) * panelH, slot, barW, panelH,
          range);
    }
    return d;
  }

  private static void barPanel(Drawing d, Bars b, List<String> series, double left, double top, double slot,
      double barW, double panelH, double range) {
    double plotTop = top + (b.title() == null ? 10 : 30);
    double plotH = panelH - (plotTop - top) - 92;
    double plotW = Math.max(1, b.groups().size()) * slot;
    if (b.title() != null) d.text(b.title(), left, top + 20, PANEL_TITLE, true, Palette.TEXT, Anchor.START);
    YAxis ya = new YAxis(plotTop, plotH, range);
    ya.draw(d, left, plotW);
    if (b.groups().isEmpty()) {
      d.text("no data", left + plotW / 2, plotTop + plotH / 2, LABEL, false, Palette.MUTED, Anchor.MIDDLE);
    }
    double nRowY = plotTop + plotH + 16;
    d.text("articles", left - 8, nRowY, SMALL, false, Palette.MUTED, Anchor.END);
    for (int gi = 0; gi < b.groups().size(); gi++) {
      String group = b.groups().get(gi);
      double gx = left + gi * slot;
      double inner = series.size() * barW;
      double bx0 = gx + (slot - inner) / 2;
      Map<String, Value> vals = b.values().getOrDefault(group, Map.of());
      for (int si = 0; si < series.size(); si++) {
        Value v = vals.get(series.get(si));
        double cx = bx0 + si * barW + barW / 2;
        if (v == null) {
          d.text("–", cx, nRowY, SMALL, false, Palette.MUTED, Anchor.MIDDLE);
          continue;
        }
        Color c = Palette.series(si);
        double y0 = ya.y(0);
        double y1 = ya.y(v.mean());
        double h = Math.abs(y1 - y0);
        d.rect(cx - barW / 2 + 2, Math.min(y0, y1), barW - 4, Math.max(h, 1), c, v.lowSupport() ? 0.35 : 1.0,
            v.lowSupport() ? c : null, 1, v.lowSupport());
        double lo = ya.y(Math.max(-range, v.ciLow()));
        double hi = ya.y(Math.min(range, v.ciHigh()));
        d.line(cx, lo, cx, hi, Palette.TEXT, 1.3, false);
        d.line(cx - 5, lo, cx + 5, lo, Palette.TEXT, 1.3, false);
        d.line(cx - 5, hi, cx + 5, hi, Palette.TEXT, 1.3, false);
        d.text(compact(v.nArticles()), cx, nRowY, SMALL, false, v.lowSupport() ? Palette.MUTED : Palette.TEXT,
            Anchor.MIDDLE);
      }
      List<String> lines = wrap(group, slot - 8, LABEL, 3);
      double ly = nRowY + 20;
      for (String line : lines) {
        d.text(line, gx + slot / 2, ly, LABEL, false, Palette.TEXT, Anchor.MIDDLE);
        ly += 15;
      }
      String sub = b.groupSubtitles() == null || gi >= b.groupSubtitles().size() ? null : b.groupSubtitles().get(gi);
      if (sub != null && !sub.isEmpty()) {
        for (String line : wrap(sub, slot - 8, SMALL, lines.size() >= 3 ? 1 : 2)) {
          d.text(line, gx + slot / 2, ly, SMALL, false, Palette.MUTED, Anchor.MIDDLE);
          ly += 12;
        }
      }
    }
  }

  /** Tone over time: one panel per target, one line per outlet. */
  public static Drawing lines(String title, String note, List<Lines> panels, int minArticles) {
    List<String> names = new ArrayList<>();
    List<Value> everything = new ArrayList<>();
    for (Lines l : panels) {
      for (String n : l.lineNames()) if (!names.contains(n)) names.add(n);
      l.values().values().forEach(m -> everything.addAll(m.values()));
    }
    double range = range(everything);
    int width = 960;
    double left = 78;
    double plotW = width - left - 30;
    double panelH = 260;
    double headerH = header(null, title, note, width, minArticles, false).height;
    int height = (int) Math.ceil(headerH + legendHeight(names, width) + Math.max(1, panels.size()) * panelH + 10);
    Drawing d = new Drawing(width, height);
    double y = header(d, title, note, width, minArticles, false).height;
    y = legend(d, names, width, y);
    if (panels.isEmpty()) {
      d.text("no dated articles", width / 2.0, y + 60, LABEL, false, Palette.MUTED, Anchor.MIDDLE);
    }
    for (Lines p : panels) {
      double plotTop = y + 30;
      double plotH = panelH - 30 - 52;
      d.text(p.title(), left, y + 20, PANEL_TITLE, true, Palette.TEXT, Anchor.START);
      TreeSet<LocalDate> dates = new TreeSet<>();
      for (Map<LocalDate, Value> m : p.values().values()) dates.addAll(m.keySet());
      YAxis ya = new YAxis(plotTop, plotH, range);
      ya.draw(d, left, plotW);
      List<LocalDate> ds = new ArrayList<>(dates);
      double step = ds.size() <= 1 ? 0 : plotW * 0.92 / (ds.size() - 1);
      double x0 = left + (ds.size() <= 1 ? plotW / 2 : plotW * 0.04);
      int every = (int) Math.max(1, Math.ceil(84 / Math.max(step, 1e-9)));
      if (ds.size() <= 1) every = 1;
      for (int i = 0; i < ds.size(); i++) {
        double x = x0 + i * step;
        d.line(x, plotTop + plotH, x, plotTop + plotH + 4, Palette.AXIS, 1, false);
        if (i % every == 0) {
          d.text(ds.get(i).toString(), x, plotTop + plotH + 18, SMALL, false, Palette.TEXT, Anchor.MIDDLE);
        }
      }
      for (int li = 0; li < names.size(); li++) {
        Map<LocalDate, Value> m = p.values().get(names.get(li));
        if (m == null) continue;
        Color c = Palette.series(li);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        // one polyline per run of consecutive periods: no line across a period without data
        for (int i = 0; i <= ds.size(); i++) {
          Value v = i < ds.size() ? m.get(ds.get(i)) : null;
          if (v != null) {
            xs.add(x0 + i * step);
            ys.add(ya.y(v.mean()));
            continue;
          }
          d.polyline(xs.stream().mapToDouble(Double::doubleValue).toArray(),
              ys.stream().mapToDouble(Double::doubleValue).toArray(), c, 2);
          xs.clear();
          ys.clear();
        }
        for (int i = 0; i < ds.size(); i++) {
          Value v = m.get(ds.get(i));
          if (v == null) continue;
          double x = x0 + i * step;
          if (v.lowSupport()) d.circle(x, ya.y(v.mean()), 4, Color.WHITE, c);
          else d.circle(x, ya.y(v.mean()), 4, c, null);
        }
      }
      d.text("period start", left + plotW / 2, plotTop + plotH + 38, SMALL, false, Palette.MUTED, Anchor.MIDDLE);
      y += panelH;
    }
    return d;
  }

  /** Heatmap of mean tone, rows × columns, with the value and the number of articles in each cell. */
  public static Drawing heatmap(String title, String note, String rowTitle, Matrix m, int minArticles) {
    double cellW = 118;
    double cellH = 40;
    double rowLabelW = 0;
    for (String r : m.rows()) rowLabelW = Math.max(rowLabelW, Drawing.textWidth(r, LABEL, false));
    rowLabelW = Math.min(260, Math.max(120, rowLabelW + 16));
    double left = rowLabelW + 20;
    double legendW = 30 + 18 + 8 + Drawing.textWidth("−1 negative", SMALL, false) + 10;
    int width = (int) Math.ceil(Math.max(640, left + m.columns().size() * cellW + legendW + 20));
    double headerH = header(null, title, note, width, minArticles, false).height;
    double gridTop = headerH + 48;
    int height = (int) Math.ceil(gridTop + Math.max(1, m.rows().size()) * cellH + 40);
    height = (int) Math.max(height, gridTop + 230);
    Drawing d = new Drawing(width, height);
    header(d, title, note, width, minArticles, false);
    d.text(rowTitle, 20, gridTop - 12, LABEL, true, Palette.TEXT, Anchor.START);
    for (int ci = 0; ci < m.columns().size(); ci++) {
      double cx = left + ci * cellW + cellW / 2;
      d.text(ellipsize(m.columns().get(ci), cellW - 6, LABEL), cx, gridTop - 12, LABEL, true, Palette.TEXT,
          Anchor.MIDDLE);
    }
    if (m.rows().isEmpty()) d.text("no data", left + 60, gridTop + 30, LABEL, false, Palette.MUTED, Anchor.START);
    for (int ri = 0; ri < m.rows().size(); ri++) {
      String row = m.rows().get(ri);
      double top = gridTop + ri * cellH;
      d.text(ellipsize(row, rowLabelW - 4, LABEL), left - 10, top + cellH / 2 + 4, LABEL, false, Palette.TEXT,
          Anchor.END);
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

  private record Box(double height) {}

  /** Title, then the note wrapped to the width; with d == null only measures. */
  private static Box header(Drawing d, String title, String note, int width, int minArticles, boolean bars) {
    double y = 30;
    if (d != null) d.text(ellipsize(title, width - 40, TITLE), 20, y, TITLE, true, Palette.TEXT, Anchor.START);
    y += 20;
    String fixed = bars
        ? "Bars: mean tone. Whiskers: 95% interval (articles as clusters, never narrower than few articles "
            + "warrant). Numbers under the bars: articles. "
            + "Faded bars: fewer than " + minArticles + " articles."
        : "Low support: fewer than " + minArticles + " articles.";
    String text = note == null || note.isEmpty() ? fixed : note + " " + fixed;
    for (String line : wrap(text, width - 40, SUBTITLE, 4)) {
      if (d != null) d.text(line, 20, y, SUBTITLE, false, Palette.MUTED, Anchor.START);
      y += 16;
    }
    return new Box(y + 4);
  }

  private static double legendHeight(List<String> names, int width) {
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

  private static double legend(Drawing d, List<String> names, int width, double y) {
    for (List<Integer> row : legendRows(names, width)) {
      double x = 20;
      for (int i : row) {
        String label = ellipsize(names.get(i), 220, LABEL);
        d.rect(x, y + 4, 14, 14, Palette.series(i), null, 0);
        d.text(label, x + 20, y + 15, LABEL, false, Palette.TEXT, Anchor.START);
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

  private static final class YAxis {
    final double top;
    final double height;
    final double range;

    YAxis(double top, double height, double range) {
      this.top = top;
      this.height = height;
      this.range = range;
    }

    double y(double v) {
      double c = Math.max(-range, Math.min(range, v));
      return top + (range - c) / (2 * range) * height;
    }

    void draw(Drawing d, double left, double width) {
      double step = range <= 0.25 ? 0.05 : range <= 0.5 ? 0.1 : 0.25;
      int n = (int) Math.round(range / step);
      for (int i = -n; i <= n; i++) {
        double v = i * step;
        double yy = y(v);
        d.line(left, yy, left + width, yy, i == 0 ? Palette.AXIS : Palette.GRID, i == 0 ? 1.2 : 0.8, false);
        d.text(signed(v), left - 8, yy + 4, SMALL, false, Palette.TEXT, Anchor.END);
      }
      d.rect(left, top, width, height, null, Palette.GRID, 0.8);
      double cy = top + height / 2;
      d.text(Y_TITLE, left - 50, cy, SMALL, false, Palette.TEXT, Anchor.MIDDLE, -90);
    }
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

  /** Words wrapped to {@code maxWidth}; past {@code maxLines}, the last line ends with an ellipsis. */
  public static List<String> wrap(String text, double maxWidth, double size, int maxLines) {
    List<String> lines = new ArrayList<>();
    String s = text == null ? "" : text.strip().replaceAll("\\s+", " ");
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
      if (last && more) l = l + "…";
      lines.set(i, ellipsize(l, maxWidth, size));
    }
    if (lines.size() > maxLines) return lines.subList(0, maxLines);
    return lines;
  }

  /** {@code s} shortened with an ellipsis to fit {@code maxWidth}. */
  public static String ellipsize(String s, double maxWidth, double size) {
    if (s == null) return "";
    if (Drawing.textWidth(s, size, false) <= maxWidth) return s;
    int end = s.length();
    while (end > 1 && Drawing.textWidth(s.substring(0, end) + "…", size, false) > maxWidth) end--;
    return s.substring(0, end).strip() + "…";
  }
}
