package org.stancemap.tone.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.ToneScorer;

/**
 * The trained tone scorer: MiniLM token states pooled around the target mention
 * ({@link MentionEmbedder}) fed to a multinomial logistic regression trained with Spark MLlib on
 * NewsMTSC ({@code stancemap train-tone}) and exported to {@value #MODEL}. Plain Java: runs in
 * Spark UDFs on executors and in unit tests. {@link #scoreAll} batches many mentions into few
 * forward passes, which is much faster than scoring one at a time.
 *
 * <p>{@code score} is P(pos) - P(neg), {@code confidence} the winning class's probability.
 */
public final class EmbeddingToneScorer implements ToneScorer {
  public static final String NAME = "minilm-lr";
  public static final String MODEL = "models/tone-minilm-lr.tsv";

  private final LinearToneModel model;
  private final MentionEmbedder embedder;
  private final int neg;
  private final int pos;
  private final LexiconFeatures lexicon;

  public EmbeddingToneScorer(LinearToneModel model, MiniLmEncoder encoder) {
    this.model = model;
    String blocks = model.meta().get("blocks");
    if (blocks == null) throw new IllegalArgumentException(MODEL + " lacks a 'meta blocks' row");
    List<String> blockList = Arrays.asList(blocks.split(","));
    this.lexicon = LexiconFeatures.standard();
    this.embedder = new MentionEmbedder(encoder, blockList, lexicon);
    if (embedder.dimension() != model.featureCount()) {
      throw new IllegalArgumentException("model has " + model.featureCount() + " features, blocks " + blocks
          + " give " + embedder.dimension());
    }
    this.neg = model.classes().indexOf(ToneScore.NEG);
    this.pos = model.classes().indexOf(ToneScore.POS);
  }

  private static final class Holder {
    static final EmbeddingToneScorer INSTANCE = new EmbeddingToneScorer(LinearToneModel.load(MODEL), MiniLmEncoder.get());
  }

  /** The JVM-wide scorer with the committed model, loaded on first use (thread-safe). */
  public static EmbeddingToneScorer shared() {
    return Holder.INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
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
    double[][] x = embedder.features(mentions);
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

  /** Scores many mentions with batched forward passes; results in input order. */
  public List<ToneScore> scoreMentions(List<MentionEmbedder.Mention> mentions) {
    double[][] probs = probabilities(mentions);
    List<ToneScore> out = new ArrayList<>(probs.length);
    for (int i = 0; i < probs.length; i++) {
      double[] p = probs[i];
      int best = 0;
      for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
      MentionEmbedder.Mention m = mentions.get(i);
      out.add(new ToneScore(p[pos] - p[neg], model.classes().get(best), p[best], evidence(m), NAME));
    }
    return out;
  }

  /**
   * The words that drove the verdict, for a reader: the sentiment words near the mention as the
   * lexicon scorer weighs them (the model's own weights are spread over 384-dimensional states and
   * name no words).
   */
  private List<String> evidence(MentionEmbedder.Mention m) {
    return lexicon.evidence(m);
  }
}
