package org.stancemap.jobs.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.jobs.charts.ChartData.Value;
import org.stancemap.jobs.charts.Drawing.Anchor;

/**
 * Small multiples in rows: the same rows (outlets, speakers) in every panel (one per target), each
 * row read across the panels, every panel on one common scale. Tone is a dot at the mean with its
 * 95% interval as a line; a share is a bar with its interval. Drawn at {@link Charts#WIDTH}, so
 * the report shows it unscaled; at most {@link #PANELS_PER_BLOCK} panels side by side, more
 * targets start a new block below.
 */
public final class RowCharts {
  private RowCharts() {}

  public enum Scale { TONE, SHARE }

  static final int PANELS_PER_BLOCK = 4;
  private static final double SERIES_H = 16;
  private static final double VALUE_W = 52;

  /**
   * @param rows row labels, top to bottom; {@code rowNotes} a muted second line per row (or null)
   * @param panels one panel per entry (e.g. targets), left to right
   * @param series the marks of a row in each panel (e.g. own voice, quoted voices), one colour each
   * @param values panel → row → series → value; for {@link Scale#SHARE} the value's mean is the
   *     share and its interval the share's
   */
  public record Panels(List<String> rows, List<String> rowNotes, List<String> panels, List<String> series,
      Map<String, Map<String, Map<String, Value>>> values) {}

