package org.stancemap.tone;

import java.util.ArrayList;
import java.util.List;

/** Scores the tone of a text toward one mention of a target inside it. */
public interface ToneScorer {
  /** Stable name, written to the {@code scorer} column and used to select it. */
  String name();

  /**
   * @param text the statement or sentence
   * @param mentionStart start offset of the target mention in {@code text}
   * @param mentionEnd end offset (exclusive)
   * @param target the target's name (e.g. {@code Russia}), for scorers that use it
   */
  ToneScore score(String text, int mentionStart, int mentionEnd, String target);

  /** One mention to score: the arguments of {@link #score}. */
  record Request(String text, int mentionStart, int mentionEnd, String target) {}

  /**
   * Scores many mentions at once, results in input order. Scorers that run a neural encoder
   * override it to batch forward passes (much faster), as {@link BatchToneScorer}s, whose one mention is a
   * batch of one; the default calls {@link #score} per request.
   */
  default List<ToneScore> scoreAll(List<Request> requests) {
    List<ToneScore> out = new ArrayList<>(requests.size());
    for (Request r : requests) out.add(score(r.text(), r.mentionStart(), r.mentionEnd(), r.target()));
    return out;
  }
}
