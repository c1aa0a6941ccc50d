package org.stancemap.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tunes {@link LexiconScorer.Params} for macro-F1 on labelled examples by coordinate descent:
 * each parameter in turn over a small grid, the label thresholds searched exhaustively for every
 * setting. Meant for NewsMTSC {@code train.jsonl} only; never tune on the data you report.
 */
public final class LexiconTuner {
  static final double[] DECAY = {1, 2, 3, 4, 6, 8, 12, 20, 1e9};
  static final double[] FLOOR = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1};
  static final double[] CLAUSE = {0.2, 0.4, 0.6, 0.8, 1};
  static final double[] COMMA = {0.4, 0.6, 0.8, 0.9, 1};
  static final double[] CONTRAST = {0, 0.5, 1, 1.5};
  static final double[] VICTIM = {-0.5, -0.2, 0, 0.2, 0.5, 1};
  static final double[] QUOTE = {0, 0.25, 0.5, 0.75, 1, 1.25};

  private LexiconTuner() {}

  /** Best parameters found and their training macro-F1. */
  public record Tuned(LexiconScorer.Params params, double macroF1) {}

  public static Tuned tune(Lexicon lexicon, LexiconScorer.Params start, List<ToneExample> train, int passes,
      Consumer<String> log) {
    Tuned best = thresholds(lexicon, start, train);
    log.accept(String.format("start: F1m %.4f %s", best.macroF1, oneLine(best.params)));
    for (int pass = 0; pass < passes; pass++) {
      for (int k = 0; k < 7; k++) {
        double[] grid = switch (k) {
          case 0 -> DECAY;
          case 1 -> FLOOR;
          case 2 -> CLAUSE;
          case 3 -> COMMA;
          case 4 -> CONTRAST;
          case 5 -> VICTIM;
          default -> QUOTE;
        };
        for (double v : grid) {
          LexiconScorer.Params p = with(best.params, k, v);
          Tuned t = thresholds(lexicon, p, train);
          if (t.macroF1 > best.macroF1 + 1e-9) {
            best = t;
            log.accept(String.format("pass %d: F1m %.4f %s", pass + 1, best.macroF1, oneLine(best.params)));
          }
        }
      }
    }
    return best;
  }

  /** The label thresholds that maximise macro-F1 for these parameters. */
  static Tuned thresholds(Lexicon lexicon, LexiconScorer.Params p, List<ToneExample> train) {
    LexiconScorer s = new LexiconScorer(lexicon, p);
    double[] scores = new double[train.size()];
    List<String> gold = new ArrayList<>(train.size());
    for (int i = 0; i < train.size(); i++) {
      ToneExample e = train.get(i);
      scores[i] = LexiconScorer.normalize(s.analyze(e.sentence(), e.from(), e.to()).sum());
      gold.add(e.label());
    }
    double bestF = -1;
    double bestPos = p.posThreshold();
    double bestNeg = p.negThreshold();
    List<String> predicted = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) predicted.add(null);
    for (double pos = 0.01; pos <= 0.6; pos += 0.01) {
      for (double neg = 0.01; neg <= 0.6; neg += 0.01) {
        for (int i = 0; i < scores.length; i++) {
          predicted.set(i, scores[i] >= pos ? ToneScore.POS : scores[i] <= -neg ? ToneScore.NEG : ToneScore.NEU);
        }
        double f = ToneEvaluator.measure("tune", "train", gold, predicted, 0).macroF1();
        if (f > bestF) {
          bestF = f;
          bestPos = round(pos);
          bestNeg = round(neg);
        }
      }
    }
    return new Tuned(p.withThresholds(bestPos, bestNeg), bestF);
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static LexiconScorer.Params with(LexiconScorer.Params p, int k, double v) {
    return new LexiconScorer.Params(k == 0 ? v : p.decay(), k == 1 ? v : p.floor(), k == 2 ? v : p.clausePenalty(),
        k == 3 ? v : p.commaPenalty(), k == 4 ? v : p.contrast(), k == 5 ? v : p.victimWeight(), k == 6 ? v : p.quoteWeight(),
        p.posThreshold(),
        p.negThreshold());
  }

  static String oneLine(LexiconScorer.Params p) {
    return p.toProperties().strip().replace('\n', ' ').replace(" = ", "=");
  }
}
