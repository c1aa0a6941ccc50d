package org.stancemap.tone;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: VADER's compound score of the whole sentence, blind to the target (Hutto &amp;
 * Gilbert 2014: lexicon valences, boosters and dampeners, ALL CAPS emphasis, negation within
 * three words, "but" moving weight to its clause, "!" emphasis, normalised by
 * {@code x / sqrt(x² + 15)}; labels at ±0.05). Reimplemented over the VADER lexicon data; for
 * evaluation, so the target-aware scorers can show what they add.
 */
public final class VaderSentenceScorer implements ToneScorer {
  public static final String NAME = "vader-sentence";
  static final double ALPHA = 15;
  static final double THRESHOLD = 0.05;

  private final Lexicon lexicon;

  public VaderSentenceScorer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static VaderSentenceScorer standard() {
    return new VaderSentenceScorer(Lexicon.vaderOnly());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ToneScore score(String text, int mentionStart, int mentionEnd, String target) {
    List<Token> tokens = Tokens.of(text);
    boolean mixedCase = false;
    int caps = 0;
    int words = 0;
    for (Token t : tokens) {
      if (!t.word()) continue;
      words++;
      if (t.allCaps()) caps++;
    }
    mixedCase = caps > 0 && caps < words;
    int but = -1;
    for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).lower().equals("but")) { but = i; break; }
    double sum = 0;
    List<String> evidence = new ArrayList<>();
    for (Lexicon.Hit h : lexicon.hits(tokens)) {
      Token t = tokens.get(h.from());
      if (lexicon.booster(t.lower()) != 0) continue; // boosters modify, they do not carry valence
      Lexicon.Modified m = lexicon.modify(tokens, h, mixedCase, false);
      double v = m.valence();
      boolean negated = m.negated();
      if (but >= 0) v *= h.from() < but ? 0.5 : h.from() > but ? 1.5 : 1;
      sum += v;
      evidence.add(ToneEvidence.word(tokens, h, negated));
    }
    int bangs = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '!') bangs++;
    if (sum != 0) sum += Math.signum(sum) * Math.min(4, bangs) * 0.292;
    double compound = sum / Math.sqrt(sum * sum + ALPHA);
    String label = compound >= THRESHOLD ? ToneScore.POS : compound <= -THRESHOLD ? ToneScore.NEG : ToneScore.NEU;
    double confidence = ToneEvidence.confidence(compound, THRESHOLD, THRESHOLD);
    return new ToneScore(compound, label, confidence, evidence, NAME);
  }
}
