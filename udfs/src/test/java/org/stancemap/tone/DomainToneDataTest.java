package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * stancemap's own tone data (data/tone/, docs/tone-guidelines.md): well-formed, big enough, train
 * and dev kept apart, and the second reader's agreement on the dev set as reported in docs/tone.md.
 */
class DomainToneDataTest {
  static final Path DIR = Path.of("..", "data", "tone");

  static List<JsonNode> lines(String file) throws Exception {
    ObjectMapper om = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(DIR.resolve(file))) if (!l.isBlank()) out.add(om.readTree(l));
    return out;
  }

  @Test
  void trainAndDevAreWellFormedDisjointAndLargeEnough() throws Exception {
    List<JsonNode> train = lines("domain-train.jsonl");
    List<JsonNode> dev = lines("domain-dev.jsonl");
    assertTrue(train.size() + dev.size() >= 2000, "at least 2,000 statement x target labels");
    Set<String> ids = new HashSet<>();
    Set<String> trainSentences = new HashSet<>();
    int[] labels = new int[3];
    for (List<JsonNode> set : List.of(train, dev)) {
      for (JsonNode o : set) {
        ToneExample e = ToneEvaluator.parse(o); // offsets inside the sentence
        assertEquals(o.get("mention").asText(), e.sentence().substring(e.from(), e.to()), o.get("id").asText());
        assertTrue(ids.add(o.get("id").asText()), "unique id " + o.get("id"));
        assertTrue(o.hasNonNull("target") && o.hasNonNull("construction") && o.hasNonNull("style"), o.get("id").asText());
        labels[ToneEvaluator.LABELS.indexOf(e.label())]++;
        if (set == train) trainSentences.add(e.sentence());
      }
    }
    for (JsonNode o : dev) assertTrue(!trainSentences.contains(o.get("sentence").asText()), "dev sentence also in train: " + o.get("id"));
    int n = labels[0] + labels[1] + labels[2];
    assertTrue(labels[1] > 0.3 * n, "a realistic share of neutral labels");
    assertTrue(labels[2] > 0.1 * n, "positive labels present");
  }

  @Test
  void secondReaderAgreesOnTheDevSet() throws Exception {
    Map<String, String> first = new HashMap<>();
    for (JsonNode o : lines("domain-dev.jsonl")) first.put(o.get("id").asText(), ToneExample.label(o.get("polarity").asInt()));
    ToneEvaluator.Agreement ag = secondPass(first, "domain-dev.second-pass.jsonl");
    // docs/tone.md reports these figures
    assertEquals(0.960, ag.observed(), 0.0005);
    assertEquals(0.936, ag.kappa(), 0.0005);
  }

  /**
   * The blind test set (domain-test.jsonl): written by a writer who saw only the guidelines, labelled
   * again by a second reader who saw neither labels nor models; no sentence is in, or within word
   * Jaccard 0.6 of, a training or dev sentence, so its figures measure what the models learnt, not what
   * they saw.
   */
  @Test
  void blindTestIsWellFormedApartFromTrainingAndAgreedOn() throws Exception {
    List<Set<String>> seen = new ArrayList<>();
    for (String f : List.of("domain-train.jsonl", "domain-dev.jsonl")) for (JsonNode o : lines(f)) seen.add(words(o.get("sentence").asText()));
    Map<String, String> first = new HashMap<>();
    Set<String> checked = new HashSet<>();
    for (JsonNode o : lines("domain-test.jsonl")) {
      ToneExample e = ToneEvaluator.parse(o);
      String id = o.get("id").asText();
      assertEquals(o.get("mention").asText(), e.sentence().substring(e.from(), e.to()), id);
      assertTrue(id.startsWith("dtst-") && first.put(id, e.label()) == null, "unique test id " + id);
      if (!checked.add(e.sentence())) continue;
      assertApart(e.sentence(), seen, "test sentence too close to a training or dev sentence: " + id);
    }
    assertTrue(first.size() >= 600, "at least 600 blind labels");
    ToneEvaluator.Agreement ag = secondPass(first, "domain-test.second-pass.jsonl");
    // docs/tone.md reports these figures
    assertEquals(0.959, ag.observed(), 0.0005);
    assertEquals(0.935, ag.kappa(), 0.0005);
  }

  /**
   * The defence check set (defence-check.jsonl, docs/tone.md "Defence"): written by a helper from the guidelines
   * alone, no sentence within word Jaccard 0.6 of a training, dev or test sentence, labelled again by a second
   * reader who saw neither the labels nor the rule.
   */
  @Test
  void defenceCheckSetIsWellFormedApartFromTheOtherSetsAndAgreedOn() throws Exception {
    List<Set<String>> seen = new ArrayList<>();
    for (String f : List.of("domain-train.jsonl", "domain-dev.jsonl", "domain-test.jsonl")) for (JsonNode o : lines(f)) seen.add(words(o.get("sentence").asText()));
    Map<String, String> first = new HashMap<>();
    for (JsonNode o : lines("defence-check.jsonl")) {
      ToneExample e = ToneEvaluator.parse(o);
      String id = o.get("id").asText();
      assertEquals(o.get("mention").asText(), e.sentence().substring(e.from(), e.to()), id);
      assertTrue(id.startsWith("dck-") && first.put(id, e.label()) == null, "unique check id " + id);
      assertApart(e.sentence(), seen, "check sentence too close to a training, dev or test sentence: " + id);
    }
    assertEquals(101, first.size());
    ToneEvaluator.Agreement ag = secondPass(first, "defence-check.second-pass.jsonl");
    // docs/tone.md reports these figures
    assertEquals(0.941, ag.observed(), 0.0005);
    assertEquals(0.902, ag.kappa(), 0.0005);
  }

  /**
   * Training round 3 (ids {@code dtrc-}): four writers who saw only the guidelines, every line labelled again blind by a
   * second reader. Only the lines both readers labelled alike train; the others stay in the disagreements file with the
   * first reader's label. No round-3 sentence is within word Jaccard 0.6 of a dev sentence.
   */
  @Test
  void roundThreeTrainsOnlyOnLinesBothReadersAgreedOn() throws Exception {
    Map<String, String> second = new HashMap<>();
    for (JsonNode o : lines("domain-train-round3.second-pass.jsonl")) second.put(o.get("id").asText(), ToneExample.label(o.get("polarity").asInt()));
    List<Set<String>> dev = new ArrayList<>();
    for (JsonNode o : lines("domain-dev.jsonl")) dev.add(words(o.get("sentence").asText()));
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    int trained = 0;
    Set<String> checked = new HashSet<>();
    for (JsonNode o : lines("domain-train.jsonl")) {
      String id = o.get("id").asText();
      if (!id.startsWith("dtrc-")) continue;
      String label = ToneExample.label(o.get("polarity").asInt());
      assertEquals(second.get(id), label, "a round-3 line trains only when the second reader agreed: " + id);
      a.add(label);
      b.add(second.get(id));
      trained++;
      if (checked.add(o.get("sentence").asText())) assertApart(o.get("sentence").asText(), dev, "round-3 sentence too close to a dev sentence: " + id);
    }
    for (JsonNode o : lines("domain-train-round3.disagreements.jsonl")) {
      String id = o.get("id").asText();
      String label = ToneExample.label(o.get("polarity").asInt());
      assertTrue(second.containsKey(id) && !second.get(id).equals(label), "a disagreement the second reader labelled otherwise: " + id);
      a.add(label);
      b.add(second.get(id));
    }
    assertEquals(second.size(), a.size(), "every round-3 line is either trained on or a disagreement");
    assertTrue(trained >= 1400, "round 3 adds at least 1,400 labels");
    ToneEvaluator.Agreement ag = ToneEvaluator.agreement(a, b);
    // docs/tone.md reports these figures
    assertEquals(0.949, ag.observed(), 0.0005);
    assertEquals(0.922, ag.kappa(), 0.0005);
  }

  /** The second reader's labels in {@code file} against the first ones, by id; every line labelled again. */
  private static ToneEvaluator.Agreement secondPass(Map<String, String> first, String file) throws Exception {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (JsonNode o : lines(file)) {
      a.add(first.get(o.get("id").asText()));
      b.add(ToneExample.label(o.get("polarity").asInt()));
    }
    ToneEvaluator.Agreement ag = ToneEvaluator.agreement(a, b);
    assertEquals(first.size(), ag.n(), "the second reader labelled every line of " + file);
    return ag;
  }

  /** Fails with {@code message} when {@code sentence} is within word Jaccard 0.6 of any of the sentences' words {@code seen}. */
  private static void assertApart(String sentence, List<Set<String>> seen, String message) {
    Set<String> w = words(sentence);
    for (Set<String> t : seen) {
      Set<String> both = new HashSet<>(w);
      both.retainAll(t);
      Set<String> either = new HashSet<>(w);
      either.addAll(t);
      assertTrue(both.size() <= 0.6 * either.size(), message);
    }
  }

  private static Set<String> words(String sentence) {
    Set<String> out = new HashSet<>();
    for (String w : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  @Test
  void kappaOfAgreementAndOfChance() {
    assertEquals(1.0, ToneEvaluator.agreement(List.of("neg", "pos", "neu"), List.of("neg", "pos", "neu")).kappa(), 1e-9);
    // agreement no better than chance: kappa 0
    ToneEvaluator.Agreement chance = ToneEvaluator.agreement(List.of("neg", "pos", "neg", "pos"), List.of("neg", "neg", "pos", "pos"));
    assertEquals(0.5, chance.observed(), 1e-9);
    assertEquals(0.0, chance.kappa(), 1e-9);
  }
}
