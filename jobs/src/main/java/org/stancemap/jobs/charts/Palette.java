package org.stancemap.jobs.charts;

import java.awt.Color;

/** Okabe-Ito colours (distinguishable with the common colour-vision deficiencies). */
public final class Palette {
  private Palette() {}

  public static final Color BLUE = new Color(0x0072B2);
  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color GREEN = new Color(0x009E73);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color PURPLE = new Color(0xCC79A7);
  public static final Color SKY = new Color(0x56B4E9);
  public static final Color YELLOW = new Color(0xF0E442);
  public static final Color BLACK = Color.BLACK;
  /** Series order: strongest contrasts on white first, yellow last. */
  public static final Color[] SERIES = {BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, BLACK, YELLOW};

  public static final Color TEXT = new Color(0x222222);
  public static final Color MUTED = new Color(0x666666);
  public static final Color GRID = new Color(0xDDDDDD);
  public static final Color AXIS = new Color(0x444444);
  public static final Color NO_DATA = new Color(0xEEEEEE);

  public static Color series(int i) {
    return SERIES[i % SERIES.length];
  }

  /** Diverging scale for tone: vermillion (-1) through near-white (0) to blue (+1). */
  public static Color diverging(double v) {
    double t = Math.max(-1, Math.min(1, v));
    Color mid = new Color(0xF7F7F7);
    Color end = t < 0 ? VERMILLION : BLUE;
    double a = Math.abs(t);
    return new Color(mix(mid.getRed(), end.getRed(), a), mix(mid.getGreen(), end.getGreen(), a),
        mix(mid.getBlue(), end.getBlue(), a));
  }

  private static int mix(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }

  /** Black or white, whichever reads better on {@code bg}. */
  public static Color textOn(Color bg) {
    double l = 0.2126 * bg.getRed() + 0.7152 * bg.getGreen() + 0.0722 * bg.getBlue();
    return l < 140 ? Color.WHITE : TEXT;
  }
}
