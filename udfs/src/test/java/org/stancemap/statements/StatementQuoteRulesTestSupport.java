package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

/** The speaker of a whole article's statement, for rule tests that need the article's earlier names. */
final class StatementQuoteRulesTestSupport {
  private StatementQuoteRulesTestSupport() {}

  static void speaks(String text, String start, String speaker) {
    List<Statement> all = StatementExtractor.defaults().extractStrict(text, "Test Outlet", null);
    String dump = all.stream().map(x -> x.kind + " [" + x.speaker + "|" + x.sieve + "] " + x.text).collect(Collectors.joining("\n"));
    Statement s = all.stream().filter(x -> !x.kind.equals(Statement.NARRATIVE) && x.text.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement starting [" + start + "] in\n" + dump));
    assertEquals(speaker, s.speaker, dump);
  }
}
