package org.stancemap.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * The benchmark's chart, drawn with plain Java2D: for each corpus size, the pipeline's seconds
 * per 1,000 articles stacked by stage, beside the floor's. Bars of equal height across sizes mean
 * linear cost.
 */
final class BenchChart {
  private static final int W = 900;
  private static final int H = 480;
  private static final Color[] PALETTE = {new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52),
      new Color(0x8172B3), new Color(0x937860), new Color(0xDA8BC3), new Color(0x8C8C8C)};
  private static final Color FLOOR = new Color(0xB0B0B0);

  private BenchChart() {}

  @SuppressWarnings("unchecked")
  static void draw(List<Map<String, Object>> sizes, Path png) throws IOException {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("stancemap benchmark: seconds per 1,000 articles (flat = linear cost)", 20, 28);

    Set<String> stageNames = new LinkedHashSet<>();
    double max = 0;
    List<double[]> per1000 = new ArrayList<>();
    for (Map<String, Object> s : sizes) {
      long n = (long) s.get("articles");
      Map<String, Object> p = (Map<String, Object>) s.get("pipeline");
      Map<String, Object> f = (Map<String, Object>) s.get("floor");
      for (Map<String, Object> st : (List<Map<String, Object>>) p.get("stages")) stageNames.add((String) st.get("stage"));
      double pipe = (double) p.get("stages_seconds") * 1000 / n;
      double floor = (double) f.get("stages_seconds") * 1000 / n;
      per1000.add(new double[] {pipe, floor});
      max = Math.max(max, Math.max(pipe, floor));
    }
    List<String> stages = new ArrayList<>(stageNames);
    int left = 70;
    int right = W - 190;
    int top = 50;
    int bottom = H - 50;
    double yMax = niceCeil(max <= 0 ? 1 : max * 1.1);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setStroke(new BasicStroke(1f));
    for (int i = 0; i <= 5; i++) {
      double v = yMax * i / 5;
      int y = bottom - (int) Math.round((bottom - top) * v / yMax);
      g.setColor(new Color(0xE5E5E5));
      g.drawLine(left, y, right, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, yMax < 10 ? "%.1f" : "%.0f", v), left - 45, y + 4);
    }
    g.setColor(Color.BLACK);
    g.drawLine(left, bottom, right, bottom);
    g.drawLine(left, top, left, bottom);
    if (!sizes.isEmpty()) {
      int group = (right - left) / sizes.size();
      int bar = Math.min(70, group / 3);
      for (int i = 0; i < sizes.size(); i++) {
        Map<String, Object> s = sizes.get(i);
        long n = (long) s.get("articles");
        int x0 = left + i * group + (group - 2 * bar - 10) / 2;
        double y = 0;
        Map<String, Object> p = (Map<String, Object>) s.get("pipeline");
        for (Map<String, Object> st : (List<Map<String, Object>>) p.get("stages")) {
          double v = (double) st.get("seconds") * 1000 / n;
          int yTop = bottom - (int) Math.round((bottom - top) * (y + v) / yMax);
          int yBottom = bottom - (int) Math.round((bottom - top) * y / yMax);
          g.setColor(PALETTE[stages.indexOf((String) st.get("stage")) % PALETTE.length]);
          g.fillRect(x0, yTop, bar, Math.max(1, yBottom - yTop));
          y += v;
        }
        double floor = per1000.get(i)[1];
        int fy = bottom - (int) Math.round((bottom - top) * floor / yMax);
        g.setColor(FLOOR);
        g.fillRect(x0 + bar + 10, fy, bar, bottom - fy);
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, "N = %,d", n), x0, bottom + 18);
        Object ratio = s.get("ratio_to_floor");
        g.drawString(String.format(Locale.ROOT, "%.1f s", per1000.get(i)[0]), x0, bottom - (int) Math.round((bottom - top) * y / yMax) - 4);
        if (ratio != null) g.drawString("pipeline/floor " + ratio + "x", x0, bottom + 34);
      }
    }
    int ly = top + 10;
    for (int i = 0; i < stages.size(); i++) {
      g.setColor(PALETTE[i % PALETTE.length]);
      g.fillRect(right + 20, ly, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(stages.get(i), right + 40, ly + 12);
      ly += 22;
    }
    g.setColor(FLOOR);
    g.fillRect(right + 20, ly, 14, 14);
    g.setColor(Color.BLACK);
    g.drawString("floor (split only)", right + 40, ly + 12);
    g.dispose();
    ImageIO.write(img, "png", png.toFile());
  }

  private static double niceCeil(double x) {
    double p = Math.pow(10, Math.floor(Math.log10(x)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= x) return m * p;
    return 10 * p;
  }
}
