package org.stancemap.tone.model;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.BatchToneScorer;
import org.stancemap.tone.ToneScorer;

/**
 * Two trained scorers combined: the mean of their class probabilities, labelled by the same rule
 * as {@link LinearModelScorer} with threshold 0 (the most probable class; label and score agree),
 * {@code score} P(pos) − P(neg). {@value #FT_ROLES} joins the fine-tuned MiniLM ({@code minilm-ft},
 * {@link TunedEncoderScorer}; the default's reader of unsure mentions, {@link CascadeScorer}) and {@code roles-lr} (lexicon, roles and words, no
 * encoder); {@value #MINILM_ROLES} (the previous default) joins {@code minilm-lr} (MiniLM states,
 * lexicon and roles) and {@code roles-lr}. The members err on different sentences; the measured
 * gain of each mean is in docs/tone.md. Costs the sum of both; the encoder decides the speed. Evidence: the first
 * scorer's.
 */
public final class EnsembleScorer implements BatchToneScorer {
  /** {@code minilm-lr} and {@code roles-lr} averaged. */
  public static final String MINILM_ROLES = "minilm-roles";
  /** The fine-tuned MiniLM ({@code minilm-ft}) and {@code roles-lr} averaged. */
  public static final String FT_ROLES = "minilm-ft-roles";
  /** The distilled student's mean with {@code roles-lr}, then the defence rule: the fast choice for very large corpora. */
  public static final String STUDENT_ROLES = "student-roles";

  private final String name;
  private final ToneScorer first;
  private final ToneScorer second;

  public EnsembleScorer(String name, ToneScorer first, ToneScorer second) {
    this.name = name;
    this.first = first;
    this.second = second;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ToneScore> scoreAll(List<Request> requests) {
    List<ToneScore> a = first.scoreAll(requests);
    List<ToneScore> b = second.scoreAll(requests);
    List<ToneScore> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      double[] p = new double[3];
      for (int c = 0; c < 3; c++) p[c] = (a.get(i).probabilities()[c] + b.get(i).probabilities()[c]) / 2;
      out.add(ToneScore.ofProbabilities(p, 0, a.get(i).evidence(), name));
    }
    return out;
  }
}
