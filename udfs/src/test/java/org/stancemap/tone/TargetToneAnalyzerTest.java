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
    assertTrue(p != null && Math.abs(p[0] + p[1] + p[2] - 1) < 1e-9, "the mean of the mentions' probabilities");
    assertEquals(p[2] - p[0], russia.tone().score(), 1e-12);
    String argmax = p[1] >= p[0] && p[1] >= p[2] ? ToneScore.NEU : p[2] > p[0] ? ToneScore.POS : ToneScore.NEG;
    assertEquals(argmax, russia.tone().label());
    assertEquals(ToneScore.NEG, russia.tone().label());
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
