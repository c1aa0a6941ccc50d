package org.stancemap.speakers.sieves;

/**
 * One attribution rule. Sieves run in order and the first that answers decides; its
 * {@link #name()} is recorded on the statement so every attribution traces back to one rule.
 */
public interface Sieve {
  String name();

  /** The attribution this rule finds for the quote, or null to pass to the next sieve. */
  Attribution attribute(QuoteContext c);
}
