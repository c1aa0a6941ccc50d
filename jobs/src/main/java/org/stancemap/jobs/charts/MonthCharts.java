package org.stancemap.jobs.charts;

import java.awt.Color;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stancemap.jobs.charts.ChartData.Value;
import org.stancemap.jobs.charts.Drawing.Anchor;

/**
 * Tone by month as small multiples: one row per outlet, one column per target, every panel on one
 * tone scale and one calendar axis. In each panel the monthly means are points whose size grows
 * with the month's articles (hollow: fewer than the minimum support), and the
 * {@link MonthlySmoother} line runs through them with its 95% band. A month without data has no
 * point, and where the kernel cannot bridge a gap the line and band stop: nothing is drawn at 0
 * for want of data.
 *
 * <p>SVG classes: {@code tone-band} (the band: a polygon, or a narrow bar for a one-month run),
 * {@code tone-smooth} (the smoothed line), {@code tone-month} and {@code tone-month-low} (the
 * monthly points).
 */
public final class MonthCharts {
  private MonthCharts() {}

  /** Articles per outlet × target × month: outlet → target → month → value. */
  public record Grid(List<String> outlets, List<String> outletNotes, List<String> targets,
      Map<String, Map<String, Map<YearMonth, Value>>> values) {}

  static final double ROW_LABEL = 20;
  static final double PLOT_H = 92;
  static final double ROW_GAP = 12;
  static final double LEFT = 62;
  static final double RIGHT = 16;
  static final double COL_GAP = 18;

  public static Drawing tone(String title, String note, Grid g, int minArticles) {
    String fixed = "Points: the monthly mean tone, larger with more articles; hollow: fewer than " + minArticles
        + " articles. Line: weighted moving average over ±" + MonthlySmoother.HALF_WIDTH + " months (triangular "
        + "kernel × articles); band: its 95% interval. A gap of more than " + MonthlySmoother.HALF_WIDTH
        + " months without data breaks line and band. y: mean tone, −1 … +1.";
    int width = Charts.WIDTH;
    double headerH = Charts.header(null, title, note, width, fixed).height();
    int rows = Math.max(1, g.outlets().size());
    int height = (int) Math.ceil(headerH + 24 + rows * (ROW_LABEL + PLOT_H + ROW_GAP) + 28);
    Drawing d = new Drawing(width, height);
    double y = Charts.header(d, title, note, width, fixed).height();

    // one calendar axis and one tone scale for every panel
    YearMonth first = null;
    YearMonth last = null;
    List<Value> everything = new ArrayList<>();
    long maxArticles = 1;
    List<MonthlySmoother.Point> smoothed = new ArrayList<>();
    for (Map<String, Map<YearMonth, Value>> byTarget : g.values().values()) {
      for (Map<YearMonth, Value> months : byTarget.values()) {
        for (Map.Entry<YearMonth, Value> e : months.entrySet()) {
          first = first == null || e.getKey().isBefore(first) ? e.getKey() : first;
          last = last == null || e.getKey().isAfter(last) ? e.getKey() : last;
          maxArticles = Math.max(maxArticles, e.getValue().nArticles());
          Value v = e.getValue();
          // the scale holds the points and the bands, not each month's own (often wide) interval
          everything.add(new Value(v.mean(), v.mean(), v.mean(), v.nArticles(), v.nStatements(), v.lowSupport()));
        }
        MonthlySmoother.smooth(months).forEach(smoothed::addAll);
      }
    }
    for (MonthlySmoother.Point p : smoothed) everything.add(new Value(p.mean(), p.low(), p.high(), 1, 1, false));
    if (first == null) {
      d.text("no dated statements", width / 2.0, y + 60, Charts.LABEL, false, Palette.MUTED, Anchor.MIDDLE);
      return d;
    }
    double range = Charts.range(everything);
    int cols = Math.max(1, g.targets().size());
    double panelW = (width - LEFT - RIGHT - (cols - 1) * COL_GAP) / cols;
    long span = ChronoUnit.MONTHS.between(first, last);
    for (int c = 0; c < g.targets().size(); c++) {
      d.text(Charts.ellipsize(g.targets().get(c), panelW, Charts.PANEL_TITLE), LEFT + c * (panelW + COL_GAP) + panelW / 2,
          y + 16, Charts.PANEL_TITLE, true, Palette.TEXT, Anchor.MIDDLE);
    }
    y += 24;
    for (int r = 0; r < g.outlets().size(); r++) {
      String outlet = g.outlets().get(r);
      String label = outlet + (g.outletNotes() == null || g.outletNotes().get(r).isEmpty() ? "" : " (" + g.outletNotes().get(r) + ")");
      d.text(Charts.ellipsize(label, width - LEFT - RIGHT, Charts.LABEL), LEFT, y + 15, Charts.LABEL, true, Palette.TEXT,
          Anchor.START);
      double top = y + ROW_LABEL;
      Charts.YAxis ya = Charts.YAxis.tone(top, PLOT_H, range);
      for (int c = 0; c < g.targets().size(); c++) {
        double left = LEFT + c * (panelW + COL_GAP);
        Axis ax = new Axis(first, span, left, panelW);
        frame(d, ya, ax, left, panelW, range, c == 0, r == g.outlets().size() - 1);
        Map<YearMonth, Value> months = g.values().getOrDefault(outlet, Map.of()).get(g.targets().get(c));
        if (months == null || months.isEmpty()) {
          d.text("no dated statements", left + panelW / 2, top + PLOT_H / 2 + 4, Charts.SMALL, false, Palette.MUTED,
              Anchor.MIDDLE);
          continue;
        }
        panel(d, ya, ax, months, Palette.series(c), maxArticles);
      }
      y += ROW_LABEL + PLOT_H + ROW_GAP;
    }
    return d;
  }

