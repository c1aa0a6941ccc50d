package org.stancemap.stats;

/**
 * The measures of one aggregate group (docs/aggregates.md) from its per-article sums: the mean
 * score, its 95% interval, the label shares and the support flag.
 *
 * <p>The unit is one statement × target with score {@code x}; an article {@code a} of the group
 * contributes {@code n_a} units with score sum {@code s_a}. From {@code G} articles the group
 * keeps {@code N = Σ n_a}, {@code S = Σ s_a}, {@code Q = Σ s_a²}, {@code P = Σ s_a·n_a} and
 * {@code R = Σ n_a²}: sums that merge across article sets, so a group's measures never need its
 * rows. The mean is {@code m = S / N}; the interval is the cluster-robust (CR1) one,
 * {@code m ± t(0.975, G−1) · √(G/(G−1) · Σ_a (s_a − m·n_a)² / N²)} clipped to [−1, 1] (the whole
 * scale for one article), and where CR1 cannot be trusted (fewer articles than the minimum
 * support, or articles that agree exactly, which makes it a point) the bounded-scale floor
 * ({@link #floor}) widens it.
 */
public final class GroupMeasures {
  private GroupMeasures() {}

  /** A CR1 interval narrower than this is a point: the articles agree exactly. */
  public static final double DEGENERATE_WIDTH = 1e-9;

  /** The per-article sums of one group (see the class comment); {@code npos..nneu} count units by label. */
  public record Sums(long articles, long units, double s, double q, double p, double r, long npos, long nneg, long nneu) {}

  /** The measures of one group, as the aggregate tables name them. */
  public record Measures(long nStatements, long nArticles, double meanScore, double ciLow, double ciHigh,
      boolean ciWidened, double sharePos, double shareNeg, double shareNeu, boolean lowSupport) {}

  /** A 95% interval. */
  public record Interval(double low, double high) {}

  /** The measures of a group with sums {@code g}, flagged as low support under {@code minArticles} articles. */
  public static Measures of(Sums g, int minArticles) {
    double n = g.units();
    double m = g.s() / n;
    Interval cr1 = clusterRobust(m, g);
    Interval floor = floor(m, g.articles());
    boolean untrusted = g.articles() < minArticles || cr1.high() - cr1.low() < DEGENERATE_WIDTH;
    boolean widened = untrusted && (floor.low() < cr1.low() || floor.high() > cr1.high());
    return new Measures(g.units(), g.articles(), m,
        widened ? Math.min(cr1.low(), floor.low()) : cr1.low(),
        widened ? Math.max(cr1.high(), floor.high()) : cr1.high(),
        widened, g.npos() / n, g.nneg() / n, g.nneu() / n, g.articles() < minArticles);
  }

  /** The CR1 interval of the mean {@code m} (see the class comment); [−1, 1] for a single article. */
  public static Interval clusterRobust(double m, Sums g) {
    if (g.articles() < 2) return new Interval(-1.0, 1.0);
    double n = g.units();
    // Σ_a (s_a − m n_a)² expanded, from exact sums
    double resid = g.q() - m * 2 * g.p() + m * m * g.r();
    double groups = g.articles();
    double variance = groups / (double) (g.articles() - 1) * Math.max(resid, 0.0) / (n * n);
    double half = StudentT.quantile975(g.articles() - 1) * Math.sqrt(variance);
    return new Interval(Math.max(-1.0, m - half), Math.min(1.0, m + half));
  }

  /**
   * The floor under an untrusted interval: the Wilson score interval of p = (m+1)/2 over
   * {@code articles}, mapped back to −1 … +1, i.e. {@code (m ± z·√((1 − m² + z²/n)/n)) / (1 + z²/n)}
   * with z the normal 0.975 quantile. It is the interval a mean of values bounded in [−1, 1] would
   * get at the largest variance those bounds allow, holds the mean, and never shrinks to a point.
   */
  public static Interval floor(double m, long articles) {
    double z = StudentT.Z975;
    double n = articles;
    double k = z * z / n;
    double spread = Math.sqrt((Math.max(1.0 - m * m, 0.0) + k) / n) * z;
    double denominator = 1.0 + k;
    return new Interval(Math.max(-1.0, (m - spread) / denominator), Math.min(1.0, (m + spread) / denominator));
  }
}
