package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading piece by piece ({@link BoundedSentenceDetector}) keeps the detector's own bounds: every
 * paragraph of {@code data/samples/} and the held-out sets is under {@link BoundedSentenceDetector#DEFAULT_CHUNK}
 * characters (the job reads it whole), and read with chunks of 500 to 4,000 characters, which cut
 * the articles, with their line breaks removed, inside one long paragraph, few bounds of the
 * paragraph read whole are lost.
 */
class BoundedSentenceDetectorTest {

  /** The articles: the samples and every held-out article. */
  static List<Path> articles() {
    try {
      List<Path> out = new ArrayList<>();
      try (Stream<Path> s = Files.list(Path.of("..", "data", "samples"))) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
      try (Stream<Path> s = Files.walk(Path.of("src", "test", "resources"))) {
        s.filter(p -> p.getParent().getFileName().toString().startsWith("heldout") && p.toString().endsWith(".txt")).sorted()
            .forEach(out::add);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each paragraph read whole, however long. */
  private static SentenceDetector whole() {
    return bounded(Integer.MAX_VALUE);
  }

  private static SentenceDetector bounded(int chunk) {
    SentenceDetector d = new BoundedSentenceDetector("test", chunk);
    d.setUseAbbreviations(false);
    return d;
  }

  /** Sentence bounds (starts and ends) of the refined sentences (what the job uses) of {@code tv}. */
  private static Set<Integer> bounds(TextView tv, SentenceDetector d) {
    Set<Integer> out = new TreeSet<>();
    for (int[] x : Sentences.refine(tv, Sentences.spans(d.tag(Sentences.detectorInput(tv.view()))))) {
      out.add(x[0]);
      out.add(x[1]);
    }
    return out;
  }

  /**
   * Every article, as written and as one paragraph (its line breaks made spaces), with chunks of
   * {@code chunk} characters: at most {@code lostAllowed} sentence bounds of each paragraph read whole
   * are lost and at most {@code extra} bounds are added in all. Paragraphs are read one at a time
   * whatever the chunk, so only paragraphs longer than a chunk (the one-paragraph versions, and a few
   * long paragraphs at 500 characters) differ. What differs: the detector pairs quote marks over any
   * distance inside what it reads, so a window starting inside or after a quotation can pair them
   * differently (dialogue paragraphs ""..., she said. "Is that ...?"", curly quotes, a live blog). The
   * allowances are the counts measured on these folders (later gold sets are left out, so they do not
   * move them); a change that loses or adds one bound more fails.
   */
  @ParameterizedTest
  @CsvSource({"4000, 8, 2", "2000, 46, 8", "1000, 94, 10", "500, 182, 24"})
  void smallChunksKeepEveryBoundOfTheWholeText(int chunk, int extra, int lostAllowed) throws IOException {
    SentenceDetector whole = whole(), bounded = bounded(chunk);
    // the folders the allowances were measured on: a gold set added later does not move them
    java.util.Set<String> measured = java.util.Set.of("samples", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
        "heldout6", "heldout7", "heldout8", "heldout9", "heldout10");
    List<Path> articles = articles().stream().filter(p -> measured.contains(p.getParent().getFileName().toString())).toList();
    assertTrue(articles.size() >= 70, "articles: " + articles.size());
    int longer = 0, added = 0;
    List<String> lost = new ArrayList<>();
    for (Path p : articles) {
      String text = Files.readString(p);
      for (TextView tv : List.of(TextView.of(text), TextView.of(text.replaceAll("\\s+", " ")))) {
        if (tv.length() > chunk) longer++;
        Set<Integer> expected = bounds(tv, whole), actual = bounds(tv, bounded);
        for (int b : expected) if (!actual.contains(b)) lost.add(p + " at " + b);
        for (int b : actual) if (!expected.contains(b)) added++;
      }
    }
    System.out.println("chunks of " + chunk + ": " + lost.size() + " bounds lost, " + added + " added");
    assertTrue(lost.size() <= lostAllowed, "bounds lost with chunks of " + chunk + ": " + lost);
    assertTrue(added <= extra, added + " bounds added with chunks of " + chunk);
    assertTrue(longer >= 4, "only " + longer + " texts were cut");
  }

  @Test
  void paragraphsTheJobReadsAreReadWhole() throws IOException {
    // the detector reads one paragraph at a time: every paragraph of the measured articles fits one chunk
    for (Path p : articles()) {
      TextView tv = TextView.of(Files.readString(p));
      for (int i = 0; i < tv.paragraphCount(); i++) {
        assertTrue(tv.paragraphEnd(i) - tv.paragraphStart(i) <= BoundedSentenceDetector.DEFAULT_CHUNK, p + ", paragraph " + i);
      }
    }
  }

  @Test
  void offsetsPointAtTheSentenceInTheWholeText() {
    String text = "First one here. " + "A sentence of a paragraph, said Mr. Okafor. ".repeat(40) + "\n\n" + "Next. ".repeat(300);
    String in = Sentences.detectorInput(text);
    Sentence[] s = bounded(300).tag(in);
    assertTrue(s.length > 300, "sentences: " + s.length);
    for (Sentence x : s) assertEquals(x.content(), in.substring(x.start(), x.end() + 1));
  }

  @Test
  void aSentenceLongerThanAChunkIsCutAtTheChunk() {
    String longest = "word ".repeat(1000).trim() + ".";
    Sentence[] s = bounded(1000).tag(longest + " Short one.");
    for (Sentence x : s) assertTrue(x.end() - x.start() + 1 <= 1000, "a sentence of " + (x.end() - x.start() + 1));
    assertEquals("Short one.", s[s.length - 1].content());
  }

  @Test
  void neverCutsASurrogatePair() {
    String text = "\uD83D\uDE00".repeat(3000);
    for (Sentence x : bounded(1001).tag(text)) {
      assertTrue(!Character.isLowSurrogate(text.charAt(x.start())), "starts inside a pair at " + x.start());
      assertTrue(!Character.isHighSurrogate(text.charAt(x.end())), "ends inside a pair at " + x.end());
    }
  }

  /** Sentences are numbered across the text, as one call over it numbers them, though each paragraph is read alone. */
  @Test
  void sentencesAreNumberedAcrossParagraphs() {
    Sentence[] s = bounded(1000).tag("One here. Two here.\nThree here.\nFour here. Five here.");
    assertTrue(s.length >= 5, "sentences: " + s.length);
    for (int i = 0; i < s.length; i++) assertEquals(i, s[i].index(), "sentence " + i + ": " + s[i].content());
  }

  /**
   * A blank paragraph (spaces, tabs, line ends) is not handed to the detector: what the detector makes
   * of every such text is one empty sentence, the same whatever its length, so the bounded detector
   * gives, paragraph for paragraph, what the detector gives for each one alone.
   */
  @Test
  void blankParagraphsAreWhatTheDetectorMakesOfThem() {
    SentenceDetector plain = new SentenceDetector();
    plain.setUseAbbreviations(false);
    java.util.Random r = new java.util.Random(11);
    for (int n = 0; n < 300; n++) {
      StringBuilder ws = new StringBuilder();
      for (int k = r.nextInt(12); k >= 0; k--) ws.append(" \t\r".charAt(r.nextInt(3)));
      String para = ws + (r.nextBoolean() ? "\n" : "");
      Sentence[] expected = plain.tag(para), got = whole().tag(para);
      assertEquals(expected.length, got.length, "[" + para + "]");
      for (int i = 0; i < got.length; i++) {
        assertEquals(List.of(expected[i].content(), expected[i].start(), expected[i].end(), expected[i].index(), expected[i].metadata()),
            List.of(got[i].content(), got[i].start(), got[i].end(), got[i].index(), got[i].metadata()), "[" + para + "]");
      }
    }
    // between paragraphs: numbered and placed as the detector read them one by one
    Sentence[] s = whole().tag("One here.\n \t\nTwo here.");
    assertEquals(List.of("One here.", "", "", "Two here."), Stream.of(s).map(Sentence::content).toList());
    assertEquals(List.of(10, 9), List.of(s[2].start(), s[2].end())); // the blank paragraph " \t\n" at 10
  }
}
