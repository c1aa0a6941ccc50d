package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.ConsoleCapture;
import org.stancemap.cli.Stancemap;
import org.stancemap.jobs.SparkTestSession;
import org.stancemap.jobs.StatementsJob;
import org.stancemap.schema.StatementColumns;

/**
 * An incremental run over tables written by a version with other columns (here: the statements
 * table without its last column, as before the provenance columns of issue 13) cannot merge the new
 * rows into them: it says so, runs the table's stages on every article, and its tables equal a whole
 * run's on the same input.
 */
class IncrementalColumnChangeTest {
  private static final Path SAMPLES = Path.of("..", "data", "samples").toAbsolutePath().normalize();

  private static String run(Path in, Path out, String... more) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code;
    try (ConsoleCapture c = new ConsoleCapture(printed)) {
      String[] args = Stream.concat(Stream.of("run", "--master", "local[2]", "--scorer", "lexicon", "--input", in.toString(), "--output",
          out.toString()), Arrays.stream(more)).toArray(String[]::new);
      code = Stancemap.execute(args);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    return text;
  }

  @Test
  void aTableWithOtherColumnsIsRebuiltForEveryArticle(@TempDir Path work) throws Exception {
    Path in = Files.createDirectories(work.resolve("in")), out = work.resolve("out");
    List<String> samples;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      samples = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
    Files.copy(SAMPLES.resolve("manifest.jsonl"), in.resolve("manifest.jsonl"));
    for (String n : samples.subList(0, samples.size() - 1)) Files.copy(SAMPLES.resolve(n), in.resolve(n));
    run(in, out, "--incremental");

    // the statements table as an older version wrote it: without its last column
    SparkSession spark = SparkTestSession.get();
    String[] columns = StatementsJob.SCHEMA.fieldNames();
    String dropped = columns[columns.length - 1];
    Path statements = out.resolve(StatementColumns.TABLE), older = work.resolve("older-statements");
    spark.read().parquet(statements.toString()).drop(dropped).write().parquet(older.toString());
    try (Stream<Path> files = Files.walk(statements)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.move(older, statements, StandardCopyOption.ATOMIC_MOVE);
    assertFalse(Arrays.asList(spark.read().parquet(statements.toString()).columns()).contains(dropped));

    String last = samples.get(samples.size() - 1);
    Files.copy(SAMPLES.resolve(last), in.resolve(last));
    String printed = run(in, out, "--incremental");
    assertTrue(printed.contains("table statements has new columns: running its stages on every article"), printed);
    assertEquals(Arrays.asList(columns), Arrays.asList(spark.read().parquet(statements.toString()).columns()));

    Path whole = work.resolve("whole");
    run(in, whole);
    for (String table : List.of("articles", StatementColumns.TABLE, "tone")) {
      assertEquals(Tables.rows(spark, whole.resolve(table)), Tables.rows(spark, out.resolve(table)), table);
    }
  }
}
