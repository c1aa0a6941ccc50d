package org.stancemap.tone;

import java.util.List;

/**
 * A {@link ToneScorer} whose unit of work is a batch: it implements {@link #scoreAll}, and one mention is scored
 * as a batch of one (encoders batch their forward passes; ensembles and cascades hand their members whole batches).
 */
public interface BatchToneScorer extends ToneScorer {
  @Override
  default ToneScore score(String text, int mentionStart, int mentionEnd, String target) {
    return scoreAll(List.of(new Request(text, mentionStart, mentionEnd, target))).get(0);
  }

  @Override
  List<ToneScore> scoreAll(List<Request> requests);
}
