package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code data/attribution-rules.tsv}: the confidence formula, and every listed rule is one the code records. */
class AttributionRulesTest {
  @Test
  void confidenceIsPriorTimesMethodFactorClamped() {
    AttributionRules r = new AttributionRules(List.of(new String[] {"a", "0.8", "x", "y"}, new String[] {"b", "1.5"},
        new String[] {"method:coreference", "0.5"}));
    assertEquals(0.8, r.confidence("a", Statement.EXPLICIT), 1e-9);
    assertEquals(0.4, r.confidence("a", Statement.COREFERENCE), 1e-9);
    assertEquals(1.0, r.confidence("b", null), 1e-9);
    assertEquals(AttributionRules.UNLISTED_PRIOR, r.confidence("unknown", null), 1e-9);
    assertTrue(r.listed("a"));
    assertTrue(!r.listed("method:coreference"));
  }

  @Test
  void everyListedRuleIsRecordedByTheCodeAndPriorsAreProbabilities() throws IOException {
    String sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining("\n"));
    }
    AttributionRules rules = AttributionRules.load();
    assertTrue(rules.priors().size() >= 15, rules.priors().toString());
    rules.priors().forEach((name, prior) -> {
      assertTrue(prior >= 0 && prior <= 1, name + " " + prior);
      assertTrue(sources.contains("\"" + name + "\""), "rule " + name + " is listed but no code records it");
    });
  }

  @Test
  void ruleNamesAreTheRulesOfTheFileInItsOrder() {
    assertEquals(new java.util.ArrayList<>(AttributionRules.load().priors().keySet()), RuleNames.ALL);
  }
}
