package org.stancemap.tone.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.text.DataFiles;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.BatchToneScorer;

/**
 * A fine-tuned encoder that reads the sentence with the target mention marked and gives P(neg),
 * P(neu), P(pos) directly: all-MiniLM-L6-v2 trained end to end on NewsMTSC and the domain set by
 * {@code scripts/finetune-tone} and exported to {@code data/models/tone-NAME.onnx} (int8 weights,
 * float arithmetic).
 *
 * <p>The input of one mention (built by {@link #inputIds}, exactly as {@code scripts/tone/finetune.py}
 * builds it): {@code [CLS] left [unused0] mention [unused1] right [SEP] mention [SEP]}, token types 0
 * then 1, the sentence cut to a window around the mention when long. Mentions are scored in batches
 * of similar length; float arithmetic keeps a mention's result independent of its batch neighbours
 * (to rounding), which the quantized activations of the stock MiniLM model do not.
 *
 * <p>Label rule: {@link ToneScore#ofProbabilities} with threshold 0 (the most probable class);
 * {@code score} P(pos) − P(neg). Evidence: the roles the target plays and the sentiment words near
 * it, as {@link RoleFeatures} and {@link LexiconFeatures} find them (the model does not say why).
 */
public final class TunedEncoderScorer implements BatchToneScorer {
  /** The fine-tuned MiniLM. */
  public static final String MINILM_FT = "minilm-ft";
  /** The small convolutional student distilled from {@link #MINILM_FT} (scripts/distil-tone): the same input, about ten times faster. */
  public static final String STUDENT = "student";
  static final int M_START = 1;
  static final int M_END = 2;
  static final int MAX_SENTENCE = 120;
  static final int MAX_MENTION = 16;
  /** Mentions per forward pass. */
  static final int BATCH = 32;

  private final String name;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final RoleFeatures roles = RoleFeatures.standard();
  private final LexiconFeatures lexicon = LexiconFeatures.standard();

  public TunedEncoderScorer(String name, byte[] onnxModel, WordPieceTokenizer tokenizer) {
    this.name = name;
    this.tokenizer = tokenizer;
    try {
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions opts = OnnxSessions.options();
      // fold the int8 weights' DequantizeLinear into float constants once, at load
      opts.addConfigEntry("session.disable_quant_qdq", "1");
      session = env.createSession(onnxModel, opts);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the tone model of scorer " + name, e);
    }
  }

  /** The model file of a scorer: {@code models/tone-NAME.onnx}. */
  public static String modelFile(String name) {
    return "models/tone-" + name + ".onnx";
  }

