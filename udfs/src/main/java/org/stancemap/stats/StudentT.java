package org.stancemap.stats;

/**
 * The two-sided 95% quantile of Student's t distribution, for the cluster-robust confidence
 * intervals of the aggregate tables. Exact table values up to 30 degrees of freedom, then the
 * Cornish-Fisher expansion around the normal quantile (error below 1e-4 from 30 on).
 */
public final class StudentT {
  private StudentT() {}

  /** t(0.975; df) for df = 1..30 (standard table values). */
  private static final double[] T975 = {
      Double.NaN, 12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
      2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
      2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};

  /** The 0.975 quantile of the standard normal distribution (t's limit as df grows). */
  public static final double Z975 = 1.959963984540054;

  /** The 0.975 quantile of t with {@code df} degrees of freedom; NaN when df < 1. */
  public static double quantile975(long df) {
    if (df < 1) return Double.NaN;
    if (df < T975.length) return T975[(int) df];
    double z = Z975;
    double z2 = z * z;
    double v = df;
    return z
        + (z2 * z + z) / (4 * v)
        + (5 * Math.pow(z, 5) + 16 * z2 * z + 3 * z) / (96 * v * v)
        + (3 * Math.pow(z, 7) + 19 * Math.pow(z, 5) + 17 * z2 * z - 15 * z) / (384 * v * v * v);
  }
}
