package org.stancemap.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.ingest.ArticleParser;

/** The benchmark corpus: deterministic, news-like in length, quotes, outlets and dates. Plain Java, no Spark. */
class CorpusGeneratorTest {
  private static CorpusGenerator generator;

  @BeforeAll
  static void load() {
    // the samples only, so the test does not depend on the shared NewsMTSC folder
    generator = new CorpusGenerator(TextPool.load(Path.of("../data/samples"), null));
  }

  @Test
  void sameSeedSameArticleDifferentSeedDifferentArticle() {
    assertEquals(generator.article(7, 123), generator.article(7, 123));
    assertNotEquals(generator.article(7, 123).text(), generator.article(8, 123).text());
    assertNotEquals(generator.article(7, 123).text(), generator.article(7, 124).text());
  }

  @Test
  void lengthsQuotesOutletsAndDatesLookLikeNews() {
    int n = 1500;
    int[] words = new int[n];
    Set<String> outlets = new HashSet<>();
    Set<String> years = new HashSet<>();
    Set<String> ids = new HashSet<>();
    int withDirectQuote = 0;
    int withCue = 0;
    for (int i = 0; i < n; i++) {
      CorpusGenerator.Article a = generator.article(42, i);
      words[i] = ArticleParser.countWords(a.text());
      outlets.add(a.outlet());
      years.add(a.published().substring(0, 4));
      ids.add(ArticleParser.articleId(a.text()));
      if (a.text().matches("(?s).*[\"“][^\"“”]{10,}[,.?!]?[\"”].*")) withDirectQuote++;
      if (a.text().matches("(?s).*\\b(said|told reporters|according to)\\b.*")) withCue++;
      assertTrue(a.url().startsWith("https://www."), a.url());
      assertTrue(a.title() != null && !a.title().isBlank());
    }
    Arrays.sort(words);
    int median = words[n / 2];
    assertTrue(median >= 520 && median <= 700, "median words " + median);
    assertTrue(words[0] >= CorpusGenerator.MIN_WORDS, "shortest " + words[0]);
    assertTrue(words[n - 1] <= CorpusGenerator.MAX_WORDS + 150, "longest " + words[n - 1]);
    assertTrue(words[(int) (n * 0.99)] > 2000, "p99 " + words[(int) (n * 0.99)]);
    assertTrue(withDirectQuote > n * 0.9, "articles with a direct quote: " + withDirectQuote);
    assertTrue(withCue > n * 0.9, "articles with a cue verb: " + withCue);
    assertTrue(outlets.size() >= 8, "outlets " + outlets);
    assertTrue(years.size() >= 8, "years " + years);
    assertEquals(n, ids.size(), "every article is distinct for ingestion's duplicate check");
  }

  @Test
  void writesIdenticalShardsForTheSameSeed(@TempDir Path tmp) throws Exception {
    CorpusGenerator.Description d = generator.write(120, 5, 4, tmp.resolve("a"));
    generator.write(120, 5, 4, tmp.resolve("b"));
    try (var files = Files.list(tmp.resolve("a"))) {
      List<Path> shards = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
      assertEquals(4, shards.size());
      long lines = 0;
      ObjectMapper json = new ObjectMapper();
      for (Path shard : shards) {
        assertArrayEquals(Files.readAllBytes(shard), Files.readAllBytes(tmp.resolve("b").resolve(shard.getFileName())));
        for (String line : Files.readAllLines(shard, StandardCharsets.UTF_8)) {
          JsonNode r = json.readTree(line);
          for (String f : List.of("file", "outlet", "url", "published", "title", "text")) assertTrue(r.hasNonNull(f), f + " in " + line);
          lines++;
        }
      }
      assertEquals(120, lines);
    }
    assertEquals(120, d.articles());
    assertTrue(d.words() > 120 * 400L);
    assertTrue(Files.exists(tmp.resolve("a").resolve(CorpusGenerator.DESCRIPTION_FILE)));
  }

  @Test
  void limitsCorpusHasHugeArticles() {
    String big = generator.concatenated(1, 5_000_000);
    int bytes = big.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes > 4_900_000 && bytes <= 5_000_000, "bytes " + bytes);
    assertTrue(bytes <= ArticleParser.DEFAULT_MAX_BYTES);
    assertEquals(100_000, CorpusGenerator.countQuoteMarks(generator.quoteStorm(1, 100_000)));
  }
}
