package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.ExitCodes;
import org.stancemap.cli.Stancemap;
import org.stancemap.jobs.SparkSessions;

/**
 * Cron-style incremental runs as separate JVMs, killed with SIGKILL at several points: before
 * the commit the previous outputs must stay exactly as they were (same files), in the middle of
 * the commit every table must stay readable, and the next run must finish the work so the
 * outputs equal those of one whole run on the same input: no duplicated and no missing rows. Then
 * a run with no new input must change nothing and say so, and a live lock must stop a run with
 * exit code 4.
 */
class KillAndRerunTest {
  /** The fast scorer: what is tested is the commit and the recovery, not tone (nine pipeline runs, seven JVMs). */
  private static final String SCORER = "roles-lr";

  @TempDir Path work;

  @Test
  void killedRunsLeavePreviousOutputsAndTheNextRunCompletesTheWork() throws Exception {
    Path samples = Subprocesses.home().resolve("data/samples");
    Path in = Files.createDirectories(work.resolve("in"));
    Path out = work.resolve("out");
    Files.copy(samples.resolve("manifest.jsonl"), in.resolve("manifest.jsonl"));
    List<Path> articles;
    try (Stream<Path> s = Files.list(samples)) {
      articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path a : articles.subList(0, 3)) Files.copy(a, in.resolve(a.getFileName()));

    Run first = run(out, in, null);
    assertEquals(0, first.exit, first.log());
    Map<String, String> before = listing(out);

    // two more articles arrive; runs killed before their commit change nothing
    for (Path a : articles.subList(3, 5)) Files.copy(a, in.resolve(a.getFileName()));
    for (String stage : List.of("ingested", "staged")) {
      Run killed = run(out, in, stage);
      assertEquals(before, listing(out), "outputs changed by a run killed at " + stage);
      assertTrue(Files.exists(out.resolve(".lock")), "the killed run's lock is left behind");
    }

    Run rerun = run(out, in, null);
    assertEquals(0, rerun.exit, rerun.log());
    assertTrue(rerun.log().contains("removing a stale lock"), rerun.log());
    assertTrue(rerun.log().contains("2 new, 0 changed"), rerun.log());
    assertFalse(Files.exists(out.resolve(".lock")), "lock released");
    SparkSession spark = SparkSessions.create("local[2]", "kill-test");
    assertSameAsWholeRun(spark, in, out, "ref1");

    // one more article (JSON Lines), and a run killed in the middle of its commit
    Files.writeString(in.resolve("extra.jsonl"), "{\"file\":\"extra-1\",\"outlet\":\"Example Times\",\"url\":\"https://example.com/2020/03/06/a\","
        + "\"published\":\"2020-03-06\",\"title\":\"Talks in Moscow\",\"text\":\"Talks in Moscow ended without a deal on Thursday.\\n\\n"
        + "\\\"We will not accept this,\\\" the Turkish foreign minister said. Russia said the ceasefire in Syria would hold.\"}\n",
        StandardCharsets.UTF_8);
    Map<String, String> beforeCommit = listing(out);
    Run midCommit = run(out, in, "commit-swapped-one");
    assertTrue(Files.exists(out.resolve(OutputTransaction.JOURNAL)), "the interrupted commit's journal is kept");
    assertTrue(!listing(out).equals(beforeCommit), "one table was already swapped");
    for (String t : Tables.names(out)) assertTrue(spark.read().parquet(out.resolve(t).toString()).count() >= 0, t + " readable");

    Run recovered = run(out, in, null);
    assertEquals(0, recovered.exit, recovered.log());
    assertTrue(recovered.log().contains("completed the commit of an interrupted run"), recovered.log());
    assertTrue(recovered.log().contains("nothing new"), recovered.log());
    assertFalse(Files.exists(out.resolve(OutputTransaction.JOURNAL)));
    assertSameAsWholeRun(spark, in, out, "ref2");

    // cron again with nothing new: not one file changes
    Map<String, String> settled = listing(out);
    Run idle = run(out, in, null);
    assertEquals(0, idle.exit, idle.log());
    assertTrue(idle.log().contains("nothing new: all 6 articles of the input were processed before; outputs unchanged"), idle.log());
    assertEquals(settled, listing(out));
  }

  @Test
  void aLiveLockStopsASecondRunWithExitCode4() throws Exception {
    Path out = Files.createDirectories(work.resolve("locked"));
    String lock = "pid=" + ProcessHandle.current().pid() + "\nhost=" + RunLock.host() + "\nstarted=" + java.time.Instant.now()
        + "\ncommand=stancemap run\n";
    Files.writeString(out.resolve(RunLock.FILE), lock);
    Run second = run(out, Subprocesses.home().resolve("data/samples"), null);
    assertEquals(ExitCodes.LOCK_HELD, second.exit, second.log());
    assertTrue(second.log().contains("another run holds the lock"), second.log());
    assertEquals(lock, Files.readString(out.resolve(RunLock.FILE)), "the other run's lock is left alone");
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(1, files.count(), "nothing written");
    }
  }

  private void assertSameAsWholeRun(SparkSession spark, Path in, Path out, String name) throws IOException {
    Path ref = work.resolve(name);
    assertEquals(0, Stancemap.execute("run", "--quiet", "--master", "local[2]", "--scorer", SCORER, "--input", in.toString(),
        "--output", ref.toString()));
    Tables.assertSameTables(spark, ref, out);
    if (Tables.names(out).contains("statements")) {
      long rows = spark.read().parquet(out.resolve("statements").toString()).count();
      long ids = spark.read().parquet(out.resolve("statements").toString()).select("statement_id").distinct().count();
      assertEquals(rows, ids, "duplicated statements");
    }
  }

  record Run(int exit, Path logFile) {
    String log() {
      try {
        return Files.readString(logFile);
      } catch (IOException e) {
        return e.toString();
      }
    }
  }

  private int runs;

  /** Runs `stancemap run --incremental` in its own JVM; with holdAt, kills it (SIGKILL) there. */
  private Run run(Path out, Path in, String holdAt) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Subprocesses.java(), "-Xmx1g"));
    cmd.addAll(Subprocesses.opens());
    cmd.add("-Dlog4j2.configurationFile=" + Subprocesses.home().resolve("scripts/lib/log4j2.properties"));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.stancemap.cli.Stancemap",
        "run", "--incremental", "--master", "local[2]", "--scorer", SCORER, "--input", in.toString(), "--output", out.toString(),
        "--progress-interval", "60s"));
    Path log = work.resolve("run-" + (++runs) + (holdAt == null ? "" : "-" + holdAt) + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    if (holdAt != null) pb.environment().put("STANCEMAP_TEST_HOLD_AT", holdAt);
    Process p = pb.start();
    try {
      if (holdAt != null) {
        Subprocesses.awaitLog(p, log, l -> l.equals("stancemap: holding at " + holdAt), Duration.ofSeconds(300));
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Run(p.exitValue(), log);
      }
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), "run timed out: " + Subprocesses.tail(log));
      return new Run(p.exitValue(), log);
    } finally {
      Subprocesses.killTree(p);
    }
  }

  /** Every file under the output (but the lock and leftovers of killed runs) with its size and time. */
  private static Map<String, String> listing(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(out)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(f).toString();
        if (rel.equals(RunLock.FILE) || rel.contains(OutputTransaction.STAGING_PREFIX) || rel.equals(OutputTransaction.JOURNAL)) continue;
        files.put(rel, Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
      }
    }
    return files;
  }
}
