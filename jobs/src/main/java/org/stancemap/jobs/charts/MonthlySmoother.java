package org.stancemap.jobs.charts;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.stancemap.jobs.charts.ChartData.Value;

/**
 * A smoothed monthly tone with its 95% band, from by_date's month rows of one outlet × target.
 * The smoothed value at month t is the mean of the monthly means within ±{@link #HALF_WIDTH}
 * months, each weighted by a triangular kernel (1, 2/3, 1/3 at 0, 1, 2 months) times its number
 * of articles. Months hold different articles, so their means are independent: with se_k the
 * month's standard error read off its published 95% interval (half-width / 1.96: CR1 over
 * articles, widened where support is low), Var(s_t) = Σ w_k² se_k² / (Σ w_k)², and the band is
 * s_t ± 1.96 √Var, cut to [−1, 1]. A month without data is smoothed only when months with data
 * lie within the kernel on both sides of it (a gap of at most {@link #HALF_WIDTH} months): a longer
 * gap breaks the line, and nothing is drawn where there is no data.
 */
public final class MonthlySmoother {
  private MonthlySmoother() {}

  /** Months either side that the kernel reaches. */
  public static final int HALF_WIDTH = 2;
  private static final double Z = 1.959963984540054;

  /** The smoothed tone at one month, with its 95% band. */
  public record Point(YearMonth month, double mean, double low, double high) {}

  /** The smoothed line as runs of consecutive months: a new run after a gap the kernel cannot bridge. */
  public static List<List<Point>> smooth(Map<YearMonth, Value> months) {
    NavigableMap<YearMonth, Value> data = new TreeMap<>(months);
    List<List<Point>> runs = new ArrayList<>();
    if (data.isEmpty()) return runs;
    List<Point> run = new ArrayList<>();
    for (YearMonth t = data.firstKey(); !t.isAfter(data.lastKey()); t = t.plusMonths(1)) {
      Point p = at(data, t);
      if (p != null) {
        run.add(p);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) runs.add(run);
    return runs;
  }

  /** The smoothed value at {@code t}, or null when t has no data and the kernel has none on one side of it. */
  static Point at(NavigableMap<YearMonth, Value> data, YearMonth t) {
    if (!data.containsKey(t) && (data.subMap(t.minusMonths(HALF_WIDTH), true, t, false).isEmpty()
        || data.subMap(t, false, t.plusMonths(HALF_WIDTH), true).isEmpty())) {
      return null;
    }
    double sw = 0;
    double swm = 0;
    double swwv = 0;
    for (Map.Entry<YearMonth, Value> e : data.subMap(t.minusMonths(HALF_WIDTH), true, t.plusMonths(HALF_WIDTH), true)
        .entrySet()) {
      Value v = e.getValue();
      if (v.nArticles() <= 0) continue;
      long d = Math.abs(ChronoUnit.MONTHS.between(t, e.getKey()));
      double w = (HALF_WIDTH + 1.0 - d) / (HALF_WIDTH + 1.0) * v.nArticles();
      double se = (v.ciHigh() - v.ciLow()) / (2 * Z);
      sw += w;
      swm += w * v.mean();
      swwv += w * w * se * se;
    }
    if (sw == 0) return null;
    double mean = swm / sw;
    double half = Z * Math.sqrt(swwv) / sw;
    return new Point(t, mean, Math.max(-1, mean - half), Math.min(1, mean + half));
  }
}
