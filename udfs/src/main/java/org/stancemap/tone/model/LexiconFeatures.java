package org.stancemap.tone.model;

import java.util.List;
import org.stancemap.tone.LexiconScorer;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.VaderSentenceScorer;

/**
 * The {@code lex} feature block: what the lexicons say, as six numbers the trained model weighs
 * against the MiniLM states. The target-aware lexicon scorer (VADER + the domain lexicon,
 * negation, intensifiers, contrast, distance to the mention) and VADER on the whole sentence,
 * each as its score and its positive and negative parts. Thread-safe.
 *
 * <p>The model learns weights for these values, so a model trained before the lexicons or the
 * lexicon scorer's parameters changed should be retrained ({@code stancemap train-tone}).
 */
public final class LexiconFeatures {
  public static final String BLOCK = "lex";
  public static final List<String> NAMES = List.of("lex.target", "lex.target_pos", "lex.target_neg",
      "lex.sentence", "lex.sentence_pos", "lex.sentence_neg");

  private final ToneScorer targetScorer;
  private final ToneScorer sentenceScorer;

  public LexiconFeatures(ToneScorer targetScorer, ToneScorer sentenceScorer) {
    this.targetScorer = targetScorer;
    this.sentenceScorer = sentenceScorer;
  }

  /** With the packaged lexicons and lexicon-scorer parameters. */
  public static LexiconFeatures standard() {
    return new LexiconFeatures(LexiconScorer.standard(), VaderSentenceScorer.standard());
  }

  public int dimension() {
    return NAMES.size();
  }

  /**
   * Writes the block's values for one mention into {@code out} from {@code offset}; returns the
   * words behind the target-aware score (the evidence shown to readers).
   */
  public List<String> features(MentionEmbedder.Mention m, double[] out, int offset) {
    org.stancemap.tone.ToneScore target = targetScorer.score(m.text(), m.start(), m.end(), null);
    double t = target.score();
    double s = sentenceScorer.score(m.text(), m.start(), m.end(), null).score();
    out[offset] = t;
    out[offset + 1] = Math.max(0, t);
    out[offset + 2] = Math.max(0, -t);
    out[offset + 3] = s;
    out[offset + 4] = Math.max(0, s);
    out[offset + 5] = Math.max(0, -s);
    return target.evidence();
  }

  /** The words behind the target-aware lexicon score: the evidence shown to readers. */
  public List<String> evidence(MentionEmbedder.Mention m) {
    return targetScorer.score(m.text(), m.start(), m.end(), null).evidence();
  }
}
