package org.stancemap.tone;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.text.DataFiles;

/**
 * The fast, target-aware lexicon scorer (name {@value #NAME}).
 *
 * <p>Every lexicon word of the text ({@link Lexicon}: VADER plus the domain lexicon) adds its
 * valence, modified the VADER way (boosters and dampeners, ALL CAPS, negation within three words
 * of the same clause), weighted by its distance to the target mention:
 * {@code floor + (1 - floor) / (1 + d / decay)} for {@code d} words between them, times
 * {@code clause_penalty} per clause boundary (; : ( ) — . ! ?) and {@code comma_penalty} per
 * comma between them. Contrast words move weight between clauses ("but": before ×0.5, after ×1.5,
 * scaled by {@code contrast}). Harm words (domain lexicon column {@code harm}) count only
 * {@code victim_weight} against a target that suffers them: the object of "killed", the subject
 * of "were killed (by)", "killed in". Words inside quotation marks count {@code quote_weight}
 * toward a target outside them (a speaker's words are mostly about something else), and so do
 * the reported words of a target that speaks ("Moscow said ...", "..., said Peskov"; verbs of
 * saying are {@code speech} rows in {@code modifiers.tsv}). Words of the mention itself do not
 * count. The sum {@code s} becomes {@code s / sqrt(s² + 15)} in [-1, 1], labelled with
 * {@code pos_threshold} and {@code neg_threshold}. Parameters come from {@code data/lexicons/lexicon-scorer.properties}
 * (tuned on NewsMTSC train only, see {@code eval-tone --tune}). Evidence: the five words that moved
 * the score most. Thread-safe.
 */
