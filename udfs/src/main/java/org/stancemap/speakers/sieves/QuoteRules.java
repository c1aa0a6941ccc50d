package org.stancemap.speakers.sieves;

import java.util.List;
import org.stancemap.speakers.Descriptors;
import org.stancemap.statements.LabelVerbs;

/**
 * The order of the quote attribution rules, in one place. For a quote standing as the speaker's words
 * ({@link #direct}): the cue right after the closing mark ({@link #trailing}, also read to decide whether
 * a quote is direct), then the cue before the opening mark, a clause about a person ending in a colon, a
 * label naming the speaker ("Quote from X:"), a cue sentence ending in a colon, the quote before it, the
 * sentence before it about one person. For a fragment inside a sentence: {@link #label}
 * first (asked before the term and scare checks: {@code branded it "shameful"}), then {@link #fragment}
 * in order. The first rule that answers decides. Reported speech has its own order,
 * {@code org.stancemap.statements.ReportedSpeechRules}, asked after the quotes of a sentence.
 */
public final class QuoteRules {
  /** Trailing cue: the first rule for a direct quote. */
  public final Sieve trailing = new TrailingCueSieve();
  /** Direct quotes after the trailing cue, in order. */
  public final List<Sieve> direct;
  /** Fragments after an evaluative verb and its object. */
  public final Sieve label;
  /** Fragments, after {@link #label}, in order: an attribution right after the closing mark, then the enclosing clause's cue. */
  public final List<Sieve> fragment = List.of(new TrailingCueSieve(), new EnclosingClauseSieve());

  public QuoteRules(Descriptors descriptors, LabelVerbs labelVerbs) {
    this.direct = List.of(new LeadingCueSieve(), new ColonSubjectSieve(descriptors), new QuoteLabelSieve(),
        new PreviousSentenceSieve(), new ContinuationSieve(),
        new PreviousSubjectSieve(descriptors));
    this.label = new LabelVerbSieve(labelVerbs);
  }

  /** The first answer of the direct rules after the trailing cue, or null. */
  public Attribution direct(QuoteContext c) {
    for (Sieve s : direct) {
      Attribution a = s.attribute(c);
      if (a != null) return a;
    }
    return null;
  }

  /** The first answer of the fragment rules after {@link #label}, or null. */
  public Attribution fragment(QuoteContext c) {
    for (Sieve s : fragment) {
      Attribution a = s.attribute(c);
      if (a != null) return a;
    }
    return null;
  }
}
