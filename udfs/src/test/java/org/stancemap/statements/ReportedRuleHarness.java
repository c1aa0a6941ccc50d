package org.stancemap.statements;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import org.stancemap.speakers.Descriptors;
import org.stancemap.speakers.Mention;
import org.stancemap.text.TextView;
import org.stancemap.text.Tokens;

/**
 * Runs one reported-speech rule alone on one sentence with no quotes, without the extractor: what the
 * rule records (text, the speaker phrase as written, rule name, cue) is what the rule decided. Speakers
 * are not resolved (a pronoun stays "he"); nested attributions are read with {@link SubjectCueClauseRule}
 * as the extractor does.
 */
final class ReportedRuleHarness {
  static final CueLexicon CUES = CueLexicon.load();
  static final Descriptors DESCRIPTORS = Descriptors.load();
  static final ReportedSpeechRules RULES = new ReportedSpeechRules();

  /** One recorded statement: its text, speaker phrase, rule and cue. */
  record Recorded(String text, String speaker, String rule, String cue) {
    @Override
    public String toString() {
      return "[" + speaker + "|" + rule + "|" + cue + "] " + text;
    }
  }

  /** What {@code rule} records on {@code sentence} (the whole text one sentence). */
  static List<Recorded> run(ReportedSpeechRule rule, String sentence) {
    return run(sentence, (c, end) -> rule.report(c, 0, 0, 0, c.tokens.size(), end));
  }

  /** What the rules in their order record on {@code sentence}. */
  static List<Recorded> runAll(String sentence) {
    return run(sentence, (c, end) -> RULES.report(c, 0, 0, 0, c.tokens.size(), end));
  }

  interface Call {
    boolean apply(ReportedClauses c, int end);
  }

  private static List<Recorded> run(String sentence, Call call) {
    String view = TextView.of(sentence).view();
    Tokens tokens = Tokens.of(view, 0, view.length());
    List<Statement> out = new ArrayList<>();
    ReportedClauses[] self = new ReportedClauses[1];
    ReportedClauses.Recorder recorder = new ReportedClauses.Recorder() {
      @Override
      public boolean emit(int k, int p, int a, int b, Mention m, CueLexicon.Cue cue, String rule, int cueToken, int minWords) {
        if (self[0].words(a, b) < minWords) return false;
        Statement s = add(Statement.INDIRECT, a, b, k, p);
        s.speaker = m.surface;
        s.cue = cue.text;
        s.sieve = rule;
        return true;
      }

      @Override
      public Statement add(String kind, int a, int b, int k, int p) {
        while (a < b && Character.isWhitespace(view.charAt(a))) a++;
        while (b > a && Character.isWhitespace(view.charAt(b - 1))) b--;
        Statement s = new Statement(kind, sentence.substring(a, b), a, b);
        out.add(s);
        return s;
      }

      @Override
      public Statement latest() {
        return out.get(out.size() - 1);
      }

      @Override
      public void claimPartials(Statement s) {}

      @Override
      public void nested(int k, int p, int lo, int hiExclusive, Statement outer) {
        RULES.subjectCueClause.report(self[0], k, p, lo, hiExclusive, self[0].tokens.end(hiExclusive - 1));
      }
    };
    self[0] = new ReportedClauses(tokens, sentence, view, new BitSet(), CUES, StatementExtractor.parser(CUES, DESCRIPTORS),
        DESCRIPTORS, ReportedSpeechWords.load(), recorder);
    call.apply(self[0], view.stripTrailing().length());
    return out.stream().map(s -> new Recorded(s.text, s.speaker, s.sieve, s.cue)).collect(Collectors.toList());
  }

  private ReportedRuleHarness() {}
}
