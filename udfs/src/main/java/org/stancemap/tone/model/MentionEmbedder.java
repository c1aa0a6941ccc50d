package org.stancemap.tone.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Target-aware sentence features from MiniLM's token states: for a text and a mention span it
 * pools the hidden states of one forward pass over named blocks of 384 numbers each.
 *
 * <ul>
 *   <li>{@code raw.*} come from the text as written: {@code raw.all} (mean of every token),
 *       {@code raw.mention} (the mention's word pieces), {@code raw.left} / {@code raw.right}
 *       (everything before / after the mention), {@code raw.left5} / {@code raw.right5} (five word
 *       pieces either side).
 *   <li>{@code mask.*} come from a second pass in which the mention's word pieces are replaced by
 *       a single {@code [MASK]}: the target is masked, so its name cannot drive the verdict, and
 *       {@code mask.mention} is what the context says about the masked slot.
 * </ul>
 * Blocks computed without the encoder may follow, in this order: {@code lex} (the lexicon scorers,
 * {@link LexiconFeatures}), {@code role} (who does what to whom, {@link RoleFeatures}) and
 * {@code bow} (hashed words around the mention, {@link WordFeatures}). Which blocks a model
 * uses is written in its model file; only the passes those blocks need run.
 * Texts are batched by length. Thread-safe.
 */
public final class MentionEmbedder {
  public static final List<String> BLOCKS = List.of("raw.all", "raw.cls", "raw.mention", "raw.left", "raw.right",
      "raw.left5", "raw.right5", "mask.all", "mask.mention", "mask.left5", "mask.right5");
  private static final int WINDOW = 5;
  /**
   * Texts per forward pass. One: the quantized model quantizes activations with one scale per
   * tensor, so a text's states would depend on the other texts in its batch; one text per pass
   * keeps every score independent of its neighbours (and reproducible), and batching measured only
   * about 1.3 times faster here.
   */
  private static final int BATCH = 1;

  /** Blocks computed without the encoder, in the order they must come. */
  public static final List<String> TAIL_BLOCKS = List.of(LexiconFeatures.BLOCK, RoleFeatures.BLOCK, WordFeatures.BLOCK,
      WordFeatures.WINDOW_BLOCK);

  /** A mention of a target in a text: character offsets, end exclusive. */
  public record Mention(String text, int start, int end) {}

  private final MiniLmEncoder encoder;
  private final List<String> blocks;
  private final List<String> embeddingBlocks;
  private final LexiconFeatures lexicon;
  private final RoleFeatures roles;
  private final WordFeatures words;
  private final boolean needsRaw;
  private final boolean needsMask;

  public MentionEmbedder(MiniLmEncoder encoder, List<String> blocks) {
    this(encoder, blocks, null);
  }

  /**
   * @param blocks embedding blocks ({@link #BLOCKS}), then any of {@code lex}
   *     ({@link LexiconFeatures}: then {@code lexicon} must not be null), {@code role}
   *     ({@link RoleFeatures}) and {@code bow} ({@link WordFeatures}) in that order
   * @param encoder may be null when no embedding block is asked for (or only {@link #featureNames} is)
   */
  public MentionEmbedder(MiniLmEncoder encoder, List<String> blocks, LexiconFeatures lexicon) {
    List<String> emb = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    for (String b : blocks) {
      if (TAIL_BLOCKS.contains(b)) {
        tail.add(b);
        continue;
      }
      if (!BLOCKS.contains(b)) {
        throw new IllegalArgumentException("unknown feature block " + b + "; known: " + BLOCKS + " and " + TAIL_BLOCKS);
      }
      if (!tail.isEmpty()) throw new IllegalArgumentException("the blocks " + TAIL_BLOCKS + " come after the embedding blocks");
      emb.add(b);
    }
    List<String> order = new ArrayList<>(TAIL_BLOCKS);
    order.retainAll(tail);
    if (!order.equals(tail)) throw new IllegalArgumentException("the blocks " + TAIL_BLOCKS + " come in that order: " + blocks);
    boolean lex = tail.contains(LexiconFeatures.BLOCK);
    if (lex && lexicon == null) throw new IllegalArgumentException("the lex block needs LexiconFeatures");
    this.encoder = encoder;
    this.blocks = List.copyOf(blocks);
    this.embeddingBlocks = List.copyOf(emb);
    this.lexicon = lex ? lexicon : null;
    this.roles = tail.contains(RoleFeatures.BLOCK) ? RoleFeatures.standard() : null;
    if (tail.contains(WordFeatures.BLOCK) && tail.contains(WordFeatures.WINDOW_BLOCK)) {
      throw new IllegalArgumentException("one of " + WordFeatures.BLOCK + " and " + WordFeatures.WINDOW_BLOCK);
    }
    this.words = tail.contains(WordFeatures.BLOCK) ? new WordFeatures(true)
        : tail.contains(WordFeatures.WINDOW_BLOCK) ? new WordFeatures(false) : null;
    this.needsRaw = emb.stream().anyMatch(b -> b.startsWith("raw."));
    this.needsMask = emb.stream().anyMatch(b -> b.startsWith("mask."));
  }

  /** Whether any block needs the MiniLM encoder. */
  public static boolean needsEncoder(List<String> blocks) {
    return blocks.stream().anyMatch(BLOCKS::contains);
  }

  public List<String> blocks() {
    return blocks;
  }

  public RoleFeatures roles() {
    return roles;
  }

  public int dimension() {
    return embeddingBlocks.size() * MiniLmEncoder.DIM + (lexicon == null ? 0 : lexicon.dimension())
        + (roles == null ? 0 : roles.dimension()) + (words == null ? 0 : words.dimension());
  }

  /** Feature names in order: {@code block_i}. */
  public List<String> featureNames() {
    List<String> names = new ArrayList<>(dimension());
    for (String b : embeddingBlocks) for (int i = 0; i < MiniLmEncoder.DIM; i++) names.add(b + "_" + i);
    if (lexicon != null) names.addAll(LexiconFeatures.NAMES);
    if (roles != null) names.addAll(roles.names());
    if (words != null) names.addAll(words.names());
    return names;
  }

  /** The word-piece span [first, end) of the mention in an encoding, or null when no piece overlaps it. */
  static int[] mentionSpan(WordPieceTokenizer.Encoding e, int start, int end) {
    int first = -1, last = -1;
    for (int k = 0; k < e.length(); k++) {
      if (e.starts()[k] < 0) continue;
      if (e.ends()[k] > start && e.starts()[k] < end) {
        if (first < 0) first = k;
        last = k + 1;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /** The encoding with the mention's word pieces replaced by a single {@code [MASK]}. */
  static WordPieceTokenizer.Encoding maskMention(WordPieceTokenizer.Encoding e, int[] span, int start, int end) {
    if (span == null) return e;
    int n = e.length() - (span[1] - span[0]) + 1;
    int[] ids = new int[n], st = new int[n], en = new int[n];
    int p = 0;
    for (int k = 0; k < e.length(); k++) {
      if (k > span[0] && k < span[1]) continue;
      if (k == span[0]) {
        ids[p] = WordPieceTokenizer.MASK;
        st[p] = start;
        en[p] = end;
      } else {
        ids[p] = e.ids()[k];
        st[p] = e.starts()[k];
        en[p] = e.ends()[k];
      }
      p++;
    }
    return new WordPieceTokenizer.Encoding(ids, st, en);
  }

  /** Features of each mention, {@link #dimension()} numbers each, in input order. */
  public double[][] features(List<Mention> mentions) {
    return features(mentions, null);
  }

  /**
   * {@link #features(List)}, and when {@code evidence} is not null, per mention what the {@code role}
   * and {@code lex} blocks found while computing their numbers ("agent of: shelled", then the
   * lexicon words near the mention), so a scorer need not find them again.
   */
  public double[][] features(List<Mention> mentions, List<List<String>> evidence) {
    if (encoder == null && !embeddingBlocks.isEmpty()) {
      throw new IllegalStateException("embedding blocks " + embeddingBlocks + " need the MiniLM encoder");
    }
    int n = mentions.size();
    List<WordPieceTokenizer.Encoding> raw = new ArrayList<>(n), masked = new ArrayList<>(n);
    int[][] spans = new int[n][];
    for (Mention m : mentions) {
      if (encoder == null) break;
      WordPieceTokenizer.Encoding e = encoder.tokenize(m.text());
      int[] span = mentionSpan(e, m.start(), m.end());
      spans[raw.size()] = span;
      raw.add(e);
      masked.add(maskMention(e, span, m.start(), m.end()));
    }
    float[][][] rawStates = needsRaw ? runDistinct(raw, mentions) : null;
    float[][][] maskStates = needsMask ? run(masked) : null;
    double[][] out = new double[n][dimension()];
    for (int i = 0; i < n; i++) {
      // No word piece of the mention (truncated away, or not a word): the whole text stands in.
      int[] s = encoder == null ? null : spans[i] != null ? spans[i] : new int[] {1, Math.max(1, raw.get(i).length() - 1)};
      int off = 0;
      for (String b : embeddingBlocks) {
        float[][] h = b.startsWith("raw.") ? rawStates[i] : maskStates[i];
        int len = h.length;
        int ms = s[0];
        int me = b.startsWith("raw.") || spans[i] == null ? Math.min(s[1], len - 1) : ms + 1;
        switch (b) {
          case "raw.all", "mask.all" -> mean(h, 0, len, out[i], off);
          case "raw.cls" -> mean(h, 0, 1, out[i], off);
          case "raw.mention", "mask.mention" -> mean(h, ms, Math.max(me, ms + 1), out[i], off);
          case "raw.left" -> mean(h, 1, ms, out[i], off);
          case "raw.right" -> mean(h, me, len - 1, out[i], off);
          case "raw.left5", "mask.left5" -> mean(h, Math.max(1, ms - WINDOW), ms, out[i], off);
          case "raw.right5", "mask.right5" -> mean(h, me, Math.min(len - 1, me + WINDOW), out[i], off);
          default -> throw new IllegalStateException(b);
        }
        off += MiniLmEncoder.DIM;
      }
      List<String> lexWords = List.of();
      if (lexicon != null) {
        lexWords = lexicon.features(mentions.get(i), out[i], off);
        off += lexicon.dimension();
      }
      List<org.stancemap.tone.roles.Role> found = List.of();
      if (roles != null) {
        found = roles.features(mentions.get(i), out[i], off);
        off += roles.dimension();
      }
      if (evidence != null) {
        List<String> e = new ArrayList<>(found.size() + lexWords.size());
        for (org.stancemap.tone.roles.Role r : found) e.add(r.evidence());
        for (String w : lexWords) if (!e.contains(w)) e.add(w);
        evidence.add(e);
      }
      if (words != null) words.features(mentions.get(i), out[i], off);
    }
    return out;
  }

  private static void mean(float[][] h, int from, int to, double[] out, int off) {
    if (to <= from) return; // empty window: zeros
    for (int k = from; k < to; k++) {
      float[] row = h[k];
      for (int j = 0; j < MiniLmEncoder.DIM; j++) out[off + j] += row[j];
    }
    double inv = 1.0 / (to - from);
    for (int j = 0; j < MiniLmEncoder.DIM; j++) out[off + j] *= inv;
  }

  /** Runs each distinct text once (a statement naming several targets needs one raw pass). */
  private float[][][] runDistinct(List<WordPieceTokenizer.Encoding> encodings, List<Mention> mentions) {
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    List<WordPieceTokenizer.Encoding> distinct = new ArrayList<>();
    int[] index = new int[encodings.size()];
    for (int i = 0; i < index.length; i++) {
      Integer k = first.putIfAbsent(mentions.get(i).text(), distinct.size());
      if (k == null) {
        k = distinct.size();
        distinct.add(encodings.get(i));
      }
      index[i] = k;
    }
    float[][][] states = run(distinct);
    float[][][] out = new float[index.length][][];
    for (int i = 0; i < index.length; i++) out[i] = states[index[i]];
    return out;
  }

  /** Runs the encodings in length-sorted batches; returns states in input order. */
  private float[][][] run(List<WordPieceTokenizer.Encoding> encodings) {
    int n = encodings.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> encodings.get(i).length()));
    float[][][] out = new float[n][][];
    for (int s = 0; s < n; s += BATCH) {
      List<WordPieceTokenizer.Encoding> batch = new ArrayList<>(BATCH);
      for (int k = s; k < Math.min(n, s + BATCH); k++) batch.add(encodings.get(order[k]));
      float[][][] states = encoder.encode(batch);
      for (int k = 0; k < states.length; k++) out[order[s + k]] = states[k];
    }
    return out;
  }
}
