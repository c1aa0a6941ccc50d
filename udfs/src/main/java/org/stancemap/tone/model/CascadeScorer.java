package org.stancemap.tone.model;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.BatchToneScorer;
import org.stancemap.tone.ToneScorer;

/**
 * A fast scorer that hands the mentions it is unsure of to a slow one: every mention is scored by
 * {@code fast}; where the margin between its two most probable classes is below {@code margin}, the
 * mention is scored again by {@code slow} (in one batch), whose verdict is kept. {@value #STUDENT_CASCADE}
 * joins {@code student-roles} (the distilled student with {@code roles-lr} and the defence rule) and
 * {@code minilm-ft-roles} (the fine-tuned encoder, likewise): the student agrees with its teacher on
 * the clear sentences, and the encoder reads the rest, about half of them, so the pair costs about half the
 * encoder's time at its accuracy (docs/tone.md, "A cascade of student and teacher"). Label, score and
 * evidence are the deciding scorer's, under this scorer's name.
 */
public final class CascadeScorer implements BatchToneScorer {
  /** {@code student-roles}, and {@code minilm-ft-roles} where it is unsure. */
  public static final String STUDENT_CASCADE = "student-cascade";
  /**
   * The margin of {@value #STUDENT_CASCADE}: the smallest on the development sets (domain dev, NewsMTSC
   * dev-rw and dev-mt, in steps of 0.1) at which the cascade meets every accuracy goal of the default.
   */
  public static final double STUDENT_MARGIN = 0.5;

  private final String name;
  private final ToneScorer fast;
  private final ToneScorer slow;
  private final double margin;

  public CascadeScorer(String name, ToneScorer fast, ToneScorer slow, double margin) {
    if (!(margin >= 0 && margin <= 1)) throw new IllegalArgumentException("margin must be in [0, 1]: " + margin);
    this.name = name;
    this.fast = fast;
    this.slow = slow;
    this.margin = margin;
  }

  @Override
  public String name() {
    return name;
  }

  ToneScorer fast() {
    return fast;
  }

  ToneScorer slow() {
    return slow;
  }

  double margin() {
    return margin;
  }

  /** Whether {@code fast}'s verdict stands: probabilities whose two most probable classes are {@code margin} apart. */
  static boolean sure(ToneScore s, double margin) {
    double[] p = s.probabilities();
    if (p == null) return true; // a lexicon verdict has nothing to be unsure of
    double top = Math.max(p[0], Math.max(p[1], p[2]));
    double second = p[0] + p[1] + p[2] - top - Math.min(p[0], Math.min(p[1], p[2]));
    return top - second >= margin;
  }

  @Override
  public List<ToneScore> scoreAll(List<Request> requests) {
    List<ToneScore> first = fast.scoreAll(requests);
    List<Integer> unsure = new ArrayList<>();
    List<Request> again = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      if (!sure(first.get(i), margin)) {
        unsure.add(i);
        again.add(requests.get(i));
      }
    }
    List<ToneScore> second = again.isEmpty() ? List.of() : slow.scoreAll(again);
    List<ToneScore> out = new ArrayList<>(first.size());
    for (ToneScore s : first) out.add(named(s));
    for (int k = 0; k < unsure.size(); k++) out.set(unsure.get(k), named(second.get(k)));
    return out;
  }

  /** A member's verdict under the cascade's name. */
  private ToneScore named(ToneScore s) {
    return new ToneScore(s.score(), s.label(), s.confidence(), s.evidence(), name, s.probabilities());
  }
}
