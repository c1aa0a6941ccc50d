package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher scripts in a sandbox copy of the repository (the real scripts, stand-in sources, jar,
 * {@code mvn} and {@code java} that record their calls), so nothing is built or started:
 * {@code scripts/stancemap} builds only when code changed, never for a data edit; and
 * {@code scripts/cron-example} logs every line with a time and the run id into a dated file, in a
 * local folder even for an {@code hdfs://} output.
 */
class LauncherScriptTest {
  @TempDir Path tmp;
  Path home;
  Path bin;
  Path jdk;
  Path jar;

  static final Pattern LINE = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ) run=(\\d{8}T\\d{6}Z-\\d+) (.*)$");

  @BeforeEach
  void sandbox() throws Exception {
    home = tmp.resolve("stancemap");
    Path real = Subprocesses.home();
    for (String f : List.of("scripts/stancemap", "scripts/cron-example", "scripts/submit", "scripts/lib/common.sh",
        "scripts/lib/log4j2.properties")) {
      Path to = home.resolve(f);
      Files.createDirectories(to.getParent());
      Files.copy(real.resolve(f), to);
      Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
    for (String f : List.of("pom.xml", "udfs/pom.xml", "jobs/pom.xml", "udfs/src/main/java/org/stancemap/A.java",
        "jobs/src/main/java/org/stancemap/B.java", "data/outlets.tsv", "data/samples/a.txt")) {
      Path p = home.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "stand-in\n");
      Files.setLastModifiedTime(p, FileTime.from(hourAgo));
    }
    jar = home.resolve("jobs/target/stancemap-jobs.jar");
    Files.createDirectories(home.resolve("jobs/target/lib"));
    Files.writeString(jar, "stand-in jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));

    bin = Files.createDirectories(tmp.resolve("bin"));
    executable(bin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\" >> \"" + tmp.resolve("mvn.calls") + "\"\n");
    jdk = tmp.resolve("jdk");
    // the stand-in JVM: records its arguments, prints what a run prints (stdout and stderr), exits $FAKE_EXIT
    executable(jdk.resolve("bin/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + tmp.resolve("java.args") + "\"\n"
        // as the real JVM does, it writes the class-data archive it is asked for as it exits
        + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;; esac; done\n"
        + "echo 'stancemap: [ingest] 5/5 files (100%)'\necho 'stancemap: a warning' >&2\n"
        + "printf 'stancemap: no newline at the end'\nexit ${FAKE_EXIT:-0}\n");
  }

  private static void executable(Path p, String text) throws Exception {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  record Result(int exit, String output) {}

  private Result run(Map<String, String> env, String script, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", home.resolve(script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().put("HOME", tmp.toString());
    for (String k : List.of("STANCEMAP_LOG", "STANCEMAP_LOG_DIR", "STANCEMAP_OUTPUT", "STANCEMAP_INPUT", "STANCEMAP_DATA_DIR",
        "XDG_STATE_HOME", "STANCEMAP_JAVA_OPTS", "STANCEMAP_LOCK_DIR", "STANCEMAP_CONFIG")) {
      pb.environment().remove(k);
    }
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), script + " hung");
    return new Result(p.exitValue(), out);
  }

  private boolean built() {
    return Files.exists(tmp.resolve("mvn.calls"));
  }

  @Test
  void editingDataNeverBuildsAndTheEditIsReadAtRunTime() throws Exception {
    Files.writeString(home.resolve("data/outlets.tsv"), "edited\n"); // newer than the jar
    Result r = run(Map.of(), "scripts/stancemap", "--version");
    assertEquals(0, r.exit(), r.output());
    assertFalse(built(), "a data edit started a build: " + r.output());
    assertFalse(r.output().contains("building the jars"), r.output());
    List<String> javaArgs = Files.readAllLines(tmp.resolve("java.args"));
    assertTrue(javaArgs.contains("-Dstancemap.checkout.data.dir=" + home.resolve("data")),
        "the launcher points the JVM at the checkout's data/, read at run time: " + javaArgs);

    // a data file newer than the cluster jar: scripts/submit warns instead of building
    Path cluster = home.resolve("jobs/target/stancemap-jobs-0.1.0-cluster.jar");
    Files.writeString(cluster, "stand-in");
    Files.setLastModifiedTime(cluster, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
    Files.createDirectories(home.resolve("jobs/spark-home/target/spark-home/jars"));
    Result submit = run(Map.of(), "scripts/submit", "--version");
    assertFalse(built(), submit.output());
    assertTrue(submit.output().contains("data/outlets.tsv changed after the cluster jar was built"), submit.output());
  }

  private List<String> javaArgs(Map<String, String> env, String... args) throws Exception {
    Files.deleteIfExists(tmp.resolve("java.args"));
    Result r = run(env, "scripts/stancemap", args);
    assertEquals(0, r.exit(), r.output());
    return Files.readAllLines(tmp.resolve("java.args"));
  }

  @Test
  void smallLocalRunsStopAtTheClientCompilerAndEverythingElseKeepsTheDefault() throws Exception {
    String c1 = "-XX:TieredStopAtLevel=1";
    Path small = Files.createDirectories(tmp.resolve("small"));
    Files.writeString(small.resolve("a.txt"), "Ankara said so. ".repeat(100));
    Files.writeString(small.resolve("b.jsonl"), "{\"text\": \"Moscow said so.\"}\n");
    String out = tmp.resolve("out").toString();
    assertTrue(javaArgs(Map.of(), "run").contains(c1), "the bundled samples");
    assertTrue(javaArgs(Map.of(), "run", "--input", small.toString(), "--output", out).contains(c1));
    assertTrue(javaArgs(Map.of(), "run", "-i", small.resolve("a.txt").toString(), small.resolve("b.jsonl").toString()).contains(c1));
    assertTrue(javaArgs(Map.of(), "bench-floor", "--input=" + small).contains(c1), "the floor of the same input alike");
    // over the limit (both files count), remote, a glob, a missing path, inputs from a config file,
    // another command, the user's own options: the default JIT
    assertFalse(javaArgs(Map.of("STANCEMAP_SMALL_INPUT_BYTES", "1610"), "run", "--input", small.toString()).contains(c1));
    assertTrue(javaArgs(Map.of("STANCEMAP_SMALL_INPUT_BYTES", "1700"), "run", "--input", small.toString()).contains(c1));
    assertFalse(javaArgs(Map.of(), "run", "--input", "hdfs://namenode/articles").contains(c1));
    assertFalse(javaArgs(Map.of(), "run", "--input", small + "/*.txt").contains(c1));
    assertFalse(javaArgs(Map.of(), "run", "--input", small.resolve("gone").toString()).contains(c1));
    assertFalse(javaArgs(Map.of(), "run", "--config", tmp.resolve("stancemap.conf").toString()).contains(c1));
    assertFalse(javaArgs(Map.of(), "statements", "--input", small.toString()).contains(c1));
    List<String> own = javaArgs(Map.of("STANCEMAP_JAVA_OPTS", "-Xmx1g"), "run", "--input", small.toString());
    assertTrue(own.contains("-Xmx1g") && !own.contains(c1) && !own.contains("-Xmx2g"), own.toString());
  }

  @Test
  void smallLocalRunsRunSparksPlansInterpretedAndEverythingElseCompilesThem() throws Exception {
    List<String> interpreted = List.of("-Dspark.sql.codegen.wholeStage=false", "-Dspark.sql.codegen.factoryMode=NO_CODEGEN");
    Path small = Files.createDirectories(tmp.resolve("small"));
    Files.writeString(small.resolve("a.txt"), "Ankara said so. ".repeat(100));
    assertTrue(javaArgs(Map.of(), "run").containsAll(interpreted), "the bundled samples");
    assertTrue(javaArgs(Map.of(), "bench-floor", "--input", small.toString()).containsAll(interpreted), "the floor alike");
    for (List<String> large : List.of(List.of("run", "--input", "hdfs://namenode/articles"), List.of("statements", "--input", small.toString()))) {
      List<String> args = javaArgs(Map.of("STANCEMAP_SMALL_INPUT_BYTES", "1000"), large.toArray(String[]::new));
      assertTrue(args.stream().noneMatch(a -> a.startsWith("-Dspark.sql.codegen")), args.toString());
    }
    List<String> limit = javaArgs(Map.of("STANCEMAP_SMALL_INPUT_BYTES", "1000"), "run", "--input", small.toString());
    assertTrue(limit.stream().noneMatch(a -> a.startsWith("-Dspark.sql.codegen")), "over the limit: " + limit);
  }

  private static String option(List<String> args, String prefix) {
    return args.stream().filter(a -> a.startsWith(prefix)).findFirst().map(a -> a.substring(prefix.length())).orElse(null);
  }

  private List<Path> archives() throws Exception {
    Path dir = home.resolve("jobs/target/cds");
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void theFirstRunOfABuildRecordsAClassArchiveThatLaterCommandsMap() throws Exception {
    String dump = "-XX:ArchiveClassesAtExit=", use = "-XX:SharedArchiveFile=";
    // no archive yet: a command other than run starts without one and records none
    List<String> version = javaArgs(Map.of(), "--version");
    assertTrue(option(version, dump) == null && option(version, use) == null, version.toString());
    assertEquals(List.of(), archives());
    // a run that fails records none either, and its exit code is the JVM's
    Result failed = run(Map.of("FAKE_EXIT", "3"), "scripts/stancemap", "run");
    assertEquals(3, failed.exit(), failed.output());
    assertEquals(List.of(), archives(), "a failed run keeps no archive");
    // a run recorded with Java Flight Recorder (scripts/bench --jfr) dumps none: a dumping JVM records nothing
    Map<String, String> jfr = Map.of("STANCEMAP_JAVA_OPTS", "-XX:StartFlightRecording=filename=x.jfr");
    List<String> recorded = javaArgs(jfr, "run");
    assertTrue(option(recorded, dump) == null && recorded.contains("-XX:StartFlightRecording=filename=x.jfr"), recorded.toString());
    assertEquals(List.of(), archives(), "a recorded run keeps no archive");
    // the first run that succeeds records it under a temporary name, renamed into place afterwards
    List<String> first = javaArgs(Map.of(), "run");
    String tmpName = option(first, dump);
    assertTrue(tmpName != null && tmpName.matches(".*/stancemap-\\d+\\.jsa\\.tmp\\.\\d+"), first.toString());
    Path archive = Path.of(tmpName.substring(0, tmpName.indexOf(".tmp.")));
    assertEquals(List.of(archive), archives());
    // every later command of the build maps it
    for (String command : List.of("run", "--version", "eval-tone")) {
      List<String> later = javaArgs(Map.of(), command);
      assertEquals(archive.toString(), option(later, use), later.toString());
      assertEquals(null, option(later, dump));
    }
    // ... nor maps one: JDK 17 crashes in the class-file load hook with both
    assertEquals(null, option(javaArgs(jfr, "run"), use));
    // the user's own JVM options keep it; STANCEMAP_CDS=0 turns it off
    assertEquals(archive.toString(), option(javaArgs(Map.of("STANCEMAP_JAVA_OPTS", "-Xmx1g"), "run"), use));
    List<String> off = javaArgs(Map.of("STANCEMAP_CDS", "0"), "run");
    assertTrue(option(off, dump) == null && option(off, use) == null, off.toString());
    // a rebuilt jar is another build: its first run records a new archive and the old one goes
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minus(Duration.ofMinutes(20))));
    assertEquals(null, option(javaArgs(Map.of(), "--version"), use), "the old archive is not used with the new jar");
    List<String> rebuilt = javaArgs(Map.of(), "run");
    assertTrue(option(rebuilt, dump) != null, rebuilt.toString());
    List<Path> now = archives();
    assertEquals(1, now.size(), now.toString());
    assertFalse(now.contains(archive), now.toString());
  }

  @Test
  void editingCodeBuilds() throws Exception {
    for (String code : List.of("jobs/src/main/java/org/stancemap/B.java", "pom.xml")) {
      Files.deleteIfExists(tmp.resolve("mvn.calls"));
      Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));
      Files.writeString(home.resolve(code), "edited\n");
      Result r = run(Map.of(), "scripts/stancemap", "--version");
      assertEquals(0, r.exit(), r.output());
      assertTrue(built(), code + " edited but no build: " + r.output());
      assertTrue(r.output().contains(code + " is newer"), r.output());
      Files.setLastModifiedTime(home.resolve(code), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    }
    Files.deleteIfExists(tmp.resolve("mvn.calls"));
    run(Map.of(), "scripts/stancemap", "--version");
    assertFalse(built(), "the jar was marked current after the build");
  }

  @Test
  void cronLogsEveryLineWithTimeAndRunIdIntoADatedFileBesideALocalOutput() throws Exception {
    Path out = tmp.resolve("data/stancemap");
    Path logs = tmp.resolve("data/stancemap.logs");
    Files.createDirectories(logs);
    Path old = Files.writeString(logs.resolve("stancemap-2020-01-01.log"), "old\n");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
    Path recent = Files.writeString(logs.resolve("stancemap-2020-01-02.log"), "recent\n");
    Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

    Result first = run(Map.of("STANCEMAP_OUTPUT", out.toString(), "FAKE_EXIT", "4"), "scripts/cron-example");
    assertEquals(4, first.exit(), "the exit code of stancemap passes through: " + first.output());
    Result second = run(Map.of("STANCEMAP_OUTPUT", out.toString()), "scripts/cron-example");
    assertEquals(0, second.exit(), second.output());

    Path log = logs.resolve("stancemap-" + LocalDate.now(ZoneOffset.UTC) + ".log");
    assertTrue(Files.exists(log), "dated log file " + log);
    assertFalse(Files.exists(old), "daily logs older than 30 days are deleted");
    assertTrue(Files.exists(recent));
    List<String> lines = Files.readAllLines(log);
    assertEquals(10, lines.size(), String.join("\n", lines));
    List<String> runIds = new java.util.ArrayList<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      assertTrue(m.matches(), "no time and run id: " + line);
      if (!runIds.contains(m.group(2))) runIds.add(m.group(2));
    }
    assertEquals(2, runIds.size(), "one run id per run: " + runIds);
    String text = String.join("\n", lines);
    for (String expected : List.of(" === start: stancemap run --incremental", "stancemap: [ingest] 5/5 files", "stancemap: a warning",
        "stancemap: no newline at the end", "=== exit 4 (another run holds the lock: skipped)", "=== exit 0 (ok)")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
    }
    assertTrue(lines.get(0).contains("run=" + runIds.get(0)) && lines.get(4).contains("=== exit 4"), text);
  }

  @Test
  void aNonLocalOutputLogsToALocalStateFolderNotToAFolderNamedHdfs() throws Exception {
    Result r = run(Map.of("STANCEMAP_OUTPUT", "hdfs://namenode:8020/stancemap/out"), "scripts/cron-example");
    assertEquals(0, r.exit(), r.output());
    Path logs = tmp.resolve(".local/state/stancemap/logs/hdfs_namenode_8020_stancemap_out");
    Path log = logs.resolve("stancemap-" + LocalDate.now(ZoneOffset.UTC) + ".log");
    assertTrue(Files.exists(log), "log in the local state folder; found: " + listing());
    try (Stream<Path> all = Files.walk(tmp)) {
      assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith("hdfs:")).toList(),
          "no local folder named after the scheme");
    }
    assertTrue(Files.readString(log).contains("--output hdfs://namenode:8020/stancemap/out"));

    Path chosen = tmp.resolve("var/log/stancemap");
    run(Map.of("STANCEMAP_OUTPUT", "s3a://bucket/out", "STANCEMAP_LOG_DIR", chosen.toString(), "STANCEMAP_LOCK_DIR", "/tmp/locks"),
        "scripts/cron-example");
    String text = Files.readString(chosen.resolve("stancemap-" + LocalDate.now(ZoneOffset.UTC) + ".log"));
    assertTrue(text.contains("--lock-dir /tmp/locks"), text);
    assertEquals(List.of("run", "--incremental", "--input", home.resolve("data/samples").toString(), "--output", "s3a://bucket/out"),
        Files.readAllLines(tmp.resolve("java.args")).stream().dropWhile(a -> !a.equals("run")).limit(6).toList());
  }

  private String listing() throws Exception {
    try (Stream<Path> all = Files.walk(tmp)) {
      return all.map(p -> tmp.relativize(p).toString()).filter(s -> !s.startsWith("stancemap/")).toList().toString();
    }
  }
}
