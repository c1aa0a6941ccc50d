package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.ConsoleCapture;
import org.stancemap.cli.Stancemap;
import org.stancemap.jobs.SparkTestSession;

/**
 * {@code run --incremental} with its input manifest ({@link InputManifest}): a rerun with nothing new
 * opens no input file, and files that changed, grew or are new are read and give the tables of a
 * whole run on the same input.
 */
class IncrementalInputsTest {
  private static final Path SAMPLES = Path.of("..", "data", "samples").toAbsolutePath().normalize();
  /** Well before any listing: the files are settled. */
  private static final FileTime AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
  private static final FileTime HALF_AN_HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 1_800_000);

  private static String run(Path in, Path out, String... more) {
    return run("lexicon", in, out, more);
  }

  private static String run(String scorer, Path in, Path out, String... more) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code;
    try (ConsoleCapture c = new ConsoleCapture(printed)) {
      String[] args = Stream.concat(Stream.of("run", "--master", "local[2]", "--scorer", scorer, "--quiet", "--input", in.toString(),
          "--output", out.toString()), Arrays.stream(more)).toArray(String[]::new);
      code = Stancemap.execute(args);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    return text;
  }

  private static String record(String file, String outlet, String text) {
    return "{\"file\": \"" + file + "\", \"outlet\": \"" + outlet + "\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}\n";
  }

  private static final String ERDOGAN = "Turkish President Tayyip Erdogan said on Monday that Russia must stop the attacks in Idlib. "
      + "\"We will not allow the regime to advance,\" he told reporters in Ankara.";
  private static final String PESKOV = "Kremlin spokesman Dmitry Peskov said Moscow was committed to the ceasefire in Syria. "
      + "\"Turkey has not fulfilled its obligations,\" he said.";
  private static final String LAVROV = "Russian Foreign Minister Sergei Lavrov accused Turkey of supporting militants in Idlib, "
      + "according to the ministry.";
  private static final String ASSAD = "Syrian President Bashar al-Assad said the army would retake every inch of Syria. "
      + "Turkish officials called the statement a provocation.";
  private static final String UN = "The United Nations warned that a million people had fled the fighting in northwest Syria, "
      + "and urged Russia and Turkey to agree a ceasefire.";
  private static final String MINISTRY = "Turkey's defence ministry said 33 Turkish soldiers were killed in a Syrian air strike. "
      + "\"Our response will be decisive,\" a ministry official said.";

  /** Every input file (not the manifest) with its letters shifted by one: the same size, another text. */
  private static Map<Path, byte[]> scramble(Path in) throws Exception {
    try (Stream<Path> files = Files.list(in)) {
      return scramble(files.filter(f -> !f.getFileName().toString().equals("manifest.jsonl")).sorted().toList());
    }
  }

  /** These files with their letters shifted by one and their old times; returns what they held. */
  private static Map<Path, byte[]> scramble(List<Path> files) throws Exception {
    Map<Path, byte[]> originals = new LinkedHashMap<>();
    {
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        originals.put(f, bytes.clone());
        for (int i = 0; i < bytes.length; i++) {
          byte b = bytes[i];
          if (b >= 'a' && b <= 'y' || b >= 'A' && b <= 'Y') bytes[i] = (byte) (b + 1);
        }
        FileTime time = Files.getLastModifiedTime(f);
        Files.write(f, bytes);
        Files.setLastModifiedTime(f, time);
      }
    }
    return originals;
  }

  private static void restore(Map<Path, byte[]> originals) throws Exception {
    for (var e : originals.entrySet()) {
      FileTime time = Files.getLastModifiedTime(e.getKey());
      Files.write(e.getKey(), e.getValue());
      Files.setLastModifiedTime(e.getKey(), time);
    }
  }

  private static void setTimes(Path dir, FileTime time) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) Files.setLastModifiedTime(f, time);
    }
  }

  private static Map<String, List<String>> tables(SparkSession spark, Path out) throws Exception {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String table : Tables.names(out)) rows.put(table, Tables.rows(spark, out.resolve(table)));
    return rows;
  }

  @Test
  void unchangedFilesAreNotOpenedAndChangedAppendedAndNewOnesGiveAWholeRunsTables(@TempDir Path work) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = Files.createDirectories(work.resolve("in")), out = work.resolve("out");
    Files.copy(SAMPLES.resolve("manifest.jsonl"), in.resolve("manifest.jsonl"));
    List<String> samples;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      samples = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
    for (String n : samples.subList(0, 4)) Files.copy(SAMPLES.resolve(n), in.resolve(n));
    Files.writeString(in.resolve("feed.jsonl"), record("erdogan", "Reuters", ERDOGAN) + record("peskov", "TASS", PESKOV));
    Files.writeString(in.resolve("table.csv"), "file,outlet,text\nlavrov,Al Jazeera,\"" + LAVROV + "\"\nblank,Al Jazeera,\n");
    Files.writeString(in.resolve("doc.json"), "[" + record("assad", "SANA", ASSAD).strip() + "]\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    setTimes(in, AN_HOUR_AGO);
    String first = run(in, out, "--incremental");
    assertFalse(first.contains("input files:"), first); // nothing recorded yet: every file is read
    Map<String, List<String>> firstTables = tables(spark, out);
    assertTrue(firstTables.get("rejects").toString().contains("table.csv#blank"), firstTables.get("rejects").toString());

    // (a) every input file now holds other text of the same size, with its old time: a run that
    // opened one would find new articles (or rejects); this one opens none and changes nothing
    Map<Path, byte[]> originals = scramble(in);
    String idle = run(in, out, "--incremental");
    assertTrue(idle.contains("stancemap: input files: 8 unchanged (not read), 0 new, 0 changed, 0 read again"), idle);
    assertTrue(idle.contains("stancemap: nothing new: all"), idle);
    // the rejects are printed as a run reading the files would
    assertTrue(idle.contains("stancemap: rejected " + in.resolve("empty.txt") + ": empty"), idle);
    assertTrue(idle.contains("stancemap: rejected " + in.resolve("table.csv") + "#blank: "), idle);
    assertEquals(firstTables, tables(spark, out));
    restore(originals);

    // (b) a file grows, a CSV gains a row, a text file is edited, new files come (one of them a copy
    // of an unchanged file's record, which a whole run drops as a duplicate of it, the other a copy
    // of an unchanged text file that sorts first, which a whole run keeps instead of it)
    Files.writeString(in.resolve("feed.jsonl"), record("un", "AP", UN), StandardOpenOption.APPEND);
    Files.writeString(in.resolve("table.csv"), "ministry,Anadolu,\"" + MINISTRY + "\"\n", StandardOpenOption.APPEND);
    Path edited = in.resolve(samples.get(1));
    Files.writeString(edited, Files.readString(edited).replaceFirst(" said ", " stated "));
    Files.copy(SAMPLES.resolve(samples.get(4)), in.resolve(samples.get(4)));
    Files.writeString(in.resolve("zz-copy.jsonl"), record("assad-again", "Reuters", ASSAD));
    String copied = Files.readString(in.resolve(samples.get(2)));
    Files.writeString(in.resolve("0-copy.jsonl"),
        "{\"file\": \"first\", \"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(copied) + "}\n");
    for (String n : List.of("feed.jsonl", "table.csv", samples.get(1), samples.get(4), "zz-copy.jsonl", "0-copy.jsonl")) {
      Files.setLastModifiedTime(in.resolve(n), HALF_AN_HOUR_AGO);
    }
    // the unchanged files hold other text again: the run must take their rows from its state
    originals = scramble(List.of(in.resolve(samples.get(0)), in.resolve(samples.get(2)), in.resolve(samples.get(3)),
        in.resolve("doc.json"), in.resolve("empty.txt")));
    String changed = run(in, out, "--incremental");
    assertTrue(changed.contains("stancemap: input files: 5 unchanged (not read), 3 new, 3 changed, 0 read again"), changed);
    restore(originals);
    Path whole = work.resolve("whole");
    run(in, whole);
    Map<String, List<String>> expected = tables(spark, whole);
    assertEquals(expected.keySet(), tables(spark, out).keySet());
    for (var e : tables(spark, out).entrySet()) assertEquals(expected.get(e.getKey()), e.getValue(), e.getKey());
    String articles = expected.get("articles").toString();
    assertTrue(articles.contains("doc.json#assad") && !articles.contains("zz-copy.jsonl#assad-again"), articles);
    assertTrue(articles.contains("0-copy.jsonl#first") && !articles.contains(samples.get(2)), articles);

    // a deleted file: its articles stay, as they did before the manifest
    Files.delete(in.resolve(samples.get(3)));
    Map<String, List<String>> before = tables(spark, out);
    String deleted = run(in, out, "--incremental");
    assertTrue(deleted.contains("stancemap: input files: 10 unchanged (not read), 0 new, 0 changed, 0 read again"
        + " (modified shortly before the last listing), 1 gone"), deleted);
    assertTrue(deleted.contains("stancemap: nothing new"), deleted);
    assertEquals(before, tables(spark, out));

    // back as it was, but a plain run into the same output replaced the tables with those of one
    // file: the state's inputs are unchanged, yet the articles table is not the one it committed
    Files.copy(SAMPLES.resolve(samples.get(3)), in.resolve(samples.get(3)));
    Files.setLastModifiedTime(in.resolve(samples.get(3)), AN_HOUR_AGO);
    run(in.resolve(samples.get(0)), out);
    String after = run(in, out, "--incremental");
    assertTrue(after.contains("stancemap: input files: 11 unchanged (not read), 0 new, 0 changed, 0 read again"), after);
    assertFalse(after.contains("nothing new"), after);
    for (var e : tables(spark, out).entrySet()) assertEquals(expected.get(e.getKey()), e.getValue(), e.getKey());

    // another tone scorer with no input changed: every article is scored again, none keeps the old scorer's rows
    String rescored = run("roles-lr", in, out, "--incremental");
    assertTrue(rescored.contains("stancemap: tone scorer roles-lr, the tables were scored with lexicon: running the per-article"
        + " stages on every article"), rescored);
    assertEquals(List.of("roles-lr"), spark.read().parquet(out.resolve("tone").toString()).select("scorer").distinct()
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertTrue(run("roles-lr", in, out, "--incremental").contains("stancemap: nothing new"), "the same scorer again: nothing new");
  }
}