  public static Drawing draw(String title, String note, Panels p, Scale scale, String fixed) {
    int width = Charts.WIDTH;
    List<Value> all = new ArrayList<>();
    p.values().values().forEach(byRow -> byRow.values().forEach(bySeries -> all.addAll(bySeries.values())));
    double lo;
    double hi;
    if (scale == Scale.TONE) {
      hi = Charts.range(all);
      lo = -hi;
    } else {
      double max = all.stream().mapToDouble(v -> Math.max(v.mean(), Math.min(1, v.ciHigh()))).max().orElse(0.1);
      lo = 0;
      hi = Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
    }
    boolean notes = p.rowNotes() != null && p.rowNotes().stream().anyMatch(n -> n != null && !n.isBlank());
    double labelW = 0;
    for (String r : p.rows()) labelW = Math.max(labelW, Drawing.textWidth(r, Charts.LABEL, false));
    labelW = Math.min(230, Math.max(110, labelW + 14));
    int nSeries = Math.max(1, p.series().size());
    double rowH = Math.max(notes ? 36 : 26, nSeries * SERIES_H + 10);
    int perBlock = Math.max(1, Math.min(PANELS_PER_BLOCK, p.panels().size()));
    int blocks = Math.max(1, (p.panels().size() + perBlock - 1) / perBlock);
    double gap = 22;
    double left = 20 + labelW;
    double panelW = (width - left - 20 - (perBlock - 1) * gap) / perBlock;
    double plotW = panelW - VALUE_W;
    // gridlines far enough apart for their labels
    double step = 1;
    for (double s : new double[] {0.05, 0.1, 0.2, 0.25, 0.5, 1}) {
      if (Math.abs((hi - lo) / s - Math.round((hi - lo) / s)) < 1e-9 && plotW * s / (hi - lo) >= 40) {
        step = s;
        break;
      }
    }
    double blockH = 30 + Math.max(1, p.rows().size()) * rowH + 40;

    Charts.Box head = Charts.header(null, title, note, width, fixed);
    List<String> legendNames = p.series().size() > 1 ? p.series() : List.of();
    double legendH = legendNames.isEmpty() ? 0 : Charts.legendHeight(legendNames, width);
    int height = (int) Math.ceil(head.height() + legendH + blocks * blockH + 8);
    Drawing d = new Drawing(width, height);
    double y = Charts.header(d, title, note, width, fixed).height();
    if (!legendNames.isEmpty()) y = Charts.legend(d, legendNames, width, y);

    for (int b = 0; b < blocks; b++) {
      List<String> panels = p.panels().subList(b * perBlock, Math.min(p.panels().size(), (b + 1) * perBlock));
      double rowsTop = y + 30;
      // rows: label (and note) at the left, a light band on every other row across the panels
      for (int ri = 0; ri < p.rows().size(); ri++) {
        double top = rowsTop + ri * rowH;
        if (ri % 2 == 1) d.rect(20, top, width - 40, rowH, new Color(0xF4F4F4), null, 0);
        String note2 = p.rowNotes() == null || ri >= p.rowNotes().size() ? null : p.rowNotes().get(ri);
        boolean hasNote = note2 != null && !note2.isBlank();
        double ly = top + rowH / 2 + (hasNote ? -2 : 4.5);
        Charts.label(d, p.rows().get(ri), labelW - 12, left - 12, ly, Charts.LABEL, false, Palette.TEXT, Anchor.END);
        if (hasNote) {
          d.text(Charts.ellipsize(note2, labelW - 12, Charts.SMALL), left - 12, ly + 14, Charts.SMALL, false,
              Palette.MUTED, Anchor.END);
        }
      }
      if (p.rows().isEmpty()) d.text("no data", left + 20, rowsTop + 18, Charts.LABEL, false, Palette.MUTED, Anchor.START);
      for (int pi = 0; pi < panels.size(); pi++) {
        String panel = panels.get(pi);
        double px = left + pi * (panelW + gap);
        Charts.label(d, panel, plotW - 6, px, y + 20, Charts.PANEL_TITLE, true, Palette.TEXT, Anchor.START);
        double bottom = rowsTop + Math.max(1, p.rows().size()) * rowH;
        int n = (int) Math.round((hi - lo) / step);
        for (int i = 0; i <= n; i++) {
          double v = lo + i * step;
          double x = px + (v - lo) / (hi - lo) * plotW;
          boolean zero = Math.abs(v) < 1e-9;
          d.line(x, rowsTop, x, bottom, zero ? Palette.AXIS : Palette.GRID, zero ? 1.2 : 0.8, false);
          d.text(scale == Scale.TONE ? tick(v) : percent(v), x, bottom + 16, Charts.SMALL, false, Palette.TEXT,
              Anchor.MIDDLE);
        }
        d.text(scale == Scale.TONE ? "n" : "share", px + plotW + VALUE_W - 2, rowsTop - 6, Charts.SMALL, false,
            Palette.MUTED, Anchor.END);
        Map<String, Map<String, Value>> byRow = p.values().getOrDefault(panel, Map.of());
        for (int ri = 0; ri < p.rows().size(); ri++) {
          Map<String, Value> bySeries = byRow.getOrDefault(p.rows().get(ri), Map.of());
          double top = rowsTop + ri * rowH + (rowH - nSeries * SERIES_H) / 2;
          for (int si = 0; si < p.series().size(); si++) {
            Value v = bySeries.get(p.series().get(si));
            double cy = top + si * SERIES_H + SERIES_H / 2;
            Color c = Palette.series(nSeries == 1 ? 0 : si);
            if (v == null) {
              d.text("–", px + plotW + VALUE_W - 2, cy + 4, Charts.SMALL, false, Palette.MUTED, Anchor.END);
              continue;
            }
            double x0 = px + (Math.max(lo, Math.min(hi, v.ciLow())) - lo) / (hi - lo) * plotW;
            double x1 = px + (Math.max(lo, Math.min(hi, v.ciHigh())) - lo) / (hi - lo) * plotW;
            double xm = px + (Math.max(lo, Math.min(hi, v.mean())) - lo) / (hi - lo) * plotW;
            if (scale == Scale.SHARE) {
              d.rect(px, cy - 6, Math.max(1, xm - px), 12, c, v.lowSupport() ? 0.35 : 0.9, null, 0, false);
              d.line(x0, cy, x1, cy, Palette.TEXT, 1.2, false);
              d.text(percent(v.mean()), px + plotW + VALUE_W - 2, cy + 4, Charts.SMALL, false,
                  v.lowSupport() ? Palette.MUTED : Palette.TEXT, Anchor.END);
            } else {
              d.line(x0, cy, x1, cy, c, 2, false);
              if (v.lowSupport()) d.circle(xm, cy, 4.5, Color.WHITE, c);
              else d.circle(xm, cy, 4.5, c, Color.WHITE);
              d.text(Charts.compact(v.nArticles()), px + plotW + VALUE_W - 2, cy + 4, Charts.SMALL, false,
                  v.lowSupport() ? Palette.MUTED : Palette.TEXT, Anchor.END);
            }
          }
        }
        d.text(scale == Scale.TONE ? "mean tone (−1 … +1)" : "share of the outlet's articles", px + plotW / 2,
            bottom + 32, Charts.SMALL, false, Palette.MUTED, Anchor.MIDDLE);
      }
      y += blockH;
    }
    return d;
  }

  /** A tone tick without trailing zeros: −1, −0.5, 0, +0.25. */
  static String tick(double v) {
    if (Math.abs(v) < 1e-9) return "0";
    String s = String.format(Locale.ROOT, "%+.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.replace('-', '\u2212');
  }

  static String percent(double v) {
    double pc = v * 100;
    if (pc > 0 && pc < 1) return "<1%";
    return String.format(Locale.ROOT, "%.0f%%", pc);
  }
}
