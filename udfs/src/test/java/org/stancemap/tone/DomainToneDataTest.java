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
    // docs/tone.md reports these figures
    assertRoundTrainsOnAgreedLines("dtrc-", "domain-train-round3", 1400, 0.949, 0.922, 0.6);
  }

  /**
   * Training round 4 (ids {@code dtrd-}, stop 55): three writers who saw only the guidelines (with the decisions on the
   * shapes of real pages) wrote headlines, fragments, long wire sentences and each side's framing of military
   * operations; checked like round 3.
   */
  @Test
  void roundFourTrainsOnlyOnLinesBothReadersAgreedOn() throws Exception {
    // docs/tone.md reports these figures
    assertRoundTrainsOnAgreedLines("dtrd-", "domain-train-round4", 1230, 0.930, 0.890, 0.6);
  }

  /**
   * Training round 5 (ids {@code dtre-}, stop 57): three writers who saw only the guidelines (with stop 57's decisions
   * on demands, movements of forces, contacts and deals, aid and backing) wrote minimal contrasts in the shapes the
   * default still got wrong on real pages; checked like round 3.
   */
  @Test
  void roundFiveTrainsOnlyOnLinesBothReadersAgreedOn() throws Exception {
    // docs/tone.md reports these figures; since stop 57's review no round-5 sentence retells a held-out sentence's event:
    // word Jaccard under 0.45 (the closest kept is 13/29 = 0.448)
    assertRoundTrainsOnAgreedLines("dtre-", "domain-train-round5", 1310, 0.984, 0.975, 0.449);
  }

  /**
   * Writer A's round-5 agreement looked too high (0.998), so a third reader labelled a seeded 100 of A's lines blind
   * ({@code domain-train-round5.third-pass-sample.jsonl}, 99 left after the review's drops): it agrees with the first
   * reader on 98 of 99 (0.990) and with the second on all, as docs/tone.md reports.
   */
  @Test
  void aThirdReaderConfirmsWriterAsAgreement() throws Exception {
    // the first reader's labels: as trained or as a disagreement, a line relabelled later with the label the readers saw
    Map<String, Integer> first = byId("domain-train.jsonl", "polarity");
    first.putAll(byId("domain-train-round5.disagreements.jsonl", "polarity"));
    first.putAll(byId("domain-train.relabelled.jsonl", "old"));
    Map<String, Integer> second = byId("domain-train-round5.second-pass.jsonl", "polarity");
    int n = 0, withFirst = 0, withSecond = 0;
    for (JsonNode o : lines("domain-train-round5.third-pass-sample.jsonl")) {
      String id = o.get("id").asText();
      assertTrue(id.startsWith("dtre-a-") && second.containsKey(id), "a line of writer A's round 5: " + id);
      n++;
      if (first.get(id) == o.get("polarity").asInt()) withFirst++;
      if (second.get(id) == o.get("polarity").asInt()) withSecond++;
    }
    assertEquals(99, n);
    assertEquals(98, withFirst);
    assertEquals(99, withSecond);
  }

  /**
   * Training lines relabelled by the guidelines' later decisions (domain-train.relabelled.jsonl): stop 55's on the
   * shapes of real pages (61 lines) and stop 57's (45 lines: 42 by the stop-56 decision that the label answers for the
   * target state in the whole sentence, 3 by the review's rules on contacts and defence). Each names a training line,
   * which now holds the new label, and a rule of those decisions.
   */
  @Test
  void relabelledLinesHoldTheirNewLabel() throws Exception {
    Map<String, Integer> now = byId("domain-train.jsonl", "polarity");
    Set<String> rules = Set.of("military_backing", "sponsoring", "operation", "counter_terror", "designation", "passing_modifier", "protection", "shared_view", "question", "fragment", "target_in_sentence", "not_the_state", "defence", "contact");
    int n = 0;
    for (JsonNode o : lines("domain-train.relabelled.jsonl")) {
      String id = o.get("id").asText();
      assertEquals(o.get("new").asInt(), now.get(id), "relabelled line holds its new label: " + id);
      assertTrue(o.get("old").asInt() != o.get("new").asInt() && rules.contains(o.get("rule").asText()), id);
      n++;
    }
    assertEquals(106, n, "docs/tone.md reports the number");
  }

  /**
   * The label answers for the target state in the whole sentence, not for the marked mention (docs/tone-guidelines.md,
   * stop 56): every line of one sentence and one target holds the same label, in every domain file and every later
   * round. The one exception is a mention that is not the target's state in the sentence's period (Assad after his
   * fall, named in a 2025 sentence about Syria's new government).
   */
  @Test
  void everyMentionOfATargetInASentenceHoldsOneLabel() throws Exception {
    Set<String> notTheState = Set.of("dtrd-b-0211");
    for (String file : List.of("domain-train.jsonl", "domain-dev.jsonl", "domain-test.jsonl", "defence-check.jsonl")) {
      Map<String, Integer> label = new HashMap<>();
      for (JsonNode o : lines(file)) {
        if (notTheState.contains(o.get("id").asText())) continue;
        String key = o.get("sentence").asText() + "\u0000" + o.get("target").asText();
        Integer before = label.putIfAbsent(key, o.get("polarity").asInt());
        assertTrue(before == null || before == o.get("polarity").asInt(), file + ": " + o.get("id").asText() + " disagrees with another mention of " + o.get("target").asText() + " in its sentence");
      }
    }
  }

  /**
   * The lines of domain-train.jsonl whose id starts with {@code prefix} train only where the second reader
   * ({@code round.second-pass.jsonl}) agreed; every other line of the round is in {@code round.disagreements.jsonl} with
   * the first reader's label; no sentence of the round is within word Jaccard {@code apart} of a dev, test or
   * defence-check sentence; and the two readers' agreement is the reported one.
   */
  private static void assertRoundTrainsOnAgreedLines(String prefix, String round, int minTrained, double observed, double kappa, double apart) throws Exception {
    Map<String, String> second = new HashMap<>();
    for (JsonNode o : lines(round + ".second-pass.jsonl")) second.put(o.get("id").asText(), ToneExample.label(o.get("polarity").asInt()));
    Map<String, Integer> relabelled = byId("domain-train.relabelled.jsonl", "old");
    List<Set<String>> held = new ArrayList<>();
    for (String f : List.of("domain-dev.jsonl", "domain-test.jsonl", "defence-check.jsonl")) for (JsonNode o : lines(f)) held.add(words(o.get("sentence").asText()));
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    int trained = 0;
    Set<String> checked = new HashSet<>();
    for (JsonNode o : lines("domain-train.jsonl")) {
      String id = o.get("id").asText();
      if (!id.startsWith(prefix)) continue;
      // a line relabelled later (stop 55's and stop 57's decisions) counts with the label both readers saw
      String label = ToneExample.label(relabelled.containsKey(id) ? relabelled.get(id) : o.get("polarity").asInt());
      assertEquals(second.get(id), label, "a line of " + round + " trains only when the second reader agreed: " + id);
      a.add(label);
      b.add(second.get(id));
      trained++;
      if (checked.add(o.get("sentence").asText())) assertApart(o.get("sentence").asText(), held, apart, "training sentence too close to a dev, test or check sentence: " + id);
    }
    for (JsonNode o : lines(round + ".disagreements.jsonl")) {
      String id = o.get("id").asText();
      String label = ToneExample.label(o.get("polarity").asInt());
      assertTrue(id.startsWith(prefix) && second.containsKey(id) && !second.get(id).equals(label), "a disagreement the second reader labelled otherwise: " + id);
      a.add(label);
      b.add(second.get(id));
    }
    assertEquals(second.size(), a.size(), "every line of " + round + " is either trained on or a disagreement");
    assertTrue(trained >= minTrained, round + " adds at least " + minTrained + " labels");
    ToneEvaluator.Agreement ag = ToneEvaluator.agreement(a, b);
    assertEquals(observed, ag.observed(), 0.0005);
    assertEquals(kappa, ag.kappa(), 0.0005);
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

  /** The integer {@code field} of every line of the tone data file {@code file}, by the line's id. */
  private static Map<String, Integer> byId(String file, String field) throws Exception {
    Map<String, Integer> out = new HashMap<>();
    for (JsonNode o : lines(file)) out.put(o.get("id").asText(), o.get(field).asInt());
    return out;
  }

  /** Fails with {@code message} when {@code sentence} is within word Jaccard 0.6 of any of the sentences' words {@code seen}. */
  private static void assertApart(String sentence, List<Set<String>> seen, String message) {
    assertApart(sentence, seen, 0.6, message);
  }

  /** Fails with {@code message} when {@code sentence}'s word Jaccard with any of the sentences' words {@code seen} exceeds {@code max}. */
  private static void assertApart(String sentence, List<Set<String>> seen, double max, String message) {
    Set<String> w = words(sentence);
    for (Set<String> t : seen) {
      Set<String> both = new HashSet<>(w);
      both.retainAll(t);
      Set<String> either = new HashSet<>(w);
      either.addAll(t);
      assertTrue(both.size() <= max * either.size(), message);
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
