package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.targets.TargetMatcher;

class TargetToneAnalyzerTest {
  private final TargetToneAnalyzer analyzer = new TargetToneAnalyzer(TargetMatcher.standard(), LexiconScorer.standard());

  @Test
  void oneResultPerTargetWithAllItsMentionsCombined() {
    String text = "Russia bombed the town, the Kremlin denied it, and Moscow blamed Turkey.";
    List<TargetTone> tones = analyzer.analyze(text);
    assertEquals(List.of("Russia", "Turkey"), tones.stream().map(TargetTone::target).toList());
    TargetTone russia = tones.get(0);
    assertEquals(3, russia.mentions());
    assertEquals(ToneScore.NEG, russia.tone().label());
    assertEquals(russia.mention().mention(), text.substring(russia.mention().start(), russia.mention().end()));
    assertTrue(russia.tone().evidence().size() <= TargetToneAnalyzer.MAX_EVIDENCE);
  }

  @Test
  void severalMentionsOfATrainedScorerKeepProbabilitiesLabelAndScoreInAgreement() {
    TargetToneAnalyzer trained = new TargetToneAnalyzer(TargetMatcher.standard(), ToneScorers.defaultScorer());
    String text = "Russian jets bombed the market, the Kremlin denied it, and Moscow blamed Turkey.";
    TargetTone russia = trained.analyze(text, "Russia").get(0);
    assertEquals(3, russia.mentions());
    double[] p = russia.tone().probabilities();
    assertTrue(p != null && Math.abs(p[0] + p[1] + p[2] - 1) < 1e-9, "the decisive mention's probabilities");
    assertEquals(p[2] - p[0], russia.tone().score(), 1e-12);
    String argmax = p[1] >= p[0] && p[1] >= p[2] ? ToneScore.NEU : p[2] > p[0] ? ToneScore.POS : ToneScore.NEG;
    assertEquals(argmax, russia.tone().label());
    assertEquals(ToneScore.NEG, russia.tone().label());
  }

  /** A probabilistic scorer that gives each mention the probabilities listed for its surface form. */
  private static ToneScorer fixed(java.util.Map<String, double[]> byMention) {
    return new ToneScorer() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public ToneScore score(String text, int start, int end, String target) {
        double[] p = byMention.getOrDefault(text.substring(start, end), new double[] {0.1, 0.8, 0.1});
        return ToneScore.ofProbabilities(p, 0, List.of(text.substring(start, end)), "fixed");
      }
    };
  }

  @Test
  void theStrongestConstructionDecidesNotTheMeanOfTheMentions() {
    // the agent of harm is clearly negative, two plain mentions clearly neutral: their mean would be neutral
    TargetToneAnalyzer a = new TargetToneAnalyzer(TargetMatcher.standard(), fixed(java.util.Map.of(
        "Russian", new double[] {0.60, 0.35, 0.05},
        "Kremlin", new double[] {0.02, 0.96, 0.02},
        "Moscow", new double[] {0.03, 0.95, 0.02})));
    TargetTone russia = a.analyze("Russian jets bombed the market, the Kremlin denied it, and Moscow blamed Turkey.", "Russia").get(0);
    assertEquals(ToneScore.NEG, russia.tone().label());
    assertEquals(0.05 - 0.60, russia.tone().score(), 1e-12);
    assertEquals("Russian", russia.mention().mention());
    assertEquals("Russian", russia.tone().evidence().get(0), "the decisive mention's evidence first");
    assertEquals(3, russia.mentions());

    // polar mentions in both directions: the stronger one decides
    TargetToneAnalyzer b = new TargetToneAnalyzer(TargetMatcher.standard(), fixed(java.util.Map.of(
        "Moscow", new double[] {0.10, 0.20, 0.70},
        "Kremlin", new double[] {0.50, 0.30, 0.20})));
    TargetTone both = b.analyze("Moscow welcomed the deal while the Kremlin stalled it.", "Russia").get(0);
    assertEquals(ToneScore.POS, both.tone().label());
    assertEquals(0.60, both.tone().score(), 1e-12);

    // every mention neutral: the most confidently neutral one, still neutral
    TargetToneAnalyzer c = new TargetToneAnalyzer(TargetMatcher.standard(), fixed(java.util.Map.of(
        "Moscow", new double[] {0.30, 0.45, 0.25},
        "Kremlin", new double[] {0.05, 0.90, 0.05})));
    TargetTone calm = c.analyze("Moscow said the Kremlin would host the talks.", "Russia").get(0);
    assertEquals(ToneScore.NEU, calm.tone().label());
    assertEquals(0.90, calm.tone().confidence(), 1e-12);
  }

  @Test
  void noMentionNoResult() {
    assertTrue(analyzer.analyze("The weather was fine in Paris.").isEmpty());
    assertTrue(analyzer.analyze("Russia met Turkey.", "Syria").isEmpty());
  }

  @Test
  void seedCheckCountsAgreementOnMentionedTargetsOnly(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"text\": \"Turkey is violating the deal by supporting illegal armed groups\", \"tone\": {\"Turkey\": \"neg\"}}",
        "{\"text\": \"terrorists\", \"tone\": {\"Turkey\": \"neg\"}}",
        "{\"text\": \"Moscow and Ankara remained committed to the ceasefire\", \"tone\": {\"Russia\": \"neg\"}}",
        "{\"text\": \"no verdicts here about Syria\", \"tone\": {}}"));
    SeedToneCheck.Summary s = SeedToneCheck.check(gold, analyzer);
    assertEquals(3, s.verdicts());
    assertEquals(2, s.mentioned());
    assertEquals(1, s.agree());
  }
}
