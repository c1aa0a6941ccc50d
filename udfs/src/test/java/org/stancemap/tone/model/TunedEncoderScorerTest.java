package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancemap.text.DataFiles;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.ToneScorers;

class TunedEncoderScorerTest {
  static final TunedEncoderScorer SCORER = (TunedEncoderScorer) ToneScorers.get(TunedEncoderScorer.MINILM_FT);

  static List<JsonNode> checkRows(String name) throws Exception {
    String file = TunedEncoderScorer.modelFile(name).replace(".onnx", ".check.jsonl");
    ObjectMapper om = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : DataFiles.lines(file)) rows.add(om.readTree(line));
    assertTrue(rows.size() >= 20, "check sample present");
    return rows;
  }

  /**
   * The Java input must be the training script's, token for token, or the model reads noise (the fine-tuned encoder and
   * the student distilled from it read the same input).
   */
  @ParameterizedTest
  @ValueSource(strings = {TunedEncoderScorer.MINILM_FT, TunedEncoderScorer.STUDENT})
  void buildsTheInputIdsTheTrainingScriptBuilt(String name) throws Exception {
    TunedEncoderScorer scorer = (TunedEncoderScorer) ToneScorers.get(name);
    for (JsonNode r : checkRows(name)) {
      int[] expected = new int[r.get("ids").size()];
      for (int k = 0; k < expected.length; k++) expected[k] = r.get("ids").get(k).asInt();
      assertArrayEquals(expected, scorer.inputIds(r.get("sentence").asText(), r.get("from").asInt(), r.get("to").asInt()),
          r.get("sentence").asText());
    }
  }

  /** The exported model (int8 weights) against PyTorch's probabilities at export (float weights). */
  @ParameterizedTest
  @ValueSource(strings = {TunedEncoderScorer.MINILM_FT, TunedEncoderScorer.STUDENT})
  void reproducesTheTrainingScriptsProbabilities(String name) throws Exception {
    TunedEncoderScorer scorer = (TunedEncoderScorer) ToneScorers.get(name);
    List<JsonNode> rows = checkRows(name);
    List<MentionEmbedder.Mention> mentions = new ArrayList<>();
    for (JsonNode r : rows) {
      mentions.add(new MentionEmbedder.Mention(r.get("sentence").asText(), r.get("from").asInt(), r.get("to").asInt()));
    }
    double[][] p = scorer.probabilities(mentions);
    int sameLabel = 0;
    double worst = 0;
    for (int i = 0; i < rows.size(); i++) {
      double[] expected = {rows.get(i).get("p_neg").asDouble(), rows.get(i).get("p_neu").asDouble(), rows.get(i).get("p_pos").asDouble()};
      for (int c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(expected[c] - p[i][c]));
      if (argmax(expected) == argmax(p[i])) sameLabel++;
    }
    assertTrue(worst < 0.08, "largest probability difference " + worst);
    assertTrue(sameLabel >= rows.size() - 1, sameLabel + " of " + rows.size() + " labels as at training");
  }

  /** A mention's probabilities do not depend on what else is in its batch (float arithmetic, padding masked). */
  @Test
  void aMentionScoresTheSameAloneAndInABatch() {
    List<String> texts = List.of(
        "Russia and Turkey agreed on a ceasefire in Idlib.",
        "Turkish drones struck Syrian government positions near Saraqeb on Sunday, killing at least nine soldiers, "
            + "the Syrian Observatory for Human Rights said, as Ankara warned Damascus against any further advance.",
        "Syria thanked Russia for its support.",
        "Moscow denied the report.");
    List<MentionEmbedder.Mention> all = new ArrayList<>();
    for (String t : texts) {
      for (String m : List.of("Russia", "Turkish", "Syria", "Moscow", "Damascus", "Ankara", "Syrian government")) {
        int at = t.indexOf(m);
        if (at >= 0) all.add(new MentionEmbedder.Mention(t, at, at + m.length()));
      }
    }
    double[][] together = SCORER.probabilities(all);
    for (int i = 0; i < all.size(); i++) {
      double[] alone = SCORER.probabilities(List.of(all.get(i)))[0];
      for (int c = 0; c < 3; c++) assertEquals(alone[c], together[i][c], 1e-4, all.get(i).toString());
    }
  }

  /** The target decides: one sentence, two countries in opposite roles, opposite tones. */
  @Test
  void readsTheMarkedMentionNotTheWholeSentence() {
    String text = "Turkey thanked Russia for its help, while condemning Syria for the deadly shelling of its border towns.";
    ToneScore russia = score(text, "Russia");
    ToneScore syria = score(text, "Syria");
    assertTrue(russia.score() > syria.score() + 0.3, russia + " vs " + syria);
  }

  @Test
  void labelFollowsTheProbabilitiesAndEvidenceNamesTheRole() {
    ToneScore s = score("Russian warplanes shelled a crowded market in Idlib, killing 15 civilians.", "Russian");
    double[] p = s.probabilities();
    assertEquals(p[2] - p[0], s.score(), 1e-9);
    assertEquals(ToneScore.ofProbabilities(p, 0, List.of(), "").label(), s.label());
    assertTrue(s.evidence().stream().anyMatch(e -> e.startsWith("agent of")), s.evidence().toString());
    assertEquals(TunedEncoderScorer.MINILM_FT, s.scorer());
  }

  static ToneScore score(String text, String mention) {
    int at = text.indexOf(mention);
    return SCORER.scoreAll(List.of(new ToneScorer.Request(text, at, at + mention.length(), mention))).get(0);
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    return best;
  }
}
