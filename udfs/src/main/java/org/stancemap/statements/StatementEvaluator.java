package org.stancemap.statements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.text.QuoteMarks;

/**
 * Measures the extractor against gold statements (format of {@code data/eval/seed-gold.jsonl}).
 *
 * <p>Matching rule: texts are compared as multisets of lower-cased word tokens (letters/digits)
 * after straightening quote marks. A prediction matches a gold statement of a compatible kind
 * (gold direct ~ predicted direct or social; partial ~ partial; indirect ~ indirect) when the shared
 * tokens cover at least 60% of the gold tokens and at least 20% of the predicted tokens (gold
 * indirect spans often stop early, e.g. at a quoted fragment); pairs are matched one-to-one, best
 * token-F1 first; a gold statement still unmatched may be matched by consecutive predictions that share
 * one cue ("said A and that B" kept whole by the gold, two statements by the extractor:
 * {@link #matchSegments}). Recall is per gold kind. Precision is given for direct and partial (the gold lists
 * every quote): a prediction counts as right when it matches, or when all its tokens lie inside one
 * gold statement of its article (a quoted fragment inside reported speech the gold keeps whole).
 * Speaker accuracy, on matched pairs: the predicted speaker or speaker_id equals the gold speaker,
 * speaker_id or one of its aliases (case-insensitive, quotes straightened, a leading article and
 * leading abbreviated titles of {@code data/title-abbreviations.txt} ignored: "Mr. Beridze" is "Beridze").
 *
 * <p>Per rule ({@code attribution_rule}): precision = predictions of the rule that match a gold
 * statement / predictions of the rule in gold articles (narrative excluded), and speaker accuracy of
 * its matches. Errors, each counted once: {@code missed quote} / {@code missed indirect} (a gold
 * statement nothing matches), {@code kind mismatch} (a gold statement found, by the same overlap
 * rule, only as a non-narrative statement of an incompatible kind), {@code wrong speaker} (matched,
 * speaker wrong), {@code spurious} (a non-narrative prediction that matches no gold statement, lies
 * inside none, and is no kind mismatch; for indirect it may be reported speech the gold left out).
 */
public final class StatementEvaluator {
  static final double GOLD_COVER = 0.6, PRED_COVER = 0.2;

  /** One gold statement. */
  public static final class Gold {
    public final String article, kind, speakerId, speaker, text;
    public final List<String> aliases;

    Gold(String article, String kind, String speakerId, String speaker, List<String> aliases, String text) {
      this.article = article;
      this.kind = kind;
      this.speakerId = speakerId;
      this.speaker = speaker;
      this.aliases = aliases;
      this.text = text;
    }
  }

  /** The error kinds, in report order. */
  public static final String MISSED_QUOTE = "missed quote", MISSED_INDIRECT = "missed indirect", WRONG_SPEAKER = "wrong speaker",
      KIND_MISMATCH = "kind mismatch", SPURIOUS = "spurious";
  private static final int SHOWN = 160;

  /** Counts per kind and per sieve. */
  public static final class Result {
    public final Map<String, int[]> recall = new LinkedHashMap<>(); // kind -> {matched, gold}
    public final Map<String, int[]> precision = new LinkedHashMap<>(); // kind -> {correct, predicted}
    public final Map<String, int[]> speaker = new LinkedHashMap<>(); // kind -> {correct, matched}
    public final Map<String, int[]> sieves = new TreeMap<>(); // sieve -> {speaker correct, matched, predicted}
    public final List<String> misses = new ArrayList<>();
    /** error kind → one line per error ("article [rule]: ..."), kinds in report order. */
    public final Map<String, List<String>> errors = new LinkedHashMap<>();

    public Result() {
      for (String k : new String[] {MISSED_QUOTE, MISSED_INDIRECT, WRONG_SPEAKER, KIND_MISMATCH, SPURIOUS}) errors.put(k, new ArrayList<>());
    }

    /** How many errors of that kind. */
    public int errors(String kind) {
      List<String> l = errors.get(kind);
      return l == null ? 0 : l.size();
    }

