package org.stancemap.tone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.targets.TargetMention;

/**
 * Finds the targets a text mentions and scores the text's tone toward each: one
 * {@link TargetTone} per target, however often it is mentioned.
 *
 * <p>Several mentions of one target in one text (Russia ... Moscow ... the Kremlin) are each
 * scored, then combined. With a probabilistic scorer (class probabilities), the strongest
 * construction decides: the most polar mention's verdict ({@link #combineProbabilities}). Otherwise the label
 * is the one with the largest summed confidence (a tie goes to
 * {@code neu}); {@code score} is the confidence-weighted mean of the mentions' scores;
 * {@code confidence} is the winning label's share of the summed confidence times the mean
 * confidence of the mentions that carry it; {@code evidence} is the union of the mentions' evidence
 * (strongest first, at most eight words); the reported mention is the most confident one with the
 * winning label.
 */
public final class TargetToneAnalyzer {
  static final int MAX_EVIDENCE = 8;
  /**
   * Mentions of one target scored per text: the first ones. Each mention is scored against the
   * whole text, so a text with thousands of mentions (a document read as one statement) would cost
   * mentions x length; past a few dozen more mentions change nothing but the time.
   */
  static final int MAX_SCORED_MENTIONS = 32;

  private final TargetMatcher matcher;
  private final ToneScorer scorer;

  public TargetToneAnalyzer(TargetMatcher matcher, ToneScorer scorer) {
    this.matcher = matcher;
    this.scorer = scorer;
  }

  public TargetMatcher matcher() {
    return matcher;
  }

  public ToneScorer scorer() {
    return scorer;
  }

  /** One result per target mentioned in {@code text}, in order of first mention. */
  public List<TargetTone> analyze(String text) {
    return analyze(text, null);
  }

  /** Like {@link #analyze(String)} for one target only (null: all). */
  public List<TargetTone> analyze(String text, String target) {
    Map<String, List<TargetMention>> byTarget = new LinkedHashMap<>();
    for (TargetMention m : matcher.find(text, target)) {
      byTarget.computeIfAbsent(m.target(), k -> new ArrayList<>()).add(m);
    }
    List<TargetTone> out = new ArrayList<>();
    for (Map.Entry<String, List<TargetMention>> e : byTarget.entrySet()) {
      List<ToneScore> scores = new ArrayList<>();
      for (TargetMention m : scored(e.getValue())) scores.add(scorer.score(text, m.start(), m.end(), e.getKey()));
      out.add(combine(e.getKey(), e.getValue(), scores));
    }
    return out;
  }

  /**
   * A statement to analyze: its text, the day it was published (null: unknown; the entity table's
   * dates then do not filter), its article (null: none), so that contextual words ("regime
   * forces") can take the state an earlier statement of the same article named, and its outlet
   * (null: unknown), whose state, when it is state-run media, is the last resort of those words; and whose
   * voice it is, for "our country" and "our army": its speaker's affiliation (null: unknown), or the outlet's
   * own words ({@code own}: a narrative statement, a state-run outlet's state).
   */
  public record Input(String text, java.time.LocalDate day, String article, String outlet, String speakerAffiliation, boolean own) {
    /** A statement whose voice is unknown. */
    public Input(String text, java.time.LocalDate day, String article, String outlet) {
      this(text, day, article, outlet, null, false);
    }

    /** A statement whose outlet and voice are unknown. */
    public Input(String text, java.time.LocalDate day, String article) {
      this(text, day, article, null);
    }

    /** An extracted statement of {@code article}, date and outlet unknown: its speaker's voice, or the outlet's own narrative. */
    public static Input of(org.stancemap.statements.Statement s, String article) {
      return new Input(s.text, null, article, null, s.speakerAffiliation, s.kind.equals(org.stancemap.statements.Statement.NARRATIVE));
    }
  }

  /** {@link #analyzeAll(List)} for texts without dates or articles. */
  public List<List<TargetTone>> analyzeAllTexts(List<String> texts) {
    List<Input> in = new ArrayList<>(texts.size());
    for (String t : texts) in.add(new Input(t, null, null));
    return analyzeAll(in);
  }

