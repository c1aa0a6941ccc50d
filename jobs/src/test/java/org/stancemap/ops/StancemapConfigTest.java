package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.ExitCodes;
import org.stancemap.cli.Stancemap;
import picocli.CommandLine;

class StancemapConfigTest {
  @TempDir Path dir;

  @Test
  void theExampleFileIsValid() {
    StancemapConfig c = StancemapConfig.load(Subprocesses.home().resolve("data/stancemap.example.conf"));
    assertEquals("5000000", c.get("ingest.max_article_bytes"));
    assertEquals(List.of("data/samples"), c.list("input"));
    assertEquals(Map.of("spark.sql.shuffle.partitions", "8"), c.sparkSettings());
    assertEquals("12h", c.defaultFor("--lock-max-age"));
    assertNull(c.defaultFor("--no-such-flag"));
  }

  @Test
  void everyCommentedExampleLineIsValidWhenUncommented() throws Exception {
    java.util.regex.Pattern setting = java.util.regex.Pattern.compile("^#\\s*([a-z_.]+)\\s*=\\s*(.*)$");
    int n = 0;
    for (String line : java.nio.file.Files.readAllLines(Subprocesses.home().resolve("data/stancemap.example.conf"))) {
      java.util.regex.Matcher m = setting.matcher(line);
      if (!m.matches()) continue;
      n++;
      if (m.group(1).equals("data.dir") || m.group(1).equals("targets.file")) continue; // paths of the user's machine
      StancemapConfig.parse(null, Map.of(m.group(1), m.group(2))); // throws on a bad value, naming the key
    }
    assertTrue(n >= 4, "the example shows commented settings");
  }

  @Test
  void stageKeysReachTheStages() {
    StancemapConfig before = StancemapConfig.current();
    try {
      StancemapConfig.setCurrent(StancemapConfig.parse(null, Map.of("tone.scorer", "lexicon", "aggregate.min_support", "2")));
      assertEquals("lexicon", org.stancemap.jobs.ToneJob.Config.of(StancemapConfig.current(), null).scorer());
      assertEquals("minilm-lr", org.stancemap.jobs.ToneJob.Config.of(StancemapConfig.current(), "minilm-lr").scorer(),
          "run --scorer wins over the file");
      // the one minimum support: the tables' settings, which the run passes on to the charts
      org.stancemap.jobs.AggregateJob.Options aggregate = org.stancemap.jobs.AggregateJob.Options.of(StancemapConfig.current());
      assertEquals(2, aggregate.minArticles());
      assertEquals(2, org.stancemap.jobs.ChartsJob.Options.of(aggregate).minArticles());
      assertEquals(org.stancemap.jobs.AggregateJob.DEFAULT_MIN_ARTICLES,
          org.stancemap.jobs.AggregateJob.Options.defaults().minArticles(), "defaults() reads no global config");
      StancemapConfig.setCurrent(StancemapConfig.parse(null, Map.of()));
      assertEquals(org.stancemap.tone.ToneScorers.DEFAULT, org.stancemap.jobs.ToneJob.Config.of(StancemapConfig.current(), null).scorer());
      assertEquals(org.stancemap.tone.ToneScorers.DEFAULT, org.stancemap.jobs.ToneJob.Config.of(StancemapConfig.current(), "default").scorer());
    } finally {
      StancemapConfig.setCurrent(before);
    }
    assertThrows(StancemapConfig.BadConfigException.class, () -> StancemapConfig.parse(null, Map.of("tone.scorer", "bert")));
  }

  @Test
  void unknownKeysAreRejectedByName() {
    var e = assertThrows(StancemapConfig.BadConfigException.class,
        () -> StancemapConfig.parse(null, Map.of("tone.scoer", "lexicon")));
    assertTrue(e.getMessage().contains("key 'tone.scoer' is not a stancemap setting"), e.getMessage());
  }

  @Test
  void badValuesAreRejectedWithTheirKey() {
    assertBad("ingest.max_article_bytes", "5MB", "is not a whole number");
    assertBad("ingest.max_article_bytes", "0", "must be above 0");
    assertBad("aggregate.min_support", "-2", "");
    assertBad("log.format", "xml", "is not one of text, json");
    assertBad("lock.max_age", "soon", "is not a duration");
    assertBad("incremental", "yes", "is not true or false");
    assertBad("spark.executor.memory", "", "has no value");
  }

  private static void assertBad(String key, String value, String why) {
    var e = assertThrows(StancemapConfig.BadConfigException.class, () -> StancemapConfig.parse(null, Map.of(key, value)));
    assertTrue(e.getMessage().contains("'" + key + "'") && e.getMessage().contains(why), e.getMessage());
  }

  @Test
  void durations() {
    assertEquals(Duration.ofSeconds(90), StancemapConfig.parseDuration("90s"));
    assertEquals(Duration.ofHours(12), StancemapConfig.parseDuration("12h"));
    assertEquals(Duration.ofMinutes(30), StancemapConfig.parseDuration("PT30M"));
  }

  @Test
  void aBadConfigFileStopsTheCommandWithExitCode2BeforeSparkStarts() throws Exception {
    Path conf = Files.writeString(dir.resolve("bad.conf"), "output = " + dir.resolve("out") + "\ntone.treshold = 0.2\n");
    var err = new ByteArrayOutputStream();
    CommandLine cli = Stancemap.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int code = invokeExecute(cli, "run", "--config", conf.toString());
    assertEquals(ExitCodes.BAD_ARGUMENTS, code);
    assertTrue(err.toString().contains("key 'tone.treshold'"), err.toString());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
  }

  @Test
  void configValuesAreFlagDefaultsAndFlagsWin() throws Exception {
    Path conf = Files.writeString(dir.resolve("ok.conf"), "ingest.max_article_bytes = 1234\nlog.format = json\n");
    StancemapConfig.setCurrent(StancemapConfig.load(conf));
    try {
      CommandLine cli = Stancemap.commandLine();
      StancemapConfig c = StancemapConfig.current();
      cli.setDefaultValueProvider(a -> a instanceof CommandLine.Model.OptionSpec o ? c.defaultFor(o.longestName()) : null);
      CommandLine.ParseResult parsed = cli.parseArgs("run", "--log-format", "text");
      var run = parsed.subcommand().commandSpec();
      assertEquals(1234L, (Long) run.findOption("--max-article-bytes").getValue());
      assertEquals("text", run.findOption("--log-format").getValue());
      assertEquals("12h", run.findOption("--lock-max-age").getValue(), "annotated default where the file is silent");
    } finally {
      StancemapConfig.setCurrent(StancemapConfig.parse(null, Map.of()));
    }
  }

  /** Stancemap.execute with a given CommandLine (to capture stderr). */
  private static int invokeExecute(CommandLine cli, String... args) throws Exception {
    var m = Class.forName("org.stancemap.cli.ConfigDefaults").getDeclaredMethod("execute", CommandLine.class, String[].class);
    m.setAccessible(true);
    return (int) m.invoke(null, cli, args);
  }
}