public final class LexiconScorer implements ToneScorer {
  public static final String NAME = "lexicon";
  public static final String PARAMS_FILE = "lexicons/lexicon-scorer.properties";
  static final double ALPHA = 15;
  static final int EVIDENCE_WORDS = 5;
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "had", "has", "have");
  private static final Set<String> AFTER_PASSIVE = Set.of("in", "on", "at", "near", "during", "when", "while", "after", "since", "as", "last", "this", "overnight");

  /** Tunable parameters; see the class comment. */
  public record Params(double decay, double floor, double clausePenalty, double commaPenalty, double contrast,
      double victimWeight, double quoteWeight, double posThreshold, double negThreshold) implements Serializable {
    public static final Params DEFAULT = new Params(4, 0.2, 0.5, 0.8, 1.0, 0.2, 1.0, 0.1, 0.1);

    /** Reads {@code key = value} lines; missing keys keep {@link #DEFAULT}'s values. */
    public static Params fromLines(List<String> lines) {
      Map<String, Double> m = new HashMap<>();
      for (String line : lines) {
        int eq = line.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException("data/" + PARAMS_FILE + ": expected key = value: " + line);
        m.put(line.substring(0, eq).strip(), Double.parseDouble(line.substring(eq + 1).strip()));
      }
      Params d = DEFAULT;
      return new Params(m.getOrDefault("decay", d.decay), m.getOrDefault("floor", d.floor),
          m.getOrDefault("clause_penalty", d.clausePenalty), m.getOrDefault("comma_penalty", d.commaPenalty),
          m.getOrDefault("contrast", d.contrast), m.getOrDefault("victim_weight", d.victimWeight),
          m.getOrDefault("quote_weight", d.quoteWeight), m.getOrDefault("pos_threshold", d.posThreshold), m.getOrDefault("neg_threshold", d.negThreshold));
    }

    public Params withThresholds(double pos, double neg) {
      return new Params(decay, floor, clausePenalty, commaPenalty, contrast, victimWeight, quoteWeight, pos, neg);
    }

    public String toProperties() {
      return "decay = " + decay + "\nfloor = " + floor + "\nclause_penalty = " + clausePenalty
          + "\ncomma_penalty = " + commaPenalty + "\ncontrast = " + contrast + "\nvictim_weight = " + victimWeight
          + "\nquote_weight = " + quoteWeight + "\npos_threshold = " + posThreshold + "\nneg_threshold = " + negThreshold + "\n";
    }
  }

  private final Lexicon lexicon;
  private final Params params;

  public LexiconScorer(Lexicon lexicon, Params params) {
    this.lexicon = lexicon;
    this.params = params;
  }

  /** The standard lexicon with the packaged parameters. */
  public static LexiconScorer standard() {
    Params p = DataFiles.exists(PARAMS_FILE) ? Params.fromLines(DataFiles.lines(PARAMS_FILE)) : Params.DEFAULT;
    return new LexiconScorer(Lexicon.standard(), p);
  }

  public Params params() {
    return params;
  }

  public LexiconScorer withParams(Params p) {
    return new LexiconScorer(lexicon, p);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ToneScore score(String text, int mentionStart, int mentionEnd, String target) {
    Analysis a = analyze(text, mentionStart, mentionEnd);
    double score = normalize(a.sum);
    String label = score >= params.posThreshold ? ToneScore.POS
        : score <= -params.negThreshold ? ToneScore.NEG : ToneScore.NEU;
    return new ToneScore(score, label, ToneEvidence.confidence(score, params.posThreshold, params.negThreshold),
        a.evidence, NAME);
  }

  /**
   * The raw distance-weighted valence sum toward the mention (before normalisation and
   * thresholds): a feature for trained scorers.
   */
  public double weightedSum(String text, int mentionStart, int mentionEnd) {
    return analyze(text, mentionStart, mentionEnd).sum();
  }

  /** {@code sum / sqrt(sum² + 15)}, VADER's normalisation into (-1, 1). */
  public static double normalize(double sum) {
    return sum / Math.sqrt(sum * sum + ALPHA);
  }

  /** The weighted valence sum and the words behind it. */
  record Analysis(double sum, List<String> evidence) {}

  /** What does not depend on the mention: computed once per text and reused for its other mentions. */
  private record Prepared(String text, List<Token> tokens, int[] words, int[] clauses, int[] commas, boolean mixedCase,
      double[] contrastWeight, boolean[] quoted, List<Lexicon.Hit> hits) {}

  /** The last text this thread prepared (a statement's targets are scored one after another). */
  private final ThreadLocal<Prepared> last = new ThreadLocal<>();

  private Prepared prepare(String text) {
    Prepared p = last.get();
    if (p != null && p.text.equals(text)) return p;
    List<Token> tokens = Tokens.of(text);
    int n = tokens.size();
    // prefix counts: words, clause marks and commas before token i
    int[] words = new int[n + 1];
    int[] clauses = new int[n + 1];
    int[] commas = new int[n + 1];
    int caps = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i + 1] = words[i] + (t.word() ? 1 : 0);
      clauses[i + 1] = clauses[i] + (Tokens.CLAUSE_MARKS.contains(t.text()) ? 1 : 0);
      commas[i + 1] = commas[i] + (t.text().equals(",") ? 1 : 0);
      if (t.allCaps()) caps++;
    }
    p = new Prepared(text, tokens, words, clauses, commas, caps > 0 && caps < words[n], contrastWeights(tokens),
        quoted(tokens), lexicon.hits(tokens));
    last.set(p);
    return p;
  }

  Analysis analyze(String text, int mentionStart, int mentionEnd) {
    Prepared prep = prepare(text);
    List<Token> tokens = prep.tokens;
    int n = tokens.size();
    // the mention's tokens [mf, mt); offsets outside the text: the whole text is the context
    int[] span = Tokens.span(tokens, mentionStart, mentionEnd);
    int mf = span == null ? 0 : span[0];
    int mt = span == null ? 0 : span[1];
    int[] words = prep.words;
    int[] clauses = prep.clauses;
    int[] commas = prep.commas;
    boolean mixedCase = prep.mixedCase;
    double[] contrastWeight = prep.contrastWeight;
    boolean[] quoted = prep.quoted;
    boolean mentionQuoted = mf < mt && quoted[mf];
    // the target as speaker: a verb of saying right after it ("Russia said", "Peskov told") or
    // right before it ("said Peskov"); what it says (the other side of the verb) is reported speech
    int speechAfter = -1;
    int speechBefore = -1;
    if (mf < mt) {
      for (int i = mt; i < Math.min(n, mt + 3); i++) {
        if (lexicon.isSpeech(tokens.get(i).lower())) { speechAfter = i; break; }
        if (!tokens.get(i).word()) break;
      }
      if (mf > 0 && lexicon.isSpeech(tokens.get(mf - 1).lower())) speechBefore = mf - 1;
    }

    double sum = 0;
    List<double[]> contributions = new ArrayList<>(); // {contribution, hit index}
    List<String> hitWords = new ArrayList<>();
    for (Lexicon.Hit h : prep.hits) {
      if (h.to() > mf && h.from() < mt) continue; // the mention's own words
      Token t = tokens.get(h.from());
      // boosters modify their neighbours and carry no valence of their own (negations keep VADER's)
      if (h.to() - h.from() == 1 && (lexicon.booster(t.lower()) != 0)) continue;
      Lexicon.Modified mod = lexicon.modify(tokens, h, mixedCase, true);
      double v = mod.valence();
      boolean negated = mod.negated();

      int a = h.from() < mf ? h.to() : mt; // the gap between hit and mention is tokens [a, b)
      int b = h.from() < mf ? mf : h.from();
      int d = Math.max(0, words[b] - words[a]);
      double w = params.floor + (1 - params.floor) / (1 + d / params.decay);
      w *= Math.pow(params.clausePenalty, clauses[b] - clauses[a]);
      w *= Math.pow(params.commaPenalty, commas[b] - commas[a]);
      w *= contrastWeight[h.from()];
      boolean reported = (speechAfter >= 0 && h.from() > speechAfter) || (speechBefore >= 0 && h.from() < speechBefore);
      if ((quoted[h.from()] && !mentionQuoted) || reported) w *= params.quoteWeight;
      if (v < 0 && !negated && lexicon.isHarm(t.lower()) && isVictim(tokens, h, mf, mt, words, clauses)) {
        w *= params.victimWeight;
      }
      double c = w * v;
      sum += c;
      contributions.add(new double[] {c, hitWords.size()});
      hitWords.add(ToneEvidence.word(tokens, h, negated));
    }
    contributions.sort(Comparator.comparingDouble((double[] x) -> -Math.abs(x[0])));
    List<String> evidence = new ArrayList<>();
    for (double[] x : contributions) {
      if (evidence.size() == EVIDENCE_WORDS || Math.abs(x[0]) < 1e-6) break;
      String word = hitWords.get((int) x[1]);
      if (!evidence.contains(word)) evidence.add(word);
    }
    return new Analysis(sum, evidence);
  }

  /**
   * Whether the target mention suffers the harm word {@code h} rather than doing it: the target
   * follows the word without "by" in between ("killed two Turkish soldiers", "attacks on Syrian
   * positions"), or precedes it with an auxiliary in between ("Russians were killed") or with the
   * word followed by "by", a preposition or the end of the clause ("Turkish soldiers killed in
   * Idlib", "Turkish troops attacked by ..."). Only within five words and one clause.
   */
  private static boolean isVictim(List<Token> tokens, Lexicon.Hit h, int mf, int mt, int[] words, int[] clauses) {
    if (h.from() >= mt) { // mention ... harm
      if (words[h.from()] - words[mt] > 5 || clauses[h.from()] != clauses[mt]) return false;
      for (int i = mt; i < h.from(); i++) if (AUXILIARIES.contains(tokens.get(i).lower())) return true;
      if (!tokens.get(h.from()).lower().endsWith("ed") || h.to() - h.from() > 1) return false;
      if (h.to() >= tokens.size()) return true;
      Token next = tokens.get(h.to());
      return !next.word() || next.lower().equals("by") || AFTER_PASSIVE.contains(next.lower());
    } else { // harm ... mention
      if (words[mf] - words[h.to()] > 5 || clauses[mf] != clauses[h.to()]) return false;
      for (int i = h.to(); i < mf; i++) if (tokens.get(i).lower().equals("by")) return false;
      return true;
    }
  }

  /** Per token, whether it stands inside quotation marks (straight quotes toggle, curly ones open and close). */
  static boolean[] quoted(List<Token> tokens) {
    boolean[] q = new boolean[tokens.size()];
    boolean in = false;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      switch (t) {
        case "\"" -> in = !in;
        case "“", "«" -> in = true;
        case "”", "»" -> in = false;
        default -> q[i] = in;
      }
    }
    return q;
  }

  /**
   * Per token, the weight contrast words give it: for "X but Y" X gets the word's before-weight
   * and Y its after-weight; a sentence-initial "although X, Y" weighs X with its after-weight
   * and Y with its before-weight. Scaled by {@code contrast} (0 switches it off).
   */
  private double[] contrastWeights(List<Token> tokens) {
    double[] w = new double[tokens.size()];
    java.util.Arrays.fill(w, 1.0);
    if (params.contrast == 0) return w;
    for (int c = 0; c < tokens.size(); c++) {
      double[] ba = lexicon.contrast(tokens.get(c).lower());
      if (ba == null) continue;
      double before = 1 + params.contrast * (ba[0] - 1);
      double after = 1 + params.contrast * (ba[1] - 1);
      boolean initial = c == 0 || !tokens.get(c - 1).word() && c == 1;
      if (initial) {
        int comma = c + 1;
        while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) comma++;
        for (int i = c + 1; i < tokens.size(); i++) w[i] *= i < comma ? after : before;
      } else {
        for (int i = 0; i < tokens.size(); i++) if (i != c) w[i] *= i < c ? before : after;
      }
      break; // the first contrast word decides, as in VADER
    }
    return w;
  }
}
