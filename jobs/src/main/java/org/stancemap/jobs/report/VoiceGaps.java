package org.stancemap.jobs.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.stancemap.jobs.ChartsJob;
import org.stancemap.jobs.charts.ChartData.Value;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.stats.StudentT;

/**
 * The gap between an outlet's own voice and the voices it quotes, toward one target: own mean −
 * quoted mean, with a 95% interval over articles as clusters (CR1, as the tables' intervals: an
 * article holding both voices counts once, so the covariance of its two means is in). Where
 * either voice has fewer articles than the minimum support, or CR1 collapses to a point, the
 * interval is at least as wide as the two voices' own published intervals combined
 * (√(h_own² + h_quoted²)), and the gap is marked low.
 */
public final class VoiceGaps {
  private VoiceGaps() {}

  public record Gap(String outlet, String target, Value own, Value quoted, double gap, double low, double high,
      boolean lowSupport) {
    /** The interval does not hold 0. */
    public boolean clear() {
      return low > 0 || high < 0;
    }
  }

  /**
   * @param sums rows of {@link ReportQueries#gapSums}
   * @param byOutlet the by_outlet table (own and quoted rows give each voice's mean and interval)
   */
  public static List<Gap> gaps(List<Row> sums, List<Row> byOutlet, int minArticles) {
    Map<String, Value> voices = new HashMap<>();
    for (Row r : byOutlet) {
      voices.put(key(name(r.getAs(AggregateColumns.OUTLET)), r.getAs(AggregateColumns.TARGET), r.getAs(AggregateColumns.VOICE)),
          new Value(num(r, AggregateColumns.MEAN_SCORE), num(r, AggregateColumns.CI_LOW), num(r, AggregateColumns.CI_HIGH),
              (long) num(r, AggregateColumns.N_ARTICLES), (long) num(r, AggregateColumns.N_STATEMENTS),
              Boolean.TRUE.equals(r.getAs(AggregateColumns.LOW_SUPPORT))));
    }
    List<Gap> out = new ArrayList<>();
    for (Row r : sums) {
      String outlet = name(r.getAs(AggregateColumns.OUTLET));
      String target = r.getAs(AggregateColumns.TARGET);
      double no = num(r, "No");
      double nq = num(r, "Nq");
      if (no == 0 || nq == 0) continue;
      long g = (long) num(r, "G");
      double mo = num(r, "So") / no;
      double mq = num(r, "Sq") / nq;
      double aa = (num(r, "Qo") - 2 * mo * num(r, "Po") + mo * mo * num(r, "Ro")) / (no * no);
      double bb = (num(r, "Qq") - 2 * mq * num(r, "Pq") + mq * mq * num(r, "Rq")) / (nq * nq);
      double ab = (num(r, "Xss") - mq * num(r, "Xsn") - mo * num(r, "Xns") + mo * mq * num(r, "Xnn")) / (no * nq);
      double half = g < 2 ? 2 : StudentT.quantile975(g - 1) * Math.sqrt(Math.max(0, (double) g / (g - 1) * (aa + bb - 2 * ab)));
      Value own = voices.get(key(outlet, target, AggregateColumns.VOICE_OWN));
      Value quoted = voices.get(key(outlet, target, AggregateColumns.VOICE_QUOTED));
      boolean low = num(r, "Go") < minArticles || num(r, "Gq") < minArticles;
      if ((low || half < 1e-9) && own != null && quoted != null) {
        double ho = (own.ciHigh() - own.ciLow()) / 2;
        double hq = (quoted.ciHigh() - quoted.ciLow()) / 2;
        half = Math.max(half, Math.sqrt(ho * ho + hq * hq));
      }
      double gap = mo - mq;
      out.add(new Gap(outlet, target, own, quoted, gap, Math.max(-2, gap - half), Math.min(2, gap + half), low));
    }
    return out;
  }

  private static String key(String outlet, String target, String voice) {
    return outlet + "\u0000" + target + "\u0000" + voice;
  }

  private static String name(String outlet) {
    return outlet == null || outlet.isBlank() ? ChartsJob.NO_OUTLET : outlet;
  }

  private static double num(Row r, String column) {
    Object v = r.getAs(column);
    return v == null ? 0 : ((Number) v).doubleValue();
  }
}