  /** Month → x in one panel: the months from the first to the last, evenly, with a margin. */
  record Axis(YearMonth first, long span, double left, double width) {
    double x(YearMonth m) {
      if (span == 0) return left + width / 2;
      return left + width * 0.04 + width * 0.92 * ChronoUnit.MONTHS.between(first, m) / span;
    }
  }

  /** The panel's box, zero line and gridlines; tone labels in the first column, calendar labels in the last row. */
  private static void frame(Drawing d, Charts.YAxis ya, Axis ax, double left, double w, double range, boolean yLabels,
      boolean xLabels) {
    for (double v : new double[] {-range, -range / 2, 0, range / 2, range}) {
      boolean zero = v == 0;
      d.line(left, ya.y(v), left + w, ya.y(v), zero ? Palette.AXIS : Palette.GRID, zero ? 1 : 0.7, false);
      if (yLabels && v != -range / 2 && v != range / 2) {
        d.text(Charts.signed(v), left - 6, ya.y(v) + 4, Charts.SMALL, false, Palette.TEXT, Anchor.END);
      }
    }
    d.rect(left, ya.y(range), w, ya.y(-range) - ya.y(range), null, Palette.GRID, 0.8);
    // calendar ticks: every year when the axis spans years, else every few months
    YearMonth end = ax.first().plusMonths(ax.span());
    int every = ax.span() > 30 ? 12 : ax.span() > 12 ? 6 : ax.span() > 6 ? 3 : 1;
    double labelW = Drawing.textWidth(ax.span() > 30 ? "2020" : "2020-03", Charts.SMALL, false) + 8;
    double lastLabel = Double.NEGATIVE_INFINITY;
    for (YearMonth m = ax.first(); !m.isAfter(end); m = m.plusMonths(1)) {
      boolean tick = every == 12 ? m.getMonthValue() == 1 : (m.getMonthValue() - 1) % every == 0;
      if (!tick && !(ax.span() == 0)) continue;
      double x = ax.x(m);
      d.line(x, ya.y(-range), x, ya.y(-range) + 4, Palette.AXIS, 1, false);
      if (xLabels && x - lastLabel >= labelW && x + labelW / 2 <= left + w + COL_GAP / 2) {
        d.text(every == 12 ? String.valueOf(m.getYear()) : m.toString(), x, ya.y(-range) + 17, Charts.SMALL, false,
            Palette.TEXT, Anchor.MIDDLE);
        lastLabel = x;
      }
    }
  }

  /** Band, smoothed line, then the monthly points on top. */
  private static void panel(Drawing d, Charts.YAxis ya, Axis ax, Map<YearMonth, Value> months, Color color,
      long maxArticles) {
    for (List<MonthlySmoother.Point> run : MonthlySmoother.smooth(months)) {
      int n = run.size();
      if (n == 1) {
        MonthlySmoother.Point p = run.get(0);
        d.tag("tone-band").rect(ax.x(p.month()) - 3, ya.y(p.high()), 6, ya.y(p.low()) - ya.y(p.high()), color, 0.2, null, 0,
            false);
        continue;
      }
      double[] xs = new double[2 * n];
      double[] ys = new double[2 * n];
      double[] lx = new double[n];
      double[] ly = new double[n];
      for (int k = 0; k < n; k++) {
        MonthlySmoother.Point p = run.get(k);
        xs[k] = ax.x(p.month());
        ys[k] = ya.y(p.high());
        xs[2 * n - 1 - k] = xs[k];
        ys[2 * n - 1 - k] = ya.y(p.low());
        lx[k] = xs[k];
        ly[k] = ya.y(p.mean());
      }
      d.tag("tone-band").polygon(xs, ys, color, 0.2);
      d.tag("tone-smooth").polyline(lx, ly, color, 2);
    }
    for (Map.Entry<YearMonth, Value> e : months.entrySet()) {
      Value v = e.getValue();
      double r = 1.8 + 3.2 * Math.sqrt((double) v.nArticles() / maxArticles);
      if (v.lowSupport()) d.tag("tone-month-low").circle(ax.x(e.getKey()), ya.y(v.mean()), r, Color.WHITE, color);
      else d.tag("tone-month").circle(ax.x(e.getKey()), ya.y(v.mean()), r, color, Color.WHITE);
    }
  }
}
