package org.stancemap.jobs.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders the report as one self-contained HTML page: charts inlined as data: URIs, CSS inline,
 * no script. Every string that comes from the data (article text, speakers, outlets, urls,
 * evidence) is untrusted and goes through {@link #escape}; links are made only from http(s) urls;
 * and a Content-Security-Policy forbids scripts and any network fetch, should anything slip through.
 */
public final class ReportHtml {
  private ReportHtml() {}

  public static final String CSP =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  /** A chart: name (file name without extension), title, PNG bytes, size in pixels. */
  public record ChartImage(String name, String title, byte[] png, int width, int height) {}

  /** A table to show: caption, column names, rows of values (String, Number, Boolean, Date, null). */
  public record Table(String id, String caption, List<String> columns, List<List<Object>> rows, long totalRows) {}

  /** One of the most positive or most negative statements of an outlet toward a target. */
  public record Example(String outlet, String target, boolean positive, double score, String text, String speaker,
      String speakerType, String affiliation, String kind, List<String> evidence, String url, String title,
      String sourceFile, String published) {}

  public record Model(String runId, List<String> summary, List<ChartImage> charts, List<Example> examples,
      List<Table> tables) {}

  public static String render(Model m) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>stancemap report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>stancemap report</h1>\n<p class=\"meta\">run <code>").append(escape(m.runId()))
        .append("</code></p>\n<ul class=\"summary\">");
    for (String s : m.summary()) h.append("<li>").append(escape(s)).append("</li>");
    h.append("</ul>\n<nav><a href=\"#charts\">Charts</a> · <a href=\"#examples\">Statements</a> · "
        + "<a href=\"#tables\">Tables</a></nav></header>\n<main>\n");

    h.append("<section id=\"charts\"><h2>Charts</h2>\n");
    for (ChartImage c : m.charts()) {
      h.append("<figure id=\"chart-").append(escape(c.name())).append("\"><img src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(c.png())).append("\" alt=\"").append(escape(c.title()))
          .append("\" width=\"").append(c.width()).append("\" height=\"").append(c.height()).append("\">")
          .append("<figcaption>").append(escape(c.title())).append(" (also <code>charts/")
          .append(escape(c.name())).append(".png</code> and <code>.svg</code>)</figcaption></figure>\n");
    }
    h.append("</section>\n");

    h.append("<section id=\"examples\"><h2>Most positive and most negative statements</h2>\n")
        .append("<p class=\"note\">For each outlet and target, the statements scored highest and lowest. "
            + "Highlighted: the evidence words the scorer used.</p>\n");
    Map<String, List<Example>> byPair = new LinkedHashMap<>();
    for (Example e : m.examples()) byPair.computeIfAbsent(e.outlet() + "\u0000" + e.target(), k -> new ArrayList<>()).add(e);
    if (byPair.isEmpty()) h.append("<p>No scored statements.</p>\n");
    for (List<Example> pair : byPair.values()) {
      Example first = pair.get(0);
      h.append("<div class=\"pair\"><h3>").append(escape(first.outlet())).append(" <span class=\"toward\">toward</span> ")
          .append(escape(first.target())).append("</h3>\n<div class=\"cols\">");
      for (boolean positive : new boolean[] {true, false}) {
        List<Example> side = pair.stream().filter(e -> e.positive() == positive).collect(Collectors.toList());
        h.append("<div class=\"col ").append(positive ? "pos" : "neg").append("\"><h4>")
            .append(positive ? "Most positive" : "Most negative").append("</h4>");
        if (side.isEmpty()) h.append("<p class=\"none\">none</p>");
        for (Example e : side) example(h, e);
        h.append("</div>");
      }
      h.append("</div></div>\n");
    }
    h.append("</section>\n");

    h.append("<section id=\"tables\"><h2>Tables</h2>\n<p class=\"note\">mean_score with its 95% interval "
        + "[ci_low, ci_high] (articles as clusters); widened: the interval was widened to the least a mean "
        + "of values in −1 … +1 over that many articles warrants; share_pos / share_neg / share_neu: shares "
        + "of statements labelled positive / negative / neutral; low: fewer articles than the minimum support. "
        + "Full tables: <code>aggregates/</code> (Parquet, and each as one CSV file).</p>\n");
    for (Table t : m.tables()) table(h, t);
    h.append("</section>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void example(StringBuilder h, Example e) {
    h.append("<blockquote>").append(highlight(e.text(), e.evidence())).append("</blockquote>\n<p class=\"who\">")
        .append("<span class=\"score ").append(e.score() >= 0 ? "pos" : "neg").append("\">")
        .append(String.format(Locale.ROOT, "%+.2f", e.score())).append("</span> ");
    boolean ownVoice = "narrative".equals(e.kind()) || "outlet".equals(e.speakerType());
    List<String> about = new ArrayList<>();
    if (e.speaker() != null && !e.speaker().isBlank()) {
      h.append("<strong>").append(escape(e.speaker())).append("</strong>");
    } else if (ownVoice) {
      h.append("<strong>").append(escape(e.outlet())).append("</strong>");
      about.add("own voice");
    } else {
      h.append("<em>unattributed</em>");
    }
    if (e.affiliation() != null && !e.affiliation().isBlank()) about.add(e.affiliation());
    if (e.speakerType() != null && !e.speakerType().isBlank()) about.add(e.speakerType());
    if (e.kind() != null) about.add(e.kind());
    if (!about.isEmpty()) h.append(" <span class=\"about\">(").append(escape(String.join(", ", about))).append(")</span>");
    h.append("<br>");
    String label = e.title() != null && !e.title().isBlank() ? e.title()
        : e.sourceFile() != null ? e.sourceFile() : "article";
    String href = safeHref(e.url());
    if (href != null) {
      h.append("<a href=\"").append(escape(href)).append("\" rel=\"noopener noreferrer nofollow\">")
          .append(escape(label)).append("</a>");
    } else {
      h.append("<span class=\"src\">").append(escape(label)).append("</span>");
      if (e.sourceFile() != null && !e.sourceFile().equals(label)) {
        h.append(" <code>").append(escape(e.sourceFile())).append("</code>");
      }
      if (e.url() != null && !e.url().isBlank()) h.append(" <code>").append(escape(e.url())).append("</code>");
    }
    if (e.published() != null) h.append(" · ").append(escape(e.published()));
    if (e.evidence() != null && !e.evidence().isEmpty()) {
      h.append("<br><span class=\"ev\">evidence: ").append(escape(String.join(", ", e.evidence()))).append("</span>");
    }
    h.append("</p>\n");
  }

  private static void table(StringBuilder h, Table t) {
    h.append("<details id=\"table-").append(escape(t.id())).append("\"").append(t.rows().size() <= 40 ? " open" : "")
        .append("><summary>").append(escape(t.caption())).append(" <span class=\"n\">(")
        .append(t.totalRows() > t.rows().size() ? t.rows().size() + " of " + t.totalRows() : String.valueOf(t.totalRows()))
        .append(" rows)</span></summary>\n<div class=\"scroll\"><table><thead><tr>");
    for (String c : t.columns()) h.append("<th>").append(escape(c)).append("</th>");
    h.append("</tr></thead><tbody>\n");
    for (List<Object> row : t.rows()) {
      h.append("<tr>");
      for (Object v : row) {
        boolean num = v instanceof Number;
        h.append(num ? "<td class=\"num\">" : "<td>").append(escape(format(v))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div></details>\n");
  }

  static String format(Object v) {
    if (v == null) return "";
    if (v instanceof Double || v instanceof Float) return String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue());
    if (v instanceof Boolean) return (Boolean) v ? "yes" : "";
    return v.toString();
  }

  /**
   * Escapes text for HTML element content and quoted attribute values, and for the SVG charts'
   * text (every chart label goes through here, see {@code Drawing.text}): the result is valid XML
   * 1.0 whatever the input names hold. Control characters other than tab and line feed become a
   * space; code points XML 1.0 does not allow (U+FFFE, U+FFFF, unpaired surrogates) become U+FFFD.
   */
  public static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '&': b.append("&amp;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&#39;"); break;
        case '`': b.append("&#96;"); break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') b.append(' ');
          else if (!allowedInXml(c)) b.append('\uFFFD');
          else b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  /** XML 1.0's Char production, above the C0 controls. */
  private static boolean allowedInXml(int c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * The url if it is an absolute http(s) url with a host, else null (no javascript:, data:, file:,
   * ...). Characters a URI may not hold (spaces, quotes, non-ASCII) are percent-encoded.
   */
  public static String safeHref(String url) {
    if (url == null) return null;
    String u = url.strip();
    Matcher m = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL).matcher(u);
    if (!m.matches()) return null;
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return null;
    URI uri;
    try {
      uri = new URI(u);
    } catch (URISyntaxException e) {
      String rest = m.group(2);
      int hash = rest.indexOf('#');
      try {
        uri = new URI(scheme, hash < 0 ? rest : rest.substring(0, hash), hash < 0 ? null : rest.substring(hash + 1));
      } catch (URISyntaxException e2) {
        return null;
      }
    }
    return uri.getHost() == null ? null : uri.toASCIIString();
  }

  /**
   * The text escaped, with each occurrence of an evidence word or phrase (case-insensitive, whole
   * words) wrapped in {@code <mark>}.
   */
  public static String highlight(String text, List<String> evidence) {
    if (text == null) return "";
    List<String> words = evidence == null ? List.of() : evidence.stream()
        .filter(w -> w != null && !w.isBlank()).map(String::strip).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .collect(Collectors.toList());
    if (words.isEmpty()) return escape(text);
    String alternation = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (m.find()) {
      b.append(escape(text.substring(last, m.start()))).append("<mark>").append(escape(m.group())).append("</mark>");
      last = m.end();
    }
    b.append(escape(text.substring(last)));
    return b.toString();
  }

  private static final String CSS = String.join("\n",
      "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;margin:0;color:#222;background:#fafafa;line-height:1.45}",
      "header,main{max-width:1240px;margin:0 auto;padding:0 20px}",
      "header{padding-top:12px}h1{margin:.4em 0 .1em}h2{border-bottom:2px solid #0072B2;padding-bottom:4px;margin-top:1.6em}",
      ".meta,.note,.n,.about,.ev{color:#555}.summary{margin:.3em 0;padding-left:1.2em}nav{margin:.6em 0}",
      "a{color:#0072B2}figure{background:#fff;border:1px solid #ddd;margin:18px 0;padding:10px;overflow-x:auto}",
      "figure img{max-width:100%;height:auto;display:block}figcaption{color:#555;font-size:.9em;margin-top:6px}",
      ".pair{background:#fff;border:1px solid #ddd;margin:14px 0;padding:8px 14px}.pair h3{margin:.3em 0}",
      ".toward{font-weight:normal;color:#555}.cols{display:flex;gap:18px;flex-wrap:wrap}.col{flex:1 1 420px;min-width:0}",
      ".col h4{margin:.4em 0}.col.pos h4{color:#0072B2}.col.neg h4{color:#B34700}",
      "blockquote{margin:.4em 0;padding:.3em .8em;border-left:4px solid #ccc;background:#f6f6f6;overflow-wrap:anywhere}",
      ".col.pos blockquote{border-left-color:#0072B2}.col.neg blockquote{border-left-color:#D55E00}",
      "mark{background:#F0E442;padding:0 2px}.who{font-size:.9em;margin:.2em 0 1em;overflow-wrap:anywhere}",
      ".score{font-weight:bold;padding:0 4px;border-radius:3px;color:#fff}.score.pos{background:#0072B2}.score.neg{background:#B34700}",
      "details{background:#fff;border:1px solid #ddd;margin:10px 0;padding:6px 10px}summary{cursor:pointer;font-weight:bold}",
      ".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.85em;margin:8px 0}",
      "th,td{border-bottom:1px solid #e4e4e4;padding:3px 8px;text-align:left;max-width:280px;overflow-wrap:anywhere}",
      "th{background:#f0f0f0;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "tbody tr:nth-child(even){background:#fafafa}code{font-size:.9em}");
}
