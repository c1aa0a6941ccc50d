package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed-gold figures must stay above the floors reached (see README, section statements). */
class StatementEvaluatorTest {
  @Test
  void seedGoldStaysAboveFloors() throws URISyntaxException {
    Path gold = Path.of(getClass().getResource("/seed-gold.jsonl").toURI());
    Path samples = Path.of("..", "data", "samples");
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(gold), samples);
    String report = r.report();
    assertTrue(r.quoteRecall() >= 0.95, report);
    assertTrue(r.quotePrecision() >= 0.9, report);
    assertTrue(r.recall("indirect") >= 0.8, report);
    assertTrue(r.speakerAccuracy() >= 0.9, report);
    assertTrue(r.recall("direct") >= 0.95 && r.recall("partial") >= 0.95, report);
  }

  /** Invented articles in other outlets' styles (wire, British single quotes, hard-wrapped with a post). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"/heldout/gold.jsonl", "/heldout2/gold.jsonl", "/heldout3/gold.jsonl", "/heldout4/gold.jsonl"})
  void heldOutArticlesStayAboveFloors(String gold) throws URISyntaxException {
    Path dir = Path.of(getClass().getResource(gold).toURI()).getParent();
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(dir.resolve("gold.jsonl")), dir);
    String report = r.report();
    assertTrue(r.quoteRecall() >= 0.95, report);
    assertTrue(r.quotePrecision() >= 0.9, report);
    assertTrue(r.recall("indirect") >= 0.8, report);
    assertTrue(r.speakerAccuracy() >= 0.9, report);
  }

  /**
   * heldout5: 32 articles (wire, TASS, Anadolu, opposition, Gulf, broadsheet, tabloid, interview
   * features; 439 gold statements) written blind for issue 13, gold fixed before the first run.
   * First-run figures (blind, docs/statements.md): quoted recall 0.970, precision 1.000, indirect
   * recall 0.678, speaker accuracy 0.815. The floors are the figures after the issue 13 attribution
   * rules (rounded down); the set is a development set since, so blind figures come from new sets.
   */
  @Test
  void heldout5StaysAtOrAboveItsFirstRun() throws URISyntaxException {
    Path dir = Path.of(getClass().getResource("/heldout5/gold.jsonl").toURI()).getParent();
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(dir.resolve("gold.jsonl")), dir);
    String report = r.report();
    System.out.printf(java.util.Locale.ROOT, "heldout5: quoted recall %.3f, indirect recall %.3f, precision %.3f, speaker accuracy %.3f%n",
        r.quoteRecall(), r.recall("indirect"), r.quotePrecision(), r.speakerAccuracy());
    // first run (blind): quoted recall 0.970, precision 1.000, indirect recall 0.678, speaker accuracy 0.815;
    // after the issue 13 attribution rules (heldout5 is a development set since): 0.985, 1.000, 0.966, 0.972
    assertTrue(r.quoteRecall() >= 0.98, report);
    assertTrue(r.quotePrecision() >= 0.99, report);
    assertTrue(r.recall("indirect") >= 0.96, report);
    assertTrue(r.speakerAccuracy() >= 0.97, report);
  }

  @Test
  void matchingRuleNeedsOverlapBothWays() {
    var g = StatementEvaluator.bag("it must support Turkey's");
    var longPred = StatementEvaluator.bag("it must support Turkey's \"political and humanitarian solutions in Syria' if it wants to avoid a repeat");
    var unrelated = StatementEvaluator.bag("the weather was fine");
    int inter = StatementEvaluator.inter(g, longPred);
    assertTrue(inter >= StatementEvaluator.GOLD_COVER * StatementEvaluator.size(g));
    assertTrue(StatementEvaluator.inter(g, unrelated) == 0);
  }
}