  /** Loads {@code data/models/tone-NAME.onnx} with MiniLM's vocabulary. */
  public static TunedEncoderScorer load(String name) {
    try (InputStream in = DataFiles.open(modelFile(name))) {
      return new TunedEncoderScorer(name, in.readAllBytes(), WordPieceTokenizer.miniLm());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data/" + modelFile(name), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** The model's input ids for one mention; token types are 0 up to the first [SEP], then 1. */
  public int[] inputIds(String text, int start, int end) {
    WordPieceTokenizer.Encoding e = tokenizer.encode(text, Integer.MAX_VALUE);
    WordPieceTokenizer.IntList left = new WordPieceTokenizer.IntList();
    WordPieceTokenizer.IntList inside = new WordPieceTokenizer.IntList();
    WordPieceTokenizer.IntList right = new WordPieceTokenizer.IntList();
    for (int i = 1; i < e.length() - 1; i++) { // without [CLS] and [SEP]
      int s = e.starts()[i], t = e.ends()[i];
      if (t <= start) left.add(e.ids()[i]);
      else if (s >= start && t <= end) inside.add(e.ids()[i]);
      else if (s >= end) right.add(e.ids()[i]);
    }
    int[] mention = inside.size() == 0 ? new int[] {WordPieceTokenizer.UNK}
        : Arrays.copyOf(inside.toArray(), Math.min(inside.size(), MAX_MENTION));
    int[] l = left.toArray(), r = right.toArray();
    int budget = MAX_SENTENCE - mention.length - 2;
    if (l.length + r.length > budget) { // a window around the mention
      int keepLeft = Math.min(l.length, Math.max(budget / 2, budget - r.length));
      int keepRight = budget - keepLeft;
      l = keepLeft > 0 ? Arrays.copyOfRange(l, l.length - keepLeft, l.length) : new int[0];
      r = Arrays.copyOf(r, Math.max(0, Math.min(r.length, keepRight)));
    }
    int[] ids = new int[l.length + r.length + 2 * mention.length + 6];
    int k = 0;
    ids[k++] = WordPieceTokenizer.CLS;
    for (int id : l) ids[k++] = id;
    ids[k++] = M_START;
    for (int id : mention) ids[k++] = id;
    ids[k++] = M_END;
    for (int id : r) ids[k++] = id;
    ids[k++] = WordPieceTokenizer.SEP;
    for (int id : mention) ids[k++] = id;
    ids[k++] = WordPieceTokenizer.SEP;
    return Arrays.copyOf(ids, k);
  }

  /** P(neg), P(neu), P(pos) per mention, in input order. */
  public double[][] probabilities(List<MentionEmbedder.Mention> mentions) {
    int n = mentions.size();
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      MentionEmbedder.Mention m = mentions.get(i);
      ids[i] = inputIds(m.text(), m.start(), m.end());
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
    double[][] out = new double[n][];
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      int[][] batch = new int[to - from][];
      for (int j = from; j < to; j++) batch[j - from] = ids[order[j]];
      double[][] p = run(batch);
      for (int j = from; j < to; j++) out[order[j]] = p[j - from];
    }
    return out;
  }

  private double[][] run(int[][] batch) {
    int b = batch.length, len = 0;
    for (int[] t : batch) len = Math.max(len, t.length);
    long[] ids = new long[b * len], mask = new long[b * len], types = new long[b * len];
    for (int i = 0; i < b; i++) {
      int type = 0;
      for (int j = 0; j < batch[i].length; j++) {
        ids[i * len + j] = batch[i][j];
        mask[i * len + j] = 1;
        types[i * len + j] = type;
        if (batch[i][j] == WordPieceTokenizer.SEP) type = 1;
      }
    }
    long[] shape = {b, len};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
      try (OrtSession.Result result = session.run(inputs)) {
        float[][] logits = (float[][]) result.get(0).getValue();
        double[][] p = new double[b][];
        for (int i = 0; i < b; i++) p[i] = softmax(logits[i]);
        return p;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("tone model inference failed (" + name + ")", e);
    } finally {
      for (OnnxTensor t : inputs.values()) t.close();
    }
  }

  private static double[] softmax(float[] z) {
    double max = Double.NEGATIVE_INFINITY, sum = 0;
    for (float v : z) max = Math.max(max, v);
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] - max);
    for (int i = 0; i < z.length; i++) p[i] /= sum;
    return p;
  }

  @Override
  public List<ToneScore> scoreAll(List<Request> requests) {
    List<MentionEmbedder.Mention> mentions = new ArrayList<>(requests.size());
    for (Request r : requests) mentions.add(new MentionEmbedder.Mention(r.text(), r.mentionStart(), r.mentionEnd()));
    double[][] p = probabilities(mentions);
    List<ToneScore> out = new ArrayList<>(p.length);
    for (int i = 0; i < p.length; i++) {
      List<String> evidence = new ArrayList<>(roles.evidence(mentions.get(i)));
      for (String w : lexicon.evidence(mentions.get(i))) if (!evidence.contains(w)) evidence.add(w);
      out.add(ToneScore.ofProbabilities(p[i], 0, evidence, name));
    }
    return out;
  }
}
