package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.ConsoleCapture;
import org.stancemap.cli.ExitCodes;
import org.stancemap.cli.Stancemap;
import org.stancemap.jobs.SparkTestSession;

/**
 * {@code run --stages}: the chosen stages in one JVM and one Spark session on an existing output give
 * the tables a whole run gave; bad stage lists, options that read input and an output without what
 * the stages read are refused before anything runs.
 */
class StagesRunTest {
  private static final Path SAMPLES = Path.of("..", "data", "samples").toAbsolutePath().normalize();

  private record Outcome(int code, String printed) {}

  private static Outcome stancemap(String... args) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code;
    try (ConsoleCapture c = new ConsoleCapture(printed)) {
      code = Stancemap.execute(args);
    }
    return new Outcome(code, printed.toString(StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> tables(SparkSession spark, Path out) throws Exception {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String table : Tables.names(out)) rows.put(table, Tables.rows(spark, out.resolve(table)));
    return rows;
  }

  private static void delete(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theChosenStagesRemakeTheirTablesAsAWholeRunDid(@TempDir Path work) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path out = work.resolve("out");
    Outcome whole = stancemap("run", "--master", "local[2]", "--scorer", "lexicon", "--quiet", "--input", SAMPLES.toString(),
        "--output", out.toString());
    assertEquals(0, whole.code(), whole.printed());
    Map<String, List<String>> expected = tables(spark, out);
    List<String> charts = files(out.resolve("charts"));
    for (String gone : List.of("tone", "aggregates", "charts", "report")) delete(out.resolve(gone));

    Outcome staged = stancemap("run", "--stages", "report,tone,aggregate,charts", "--master", "local[2]", "--scorer", "lexicon",
        "--output", out.toString());
    assertEquals(0, staged.code(), staged.printed());
    assertTrue(staged.printed().contains("stancemap: ran tone, aggregate, charts, report in "), staged.printed());
    assertEquals(expected, tables(spark, out));
    assertEquals(charts, files(out.resolve("charts")));
    assertTrue(Files.size(out.resolve("report").resolve("index.html")) > 10_000, "the report page");
  }

  @Test
  void plansRunInterpretedAsTheLauncherRunsASmallInputGiveTheTablesOfCompiledPlans(@TempDir Path work) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path compiled = work.resolve("compiled"), interpreted = work.resolve("interpreted");
    Outcome first = stancemap("run", "--master", "local[2]", "--scorer", "lexicon", "--quiet", "--input", SAMPLES.toString(),
        "--output", compiled.toString());
    assertEquals(0, first.code(), first.printed());
    // what scripts/lib/common.sh passes a small run (stancemap_small_run_opts)
    Map<String, String> small = Map.of("spark.sql.codegen.wholeStage", "false", "spark.sql.codegen.factoryMode", "NO_CODEGEN");
    small.forEach(spark.conf()::set);
    try {
      Outcome second = stancemap("run", "--master", "local[2]", "--scorer", "lexicon", "--quiet", "--input", SAMPLES.toString(),
          "--output", interpreted.toString());
      assertEquals(0, second.code(), second.printed());
    } finally {
      small.keySet().forEach(spark.conf()::unset);
    }
    Map<String, List<String>> expected = tables(spark, compiled);
    assertTrue(expected.get("tone").size() > 50, "the samples' tone rows");
    assertEquals(expected, tables(spark, interpreted));
    assertEquals(files(compiled.resolve("charts")), files(interpreted.resolve("charts")));
    for (String chart : files(compiled.resolve("charts"))) {
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(compiled.resolve("charts").resolve(chart)),
          Files.readAllBytes(interpreted.resolve("charts").resolve(chart))), chart);
    }
  }

  @Test
  void badListsAndOptionsThatReadInputAreRefusedBeforeAnythingRuns(@TempDir Path out) throws Exception {
    Files.createDirectories(out.resolve("articles"));
    Outcome unknown = stancemap("run", "--stages", "tone,aggregates", "--output", out.toString());
    assertEquals(ExitCodes.BAD_ARGUMENTS, unknown.code());
    assertTrue(unknown.printed().contains("--stages: unknown stage 'aggregates'; stages: statements, tone, aggregate, charts, report"),
        unknown.printed());
    Outcome twice = stancemap("run", "--stages", "tone,tone", "--output", out.toString());
    assertEquals(ExitCodes.BAD_ARGUMENTS, twice.code());
    assertTrue(twice.printed().contains("--stages names 'tone' twice"), twice.printed());
    Outcome input = stancemap("run", "--stages", "tone", "--input", SAMPLES.toString(), "--output", out.toString());
    assertEquals(ExitCodes.BAD_ARGUMENTS, input.code());
    assertTrue(input.printed().contains("--stages runs stages on the tables under --output and reads no input: --input cannot be given with it"),
        input.printed());
    Outcome incremental = stancemap("run", "--stages", "tone", "--incremental", "--output", out.toString());
    assertEquals(ExitCodes.BAD_ARGUMENTS, incremental.code());
    assertTrue(incremental.printed().contains("--incremental cannot be given with it"), incremental.printed());
    Outcome scorer = stancemap("run", "--stages", "aggregate", "--scorer", "lexicon", "--output", out.toString());
    assertEquals(ExitCodes.BAD_ARGUMENTS, scorer.code());
    assertTrue(scorer.printed().contains("--scorer sets the tone stage, which --stages does not name"), scorer.printed());

    Outcome lacking = stancemap("run", "--stages", "tone,aggregate", "--output", out.toString());
    assertEquals(ExitCodes.INPUT_NOT_FOUND, lacking.code(), lacking.printed());
    assertTrue(lacking.printed().contains("which lacks " + out.resolve("statements") + " (read by tone): add the stages"), lacking.printed());
    assertEquals(List.of("articles"), files(out), "nothing written, no lock left behind");
  }
}
