package org.stancemap.tone.model;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.BatchToneScorer;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.roles.DefenceRule;

/**
 * A trained scorer with the defence rule of the guidelines applied after it: a state that
 * intercepts, repels or shoots down an attack aimed at it ({@link DefenceRule}) is not put in a bad
 * light by that, so its probability of {@code neg} goes to {@code neu} (a sentence that praises the
 * defender keeps its {@code pos}). The trained scorers read the harm words of such sentences
 * ("downed", "destroyed") as the defender's own harm, against the labels of their own training set
 * (docs/tone.md, "Defence"). Evidence: {@code defender: VERB} first, then the scorer's. Same name as
 * the scorer it wraps; label by the most probable class, as {@link EnsembleScorer}.
 */
public final class DefenceCheckedScorer implements BatchToneScorer {
  /** The evidence item's prefix. */
  public static final String EVIDENCE = "defender: ";

  private final ToneScorer scorer;
  private final DefenceRule rule;

  public DefenceCheckedScorer(ToneScorer scorer, DefenceRule rule) {
    this.scorer = scorer;
    this.rule = rule;
  }

  @Override
  public String name() {
    return scorer.name();
  }

  @Override
  public List<ToneScore> scoreAll(List<Request> requests) {
    List<ToneScore> scores = scorer.scoreAll(requests);
    List<ToneScore> out = new ArrayList<>(scores.size());
    for (int i = 0; i < scores.size(); i++) {
      Request r = requests.get(i);
      ToneScore s = scores.get(i);
      String verb = s.probabilities() == null ? null : rule.defence(r.text(), r.mentionStart(), r.mentionEnd());
      if (verb == null) {
        out.add(s);
        continue;
      }
      double[] p = s.probabilities();
      List<String> evidence = new ArrayList<>();
      evidence.add(EVIDENCE + verb);
      evidence.addAll(s.evidence());
      out.add(ToneScore.ofProbabilities(new double[] {0, p[0] + p[1], p[2]}, 0, evidence, s.scorer()));
    }
    return out;
  }
}
