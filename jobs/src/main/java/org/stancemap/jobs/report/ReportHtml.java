package org.stancemap.jobs.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders the report as one self-contained page, in the order a reader asks: what was measured
 * (scorer, corpus, minimum support), coverage, tone by outlet (own voice against quoted voices,
 * the gap with its interval), whom each outlet quotes, the stance matrix, then a filterable table
 * of statements and the aggregate tables. Charts are inline SVG drawn at the width they are shown.
 * Every string from the data goes through {@link #escape} (or, for the statements, into escaped
 * JSON that a script reads with textContent only); links are made only from http(s) urls; a
 * Content-Security-Policy allows the page's own style and script by hash and nothing else: no
 * other script, no network fetch.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /** A chart: name (its file name under charts/ without extension), title, SVG text. */
  public record ChartSvg(String name, String title, String svg) {}

  /** A table to show: caption, column names, rows of values (String, Number, Boolean, Date, null). */
  public record Table(String id, String caption, List<String> columns, List<List<Object>> rows, long totalRows) {}

  /** A line of the page's header: what, and its value. */
  public record Fact(String label, String value) {}

  /** @param timeNote why the charts over time are left out (null: they are shown) */
  public record Model(String runId, List<Fact> facts, List<ChartSvg> charts, String timeNote, List<VoiceGaps.Gap> gaps,
      List<WhoIsQuoted.OutletQuotes> quotes, List<StatementTable.Statement> statements, String statementsNote,
      List<Table> tables) {}

  public static String render(Model m) {
    StringBuilder h = new StringBuilder(256 * 1024);
    Map<String, ChartSvg> charts = new LinkedHashMap<>();
    for (ChartSvg c : m.charts()) charts.put(c.name(), c);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>stancemap report</title>\n<style>").append(css()).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>stancemap report</h1>\n<dl class=\"facts\">");
    for (Fact f : m.facts()) {
      h.append("<dt>").append(escape(f.label())).append("</dt><dd>").append(escape(f.value())).append("</dd>");
    }
    h.append("<dt>Run</dt><dd><code>").append(escape(m.runId())).append("</code></dd></dl>\n")
        .append("<nav><a href=\"#coverage\">1 Coverage</a><a href=\"#tone\">2 Tone by outlet</a>")
        .append("<a href=\"#quoted\">3 Who is quoted</a><a href=\"#matrix\">4 Stance matrix</a>")
        .append("<a href=\"#statements-section\">5 Statements</a><a href=\"#tables\">6 Tables</a></nav></header>\n<main>\n");

    h.append("<section id=\"coverage\"><h2>1 Coverage: how much each outlet writes about each target</h2>\n");
    chart(h, charts, "coverage_by_outlet");
    chart(h, charts, "coverage_over_time");
    if (m.timeNote() != null) h.append("<p class=\"note\">").append(escape(m.timeNote())).append("</p>\n");
    h.append("</section>\n<section id=\"tone\"><h2>2 Tone by outlet: its own voice and the voices it quotes</h2>\n");
    chart(h, charts, "own_vs_quoted");
    gaps(h, m.gaps());
    chart(h, charts, "tone_by_outlet");
    chart(h, charts, "tone_over_time");
    h.append("</section>\n<section id=\"quoted\"><h2>3 Who each outlet quotes</h2>\n");
    quotes(h, m.quotes());
    chart(h, charts, "tone_by_speaker");
    h.append("</section>\n<section id=\"matrix\"><h2>4 Stance matrix: speaker affiliation × target</h2>\n");
    chart(h, charts, "stance_matrix");
    h.append("</section>\n<section id=\"statements-section\"><h2>5 Statements</h2>\n");
    StatementTable.render(h, m.statements(), m.statementsNote());
    h.append("</section>\n");

    h.append("<section id=\"tables\"><h2>6 Tables</h2>\n<p class=\"note\">mean_score with its 95% interval "
        + "[ci_low, ci_high] (articles as clusters); widened: the interval was widened to the least a mean "
        + "of values in −1 … +1 over that many articles warrants; share_pos / share_neg / share_neu: shares "
        + "of statements labelled positive / negative / neutral; low: fewer articles than the minimum support. "
        + "Full tables: <code>aggregates/</code> (Parquet, and each as one CSV file).</p>\n");
    for (Table t : m.tables()) table(h, t);
    h.append("</section>\n</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  /** A chart inline as SVG (its text stays text: selectable, searchable, legible at any zoom). */
  private static void chart(StringBuilder h, Map<String, ChartSvg> charts, String name) {
    ChartSvg c = charts.get(name);
    if (c == null) return;
    String svg = c.svg();
    int open = svg.indexOf("<svg ");
    h.append("<figure id=\"chart-").append(escape(c.name())).append("\">")
        .append("<svg class=\"chart\" role=\"img\" aria-label=\"").append(escape(c.title())).append("\" ")
        .append(svg, open + 5, svg.length())
        .append("<figcaption>Also <code>charts/").append(escape(c.name())).append(".svg</code> and <code>.png</code>")
        .append("</figcaption></figure>\n");
  }

  private static void gaps(StringBuilder h, List<VoiceGaps.Gap> gaps) {
    h.append("<h3>The gap: own voice − quoted voices</h3>\n<p class=\"note\">Mean tone of the outlet's own sentences "
        + "minus that of the statements it quotes, toward each target, with a 95% interval over articles (an article "
        + "with both voices counts once). <strong>Bold</strong>: the interval leaves out 0. low: either voice has "
        + "fewer articles than the minimum support (the interval is then at least the two voices' intervals "
        + "combined).</p>\n");
    if (gaps.isEmpty()) {
      h.append("<p>No outlet has both its own and quoted statements about a target.</p>\n");
      return;
    }
    // the outlets with most statements first, so the top of a long table is what the charts show
    Map<String, Long> statements = new LinkedHashMap<>();
    for (VoiceGaps.Gap g : gaps) {
      statements.merge(g.outlet(), (g.own() == null ? 0 : g.own().nStatements())
          + (g.quoted() == null ? 0 : g.quoted().nStatements()), Long::sum);
    }
    List<String> ranked = statements.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<VoiceGaps.Gap> ordered = gaps.stream()
        .sorted(Comparator.comparingInt((VoiceGaps.Gap g) -> ranked.indexOf(g.outlet()))).toList();
    h.append("<div class=\"scroll\"><table class=\"gaps\" id=\"gaps-table\"><thead><tr><th>outlet</th><th>target</th>"
        + "<th class=\"num\">own voice</th><th class=\"num\">quoted voices</th><th class=\"num\">gap</th>"
        + "<th class=\"num\">95% interval</th><th></th></tr></thead><tbody>\n");
    for (VoiceGaps.Gap g : ordered) {
      String cls = (g.clear() ? "clear " : "") + (ranked.indexOf(g.outlet()) >= TOP_OUTLETS ? "extra" : "");
      h.append("<tr").append(cls.isBlank() ? "" : " class=\"" + cls.strip() + "\"").append("><td>").append(escape(g.outlet()))
          .append("</td><td>").append(escape(g.target())).append("</td>")
          .append("<td class=\"num\">").append(voice(g.own())).append("</td><td class=\"num\">").append(voice(g.quoted()))
          .append("</td><td class=\"num gap\">").append(signed(g.gap())).append("</td><td class=\"num\">[")
          .append(signed(g.low())).append(", ").append(signed(g.high())).append("]</td><td>")
          .append(g.lowSupport() ? "low" : "").append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");
    showAll(h, "gaps-table", ranked.size());
  }

  /** Outlets a per-outlet table shows before its "Show all" button (the rest: rows of class extra). */
  static final int TOP_OUTLETS = 15;

  /**
   * The button that shows a long per-outlet table's other rows. Hidden, and the rows shown, until
   * the page's script collapses the table: without script nothing is hidden.
   */
  private static void showAll(StringBuilder h, String tableId, int outlets) {
    if (outlets <= TOP_OUTLETS) return;
    h.append("<p><button type=\"button\" class=\"show-all\" data-for=\"").append(tableId).append("\" data-top=\"")
        .append(TOP_OUTLETS).append("\" hidden>Show all ").append(outlets).append(" outlets</button></p>\n");
  }

  private static String voice(org.stancemap.jobs.charts.ChartData.Value v) {
    if (v == null) return "–";
    return signed(v.mean()) + " <span class=\"n\">(" + v.nArticles() + (v.nArticles() == 1 ? " article" : " articles")
        + ")</span>";
  }

  static String signed(double v) {
    if (Math.abs(v) < 0.005) return "0.00";
    return String.format(Locale.ROOT, "%+.2f", v).replace('-', '−');
  }

  private static String percent(double share) {
    return share > 0 && share < 0.01 ? "&lt;1%" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static void quotes(StringBuilder h, List<WhoIsQuoted.OutletQuotes> quotes) {
    h.append("<p class=\"note\">Shares of each outlet's quoted statements (everyone but the outlet's own voice; a "
        + "statement counted once per target it mentions). From <code>aggregates/by_outlet_speaker</code>.</p>\n");
    if (quotes.isEmpty()) {
      h.append("<p>No quoted statements.</p>\n");
      return;
    }
    h.append("<div class=\"scroll\"><table class=\"quotes\" id=\"quotes-table\"><thead><tr><th>outlet</th>"
        + "<th class=\"num\">quoted</th><th>speakers quoted most</th><th>by affiliation</th></tr></thead><tbody>\n");
    for (int i = 0; i < quotes.size(); i++) {
      WhoIsQuoted.OutletQuotes q = quotes.get(i);
      h.append(i >= TOP_OUTLETS ? "<tr class=\"extra\"><td>" : "<tr><td>").append(escape(q.outlet())).append("</td><td class=\"num\">").append(q.quoted())
          .append(" <span class=\"n\">(").append(q.speakers()).append(q.speakers() == 1 ? " speaker" : " speakers")
          .append(")</span></td><td><ol class=\"shares\">");
      for (WhoIsQuoted.Share s : q.topSpeakers()) {
        h.append("<li><span class=\"pc\">").append(percent(s.share())).append("</span> ").append(escape(s.name()));
        if (!s.note().isEmpty()) h.append(" <span class=\"n\">").append(escape(s.note())).append("</span>");
        h.append("</li>");
      }
      h.append("</ol></td><td><ol class=\"shares\">");
      for (WhoIsQuoted.Share s : q.affiliations()) {
        h.append("<li><span class=\"pc\">").append(percent(s.share())).append("</span> ").append(escape(s.name()))
            .append("</li>");
      }
      h.append("</ol></td></tr>\n");
    }
    h.append("</tbody></table></div>\n");
    showAll(h, "quotes-table", quotes.size());
  }

  private static void table(StringBuilder h, Table t) {
    h.append("<details id=\"table-").append(escape(t.id())).append("\"><summary>").append(escape(t.caption()))
        .append(" <span class=\"n\">(")
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

  /**
   * Text with what {@link #escape} drops dropped too (control characters other than tab and line
   * feed become a space, code points XML 1.0 forbids U+FFFD), but no entities: for JSON.
   */
  public static String clean(String s) {
    if (s == null) return null;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x20 && c != '\n' && c != '\t') b.append(' ');
      else if (!allowedInXml(c)) b.append('\uFFFD');
      else b.appendCodePoint(c);
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

  /** The page's style sheet (its hash is in the CSP, so it is built once and never varies). */
  static String css() {
    return CSS;
  }

  private static final String CSS = String.join("\n",
      "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;margin:0;color:#222;background:#fafafa;line-height:1.45;font-size:15px}",
      "header,main{max-width:1100px;margin:0 auto;padding:0 16px}",
      "header{padding-top:10px}h1{margin:.3em 0 .3em;font-size:1.7em}h2{border-bottom:2px solid #0072B2;padding-bottom:4px;margin-top:1.6em}",
      "h3{margin:1.2em 0 .3em}.note,.n,.aff{color:#555}.note{max-width:60em}",
      ".facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:.4em 0;background:#fff;",
      "border:1px solid #ddd;padding:8px 12px}.facts dt{font-weight:bold}.facts dd{margin:0}",
      "nav{margin:.7em 0;display:flex;flex-wrap:wrap;gap:6px 16px}",
      "a{color:#0072B2}figure{background:#fff;border:1px solid #ddd;margin:14px 0;padding:8px;overflow-x:auto}",
      "svg.chart{display:block;max-width:100%;height:auto}figcaption{color:#555;font-size:.85em;margin-top:4px}",
      "mark{background:#F0E442;padding:0 2px}mark.cue{background:#CFE6F5;border-bottom:2px solid #0072B2}",
      "mark.speaker{background:#F9D9C2;border-bottom:2px solid #D55E00}.ctx{color:#666}.rule{color:#555;font-size:.85em}",
      "details{background:#fff;border:1px solid #ddd;margin:10px 0;padding:6px 10px}summary{cursor:pointer;font-weight:bold}",
      ".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9em;margin:8px 0;background:#fff}",
      "th,td{border-bottom:1px solid #e4e4e4;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
      "th{background:#f0f0f0;position:sticky;top:0}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "tbody tr:nth-child(even){background:#fafafa}code{font-size:.9em}",
      "table.gaps tr.clear td.gap{font-weight:bold}ol.shares{margin:0;padding-left:0;list-style:none}",
      ".pc{display:inline-block;min-width:3.2em;text-align:right;font-variant-numeric:tabular-nums;font-weight:bold}",
      ".controls{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;background:#fff;border:1px solid #ddd;padding:8px 10px}",
      ".controls input,.controls select{font:inherit;font-size:.95em}",
      "table.statements td.text{min-width:28em;max-width:44em}table.statements td.date{white-space:nowrap}",
      "table.statements td:nth-child(5){white-space:nowrap}table.statements td.src{max-width:16em}th.sortable{cursor:pointer;text-decoration:underline dotted}",
      "td.tone{font-weight:bold;text-align:right;white-space:nowrap}td.tone.pos{color:#0072B2}td.tone.neg{color:#B34700}",
      "button{font:inherit}table.collapsed tr.extra{display:none}");

  /**
   * The page's one script: the statement table's, then the "Show all" buttons of the long
   * per-outlet tables (collapse each to its top rows, show the button; a click toggles).
   */
  static final String SCRIPT = StatementTable.SCRIPT + "\n" + String.join("\n",
      "(function () {",
      "  'use strict';",
      "  document.querySelectorAll('button.show-all').forEach(function (b) {",
      "    var t = document.getElementById(b.getAttribute('data-for'));",
      "    if (!t) return;",
      "    var all = b.textContent, top = 'Show the top ' + b.getAttribute('data-top') + ' only';",
      "    t.classList.add('collapsed'); b.hidden = false;",
      "    b.addEventListener('click', function () {",
      "      b.textContent = t.classList.toggle('collapsed') ? all : top;",
      "    });",
      "  });",
      "})();");

  /** The Content-Security-Policy of the page: its one style and its one script, by hash (after CSS: static fields initialise in order). */
  public static final String CSP = "default-src 'none'; img-src data:; style-src " + StatementTable.hashSource(css())
      + "; script-src " + StatementTable.hashSource(SCRIPT) + "; base-uri 'none'; form-action 'none'";

}
