package org.stancemap.statements;

import java.util.List;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.sieves.Grammar;

/**
 * {@code subject-cue-clause}: {@code SUBJ CUE (obj) (that) CLAUSE} - speech cues ("said", "told
 * reporters that"), cues with a content rule of their own ("urged X to", "called for N", "pledged to",
 * "accused X of"; {@link ReportedClauses#contentStart}). The first cue, left to right, with a subject
 * and content decides; at a "quoted" cue ("was quoted by Y as saying") {@link QuotedAsSayingRule} is
 * asked instead. A second cue of the same subject in the content ("..., adding that", "... and urged X
 * to ...") reports a second statement ({@link ReportedClauses#emitChain}). A phrase whose head no list
 * has speaks only with "said"-like cues ("The peace plan calls for ..." reports nothing); "threatened to"
 * reports only after another cue.
 */
final class SubjectCueClauseRule implements ReportedSpeechRule {
  final QuotedAsSayingRule quotedAsSaying;

  SubjectCueClauseRule(QuotedAsSayingRule quotedAsSaying) {
    this.quotedAsSaying = quotedAsSaying;
  }

  @Override
  public List<String> names() {
    return List.of(RuleNames.SUBJECT_CUE_CLAUSE, RuleNames.COORDINATED_CUE, RuleNames.PARTICIPLE_AFTER_ATTRIBUTION);
  }

  @Override
  public boolean report(ReportedClauses c, int k, int p, int lo, int hi, int end) {
    var tokens = c.tokens;
    for (int i = lo; i < hi; i++) {
      if (c.inQuote(i)) continue;
      CueLexicon.Cue cue = c.cues.at(tokens, i, hi);
      if (cue == null) continue;
      if (cue.role.equals(CueLexicon.QUOTED)) {
        if (quotedAsSaying.report(c, k, p, lo, hi, end, i, cue)) return true;
        continue;
      }
      if (!(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT) || cue.reports())) continue;
      if (cue.role.equals(CueLexicon.THREAT)) continue; // "Tensions threatened to ...": only after another cue
      Mention subj = Grammar.speakerOfCue(tokens, c.parser, c.text, lo, i);
      if (subj == null) continue;
      // a phrase with an unlisted head speaks only with "said"-like cues: "The peace plan calls for ..." reports nothing
      if (subj.kind == Mention.Kind.DESCRIPTOR && c.descriptors.head(subj.head) == null && c.descriptors.title(subj.head) == null
          && !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT))) continue;
      int j = c.contentStart(cue, i, hi);
      if (j < 0) continue;
      if (c.emitChain(k, p, j, hi, end, subj, cue, RuleNames.SUBJECT_CUE_CLAUSE, i)) return true;
    }
    return false;
  }
}
