package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;

/**
 * One meaning of {@code -o/--output} everywhere: the output root. {@code statements} writes
 * OUTPUT/statements and {@code tone} reads OUTPUT/statements and writes OUTPUT/tone (both took a
 * table folder before, unlike every other stage).
 */
class OutputRootTest {
  @TempDir static Path out;

  @AfterAll
  static void stop() {
    SparkSession.getActiveSession().foreach(s -> { s.stop(); return null; });
  }

  @Test
  void statementsAndToneWriteTheirTablesUnderTheRoot() {
    String samples = Path.of("..", "data", "samples").toAbsolutePath().normalize().toString();
    assertEquals(0, Stancemap.execute("statements", "--master", "local[2]", "--input", samples, "--output", out.toString()));
    assertTrue(Files.isDirectory(out.resolve(StatementColumns.TABLE)), "OUTPUT/statements");
    assertEquals(0, Stancemap.execute("tone", "--master", "local[2]", "--scorer", "lexicon", "-o", out.toString()));
    assertTrue(Files.isDirectory(out.resolve(ToneColumns.TABLE)), "OUTPUT/tone");
    long rows = SparkSessions.create("local[2]", "OutputRootTest").read().parquet(out.resolve(ToneColumns.TABLE).toString()).count();
    assertTrue(rows > 0, "tone rows from the samples' statements");
  }
}