    /** Matched gold / predicted in gold articles for a rule (NaN when it predicted nothing). */
    public double rulePrecision(String rule) {
      int[] v = sieves.get(rule);
      return v == null || v[2] == 0 ? Double.NaN : (double) v[1] / v[2];
    }

    public double recall(String kind) { return ratio(recall.get(kind)); }
    public double precision(String kind) { return ratio(precision.get(kind)); }
    public double speakerAccuracy(String kind) { return ratio(speaker.get(kind)); }

    /** Speaker accuracy over all matched pairs. */
    public double speakerAccuracy() {
      int c = 0, n = 0;
      for (int[] v : speaker.values()) { c += v[0]; n += v[1]; }
      return n == 0 ? Double.NaN : (double) c / n;
    }

    /** Recall of direct and partial together. */
    public double quoteRecall() {
      int[] d = recall.getOrDefault("direct", new int[2]), p = recall.getOrDefault("partial", new int[2]);
      return ratio(new int[] {d[0] + p[0], d[1] + p[1]});
    }

    public double quotePrecision() {
      int[] d = precision.getOrDefault("direct", new int[2]), p = precision.getOrDefault("partial", new int[2]);
      return ratio(new int[] {d[0] + p[0], d[1] + p[1]});
    }

    private static double ratio(int[] v) {
      return v == null || v[1] == 0 ? Double.NaN : (double) v[0] / v[1];
    }

    public String report() {
      StringBuilder b = new StringBuilder();
      b.append("matching: word-token overlap >= ").append(GOLD_COVER).append(" of gold and >= ").append(PRED_COVER)
          .append(" of predicted tokens, compatible kinds, one-to-one (see StatementEvaluator)\n");
      b.append(String.format(Locale.ROOT, "%-9s %8s %10s %10s%n", "kind", "recall", "precision", "speaker"));
      for (String k : recall.keySet()) {
        int[] r = recall.get(k), p = precision.get(k), s = speaker.get(k);
        b.append(String.format(Locale.ROOT, "%-9s %8s %10s %10s%n", k, frac(r), p == null ? "-" : frac(p), frac(s)));
      }
      b.append(String.format(Locale.ROOT, "direct+partial recall %.3f precision %.3f; speaker accuracy (all matched) %.3f%n",
          quoteRecall(), quotePrecision(), speakerAccuracy()));
      b.append("per rule (precision = matched gold / predicted in gold articles; speaker = right speaker / matched):\n");
      b.append(String.format(Locale.ROOT, "  %-28s %16s %16s%n", "attribution_rule", "precision", "speaker"));
      for (Map.Entry<String, int[]> e : sieves.entrySet()) {
        int[] v = e.getValue();
        b.append(String.format(Locale.ROOT, "  %-28s %16s %16s%n", e.getKey(), frac(new int[] {v[1], v[2]}), frac(new int[] {v[0], v[1]})));
      }
      b.append("errors:");
      String sep = " ";
      for (Map.Entry<String, List<String>> e : errors.entrySet()) {
        b.append(sep).append(e.getKey()).append(' ').append(e.getValue().size());
        sep = ", ";
      }
      b.append('\n');
      for (Map.Entry<String, List<String>> e : errors.entrySet()) {
        if (e.getValue().isEmpty()) continue;
        b.append('\n').append(e.getKey()).append(" (").append(e.getValue().size()).append("):\n");
        for (String m : e.getValue()) b.append("  ").append(m).append('\n');
      }
      return b.toString();
    }

    private static String frac(int[] v) {
      if (v == null || v[1] == 0) return "-";
      return String.format(Locale.ROOT, "%.3f (%d/%d)", (double) v[0] / v[1], v[0], v[1]);
    }
  }

  private final StatementExtractor extractor;

  public StatementEvaluator(StatementExtractor extractor) {
    this.extractor = extractor;
  }

