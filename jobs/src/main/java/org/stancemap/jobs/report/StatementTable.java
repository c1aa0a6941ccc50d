package org.stancemap.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The page's browsable, filterable table of statements: the rows as JSON in a
 * {@code <script type="application/json">} block (data, never run; {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 escaped, so no text can end the block or become markup), and one
 * small script, inlined and allowed by its hash in the page's Content-Security-Policy, that builds
 * the rows with {@code textContent} only. No network, no library.
 */
public final class StatementTable {
  private StatementTable() {}

  /**
   * One statement × target as the page shows it. {@code url}, {@code sourceFile} as read: made safe
   * here. {@code shown}: the statement with the context that makes its cue and speaker mention
   * visible ({@link Excerpt}); null for the statement's text alone. {@code rule}, {@code confidence}:
   * the attribution's, null when unknown.
   */
  public record Statement(String outlet, String target, String speaker, String speakerType, String affiliation,
      String kind, double score, String label, String published, String text, String url, String title,
      String sourceFile, List<String> evidence, Excerpt.Shown shown, String rule, Double confidence) {
    /** A statement shown alone, its attribution unknown. */
    public Statement(String outlet, String target, String speaker, String speakerType, String affiliation,
        String kind, double score, String label, String published, String text, String url, String title,
        String sourceFile, List<String> evidence) {
      this(outlet, target, speaker, speakerType, affiliation, kind, score, label, published, text, url, title,
          sourceFile, evidence, null, null, null);
    }
  }

  static final String DATA_ID = "statements-data";
  static final List<String> FIELDS = List.of("outlet", "target", "speaker", "affiliation", "kind", "score", "label",
      "date", "text", "url", "title", "file", "evidence", "spans", "rule", "confidence");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The rows as JSON safe to place between {@code <script type="application/json">} and
   * {@code </script>}: an object with the field names and one array per statement. Links are kept
   * only as http(s) urls ({@link ReportHtml#safeHref}); without one, the file's name only (never a
   * local path). {@code text} is the text shown (the statement, with context when the cue or the
   * speaker mention lies outside it); {@code spans} the statement's, the cue's and the speaker
   * mention's [start, end) in it, -1 for a span not shown.
   */
  static String json(List<Statement> rows) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode fields = root.putArray("fields");
    FIELDS.forEach(fields::add);
    ArrayNode data = root.putArray("rows");
    for (Statement s : rows) {
      ArrayNode a = data.addArray();
      String href = ReportHtml.safeHref(s.url());
      String text = s.text() == null ? "" : s.text();
      Excerpt.Shown shown = s.shown() != null ? s.shown() : new Excerpt.Shown(text, new Excerpt.Span(0, text.length()), null, null);
      // clean() keeps the length (one character for one), so the spans stay right
      a.add(s.outlet()).add(s.target()).add(speaker(s)).add(s.affiliation()).add(s.kind())
          .add(Math.round(s.score() * 1000) / 1000.0).add(s.label()).add(s.published()).add(ReportHtml.clean(shown.text()))
          .add(href).add(s.title()).add(href == null ? fileName(s.sourceFile()) : null);
      ArrayNode ev = a.addArray();
      if (s.evidence() != null) s.evidence().stream().filter(w -> w != null && !w.isBlank()).forEach(ev::add);
      ArrayNode spans = a.addArray();
      for (Excerpt.Span sp : new Excerpt.Span[] {shown.statement(), shown.cue(), shown.speaker()}) {
        spans.add(sp == null ? -1 : sp.start()).add(sp == null ? -1 : sp.end());
      }
      a.add(s.rule());
      if (s.confidence() == null) a.addNull();
      else a.add(Math.round(s.confidence() * 100) / 100.0);
    }
    try {
      return scriptSafe(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The speaker as the table names it: the name, else the outlet's own voice, else unattributed. */
  static String speaker(Statement s) {
    if (s.speaker() != null && !s.speaker().isBlank()) return s.speaker();
    if ("narrative".equals(s.kind()) || "outlet".equals(s.speakerType())) return "(own voice)";
    return "(unattributed)";
  }

  /** The last segment of a path or URI: a file's name, never the folders it sits in. */
  static String fileName(String path) {
    if (path == null || path.isBlank()) return null;
    String p = path.replace('\\', '/');
    while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
    int slash = p.lastIndexOf('/');
    return slash < 0 ? p : p.substring(slash + 1);
  }

  /**
   * JSON text that cannot leave a script element or be read as markup: {@code <}, {@code >} and
   * {@code &} as \\u escapes (so no {@code </script>} or {@code <!--}), and U+2028/U+2029 too.
   * Outside strings JSON has none of these characters, so the value is unchanged.
   */
  static String scriptSafe(String json) {
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The CSP source that allows exactly {@code script} (its SHA-256). */
  static String hashSource(String script) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The section's markup (controls and an empty table the script fills) and the data block. */
  static void render(StringBuilder h, List<Statement> rows, String caption) {
    h.append("<div class=\"controls\"><label>Filter <input id=\"st-filter\" type=\"search\" size=\"34\" ")
        .append("placeholder=\"words: outlet, target, speaker, text…\" autocomplete=\"off\"></label>")
        .append("<label>Outlet <select id=\"st-outlet\"><option value=\"\">all</option></select></label>")
        .append("<label>Target <select id=\"st-target\"><option value=\"\">all</option></select></label>")
        .append("<label>Kind <select id=\"st-kind\"><option value=\"\">all</option></select></label>")
        .append("<label>Tone <select id=\"st-label\"><option value=\"\">all</option></select></label>")
        .append("<label>Rule <select id=\"st-rule\"><option value=\"\">all</option></select></label>")
        .append("<span id=\"st-count\" class=\"n\" aria-live=\"polite\"></span></div>\n")
        .append("<p class=\"note\">").append(ReportHtml.escape(caption)).append("</p>\n")
        .append("<div class=\"scroll\"><table id=\"statements\" class=\"statements\"><thead><tr>")
        .append("<th data-sort=\"7\" class=\"sortable\">date</th><th>outlet</th><th>target</th><th>speaker</th>")
        .append("<th>kind</th><th data-sort=\"5\" class=\"sortable\">tone</th><th>statement</th><th>article</th>")
        .append("</tr></thead><tbody></tbody></table></div>\n")
        .append("<p><button id=\"st-more\" type=\"button\" hidden>Show more</button></p>\n")
        .append("<noscript><p class=\"note\">The statements table needs JavaScript; the same rows are in ")
        .append("the tables' CSV files.</p></noscript>\n")
        .append("<script type=\"application/json\" id=\"").append(DATA_ID).append("\">").append(json(rows))
        .append("</script>\n");
  }

  /**
   * The table's script: reads the JSON block, fills the selects, filters on every word typed (each
   * must occur in the row) and the selects, shows 100 rows at a time, sorts by date or tone, marks
   * the cue ({@code <mark class=cue>}), the speaker mention ({@code <mark class=speaker>}) and, in
   * the statement, the evidence words ({@code <mark>}); context around the statement is dimmed
   * ({@code <span class=ctx>}). Builds every node with createElement/textContent: data never
   * becomes markup.
   */
  static final String SCRIPT = String.join("\n",
      "(function () {",
      "  'use strict';",
      "  var data = JSON.parse(document.getElementById('" + DATA_ID + "').textContent);",
      "  var F = {}; data.fields.forEach(function (f, i) { F[f] = i; });",
      "  var rows = data.rows;",
      "  rows.forEach(function (r) {",
      "    var sp = r[F.spans], own = sp && sp[0] >= 0 ? (r[F.text] || '').slice(sp[0], sp[1]) : r[F.text];",
      "    r.hay = [r[F.outlet], r[F.target], r[F.speaker], r[F.affiliation], r[F.kind], r[F.label], r[F.date],",
      "      own, r[F.title], r[F.rule]].join(' \\u0001 ').toLowerCase();",
      "  });",
      "  var $ = function (id) { return document.getElementById(id); };",
      "  var filter = $('st-filter'), count = $('st-count'), more = $('st-more');",
      "  var body = document.querySelector('#statements tbody');",
      "  var selects = [['st-outlet', F.outlet], ['st-target', F.target], ['st-kind', F.kind], ['st-label', F.label],",
      "    ['st-rule', F.rule]];",
      "  selects.forEach(function (s) {",
      "    var el = $(s[0]), seen = {};",
      "    rows.forEach(function (r) { var v = r[s[1]]; if (v != null) seen[v] = (seen[v] || 0) + 1; });",
      "    Object.keys(seen).sort().forEach(function (v) {",
      "      var o = document.createElement('option'); o.value = v; o.textContent = v + ' (' + seen[v] + ')'; el.appendChild(o);",
      "    });",
      "    el.addEventListener('change', apply);",
      "  });",
      "  var PAGE = 100, limit = PAGE, matched = rows, sortCol = F.date, sortDir = -1;",
      "  function cmp(a, b) {",
      "    var x = a[sortCol], y = b[sortCol];",
      "    if (x == null && y == null) return 0; if (x == null) return 1; if (y == null) return -1;",
      "    return x < y ? -sortDir : x > y ? sortDir : 0;",
      "  }",
      "  function apply() {",
      "    var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);",
      "    var want = selects.map(function (s) { return [$(s[0]).value, s[1]]; }).filter(function (w) { return w[0] !== ''; });",
      "    matched = rows.filter(function (r) {",
      "      return want.every(function (w) { return r[w[1]] === w[0]; }) &&",
      "        words.every(function (w) { return r.hay.indexOf(w) >= 0; });",
      "    });",
      "    matched.sort(cmp);",
      "    limit = PAGE; render();",
      "  }",
      "  function td(tr, text, cls) {",
      "    var c = document.createElement('td'); if (cls) c.className = cls;",
      "    if (text != null) c.textContent = text; tr.appendChild(c); return c;",
      "  }",
      "  function dim(cell, text) {",
      "    if (!text) return; var c = document.createElement('span'); c.className = 'ctx'; c.textContent = text; cell.appendChild(c);",
      "  }",
      "  function statement(cell, r) {",
      "    var text = r[F.text] || '', sp = r[F.spans] || [0, text.length, -1, -1, -1, -1];",
      "    var s0 = sp[0] >= 0 ? sp[0] : 0, s1 = sp[0] >= 0 ? sp[1] : text.length, at = 0;",
      "    var tips = {cue: 'cue (' + (r[F.rule] || 'rule unknown') + ')', speaker: 'speaker mention: ' + r[F.speaker]};",
      "    var marks = [[sp[2], sp[3], 'cue'], [sp[4], sp[5], 'speaker']].filter(function (m) { return m[0] >= 0; })",
      "      .sort(function (a, b) { return a[0] - b[0]; });",
      "    function plain(a, b) {",
      "      if (a < s0) { dim(cell, text.slice(a, Math.min(b, s0))); a = Math.min(b, s0); }",
      "      if (a < Math.min(b, s1)) { quote(cell, text.slice(a, Math.min(b, s1)), r[F.evidence]); a = Math.min(b, s1); }",
      "      if (a < b) dim(cell, text.slice(a, b));",
      "    }",
      "    marks.forEach(function (m) {",
      "      if (m[0] < at) return;",
      "      plain(at, m[0]);",
      "      var el = document.createElement('mark'); el.className = m[2]; el.title = tips[m[2]];",
      "      el.textContent = text.slice(m[0], m[1]); cell.appendChild(el); at = m[1];",
      "    });",
      "    plain(at, text.length);",
      "  }",
      "  function quote(cell, text, evidence) {",
      "    var words = (evidence || []).filter(function (w) { return w && w.trim(); })",
      "      .map(function (w) { return w.trim().replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&'); })",
      "      .sort(function (a, b) { return b.length - a.length; });",
      "    if (!words.length) { cell.appendChild(document.createTextNode(text)); return; }",
      "    var re = new RegExp('(^|[^\\\\p{L}\\\\p{N}])(' + words.join('|') + ')(?![\\\\p{L}\\\\p{N}])', 'giu'), last = 0, m;",
      "    while ((m = re.exec(text)) !== null) {",
      "      var start = m.index + m[1].length;",
      "      cell.appendChild(document.createTextNode(text.slice(last, start)));",
      "      var mark = document.createElement('mark'); mark.textContent = m[2]; cell.appendChild(mark);",
      "      last = start + m[2].length;",
      "      if (m[0].length === 0) re.lastIndex++;",
      "    }",
      "    cell.appendChild(document.createTextNode(text.slice(last)));",
      "  }",
      "  function render() {",
      "    var frag = document.createDocumentFragment();",
      "    matched.slice(0, limit).forEach(function (r) {",
      "      var tr = document.createElement('tr');",
      "      td(tr, r[F.date] || 'undated', 'date'); td(tr, r[F.outlet]); td(tr, r[F.target]);",
      "      var who = td(tr, r[F.speaker]);",
      "      if (r[F.affiliation]) { var a = document.createElement('span'); a.className = 'aff';",
      "        a.textContent = r[F.affiliation]; who.appendChild(document.createElement('br')); who.appendChild(a); }",
      "      if (r[F.rule]) { var u = document.createElement('span'); u.className = 'rule';",
      "        u.title = 'attribution rule and its confidence (data/attribution-rules.tsv)';",
      "        u.textContent = r[F.rule] + (r[F.confidence] != null ? ' ' + r[F.confidence].toFixed(2) : '');",
      "        who.appendChild(document.createElement('br')); who.appendChild(u); }",
      "      td(tr, r[F.kind]);",
      "      var s = r[F.score];",
      "      td(tr, (s > 0 ? '+' : s < 0 ? '\\u2212' : '') + Math.abs(s).toFixed(2), 'tone ' + (r[F.label] || ''));",
      "      statement(td(tr, null, 'text'), r);",
      "      var link = td(tr, null, 'src');",
      "      var url = r[F.url];",
      "      if (url && /^https?:\\/\\//i.test(url)) {",
      "        var el = document.createElement('a'); el.href = url; el.rel = 'noopener noreferrer nofollow';",
      "        el.textContent = r[F.title] || url; link.appendChild(el);",
      "      } else {",
      "        link.textContent = r[F.title] || r[F.file] || '';",
      "        if (r[F.title] && r[F.file]) { var f = document.createElement('code'); f.textContent = r[F.file];",
      "          link.appendChild(document.createElement('br')); link.appendChild(f); }",
      "      }",
      "      tr.appendChild(link);",
      "      frag.appendChild(tr);",
      "    });",
      "    body.replaceChildren(frag);",
      "    count.textContent = matched.length + ' of ' + rows.length + ' statement \\u00d7 target rows' +",
      "      (matched.length > limit ? ' (first ' + limit + ' shown)' : '');",
      "    more.hidden = matched.length <= limit;",
      "  }",
      "  filter.addEventListener('input', apply);",
      "  more.addEventListener('click', function () { limit += PAGE; render(); });",
      "  document.querySelectorAll('#statements th[data-sort]').forEach(function (th) {",
      "    th.addEventListener('click', function () {",
      "      var c = Number(th.getAttribute('data-sort'));",
      "      if (sortCol === c) sortDir = -sortDir; else { sortCol = c; sortDir = -1; }",
      "      apply();",
      "    });",
      "  });",
      "  apply();",
      "})();");
}
