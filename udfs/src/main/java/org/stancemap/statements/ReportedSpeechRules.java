package org.stancemap.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of the reported-speech rules, in one place. A sentence that no direct quote claimed is
 * read by {@link AccordingToRule} ("According to X, ..." / "..., according to X."), then
 * {@link InvertedAttributionRule} ("..., President Erdogan said on Tuesday"), then
 * {@link SubjectCueClauseRule} ("X said (that) ...", "X urged Y to ...", and at a "quoted" cue
 * {@link QuotedAsSayingRule}); the first rule that reports decides. Only real sentences are read in their
 * place: a line ending in ':' reports nothing, and a headline is read once the article is done
 * ({@link #reportAnyway}), so that its speaker does not become the one the body's pronouns resolve to. Second statements of the same speaker
 * ({@code coordinated-cue}, {@code participle-after-attribution}, {@code clause-after-attribution}) are
 * recorded by the rule that found the first ({@link ReportedClauses#emitChain}). Quote attribution
 * has its own order ({@link org.stancemap.speakers.sieves.QuoteRules}); the extractor runs the quote
 * rules on a sentence first, these after.
 */
final class ReportedSpeechRules {
  final AccordingToRule accordingTo = new AccordingToRule();
  final InvertedAttributionRule inverted = new InvertedAttributionRule();
  final SubjectCueClauseRule subjectCueClause = new SubjectCueClauseRule(new QuotedAsSayingRule());
  /** The rules in the order they are asked. */
  final List<ReportedSpeechRule> order = List.of(accordingTo, inverted, subjectCueClause);

  /** Every rule name these rules record, in order (each once). */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (ReportedSpeechRule r : order) for (String n : r.names()) if (!out.contains(n)) out.add(n);
    for (String n : subjectCueClause.quotedAsSaying.names()) if (!out.contains(n)) out.add(n);
    return out;
  }

  /** Asks the rules in order about sentence {@code k}, tokens [lo, hi), ending at text offset {@code end}; true if one reported. */
  boolean report(ReportedClauses c, int k, int p, int lo, int hi, int end) {
    // reported speech only in real sentences: a headline or a line ending in ':' is not one
    if (!endsSentence(c.view.charAt(end - 1))) return false;
    return reportAnyway(c, k, p, lo, hi, end);
  }

  /** Whether a line ending in {@code last} is a real sentence (final punctuation or a semicolon, or a closing quote or bracket). */
  static boolean endsSentence(char last) {
    return ".!?;\"')\u2026".indexOf(last) >= 0;
  }

  /** {@link #report} without the check for a real sentence: for a headline, read once the article is done. */
  boolean reportAnyway(ReportedClauses c, int k, int p, int lo, int hi, int end) {
    for (ReportedSpeechRule r : order) if (r.report(c, k, p, lo, hi, end)) return true;
    return false;
  }
}
