package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.RejectColumns;

class IngestJobTest {
  static final Path SAMPLES = Path.of("..", "data", "samples").toAbsolutePath().normalize();
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.get();
  }

  @Test
  void samplesBecomeFiveArticlesWithTheManifestsOutlets(@TempDir Path out) throws Exception {
    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(List.of(SAMPLES.toString()), out.toString(), 5_000_000), quiet());
    assertEquals(5, s.articles());
    assertEquals(0, s.rejected());
    Map<String, Row> bySource = spark.read().parquet(out.resolve("articles").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> Path.of(r.<String>getAs(ArticleColumns.SOURCE_FILE)).getFileName().toString(), r -> r));
    assertEquals(5, bySource.size());
    Row moscow = bySource.get("001_d7a4cbbd8c306e23.txt");
    assertEquals("The Moscow Times", moscow.getAs(ArticleColumns.OUTLET));
    assertEquals("manifest", moscow.getAs(ArticleColumns.OUTLET_SOURCE));
    assertEquals("2020-03-05", moscow.getAs(ArticleColumns.PUBLISHED).toString());
    assertEquals("Putin, Erdogan Seek to Ease Syria Tensions at High-Stakes Talks", moscow.getAs(ArticleColumns.TITLE));
    Row unknown = bySource.get("000_7d54c70991586ef4.txt");
    assertEquals("unknown", unknown.getAs(ArticleColumns.OUTLET_SOURCE));
    assertTrue(((Integer) unknown.getAs(ArticleColumns.N_WORDS)) > 400);
    assertEquals(ArticleColumns.SCHEMA.fieldNames().length, moscow.size());

    // another engine reads the table
    List<Object> outlets = DuckDb.column(out.resolve("articles").toString(), "SELECT outlet FROM ?table WHERE outlet IS NOT NULL ORDER BY outlet");
    assertEquals(List.of("International Business Times Australia", "Los Angeles Times", "The Moscow Times", "ZeroHedge"), outlets);
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("_staging")), "no staging folder left behind");
    }
  }

  @Test
  void badInputIsSetAsideWithReasonsAndTheRunGoesOn(@TempDir Path in, @TempDir Path out) throws Exception {
    Files.copy(SAMPLES.resolve("001_d7a4cbbd8c306e23.txt"), in.resolve("good.txt"));
    Files.copy(SAMPLES.resolve("001_d7a4cbbd8c306e23.txt"), in.resolve("same-article-again.txt"));
    Files.writeString(in.resolve("manifest.jsonl"), "{\"file\": \"good.txt\", \"outlet\": \"The Moscow Times\"}\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(in.resolve("latin1.txt"), "Erdo\u011fan said caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("huge.txt"), "Syria. ".repeat(1500));
    Files.writeString(in.resolve("records.jsonl"), String.join("\n",
        "{\"file\": \"a1\", \"outlet\": \"RT\", \"published\": \"2020-03-06\", \"text\": \"Moscow and Ankara agreed on a ceasefire in Idlib.\"}",
        "{\"file\": \"a2\", \"outlet\": \"RT\", \"text\": ",
        "{\"file\": \"a3\", \"outlet\": \"RT\"}",
        "") + "\n");
    Files.writeString(in.resolve("records.csv"), "file,outlet,published,text\n"
        + "c1,TASS,2020-03-07,\"Lavrov said the talks were \"\"useful\"\".\nThey went on.\"\n");

    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(List.of(in.toString()), out.toString(), 10_000), quiet());
    Map<String, String> reasons = spark.read().parquet(out.resolve("rejects").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs(RejectColumns.SOURCE).replaceAll(".*/", ""), r -> r.getAs(RejectColumns.REASON)));
    assertEquals(Map.of("empty.txt", "empty", "image.txt", "binary", "latin1.txt", "invalid_utf8", "huge.txt", "too_large",
        "records.jsonl", "bad_json", "records.jsonl#a3", "missing_text"), reasons);
    assertEquals(6, s.rejected());
    assertEquals(1, s.duplicates());
    assertEquals(3, s.articles());
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("source_file").collectAsList();
    assertTrue(articles.stream().allMatch(r -> r.<String>getAs("source_file").startsWith(in.toString())), "local paths, no scheme");
    assertEquals(List.of("good.txt", "records.csv#c1", "records.jsonl#a1"),
        articles.stream().map(r -> r.<String>getAs("source_file").replaceAll(".*/", "")).toList());
    Row csv = articles.get(1);
    assertEquals("TASS", csv.getAs("outlet"));
    assertEquals("Lavrov said the talks were \"useful\".\nThey went on.", csv.getAs("text"));
    assertEquals("2020-03-06", articles.get(2).getAs("published").toString());
  }

  @Test
  void identicalRecordsOfOneSourceKeepExactlyOneArticle(@TempDir Path in, @TempDir Path out) throws Exception {
    String record = "{\"outlet\": \"RT\", \"text\": \"Moscow and Ankara agreed on a ceasefire in Idlib.\"}";
    Files.writeString(in.resolve("again.jsonl"), String.join("\n", record, record, record,
        "{\"outlet\": \"TASS\", \"text\": \"Lavrov met Cavusoglu.\"}") + "\n");
    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(List.of(in.toString()), out.toString(), 10_000), quiet());
    assertEquals(2, s.articles());
    assertEquals(2, s.duplicates());
    assertEquals(2, spark.read().parquet(out.resolve("articles").toString()).count());
  }

  @Test
  void aNewFilesCopyOfAReusedArticleIsDroppedWhateverTheRowNumbers(@TempDir Path in) throws Exception {
    // an incremental run reuses the rows of unchanged files, numbered by the ingestion that read
    // them: a row read now may carry the same number, and only its source tells the two apart
    String text = "Moscow and Ankara agreed on a ceasefire in Idlib, the Turkish defence ministry said on Monday.";
    Path old = Files.writeString(in.resolve("a-old.txt"), text);
    Path fresh = Files.writeString(in.resolve("b-new.txt"), text);
    var conf = spark.sparkContext().hadoopConfiguration();
    java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
    IngestJob.Result freshAlone = IngestJob.ingest(spark, InputFiles.expand(List.of(fresh.toString()), conf), 10_000, now,
        IngestJob.Reuse.none(spark));
    long freshRow = freshAlone.fileRows().first().getAs(IngestJob.ROW);
    IngestJob.Result oldAlone = IngestJob.ingest(spark, InputFiles.expand(List.of(old.toString()), conf), 10_000, now,
        IngestJob.Reuse.none(spark));
    String oldPath = oldAlone.fileRows().first().getAs(IngestJob.INPUT);
    var oldRows = oldAlone.fileRows().withColumn(IngestJob.ROW, org.apache.spark.sql.functions.lit(freshRow));
    IngestJob.Result both = IngestJob.ingest(spark, InputFiles.expand(List.of(in.toString()), conf), 10_000, now,
        new IngestJob.Reuse(java.util.Set.of(oldPath), oldRows));
    List<Row> articles = both.articles().collectAsList();
    assertEquals(1, articles.size(), articles.toString());
    assertEquals(1, both.duplicates());
    assertTrue(articles.get(0).<String>getAs(ArticleColumns.SOURCE_FILE).endsWith("a-old.txt"), articles.toString());
    for (IngestJob.Result r : List.of(freshAlone, oldAlone, both)) {
      r.articles().unpersist();
      r.fileRows().unpersist();
    }
  }

  @Test
  void aMissingInputIsAClearError(@TempDir Path out) {
    InputNotFoundException e = assertThrows(InputNotFoundException.class, () -> Pipeline.ingest(spark,
        new Pipeline.Options(List.of(out.resolve("nope/*.txt").toString()), out.toString(), 1000), quiet()));
    assertTrue(e.getMessage().contains("nope"));
    assertFalse(Files.exists(out.resolve("articles")));
  }

  @Test
  void specialFilesAndBrokenSymlinksAreRejectedNeverOpenedAndLoopsReadOnce(@TempDir Path in, @TempDir Path out) throws Exception {
    Path sub = Files.createDirectories(in.resolve("sub"));
    Files.copy(SAMPLES.resolve("001_d7a4cbbd8c306e23.txt"), sub.resolve("good.txt"));
    mkfifo(in.resolve("pipe.txt"));
    mkfifo(in.resolve("pipe.jsonl"));
    mkfifo(in.resolve(InputFiles.MANIFEST)); // read beside text files: must not block either
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
    Files.createSymbolicLink(in.resolve("loop-a.txt"), in.resolve("loop-b.txt"));
    Files.createSymbolicLink(in.resolve("loop-b.txt"), in.resolve("loop-a.txt"));
    Files.createSymbolicLink(sub.resolve("up"), in); // sub/up/sub/up/... must not be followed again

    // a FIFO that is opened blocks until a writer comes: a hang fails the test instead of stalling it
    Pipeline.Summary s = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(3),
        () -> Pipeline.ingest(spark, new Pipeline.Options(List.of(in.toString()), out.toString(), 5_000_000), quiet()));
    Map<String, String> reasons = spark.read().parquet(out.resolve("rejects").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> in.relativize(Path.of(r.<String>getAs(RejectColumns.SOURCE))).toString(),
            r -> r.getAs(RejectColumns.REASON)));
    assertEquals(Map.of("pipe.txt", "not_a_regular_file", "pipe.jsonl", "not_a_regular_file",
        InputFiles.MANIFEST, "not_a_regular_file", "dangling.txt", "broken_symlink", "loop-a.txt", "broken_symlink",
        "loop-b.txt", "broken_symlink", "sub/up", "symlink_loop"), reasons);
    assertEquals(7, s.rejected());
    assertEquals(1, s.articles());
    assertEquals(0, s.duplicates(), "the folder behind the loop is read once");
  }

  @Test
  void latin1RecordsAndNonStringTextAreRejectedNotReplacedByUFFFD(@TempDir Path in, @TempDir Path out) throws Exception {
    Files.write(in.resolve("mixed.jsonl"), String.join("\n",
        "{\"file\": \"ok\", \"text\": \"Erdo\u011fan met Putin in Moscow.\"}",
        "{\"file\": \"latin1\", \"text\": \"Lavrov said caf\u00e9 talks went well.\"}",
        "{\"file\": \"number\", \"text\": 42}",
        "{\"file\": \"boolean\", \"text\": true}").getBytes(StandardCharsets.UTF_8));
    // the second line in Latin-1: one byte 0xE9 where UTF-8 has two
    byte[] jsonl = Files.readAllBytes(in.resolve("mixed.jsonl"));
    String asText = new String(jsonl, StandardCharsets.UTF_8);
    int lineStart = asText.indexOf("{\"file\": \"latin1\"");
    int lineEnd = asText.indexOf('\n', lineStart);
    byte[] latin1Line = asText.substring(lineStart, lineEnd).getBytes(StandardCharsets.ISO_8859_1);
    byte[] before = asText.substring(0, lineStart).getBytes(StandardCharsets.UTF_8);
    byte[] after = asText.substring(lineEnd).getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(before);
    all.write(latin1Line);
    all.write(after);
    Files.write(in.resolve("mixed.jsonl"), all.toByteArray());
    Files.write(in.resolve("latin1.csv"), "file,text\nc1,\"Lavrov said caf\u00e9 talks went well.\"\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("good.csv"), "file,text\nc2,\"Cavusoglu said the caf\u00e9 was closed.\"\n");

    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(List.of(in.toString()), out.toString(), 10_000), quiet());
    List<Row> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
    Map<String, String> reasons = rejects.stream()
        .collect(Collectors.toMap(r -> r.<String>getAs(RejectColumns.SOURCE).replaceAll(".*/", ""), r -> r.getAs(RejectColumns.REASON)));
    assertEquals(Map.of("mixed.jsonl", "invalid_utf8", "mixed.jsonl#number", "wrong_type", "mixed.jsonl#boolean", "wrong_type",
        "latin1.csv", "invalid_utf8"), reasons);
    assertTrue(rejects.stream().filter(r -> "wrong_type".equals(r.getAs(RejectColumns.REASON)))
        .allMatch(r -> r.<String>getAs(RejectColumns.DETAIL).contains("'text'")), "the detail names the field");
    assertEquals(4, s.rejected());
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("source_file").collectAsList();
    assertEquals(List.of("good.csv#c2", "mixed.jsonl#ok"),
        articles.stream().map(r -> r.<String>getAs("source_file").replaceAll(".*/", "")).toList());
    assertTrue(articles.stream().noneMatch(r -> r.<String>getAs("text").contains("\uFFFD")), "no replacement characters");
    assertTrue(articles.get(0).<String>getAs("text").contains("caf\u00e9"));
  }

  /**
   * Issue 15: a pretty-printed JSON array, a .json file holding one object over many lines, gzip
   * inputs of each kind, and a CSV row with an unbalanced quote (which used to swallow the next
   * row without a trace), in one run.
   */
  @Test
  void jsonArraysMultiLineObjectsGzipAndBrokenCsvRowsAreReadOrAccountedFor(@TempDir Path in, @TempDir Path out) throws Exception {
    Files.writeString(in.resolve("array.json"), """
        [
          {
            "file": "j1",
            "outlet": "RT",
            "published": "2020-03-06",
            "text": "Moscow and Ankara agreed on a ceasefire in Idlib."
          },
          {
            "file": "j2",
            "text": "Erdogan said the talks\\nwent well."
          },
          42
        ]
        """);
    Files.writeString(in.resolve("one.json"), "{\n  \"file\": \"o1\",\n  \"outlet\": \"TASS\",\n  \"text\": \"Lavrov met Cavusoglu in Moscow.\"\n}\n");
    gzip(in.resolve("lines.jsonl.gz"), "{\"file\": \"g1\", \"text\": \"Putin called Erdogan on Tuesday.\"}\n{\"file\": \"g2\", \"text\": \n");
    gzip(in.resolve("story.txt.gz"), "Syria's army shelled the town, the observatory said.\n");
    gzip(in.resolve("rows.csv.gz"), "file,outlet,text\nz1,RIA,\"Shoigu said \"\"enough\"\".\"\n");
    Files.writeString(in.resolve("broken.csv"), "file,text\nb1,\"An unbalanced quote\nb2,\"The next article survives.\"\n");
    byte[] truncated = gzipBytes("{\"file\": \"t1\", \"text\": \"Cut short.\"}\n".repeat(500));
    Files.write(in.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(truncated, truncated.length - 20));
    Files.write(in.resolve("archive.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});

    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(List.of(in.toString()), out.toString(), 10_000), quiet());
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("source_file").collectAsList();
    assertEquals(List.of("array.json#j1", "array.json#j2", "broken.csv#b2", "lines.jsonl.gz#g1", "one.json#o1", "rows.csv.gz#z1",
            "story.txt.gz", "truncated.jsonl.gz#t1"),
        articles.stream().map(r -> r.<String>getAs("source_file").replaceAll(".*/", "")).toList(),
        () -> spark.read().parquet(out.resolve("rejects").toString()).collectAsList().toString());
    Map<String, Row> bySource = articles.stream().collect(Collectors.toMap(r -> r.<String>getAs("source_file").replaceAll(".*/", ""), r -> r));
    assertEquals("RT", bySource.get("array.json#j1").getAs("outlet"));
    assertEquals("2020-03-06", bySource.get("array.json#j1").getAs("published").toString());
    assertEquals("Erdogan said the talks\nwent well.", bySource.get("array.json#j2").getAs("text"));
    assertEquals("TASS", bySource.get("one.json#o1").getAs("outlet"));
    assertEquals("Shoigu said \"enough\".", bySource.get("rows.csv.gz#z1").getAs("text"));
    assertEquals("The next article survives.", bySource.get("broken.csv#b2").getAs("text"));
    assertTrue(bySource.get("story.txt.gz").<String>getAs("text").startsWith("Syria's army"));

    List<String> rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList().stream()
        .map(r -> r.<String>getAs(RejectColumns.SOURCE).replaceAll(".*/", "") + " " + r.getAs(RejectColumns.REASON) + " "
            + r.getAs(RejectColumns.DETAIL)).sorted().toList();
    assertEquals(5, rejects.size(), String.join("\n", rejects));
    assertTrue(rejects.get(0).startsWith("archive.zip binary"), rejects.get(0));
    assertTrue(rejects.get(1).startsWith("array.json bad_json line 12: not a JSON object: 42"), rejects.get(1));
    assertTrue(rejects.get(2).startsWith("broken.csv bad_csv_row line 2: "), rejects.get(2));
    assertTrue(rejects.get(3).startsWith("lines.jsonl.gz bad_json line 2: an object that is not closed"), rejects.get(3));
    assertTrue(rejects.get(4).startsWith("truncated.jsonl.gz unreadable "), rejects.get(4));
    assertEquals(5, s.rejected());
  }

  private static byte[] gzipBytes(String text) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(b)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  private static void gzip(Path p, String text) throws IOException {
    Files.write(p, gzipBytes(text));
  }

  @Test
  void anInputWithoutArticlesStopsBeforeReplacingTheTablesUnlessAllowed(@TempDir Path in, @TempDir Path out) throws Exception {
    Pipeline.ingest(spark, new Pipeline.Options(List.of(SAMPLES.toString()), out.toString(), 5_000_000), quiet());
    Path empty = Files.createDirectories(in.resolve("empty"));
    Path allRejected = Files.createDirectories(in.resolve("all-rejected"));
    Files.write(allRejected.resolve("blank.txt"), new byte[0]);
    for (Path input : List.of(empty, allRejected)) {
      InputNotFoundException e = assertThrows(InputNotFoundException.class, () -> Pipeline.ingest(spark,
          new Pipeline.Options(List.of(input.toString()), out.toString(), 5_000_000), quiet()));
      assertTrue(e.getMessage().contains("--allow-empty"), e.getMessage());
      assertEquals(5, spark.read().parquet(out.resolve("articles").toString()).count(), "previous articles untouched");
      assertEquals(0, spark.read().parquet(out.resolve("rejects").toString()).count(), "previous rejects untouched");
    }
    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(List.of(allRejected.toString()), out.toString(), 5_000_000,
        ToneJob.Config.defaults(), AggregateJob.Options.defaults(), true), quiet());
    assertEquals(0, s.articles());
    assertEquals(0, spark.read().parquet(out.resolve("articles").toString()).count(), "--allow-empty writes empty tables");
    assertEquals(1, spark.read().parquet(out.resolve("rejects").toString()).count());
  }

  /** A named pipe at {@code p}; the test is skipped where mkfifo does not exist. */
  /** Names with characters that paths, URIs, globs and consoles treat specially: each file is read. */
  static final List<String> ODD_NAMES = List.of("colon:name.txt", "[brackets].txt", "{braces}.txt", "hash#name.txt", "per%cent.txt",
      "with space.txt", "new\nline.txt", "control\u0001char.txt", "tab\tname.txt", "star*question?.txt", "back\\slash.txt");

  private static String sentence(int day) {
    return "Moscow and Ankara agreed on a ceasefire in Idlib, officials said on day " + day + ".";
  }

  @Test
  void oddFileNamesHiddenNamesAndUtf16AreReadOrRejectedWithAReason(@TempDir Path in, @TempDir Path out) throws Exception {
    int day = 0;
    for (String name : ODD_NAMES) Files.writeString(in.resolve(name), sentence(day++));
    // JSON Lines: a plain name goes through Spark's line reader, an odd one through the record reader
    Files.writeString(in.resolve("odd [1] #2 %3:4.jsonl"), "{\"file\": \"j1\", \"text\": \"" + sentence(day++) + "\"}\n");
    Files.writeString(in.resolve("plain.jsonl"), "{\"file\": \"j2\", \"text\": \"" + sentence(day++) + "\"}\n");
    // hidden names inside the folder: a reject line each, but not Hadoop's own files
    Files.writeString(in.resolve("_draft.txt"), sentence(day++));
    Files.writeString(in.resolve(".notes.jsonl"), "{\"file\": \"n1\", \"text\": \"" + sentence(day++) + "\"}\n");
    Files.writeString(Files.createDirectories(in.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main\n");
    Files.writeString(in.resolve("_SUCCESS"), "");
    Files.writeString(in.resolve(".plain.jsonl.crc"), "crc");
    // UTF-16: with a byte-order mark decoded, without one (or broken) rejected
    String le = sentence(day++), be = sentence(day++);
    Files.write(in.resolve("bom-le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le.getBytes(StandardCharsets.UTF_16LE)));
    Files.write(in.resolve("bom-be.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be.getBytes(StandardCharsets.UTF_16BE)));
    Files.write(in.resolve("no-bom.txt"), sentence(day++).getBytes(StandardCharsets.UTF_16LE));
    Files.write(in.resolve("odd-length.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 'B'}, new byte[0]));
    // record files in UTF-16: with a mark transcoded (JSON, JSON Lines even with a plain name, CSV), without one
    // or broken rejected as a whole
    String js = sentence(day++), jl = sentence(day++), cs = sentence(day++);
    Files.write(in.resolve("bom.json"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        ("[\n  {\"file\": \"u1\", \"text\": \"" + js + " Caf\u00e9 \u0411.\"}\n]\n").getBytes(StandardCharsets.UTF_16LE)));
    Files.write(in.resolve("bomlines.jsonl"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        ("{\"file\": \"u2\", \"text\": \"" + jl + "\"}\n").getBytes(StandardCharsets.UTF_16BE)));
    Files.write(in.resolve("bom.csv"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        ("file,text\r\nu3,\"" + cs + "\"\r\n").getBytes(StandardCharsets.UTF_16LE)));
    Files.write(in.resolve("no-bom.jsonl"), ("{\"file\": \"u4\", \"text\": \"" + sentence(day++) + "\"}\n").getBytes(StandardCharsets.UTF_16LE));
    byte[] csvLe = ("file,text\nu5,\"" + sentence(day++) + "\"\n").getBytes(StandardCharsets.UTF_16LE);
    Files.write(in.resolve("broken.csv"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, java.util.Arrays.copyOf(csvLe, csvLe.length - 1)));

    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(List.of(in.toString()), out.toString(), 10_000), quiet());
    Map<String, String> reasons = spark.read().parquet(out.resolve("rejects").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> in.relativize(Path.of(r.<String>getAs(RejectColumns.SOURCE))).toString(), r -> r.getAs(RejectColumns.REASON)));
    assertEquals(Map.of("_draft.txt", "hidden_name", ".notes.jsonl", "hidden_name", ".git", "hidden_name", "no-bom.txt", "utf16",
        "odd-length.txt", "utf16", "no-bom.jsonl", "utf16", "broken.csv", "utf16"), reasons);
    Map<String, String> texts = spark.read().parquet(out.resolve("articles").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> in.relativize(Path.of(r.<String>getAs(ArticleColumns.SOURCE_FILE))).toString(), r -> r.getAs(ArticleColumns.TEXT)));
    java.util.Set<String> expected = new java.util.TreeSet<>(ODD_NAMES);
    expected.addAll(List.of("odd [1] #2 %3:4.jsonl#j1", "plain.jsonl#j2", "bom-le.txt", "bom-be.txt", "bom.json#u1",
        "bomlines.jsonl#u2", "bom.csv#u3"));
    assertEquals(expected, new java.util.TreeSet<>(texts.keySet()));
    assertEquals(le, texts.get("bom-le.txt"), "decoded, without the byte-order mark");
    assertEquals(be, texts.get("bom-be.txt"));
    assertEquals(js + " Caf\u00e9 \u0411.", texts.get("bom.json#u1"), "UTF-16 JSON transcoded, the mark dropped");
    assertEquals(jl, texts.get("bomlines.jsonl#u2"));
    assertEquals(cs, texts.get("bom.csv#u3"));
    assertEquals(sentence(0), texts.get("colon:name.txt"));
    assertEquals(expected.size(), s.articles());
    assertEquals(7, s.rejected());

    // a hidden name given on --input is read
    Path out2 = Files.createDirectories(out.resolve("named"));
    Pipeline.Summary named = Pipeline.ingest(spark, new Pipeline.Options(List.of(in.resolve("_draft.txt").toString(),
        in.resolve(".notes.jsonl").toString()), out2.toString(), 10_000), quiet());
    assertEquals(2, named.articles());
    assertEquals(0, named.rejected());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static void mkfifo(Path p) throws Exception {
    int exit;
    try {
      exit = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      exit = -1;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(exit == 0, "mkfifo is not available");
  }

  @Test
  void preparingTheRunsPerArticleTablesComputesNothingSoEachStageTimesItsOwnWork(@TempDir Path out) throws Exception {
    Pipeline.Options o = new Pipeline.Options(List.of(SAMPLES.toString()), out.toString(), 5_000_000);
    Pipeline.ingest(spark, o, quiet());
    org.apache.spark.sql.Dataset<Row> articles = spark.read().parquet(out.resolve(ArticleColumns.TABLE).toString());
    java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
    org.apache.spark.scheduler.SparkListener count = new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart e) {
        jobs.incrementAndGet();
      }
    };
    spark.sparkContext().addSparkListener(count);
    Map<String, org.apache.spark.sql.Dataset<Row>> tables = null;
    try {
      // the statements used to be extracted here, when tone asked the persisted table for its partitions: outside the
      // timed stages (a 100,000-article run logged 13 s of statements and spent 6 minutes before it)
      tables = Pipeline.articleTables(spark, articles, o, quiet());
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertEquals(0, jobs.get(), "Spark jobs run while the per-article tables were only being planned");
    } finally {
      spark.sparkContext().removeSparkListener(count);
      if (tables != null) Pipeline.release(tables);
    }
  }

  static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
