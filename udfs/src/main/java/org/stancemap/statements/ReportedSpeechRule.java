package org.stancemap.statements;

import java.util.List;

/**
 * One rule of reported speech: reads a sentence with no direct quote and, when its construction is
 * there, records the reported clause with its speaker. Rules run in the order of
 * {@link ReportedSpeechRules}; the first that reports decides the sentence.
 */
interface ReportedSpeechRule {
  /** The rule names ({@link RuleNames}) this rule records on the statements it reports, its own first. */
  List<String> names();

  /**
   * Reports the speech of tokens [lo, hi) of sentence {@code k} (paragraph {@code p}), the statement
   * ending at text offset {@code end}; true when it recorded one and the sentence is decided.
   */
  boolean report(ReportedClauses c, int k, int p, int lo, int hi, int end);
}
