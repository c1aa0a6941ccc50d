package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stancemap.speakers.Descriptors;
import org.stancemap.speakers.sieves.QuoteRules;
import org.stancemap.speakers.sieves.Sieve;

/** The order of the quote attribution rules ({@code sieves.QuoteRules}) and what it decides when two rules could answer. */
class StatementQuoteRuleOrderTest {
  private static final StatementExtractor X = StatementExtractor.defaults();

  private static List<String> names(List<Sieve> sieves) {
    return sieves.stream().map(Sieve::name).collect(Collectors.toList());
  }

  private static Statement find(String text, String kind, String part) {
    List<Statement> all = X.extractStrict(text, "Test Outlet", null);
    return all.stream().filter(s -> s.kind.equals(kind) && s.text.contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " with [" + part + "] in " + all));
  }

  @Test
  void theOrderIsWrittenOnce() {
    QuoteRules r = new QuoteRules(Descriptors.load(), LabelVerbs.load());
    assertEquals("trailing-cue", r.trailing.name());
    assertEquals(List.of(RuleNames.SPEAKER_CUE_QUOTE, RuleNames.SUBJECT_COLON_QUOTE, RuleNames.QUOTE_LABEL, RuleNames.COLON_BEFORE, RuleNames.CONTINUATION,
        RuleNames.PREVIOUS_SUBJECT), names(r.direct));
    assertEquals(RuleNames.LABEL_VERB, r.label.name());
    assertEquals(List.of("trailing-cue", RuleNames.ENCLOSING_CLAUSE), names(r.fragment));
  }

  @Test
  void aTrailingCueWinsOverAColonSentenceBefore() {
    Statement s = find("Minister Ana Ruiz told reporters:\n\n\"We will respond,\" her deputy Tomas Berg said.", Statement.DIRECT, "We will respond");
    assertEquals("Tomas Berg", s.speaker);
    assertEquals(RuleNames.QUOTE_SPEAKER_CUE, s.sieve);
  }

  @Test
  void theLabelVerbOfAFragmentWinsOverAnEarlierCue() {
    // the nearest cue before the fragment ("criticised") would give Ana Ruiz
    Statement s = find("After Ana Ruiz criticised the plan, Tomas Berg branded the delay \"unacceptable\".",
        Statement.PARTIAL, "unacceptable");
    assertEquals("Tomas Berg", s.speaker);
    assertEquals(RuleNames.LABEL_VERB, s.sieve);
  }
}
