package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Property test of the provenance columns: over the seed articles, every held-out article and
 * 3,000 generated and mutated texts, every non-narrative statement has a listed
 * {@code attribution_rule}, a cue span inside the text whose text is the {@code cue} (up to case and
 * spacing) whenever the cue is a word of the text (all but social posts, whose cue is the embed),
 * and, when it has a speaker, a speaker span inside the text that names it: shares a word with
 * {@code speaker}, or is the pronoun or description a coreference was resolved from. Confidence is
 * in [0, 1].
 */
class ProvenanceFuzzTest {
  private static final StatementExtractor X = StatementExtractor.defaults();
  private static final AttributionRules RULES = AttributionRules.load();
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
  private static final String[] PIECES = {"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", " ", "\n", "\n\n",
      "\r\n", "\t", ".", ",", ":", "?", "!", "\u2014", "-", "(", ")", "said", "he", "she", "they", "it", "told", "added",
      "according to", "Putin", "Erdogan", "the Russian leader", "a Western diplomat", "Kremlin", "and", "that", "quoted",
      "warned", "Mr.", "\u00a0", "\u200b", "\u00e9", "e\u0301", "\u2014 Name (@h) March 5", "adding that", "said on Tuesday"};

  /** The violations in one text (empty when all is well). */
  static List<String> violations(String t) {
    List<String> bad = new ArrayList<>();
    List<Statement> all = X.extractStrict(t, "O", null);
    for (Statement s : all) {
      String why = violation(t, s);
      // a continuation names its speaker where the attribution it continues did
      if (why != null && why.startsWith("speaker span shares") && Statement.CONTINUATION.equals(s.attributionMethod)) {
        for (Statement o : all) if (o != s && o.speakerStart == s.speakerStart && o.speakerEnd == s.speakerEnd && o.start < s.start) why = null;
      }
      if (why != null) bad.add(why + " | " + s + " | cue text [" + span(t, s.cueStart, s.cueEnd) + "] speaker text ["
          + span(t, s.speakerStart, s.speakerEnd) + "]");
    }
    return bad;
  }

  private static String span(String t, int a, int b) {
    return a < 0 || b > t.length() || a > b ? "-" : t.substring(a, b);
  }

  static String violation(String t, Statement s) {
    if (!(s.confidence >= 0 && s.confidence <= 1)) return "confidence out of [0,1]";
    if (s.sieve == null) return "no attribution_rule";
    if (!RULES.listed(s.sieve)) return "attribution_rule not in data/attribution-rules.tsv";
    if (s.kind.equals(Statement.NARRATIVE)) {
      return s.cueStart < 0 && s.speakerStart < 0 ? null : "narrative with spans";
    }
    if (s.kind.equals(Statement.SOCIAL)) {
      if (s.cueStart >= 0) return "social post with a cue span";
    } else if (s.cue == null) {
      if (s.speaker != null) return "speaker without cue";
      if (s.cueStart >= 0) return "cue span without cue";
    } else {
      if (s.cueStart < 0 || s.cueEnd > t.length() || s.cueStart >= s.cueEnd) return "cue span missing or out of bounds";
      if (!squeeze(t.substring(s.cueStart, s.cueEnd)).equals(squeeze(s.cue))) return "cue span is not the cue";
    }
    if (s.speaker == null) return s.speakerStart < 0 ? null : "speaker span without speaker";
    if (s.speakerStart < 0 || s.speakerEnd > t.length() || s.speakerStart >= s.speakerEnd) return "speaker span missing or out of bounds";
    String named = t.substring(s.speakerStart, s.speakerEnd);
    if (PRONOUNS.contains(named.strip().toLowerCase(Locale.ROOT))) return null;
    if (Statement.COREFERENCE.equals(s.attributionMethod)) return null; // "the Russian leader" for Putin
    for (String w : words(named)) if (words(s.speaker).contains(w)) return null;
    return "speaker span shares no word with the speaker";
  }

  /** Lower case, without whitespace, format characters or marks (the cue column is written with single spaces). */
  static String squeeze(String s) {
    StringBuilder b = new StringBuilder();
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) continue;
      b.append(c);
    }
    return b.toString();
  }

  static Set<String> words(String s) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  static List<String> corpus() throws IOException {
    List<Path> dirs = new ArrayList<>();
    dirs.add(Path.of("..", "data", "samples"));
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("src", "test", "resources"), "heldout*")) {
      for (Path d : ds) dirs.add(d);
    }
    List<String> texts = new ArrayList<>();
    for (Path d : dirs) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(d, "*.txt")) {
        for (Path p : ds) texts.add(Normalizer.normalize(Files.readString(p, StandardCharsets.UTF_8), Normalizer.Form.NFC));
      }
    }
    return texts;
  }

  @Test
  void everyAttributionPointsIntoTheText() throws IOException {
    List<String> seeds = corpus();
    assertTrue(seeds.size() >= 35, "seed and held-out articles: " + seeds.size());
    List<String> texts = new ArrayList<>(seeds);
    Random r = new Random(13);
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      if (n % 3 == 0) {
        int len = r.nextInt(80);
        for (int i = 0; i < len; i++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) == 0 ? "" : " ");
      } else {
        String s = seeds.get(r.nextInt(seeds.size()));
        int a = r.nextInt(s.length()), c = Math.min(s.length(), a + r.nextInt(2500));
        b.append(s, a, c);
        for (int m = r.nextInt(10); m > 0; m--) {
          int at = r.nextInt(b.length() + 1);
          if (r.nextBoolean() && b.length() > 0 && at < b.length()) b.deleteCharAt(at);
          else b.insert(at, PIECES[r.nextInt(PIECES.length)]);
        }
      }
      texts.add(b.toString());
    }
    Map<String, Integer> kinds = new TreeMap<>();
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (String v : violations(texts.get(i))) {
        kinds.merge(v.substring(0, v.indexOf(" | ")), 1, Integer::sum);
        if (bad.size() < 25) bad.add("text #" + i + ": " + v);
      }
      checked++;
    }
    assertTrue(bad.isEmpty(), checked + " texts; violations " + kinds + ":\n" + String.join("\n", bad));
  }
}
