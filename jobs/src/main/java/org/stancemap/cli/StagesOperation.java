package org.stancemap.cli;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.stancemap.ingest.ArticleParser;
import org.stancemap.jobs.AggregateJob;
import org.stancemap.jobs.InputNotFoundException;
import org.stancemap.jobs.Pipeline;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.Stages;
import org.stancemap.jobs.TableFiles;
import org.stancemap.jobs.ToneJob;
import org.stancemap.ops.Checkpoints;
import org.stancemap.ops.RunLock;
import org.stancemap.ops.StancemapConfig;
import picocli.CommandLine;

/**
 * {@code run --stages LIST}: the chosen stages on the tables of an existing output, in one JVM and
 * one Spark session, under the output's lock. Checked before the lock and Spark: the names, options
 * that only a run reading input takes, the output, and that the output holds what the stages read.
 */
final class StagesOperation {
  /** Options of a run that reads input: refused with --stages when given on the command line. */
  private static final List<String> INPUT_OPTIONS = List.of("--input", "--max-article-bytes", "--fail-on-reject", "--allow-empty",
      "--incremental", "--full", "--since", "--state");

  private StagesOperation() {}

  /** @param scorer the {@code --scorer} flag, null when not given */
  static int run(CommandLine.Model.CommandSpec spec, CommonOptions common, OpsOptions ops, String scorer, List<String> names) {
    CommandLine cli = spec.commandLine();
    List<Stages.Stage> stages;
    java.time.Duration maxAge;
    try {
      stages = Stages.parse(names);
      if (scorer != null) org.stancemap.tone.ToneScorers.checkName(scorer);
      maxAge = ops.lockMaxAgeDuration();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    for (String option : INPUT_OPTIONS) {
      if (cli.getParseResult().hasMatchedOption(option)) {
        throw new CommandLine.ParameterException(cli, "--stages runs stages on the tables under --output and reads no input: "
            + option + " cannot be given with it");
      }
    }
    if (scorer != null && !stages.contains(Stages.Stage.TONE)) {
      throw new CommandLine.ParameterException(cli, "--scorer sets the tone stage, which --stages does not name");
    }
    Configuration conf = new Configuration();
    String badOutput = OutputCheck.problem(common.output, conf);
    if (badOutput != null) throw new CommandLine.ParameterException(cli, badOutput);
    String missing = Stages.missing(stages, common.output, table -> TableFiles.exists(conf, Pipeline.path(common.output, table)));
    if (missing != null) throw new InputNotFoundException(missing);

    try (RunLock lock = RunLock.acquire(conf, common.output, ops.lockDir, maxAge, "stancemap run --stages", System.out)) {
      Checkpoints.reach("locked");
      SparkSession spark = SparkSessions.create(common.master, "stancemap run --stages");
      Pipeline.Options options = new Pipeline.Options(List.of(), common.output, ArticleParser.DEFAULT_MAX_BYTES,
          ToneJob.Config.of(StancemapConfig.current(), scorer), AggregateJob.Options.of(StancemapConfig.current()), false);
      long t0 = System.nanoTime();
      List<String> written = Pipeline.runStages(spark, options, stages, System.out);
      System.out.printf("stancemap: ran %s in %.1f s%n",
          String.join(", ", stages.stream().map(Stages.Stage::label).toList()), (System.nanoTime() - t0) / 1e9);
      for (String path : written) System.out.println("  wrote " + path);
      return ExitCodes.OK;
    }
  }
}
