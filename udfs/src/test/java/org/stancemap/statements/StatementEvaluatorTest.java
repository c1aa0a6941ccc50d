package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  /**
   * heldout6: 30 articles (wire, Russian, Turkish and Syrian state media, Syrian opposition, tabloid,
   * interview features, analysis, live blogs; 539 gold statements, 310 reported) written blind by two
   * writers who never saw the code, gold fixed before any run. Its first run was at the merge of the
   * issue 13 rules, whose authors never saw the set (docs/heldout6-first-run.txt): quoted recall
   * 0.943, precision 1.000, indirect recall 0.810, speaker accuracy 0.887 (the code before those rules:
   * 0.904, 1.000, 0.590, 0.810). Since then the set is a development set: the floors are the figures
   * after the heldout6 fixes (label-verb, previous-subject, sentence subjects, "according to him", names
   * given "as X", '' marks, "affirmed that", "demanded that", a title of a body before a person;
   * docs/statements.md), 0.974 / 1.000 / 0.832 / 0.933, rounded down.
   */
  @Test
  void heldout6StaysAtOrAboveItsFirstRun() throws URISyntaxException {
    Path dir = Path.of(getClass().getResource("/heldout6/gold.jsonl").toURI()).getParent();
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(dir.resolve("gold.jsonl")), dir);
    String report = r.report();
    assertTrue(r.quoteRecall() >= 0.97, report);
    assertTrue(r.quotePrecision() >= 0.99, report);
    assertTrue(r.recall("indirect") >= 0.83, report);
    assertTrue(r.speakerAccuracy() >= 0.93, report);
  }

  /**
   * heldout7: 30 more articles (15 + 15 by two further writers who never saw or ran the code; wire,
   * TASS, Anadolu and SANA styles before and after 2024, opposition, Kurdish, Iranian, Israeli and Gulf
   * outlets, tabloid, features, analysis, court, UN, live blogs with posts, TV transcripts,
   * parliament, energy wire; 826 gold statements, 460 reported), gold committed before any run.
   * With the code before this session's attribution changes (docs/heldout7-before-rules.txt):
   * quoted recall 0.945, precision 0.997, indirect recall 0.813, speaker accuracy 0.914. First run
   * with them, whose author never saw the set (docs/heldout7-first-run.txt): 0.967 / 0.997 / 0.820 /
   * 0.918 (indirect 377/460 = 0.8196); the floors, rounded down.
   */
  @Test
  void heldout7StaysAtOrAboveItsFirstRun() throws URISyntaxException {
    Path dir = Path.of(getClass().getResource("/heldout7/gold.jsonl").toURI()).getParent();
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(dir.resolve("gold.jsonl")), dir);
    String report = r.report();
    assertTrue(r.quoteRecall() >= 0.96, report);
    assertTrue(r.quotePrecision() >= 0.99, report);
    assertTrue(r.recall("indirect") >= 0.81, report);
    assertTrue(r.speakerAccuracy() >= 0.91, report);
  }

  private static Statement pred(String kind, String text, String speaker, String rule) {
    Statement s = new Statement(kind, text, 0, text.length());
    s.speaker = speaker;
    s.speakerId = speaker == null ? null : speaker.toLowerCase(java.util.Locale.ROOT);
    s.sieve = rule;
    return s;
  }

  private static StatementEvaluator.Gold gold(String kind, String speaker, String text) {
    return new StatementEvaluator.Gold("a.txt", kind, speaker.toLowerCase(java.util.Locale.ROOT), speaker, java.util.List.of(), text);
  }

  @Test
  void perRulePrecisionAndOneErrorKindPerError() {
    java.util.List<StatementEvaluator.Gold> g = java.util.List.of(
        gold("direct", "Erdogan", "We will not withdraw from our positions"), // matched, right speaker
        gold("direct", "Peskov", "The negotiations were difficult but useful"), // matched, wrong speaker
        gold("indirect", "Lavrov", "the talks would resume in Geneva next month"), // nothing: missed indirect
        gold("partial", "Akar", "a peaceful situation in accordance with our agreement"), // found as indirect
        gold("partial", "Putin", "useful and informative")); // nothing: missed quote
    java.util.List<Statement> p = java.util.List.of(
        pred("direct", "We will not withdraw from our positions", "Erdogan", "quote-speaker-cue"),
        pred("direct", "The negotiations were difficult but useful", "Putin", "continuation"),
        pred("indirect", "a peaceful situation in accordance with our agreement", "Akar", "subject-cue-clause"),
        pred("indirect", "the weather in Ankara was fine for the ceremony", "Akar", "subject-cue-clause"), // spurious
        pred("narrative", "Fighting went on.", "Outlet", "outlet"));
    StatementEvaluator.Result r = new StatementEvaluator.Result();
    new StatementEvaluator(StatementExtractor.defaults()).evaluateArticle("a.txt", g, p, r);
    String report = r.report();
    assertEquals(1, r.errors(StatementEvaluator.MISSED_QUOTE), report);
    assertEquals(1, r.errors(StatementEvaluator.MISSED_INDIRECT), report);
    assertEquals(1, r.errors(StatementEvaluator.WRONG_SPEAKER), report);
    assertEquals(1, r.errors(StatementEvaluator.KIND_MISMATCH), report);
    assertEquals(1, r.errors(StatementEvaluator.SPURIOUS), report);
    assertEquals(1.0, r.rulePrecision("quote-speaker-cue"), 1e-9);
    assertEquals(0.0, r.rulePrecision("subject-cue-clause"), 1e-9, report); // 0 of 2 matched
    assertEquals(1.0, r.rulePrecision("continuation"), 1e-9);
    assertTrue(Double.isNaN(r.rulePrecision("outlet")), report);
    assertTrue(report.contains("errors: missed quote 1, missed indirect 1, wrong speaker 1, kind mismatch 1, spurious 1"), report);
    assertTrue(report.contains("kind mismatch (1):\n  a.txt [subject-cue-clause] gold partial, predicted indirect: a peaceful"), report);
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