  /**
   * {@link #analyze(String)} for many statements at once: all their mentions go to the scorer in
   * one {@link ToneScorer#scoreAll} call, which batched scorers (the MiniLM one) run much faster.
   * Statements of one article are expected one after another, in article order: what they named
   * is the context of the next ones' contextual words ({@link org.stancemap.targets.ArticleContext}).
   */
  public List<List<TargetTone>> analyzeAll(List<Input> inputs) {
    List<Map<String, List<TargetMention>>> found = new ArrayList<>(inputs.size());
    List<ToneScorer.Request> requests = new ArrayList<>();
    org.stancemap.targets.ArticleContext context = null;
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      if (i == 0 || in.article() == null || !in.article().equals(inputs.get(i - 1).article())) {
        // a new article: read its statements once for what its contextual words may look ahead to
        List<String> texts = new ArrayList<>();
        for (int j = i; j < inputs.size() && (j == i || (in.article() != null && in.article().equals(inputs.get(j).article()))); j++) {
          texts.add(inputs.get(j).text());
        }
        context = matcher.context(texts, in.day(), in.outlet());
      }
      Map<String, List<TargetMention>> byTarget = new LinkedHashMap<>();
      context.speaking(matcher.stateOf(in.speakerAffiliation()), in.own());
      for (TargetMention m : matcher.find(in.text(), null, in.day(), context)) {
        byTarget.computeIfAbsent(m.target(), k -> new ArrayList<>()).add(m);
      }
      for (Map.Entry<String, List<TargetMention>> e : byTarget.entrySet()) {
        for (TargetMention m : scored(e.getValue())) requests.add(new ToneScorer.Request(in.text(), m.start(), m.end(), e.getKey()));
      }
      found.add(byTarget);
    }
    List<ToneScore> scores = requests.isEmpty() ? List.of() : scorer.scoreAll(requests);
    List<List<TargetTone>> out = new ArrayList<>(inputs.size());
    int next = 0;
    for (Map<String, List<TargetMention>> byTarget : found) {
      List<TargetTone> tones = new ArrayList<>();
      for (Map.Entry<String, List<TargetMention>> e : byTarget.entrySet()) {
        int n = scored(e.getValue()).size();
        tones.add(combine(e.getKey(), e.getValue(), scores.subList(next, next + n)));
        next += n;
      }
      out.add(tones);
    }
    return out;
  }

  /** The mentions that get scored: the first {@link #MAX_SCORED_MENTIONS}; all of them are counted. */
  private static List<TargetMention> scored(List<TargetMention> mentions) {
    return mentions.size() > MAX_SCORED_MENTIONS ? mentions.subList(0, MAX_SCORED_MENTIONS) : mentions;
  }

  /**
   * Several mentions scored by a probabilistic scorer: the strongest construction decides, as the
   * labelling guidelines say ({@code docs/tone-guidelines.md}). The decisive mention is the one
   * with a non-neutral label and the largest |P(pos) - P(neg)|; when every mention is neutral, the
   * most confidently neutral one. The result is that mention's own verdict (probabilities, score,
   * label), so label, score and probabilities agree exactly as for a single mention; only the
   * evidence is merged (the decisive mention's first). A mean of the mentions' probabilities
   * would let plain mentions ("the Kremlin denied it") outvote the agent of harm ("Russian jets
   * bombed the market").
   */
  private TargetTone combineProbabilities(String target, List<TargetMention> mentions, List<ToneScore> scores) {
    int best = 0;
    for (int i = 1; i < scores.size(); i++) {
      if (stronger(scores.get(i), scores.get(best))) best = i;
    }
    ToneScore b = scores.get(best);
    ToneScore combined = new ToneScore(b.score(), b.label(), b.confidence(), evidence(scores, best), b.scorer(), b.probabilities());
    return new TargetTone(target, mentions.get(best), mentions.size(), combined);
  }

  /** Whether {@code s} decides over {@code b}: polar beats neutral, then the larger |score|. */
  private static boolean stronger(ToneScore s, ToneScore b) {
    boolean sPolar = !s.label().equals(ToneScore.NEU);
    boolean bPolar = !b.label().equals(ToneScore.NEU);
    if (sPolar != bPolar) return sPolar;
    if (sPolar) return Math.abs(s.score()) > Math.abs(b.score());
    return s.confidence() > b.confidence();
  }

  /** The best mention's evidence, then the others', at most {@link #MAX_EVIDENCE} items. */
  private static List<String> evidence(List<ToneScore> scores, int best) {
    Set<String> evidence = new LinkedHashSet<>(scores.get(best).evidence());
    for (ToneScore s : scores) {
      for (String w : s.evidence()) if (evidence.size() < MAX_EVIDENCE) evidence.add(w);
    }
    return List.copyOf(evidence);
  }

  private TargetTone combine(String target, List<TargetMention> mentions, List<ToneScore> scores) {
    if (mentions.size() == 1) return new TargetTone(target, mentions.get(0), 1, scores.get(0));
    if (scores.stream().allMatch(x -> x.probabilities() != null)) return combineProbabilities(target, mentions, scores);
    double neg = 0;
    double neu = 0;
    double pos = 0;
    double total = 0;
    double weighted = 0;
    for (ToneScore s : scores) {
      double c = Math.max(1e-6, s.confidence());
      switch (s.label()) {
        case ToneScore.NEG -> neg += c;
        case ToneScore.POS -> pos += c;
        default -> neu += c;
      }
      total += c;
      weighted += c * s.score();
    }
    String label = neg > pos && neg > neu ? ToneScore.NEG : pos > neg && pos > neu ? ToneScore.POS : ToneScore.NEU;
    double labelSum = label.equals(ToneScore.NEG) ? neg : label.equals(ToneScore.POS) ? pos : neu;
    int best = -1;
    int carrying = 0;
    for (int i = 0; i < scores.size(); i++) {
      if (!scores.get(i).label().equals(label)) continue;
      carrying++;
      if (best < 0 || scores.get(i).confidence() > scores.get(best).confidence()) best = i;
    }
    if (best < 0) best = 0; // a tie went to neu although no mention said neu
    double confidence = carrying == 0 ? 0.5 : (labelSum / total) * (labelSum / carrying);
    ToneScore combined = new ToneScore(weighted / total, label, Math.min(1, confidence), evidence(scores, best),
        scores.get(best).scorer());
    return new TargetTone(target, mentions.get(best), mentions.size(), combined);
  }
}
