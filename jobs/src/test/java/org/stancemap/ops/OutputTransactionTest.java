package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transaction on plain files (what Spark writes into a staging folder does not matter here). */
class OutputTransactionTest {
  @TempDir Path out;
  final Configuration conf = new Configuration();
  final ByteArrayOutputStream console = new ByteArrayOutputStream();

  @Test
  void stagedTablesAppearOnlyAtCommit() throws Exception {
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/part-0"), "old a");
    try (OutputTransaction tx = OutputTransaction.begin(conf, out.toString(), "r1", new PrintStream(console))) {
      fill(tx.stage(out.resolve("a").toString()), "new a");
      fill(tx.stage(out.resolve("b").toString()), "new b");
      assertEquals("old a", Files.readString(out.resolve("a/part-0")));
      assertFalse(Files.exists(out.resolve("b")));
      Path whole = Path.of(tx.stagedOutput());
      Files.createDirectories(whole.resolve("c"));
      Files.writeString(whole.resolve("c/part-0"), "new c");
      assertFalse(Files.exists(out.resolve("c")));
      assertEquals(out.resolve("c/part-0").toString(), tx.finalPath(whole.resolve("c/part-0").toString()));
      tx.commit();
    }
    assertEquals("new a", Files.readString(out.resolve("a/part-0")));
    assertEquals("new b", Files.readString(out.resolve("b/part-0")));
    assertEquals("new c", Files.readString(out.resolve("c/part-0")));
    assertEquals(0, leftovers());
  }

  @Test
  void closingWithoutCommitDropsTheStagedTables() throws Exception {
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/part-0"), "old a");
    try (OutputTransaction tx = OutputTransaction.begin(conf, out.toString(), "r1", new PrintStream(console))) {
      fill(tx.stage(out.resolve("a").toString()), "new a");
      Files.createDirectories(Path.of(tx.stagedOutput()).resolve("b"));
    }
    assertFalse(Files.exists(out.resolve("b")));
    assertEquals("old a", Files.readString(out.resolve("a/part-0")));
    assertEquals(0, leftovers());
  }

  @Test
  void anInterruptedCommitIsRolledForwardAndKilledStagingIsDropped() throws Exception {
    // what a run killed between its two swaps leaves: a journal, table a swapped, table b still staged
    // (and b's previous version moved aside), plus staging of a run killed before its commit
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/part-0"), "new a");
    Files.createDirectories(out.resolve("_staging-b-previous"));
    Files.writeString(out.resolve("_staging-b-previous/part-0"), "old b");
    Path stagedB = Files.createDirectories(out.resolve("_staging-b-r1"));
    Files.writeString(stagedB.resolve("part-0"), "new b");
    Files.createDirectories(out.resolve("_staging-c-r0"));
    Files.writeString(out.resolve(OutputTransaction.JOURNAL),
        "file:" + out.resolve("_staging-a-r1") + "\tfile:" + out.resolve("a") + "\n"
            + "file:" + stagedB + "\tfile:" + out.resolve("b") + "\n");
    OutputTransaction.recover(conf, new org.apache.hadoop.fs.Path(out.toString()), new PrintStream(console, true));
    assertEquals("new a", Files.readString(out.resolve("a/part-0")));
    assertEquals("new b", Files.readString(out.resolve("b/part-0")));
    assertFalse(Files.exists(out.resolve(OutputTransaction.JOURNAL)));
    assertEquals(0, leftovers());
    assertTrue(console.toString().contains("1 of 2 tables were still to move"), console.toString());
  }

  private static void fill(org.apache.hadoop.fs.Path staging, String content) throws Exception {
    Path dir = Files.createDirectories(Path.of(staging.toUri()));
    Files.writeString(dir.resolve("part-0"), content);
  }

  private long leftovers() throws Exception {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith("_")).count();
    }
  }
}
