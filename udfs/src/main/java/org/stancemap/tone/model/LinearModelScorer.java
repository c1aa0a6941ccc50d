package org.stancemap.tone.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.ToneScorer;

/**
 * A trained tone scorer: target-aware features ({@link MentionEmbedder}: MiniLM states pooled
 * around the mention, lexicon scores, roles, hashed words, as the model file's {@code blocks} say)
 * fed to a multinomial logistic regression trained with Spark MLlib ({@code stancemap train-tone})
 * and exported to {@code data/models/tone-NAME.tsv}. Plain Java: runs in Spark UDFs on executors
 * and in unit tests. {@link #scoreAll} batches many mentions into few forward passes.
 *
 * <p>The numbers agree by construction: {@code probabilities} are the model's P(neg), P(neu),
 * P(pos); {@code score} is P(pos) − P(neg); {@code label} is {@code pos} when the score is at
 * least the model's {@code label_threshold} (meta row; 0 picks the larger of P(pos) and P(neg)
 * whenever it beats P(neu)), {@code neg} when it is at most minus that, else {@code neu};
 * {@code confidence} is the probability of the label. {@code evidence} names the roles the target
 * plays ("agent of: shelled") and then the sentiment words near it.
 */
public final class LinearModelScorer implements ToneScorer {
  /** The MiniLM scorer trained on NewsMTSC (slow: two encoder passes per mention). */
  public static final String MINILM = "minilm-lr";
  /** The fast scorer: lexicon, roles and hashed words, no encoder. */
  public static final String ROLES = "roles-lr";

  private final String name;
  private final LinearToneModel model;
  private final MentionEmbedder embedder;
  private final int neg;
  private final int neu;
  private final int pos;
  private final double threshold;
  /** Finders of the evidence the model's own blocks do not give (null when they do). */
  private final RoleFeatures extraRoles;
  private final LexiconFeatures extraLexicon;

  /** @param encoder may be null when the model uses no embedding block */
  public LinearModelScorer(String name, LinearToneModel model, MiniLmEncoder encoder) {
    this.name = name;
    this.model = model;
    String blocks = model.meta().get("blocks");
    if (blocks == null) throw new IllegalArgumentException("model " + name + " lacks a 'meta blocks' row");
    List<String> blockList = Arrays.asList(blocks.split(","));
    LexiconFeatures lexicon = LexiconFeatures.standard();
    this.embedder = new MentionEmbedder(encoder, blockList, lexicon);
    this.extraRoles = blockList.contains(RoleFeatures.BLOCK) ? null : RoleFeatures.standard();
    this.extraLexicon = blockList.contains(LexiconFeatures.BLOCK) ? null : lexicon;
    if (embedder.dimension() != model.featureCount()) {
      throw new IllegalArgumentException("model has " + model.featureCount() + " features, blocks " + blocks
          + " give " + embedder.dimension());
    }
    this.neg = model.classes().indexOf(ToneScore.NEG);
    this.neu = model.classes().indexOf(ToneScore.NEU);
    this.pos = model.classes().indexOf(ToneScore.POS);
    this.threshold = Double.parseDouble(model.meta().getOrDefault("label_threshold", "0"));
  }

  /** The model file of a scorer: {@code models/tone-NAME.tsv}. */
  public static String modelFile(String name) {
    return "models/tone-" + name + ".tsv";
  }

  /** Loads {@code data/models/tone-NAME.tsv}, with the MiniLM encoder only when its blocks need it. */
  public static LinearModelScorer load(String name) {
    LinearToneModel m = LinearToneModel.load(modelFile(name));
    List<String> blocks = Arrays.asList(m.meta().getOrDefault("blocks", "").split(","));
    return new LinearModelScorer(name, m, MentionEmbedder.needsEncoder(blocks) ? MiniLmEncoder.get() : null);
  }

  @Override
  public String name() {
    return name;
  }

  public LinearToneModel model() {
    return model;
  }

  public MentionEmbedder embedder() {
    return embedder;
  }

  @Override
  public ToneScore score(String text, int mentionStart, int mentionEnd, String target) {
    return scoreMentions(List.of(new MentionEmbedder.Mention(text, mentionStart, mentionEnd))).get(0);
  }

  /** Class probabilities per mention, in {@code model().classes()} order. */
  public double[][] probabilities(List<MentionEmbedder.Mention> mentions) {
    return probabilities(embedder.features(mentions));
  }

  private double[][] probabilities(double[][] x) {
    double[][] p = new double[x.length][];
    for (int i = 0; i < x.length; i++) p[i] = model.probabilities(x[i]);
    return p;
  }

  /** Scores many mentions with batched forward passes; results in input order. */
  @Override
  public List<ToneScore> scoreAll(List<Request> requests) {
    List<MentionEmbedder.Mention> mentions = new ArrayList<>(requests.size());
    for (Request r : requests) mentions.add(new MentionEmbedder.Mention(r.text(), r.mentionStart(), r.mentionEnd()));
    return scoreMentions(mentions);
  }

  /**
   * Scores many mentions; results in input order. Evidence: the roles the target plays, then the
   * sentiment words near it as the lexicon scorer weighs them, both as the features found them (found
   * apart only for a model without the {@code role} or {@code lex} block).
   */
  public List<ToneScore> scoreMentions(List<MentionEmbedder.Mention> mentions) {
    List<List<String>> evidence = new ArrayList<>(mentions.size());
    double[][] probs = probabilities(embedder.features(mentions, evidence));
    if (extraRoles != null || extraLexicon != null) {
      for (int i = 0; i < mentions.size(); i++) {
        List<String> e = new ArrayList<>();
        if (extraRoles != null) e.addAll(extraRoles.evidence(mentions.get(i)));
        e.addAll(evidence.get(i));
        if (extraLexicon != null) for (String w : extraLexicon.evidence(mentions.get(i))) if (!e.contains(w)) e.add(w);
        evidence.set(i, e);
      }
    }
    List<ToneScore> out = new ArrayList<>(probs.length);
    for (int i = 0; i < probs.length; i++) {
      double[] p = probs[i];
      out.add(ToneScore.ofProbabilities(new double[] {p[neg], p[neu], p[pos]}, threshold, evidence.get(i), name));
    }
    return out;
  }

  /** The label rule of the class comment ({@link ToneScore#ofProbabilities}; also what {@code train-tone} measures with). */
  public static String label(double pNeg, double pNeu, double pPos, double threshold) {
    return ToneScore.ofProbabilities(new double[] {pNeg, pNeu, pPos}, threshold, List.of(), "").label();
  }

  public double labelThreshold() {
    return threshold;
  }

}
