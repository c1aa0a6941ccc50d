package org.stancemap.tone.model;

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

class LinearModelScorerTest {
  static final LinearModelScorer SCORER = (LinearModelScorer) org.stancemap.tone.ToneScorers.get(LinearModelScorer.MINILM);

  static ToneScore score(String text, String mention) {
    int at = text.indexOf(mention);
    return SCORER.score(text, at, at + mention.length(), mention);
  }

  /**
   * Each packaged model against the sample of MLlib's own predictions written when it was trained:
   * first the lexicon and role features (if they moved, the lexicons, frames, triggers or grammar
   * changed after training, and the model must be retrained), then the probabilities.
   */
  @ParameterizedTest
  @ValueSource(strings = {LinearModelScorer.MINILM, LinearModelScorer.ROLES})
  void reproducesMllibPredictionsOnTheCheckSample(String name) throws Exception {
    LinearModelScorer scorer = (LinearModelScorer) org.stancemap.tone.ToneScorers.get(name);
    String checkFile = LinearModelScorer.modelFile(name).replace(".tsv", ".check.jsonl");
    ObjectMapper om = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : DataFiles.lines(checkFile)) rows.add(om.readTree(line));
    assertTrue(rows.size() >= 10, "check sample present");
    List<MentionEmbedder.Mention> mentions = new ArrayList<>();
    for (JsonNode r : rows) {
      mentions.add(new MentionEmbedder.Mention(r.get("sentence").asText(), r.get("from").asInt(), r.get("to").asInt()));
    }
    LexiconFeatures lexicon = LexiconFeatures.standard();
    RoleFeatures roles = RoleFeatures.standard();
    int withRoles = 0;
    for (int i = 0; i < rows.size(); i++) {
      String retrain = " changed since " + LinearModelScorer.modelFile(name) + " was trained: retrain it (docs/tone.md; row " + i + ")";
      JsonNode lex = rows.get(i).get("lex");
      if (lex != null) {
        double[] now = new double[LexiconFeatures.NAMES.size()];
        lexicon.features(mentions.get(i), now, 0);
        for (int k = 0; k < now.length; k++) assertEquals(lex.get(k).asDouble(), now[k], 1e-9, "the lexicons" + retrain);
      }
      JsonNode role = rows.get(i).get("role");
      if (role != null) {
        double[] now = new double[roles.dimension()];
        roles.features(mentions.get(i), now, 0);
        assertEquals(role.size(), now.length, "the frames" + retrain);
        for (int k = 0; k < now.length; k++) assertEquals(role.get(k).asDouble(), now[k], 1e-9, "the role data" + retrain);
        for (int k = 0; k < now.length; k++) if (now[k] != 0) { withRoles++; break; }
      }
    }
    if (scorer.embedder().roles() != null) assertTrue(withRoles >= 3, "the check sample exercises the role features");
    double[][] p = scorer.probabilities(mentions);
    for (int i = 0; i < rows.size(); i++) {
      JsonNode expected = rows.get(i).get("probability");
      for (int c = 0; c < 3; c++) {
        assertEquals(expected.get(c).asDouble(), p[i][c], 2e-3, name + " row " + i + " class " + c);
      }
    }
  }

  @Test
  void clearCases() {
    ToneScore s = score("Russian airstrikes killed 11 civilians in Idlib on Tuesday.", "Russian");
    assertEquals(ToneScore.NEG, s.label());
    assertTrue(s.score() < 0);
    assertEquals(LinearModelScorer.MINILM, s.scorer());
    assertEquals(ToneScore.POS, score("Aid groups praised Turkey for its generous welcome of Syrian refugees.", "Turkey").label());
    assertEquals(ToneScore.NEU, score("The Syrian foreign minister will travel to Moscow on Monday.", "Moscow").label());
  }

  @Test
  void scoresInBatchAsOneByOne() {
    String t = "Turkey said Russian airstrikes killed 11 fighters.";
    List<ToneScore> all = SCORER.scoreAll(List.of(new ToneScorer.Request(t, 12, 19, "Russia"),
        new ToneScorer.Request(t, 0, 6, "Turkey")));
    assertEquals(score(t, "Russian").score(), all.get(0).score(), 1e-3);
    assertEquals(score(t, "Turkey").score(), all.get(1).score(), 1e-3);
    assertTrue(all.get(0).score() < all.get(1).score(), "more negative toward Russia than toward Turkey");
  }
}
