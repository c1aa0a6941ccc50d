package org.stancemap.jobs.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.stancemap.jobs.report.ReportHtml;

/**
 * A small vector drawing that renders the same shapes to PNG (Java2D, headless) and to SVG (real
 * {@code <text>} elements, all text escaped). Charts are laid out with {@link #textWidth}, which
 * measures with the font the PNG uses (DejaVu Sans where installed).
 */
public final class Drawing {
  public enum Anchor { START, MIDDLE, END }

  static final String FONT_FAMILY = pickFont();
  private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

  private final int width;
  private final int height;
  private final List<Consumer<Graphics2D>> ops = new ArrayList<>();
  private final StringBuilder svg = new StringBuilder();
  /** The SVG class of the next element drawn (then cleared), or null. */
  private String nextClass;

  public Drawing(int width, int height) {
    this.width = width;
    this.height = height;
    rect(0, 0, width, height, Color.WHITE, null, 0);
  }

  /**
   * Names the next element drawn in the SVG ({@code class="cls"}, letters, digits and hyphens): what
   * a test or a style sheet finds it by. The PNG is unchanged.
   */
  public Drawing tag(String cls) {
    if (!cls.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("class " + cls);
    nextClass = cls;
    return this;
  }

  /** The start of an SVG element, with the class {@link #tag} named. */
  private void open(String element) {
    svg.append('<').append(element);
    if (nextClass != null) svg.append(" class=\"").append(nextClass).append('"');
    nextClass = null;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  private static String pickFont() {
    for (String f : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
      if (f.equals("DejaVu Sans")) return f;
    }
    return Font.SANS_SERIF;
  }

  static Font font(double size, boolean bold) {
    return new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
  }

  public static double textWidth(String s, double size, boolean bold) {
    return font(size, bold).getStringBounds(s, FRC).getWidth();
  }

  /** A rectangle; {@code fill} or {@code stroke} may be null. {@code opacity} applies to the fill. */
  public Drawing rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
    return rect(x, y, w, h, fill, 1.0, stroke, strokeWidth, false);
  }

  public Drawing rect(double x, double y, double w, double h, Color fill, double opacity, Color stroke,
      double strokeWidth, boolean dashed) {
    ops.add(g -> {
      Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
      if (fill != null) {
        g.setColor(withAlpha(fill, opacity));
        g.fill(r);
      }
      if (stroke != null) {
        g.setColor(stroke);
        g.setStroke(stroke(strokeWidth, dashed));
        g.draw(r);
      }
    });
    open("rect");
    svg.append(String.format(Locale.ROOT, " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"",
        x, y, w, h, fill == null ? "none" : hex(fill)));
    if (fill != null && opacity < 1) svg.append(String.format(Locale.ROOT, " fill-opacity=\"%.2f\"", opacity));
    if (stroke != null) strokeAttrs(stroke, strokeWidth, dashed);
    svg.append("/>\n");
    return this;
  }

  public Drawing line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
    ops.add(g -> {
      g.setColor(color);
      g.setStroke(stroke(width, dashed));
      g.draw(new Line2D.Double(x1, y1, x2, y2));
    });
    open("line");
    svg.append(String.format(Locale.ROOT, " x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"", x1, y1, x2, y2));
    strokeAttrs(color, width, dashed);
    svg.append("/>\n");
    return this;
  }

  public Drawing polyline(double[] xs, double[] ys, Color color, double width) {
    if (xs.length < 2) { nextClass = null; return this; }
    ops.add(g -> {
      Path2D p = new Path2D.Double();
      p.moveTo(xs[0], ys[0]);
      for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
      g.setColor(color);
      g.setStroke(stroke(width, false));
      g.draw(p);
    });
    open("polyline");
    svg.append(" fill=\"none\" points=\"");
    for (int i = 0; i < xs.length; i++) svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
    svg.append('"');
    strokeAttrs(color, width, false);
    svg.append("/>\n");
    return this;
  }

  /** A filled polygon without outline (an uncertainty band), {@code opacity} 0 … 1. */
  public Drawing polygon(double[] xs, double[] ys, Color fill, double opacity) {
    if (xs.length < 3) { nextClass = null; return this; }
    ops.add(g -> {
      Path2D p = new Path2D.Double();
      p.moveTo(xs[0], ys[0]);
      for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
      p.closePath();
      g.setColor(withAlpha(fill, opacity));
      g.fill(p);
    });
    open("polygon");
    svg.append(" points=\"");
    for (int i = 0; i < xs.length; i++) svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
    svg.append(String.format(Locale.ROOT, "\" fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"none\"/>\n", hex(fill), opacity));
    return this;
  }

  public Drawing circle(double cx, double cy, double r, Color fill, Color stroke) {
    ops.add(g -> {
      Ellipse2D e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
      g.setColor(fill);
      g.fill(e);
      if (stroke != null) {
        g.setColor(stroke);
        g.setStroke(stroke(1, false));
        g.draw(e);
      }
    });
    open("circle");
    svg.append(String.format(Locale.ROOT, " cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"", cx, cy, r, hex(fill)));
    if (stroke != null) strokeAttrs(stroke, 1, false);
    svg.append("/>\n");
    return this;
  }

  /** Text with its baseline at y; {@code rotate} in degrees (-90: reads bottom to top). */
  public Drawing text(String s, double x, double y, double size, boolean bold, Color color, Anchor anchor,
      double rotate) {
    return text(s, null, x, y, size, bold, color, anchor, rotate);
  }

  /**
   * Text as above; a non-null {@code title} becomes the SVG element's {@code <title>} (a tooltip, read
   * by screen readers): the full name when {@code s} shows it shortened.
   */
  public Drawing text(String s, String title, double x, double y, double size, boolean bold, Color color, Anchor anchor,
      double rotate) {
    double w = textWidth(s, size, bold);
    double dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
    ops.add(g -> {
      AffineTransform saved = g.getTransform();
      g.translate(x, y);
      if (rotate != 0) g.rotate(Math.toRadians(rotate));
      g.setFont(font(size, bold));
      g.setColor(color);
      g.drawString(s, (float) dx, 0f);
      g.setTransform(saved);
    });
    open("text");
    svg.append(String.format(Locale.ROOT, " x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"", x, y, size));
    if (bold) svg.append(" font-weight=\"bold\"");
    if (anchor != Anchor.START) svg.append(anchor == Anchor.MIDDLE ? " text-anchor=\"middle\"" : " text-anchor=\"end\"");
    if (rotate != 0) svg.append(String.format(Locale.ROOT, " transform=\"rotate(%.1f %.1f %.1f)\"", rotate, x, y));
    if (!color.equals(Color.BLACK)) svg.append(" fill=\"").append(hex(color)).append('"');
    svg.append('>');
    if (title != null) svg.append("<title>").append(ReportHtml.escape(title)).append("</title>");
    svg.append(ReportHtml.escape(s)).append("</text>\n");
    return this;
  }

  public Drawing text(String s, double x, double y, double size, boolean bold, Color color, Anchor anchor) {
    return text(s, x, y, size, bold, color, anchor, 0);
  }

  public byte[] toPng() {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      for (Consumer<Graphics2D> op : ops) op.accept(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public String toSvg() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"'DejaVu Sans', Verdana, Arial, sans-serif\">\n"
        + svg + "</svg>\n";
  }

  private void strokeAttrs(Color c, double w, boolean dashed) {
    svg.append(String.format(Locale.ROOT, " stroke=\"%s\" stroke-width=\"%.1f\"", hex(c), w));
    if (dashed) svg.append(" stroke-dasharray=\"4 3\"");
  }

  private static BasicStroke stroke(double w, boolean dashed) {
    return dashed
        ? new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f)
        : new BasicStroke((float) w);
  }

  private static Color withAlpha(Color c, double opacity) {
    return opacity >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
  }

  static String hex(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