  public static List<Gold> readGold(Path file) {
    ObjectMapper om = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = om.readTree(line);
        List<String> aliases = new ArrayList<>();
        if (n.has("speaker_aliases")) n.get("speaker_aliases").forEach(a -> aliases.add(a.asText()));
        out.add(new Gold(n.path("article").asText(), n.path("kind").asText(), n.path("speaker_id").asText(null),
            n.path("speaker").asText(null), aliases, n.path("text").asText("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Outlets by file name from a {@code manifest.jsonl} in {@code dir} (empty when there is none). */
  public static Map<String, String> readOutlets(Path dir) {
    Map<String, String> out = new HashMap<>();
    Path m = dir.resolve("manifest.jsonl");
    if (!Files.isRegularFile(m)) return out;
    ObjectMapper om = new ObjectMapper();
    try {
      for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = om.readTree(line);
        out.put(n.path("file").asText(), n.path("outlet").isNull() ? null : n.path("outlet").asText(null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public Result evaluate(List<Gold> gold, Path articlesDir) {
    Map<String, List<Gold>> byArticle = new LinkedHashMap<>();
    for (Gold g : gold) byArticle.computeIfAbsent(g.article, k -> new ArrayList<>()).add(g);
    Map<String, String> outlets = readOutlets(articlesDir);
    Result r = new Result();
    for (String k : new String[] {"direct", "partial", "indirect"}) {
      r.recall.put(k, new int[2]);
      r.speaker.put(k, new int[2]);
    }
    r.precision.put("direct", new int[2]);
    r.precision.put("partial", new int[2]);
    for (Map.Entry<String, List<Gold>> e : byArticle.entrySet()) {
      String text;
      try {
        text = Files.readString(articlesDir.resolve(e.getKey()), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException("gold article not found: " + articlesDir.resolve(e.getKey()), ex);
      }
      List<Statement> pred = extractor.extract(null, java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC), outlets.get(e.getKey()), null);
      evaluateArticle(e.getKey(), e.getValue(), pred, r);
    }
    return r;
  }

  /**
   * Segmentation: one cue may report two clauses ("said A and that B"), which one gold set keeps as one
   * statement and another as two. The extractor emits two; an unmatched gold statement is matched by a
   * run of consecutive unmatched predictions of its kind (other kinds between them skipped) that share one cue (same cue span) when their
   * tokens together pass the overlap rule; the first of the run stands for it (speaker, rule), and the
   * rest count as matched too. The other way round (one prediction, two gold pieces) the prediction
   * matches the piece it covers best.
   */
  private static void matchSegments(List<Gold> gold, List<Map<String, Integer>> gt, List<Statement> pred,
      List<Map<String, Integer>> pt, int[] goldMatch, int[] predMatch) {
    for (int gi = 0; gi < gold.size(); gi++) {
      if (goldMatch[gi] >= 0) continue;
      int gn = WordBags.size(gt.get(gi));
      for (int a = 0; a < pred.size() && goldMatch[gi] < 0; a++) {
        Statement first = pred.get(a);
        if (predMatch[a] >= 0 || first.cueStart < 0 || !goldKind(first.kind).equals(gold.get(gi).kind)) continue;
        Map<String, Integer> bag = new HashMap<>(pt.get(a));
        for (int b = a + 1; b < pred.size(); b++) {
          Statement next = pred.get(b);
          if (!next.kind.equals(first.kind)) continue; // a quoted fragment inside the first clause lies between them
          if (predMatch[b] >= 0 || next.cueStart != first.cueStart || next.cueEnd != first.cueEnd) break;
          pt.get(b).forEach((w, c) -> bag.merge(w, c, Integer::sum));
          int inter = WordBags.inter(gt.get(gi), bag);
          if (gn > 0 && inter >= GOLD_COVER * gn && inter >= PRED_COVER * WordBags.size(bag)) {
            goldMatch[gi] = a;
            for (int x = a; x <= b; x++) predMatch[x] = gi;
            break;
          }
        }
      }
    }
  }

  static String goldKind(String predKind) {
    return predKind.equals(Statement.SOCIAL) ? Statement.DIRECT : predKind;
  }

  void evaluateArticle(String article, List<Gold> gold, List<Statement> pred, Result r) {
    List<Map<String, Integer>> gt = new ArrayList<>();
    for (Gold g : gold) gt.add(WordBags.bag(g.text));
    List<Map<String, Integer>> pt = new ArrayList<>();
    for (Statement s : pred) pt.add(WordBags.bag(s.text));
    // candidate pairs, best F1 first
    List<double[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      int gn = WordBags.size(gt.get(gi));
      for (int pi = 0; pi < pred.size(); pi++) {
        if (!goldKind(pred.get(pi).kind).equals(gold.get(gi).kind)) continue;
        int inter = WordBags.inter(gt.get(gi), pt.get(pi));
        int pn = WordBags.size(pt.get(pi));
        if (gn == 0 || pn == 0 || inter < GOLD_COVER * gn || inter < PRED_COVER * pn) continue;
        pairs.add(new double[] {2.0 * inter / (gn + pn), gi, pi});
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    int[] goldMatch = new int[gold.size()];
    int[] predMatch = new int[pred.size()];
    java.util.Arrays.fill(goldMatch, -1);
    java.util.Arrays.fill(predMatch, -1);
    for (double[] p : pairs) {
      int gi = (int) p[1], pi = (int) p[2];
      if (goldMatch[gi] >= 0 || predMatch[pi] >= 0) continue;
      goldMatch[gi] = pi;
      predMatch[pi] = gi;
    }
    matchSegments(gold, gt, pred, pt, goldMatch, predMatch);
    // a gold statement found only as a statement of an incompatible kind (not narrative)
    int[] mismatchOf = new int[pred.size()];
    java.util.Arrays.fill(mismatchOf, -1);
    for (int gi = 0; gi < gold.size(); gi++) {
      if (goldMatch[gi] >= 0) continue;
      int gn = WordBags.size(gt.get(gi));
      for (int pi = 0; pi < pred.size(); pi++) {
        Statement s = pred.get(pi);
        if (predMatch[pi] >= 0 || mismatchOf[pi] >= 0 || s.kind.equals(Statement.NARRATIVE)) continue;
        int inter = WordBags.inter(gt.get(gi), pt.get(pi));
        int pn = WordBags.size(pt.get(pi));
        if (gn == 0 || pn == 0 || inter < GOLD_COVER * gn || inter < PRED_COVER * pn) continue;
        mismatchOf[pi] = gi;
        break;
      }
    }
    for (int gi = 0; gi < gold.size(); gi++) {
      Gold g = gold.get(gi);
      int[] rc = r.recall.computeIfAbsent(g.kind, k -> new int[2]);
      rc[1]++;
      if (goldMatch[gi] < 0) {
        r.misses.add("missed " + g.kind + " in " + article + ": " + g.text);
        int found = -1;
        for (int pi = 0; pi < pred.size() && found < 0; pi++) if (mismatchOf[pi] == gi) found = pi;
        if (found >= 0) {
          Statement s = pred.get(found);
          r.errors.get(KIND_MISMATCH).add(article + " [" + rule(s) + "] gold " + g.kind + ", predicted " + s.kind + ": " + shown(g.text));
        } else {
          r.errors.get(g.kind.equals(Statement.INDIRECT) ? MISSED_INDIRECT : MISSED_QUOTE).add(article + " " + g.kind + ": " + shown(g.text));
        }
        continue;
      }
      rc[0]++;
      Statement s = pred.get(goldMatch[gi]);
      boolean ok = speakerMatches(s, g);
      int[] sp = r.speaker.computeIfAbsent(g.kind, k -> new int[2]);
      sp[1]++;
      if (ok) sp[0]++;
      else {
        r.misses.add("wrong speaker " + s.speaker + " [" + s.speakerId + "] for " + g.speaker + ": " + g.text);
        r.errors.get(WRONG_SPEAKER).add(article + " [" + rule(s) + "] " + s.speaker + " [" + s.speakerId + "] for " + g.speaker + ": " + shown(g.text));
      }
      int[] sv = r.sieves.computeIfAbsent(rule(s), k -> new int[3]);
      sv[1]++;
      if (ok) sv[0]++;
    }
    for (int pi = 0; pi < pred.size(); pi++) {
      Statement s = pred.get(pi);
      if (!s.kind.equals(Statement.NARRATIVE)) r.sieves.computeIfAbsent(rule(s), k -> new int[3])[2]++;
      boolean ok = predMatch[pi] >= 0;
      if (!ok) {
        for (int gi = 0; gi < gold.size() && !ok; gi++) ok = WordBags.inter(gt.get(gi), pt.get(pi)) == WordBags.size(pt.get(pi)) && WordBags.size(pt.get(pi)) > 0;
      }
      if (!ok && !s.kind.equals(Statement.NARRATIVE) && mismatchOf[pi] < 0) {
        r.errors.get(SPURIOUS).add(article + " [" + rule(s) + "] " + s.kind + " by " + s.speaker + ": " + shown(s.text));
      }
      String k = goldKind(s.kind);
      int[] pc = r.precision.get(k);
      if (pc == null) continue;
      pc[1]++;
      if (ok) pc[0]++;
      else r.misses.add("extra " + s.kind + " in " + article + ": " + s.text);
    }
  }

  private static String rule(Statement s) {
    return s.sieve == null ? RuleNames.NONE : s.sieve;
  }

  /** The text on one line, cut to a readable length. */
  static String shown(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= SHOWN ? t : t.substring(0, SHOWN - 1) + "\u2026";
  }

  static boolean speakerMatches(Statement s, Gold g) {
    List<String> names = new ArrayList<>(g.aliases);
    names.add(g.speaker);
    names.add(g.speakerId);
    for (String n : names) {
      if (n == null) continue;
      String gn = norm(n);
      if (s.speaker != null && norm(s.speaker).equals(gn)) return true;
      if (s.speakerId != null && norm(s.speakerId).equals(gn)) return true;
      // the speaker id made from a full name ("husnu-baltacı") names the gold speaker ("Hüsnü Baltacı") even where the
      // statement's surface is the surname alone ("Baltacı") and the gold lists no bare surname
      if (s.speakerId != null && s.speakerId.equals(org.stancemap.speakers.SpeakerTable.slug(n))) return true;
      // an id of data/entities.tsv ("israel_katz", "fidan") names the entity's name and aliases ("Israel Katz", "Hakan
      // Fidan"): the statement's surface may be the surname alone where the gold lists only the full name
      org.stancemap.entities.Entity e = s.speakerId == null ? null : org.stancemap.entities.EntityTable.load().byId(s.speakerId);
      if (e != null && (norm(e.name()).equals(gn) || e.aliases().stream().anyMatch(x -> norm(x).equals(gn)))) return true;
    }
    return false;
  }

  static String norm(String s) {
    String t = QuoteMarks.straighten(s).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    // without a short form in brackets at the end: "... Development Party (AKP)" = "... Development Party"
    t = t.replaceAll(" \\([^()]{1,12}\\)$", "");
    for (String a : new String[] {"the ", "a ", "an "}) if (t.startsWith(a)) t = t.substring(a.length());
    // "Mr. Beridze" = "Beridze", "Dr Anna Lindqvist" = "Anna Lindqvist": the extractor names people without
    // the abbreviated titles of data/title-abbreviations.txt, and a gold alias may keep them
    // and without an honorific before a full name ("Sir Malcolm Dawes" = "Malcolm Dawes"; titles.txt class honorific)
    java.util.Set<String> titles = org.stancemap.text.TitleAbbreviations.load().words();
    org.stancemap.speakers.Descriptors desc = org.stancemap.speakers.Descriptors.load();
    for (int sp = t.indexOf(' '); sp > 0 && t.length() > sp + 1; sp = t.indexOf(' ')) {
      String first = t.substring(0, sp).replace(".", "");
      if (!titles.contains(first) && !(desc.isHonorific(first) && t.indexOf(' ', sp + 1) > 0)) break;
      t = t.substring(sp + 1);
    }
    // and without post-nominal letters after a name of two words or more ("Helen Marsh KC" = "Helen Marsh")
    for (int sp = t.lastIndexOf(' '); sp > 0 && t.substring(0, sp).contains(" ")
        && desc.isPostnominal(t.substring(sp + 1).toUpperCase(Locale.ROOT)); sp = t.lastIndexOf(' ')) {
      t = t.substring(0, sp);
    }
    return t;
  }
}
