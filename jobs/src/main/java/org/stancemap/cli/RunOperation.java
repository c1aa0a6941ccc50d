package org.stancemap.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.AggregateJob;
import org.stancemap.jobs.Pipeline;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.ToneJob;
import org.stancemap.ops.StancemapConfig;
import org.stancemap.ops.Checkpoints;
import org.stancemap.ops.IncrementalRun;
import org.stancemap.ops.OutputTransaction;
import org.stancemap.ops.Progress;
import org.stancemap.ops.RunLock;
import picocli.CommandLine;

/**
 * A {@code run} as an operation: the output's lock (before Spark starts), recovery of an
 * interrupted commit, progress reporting, the run itself (whole or incremental) inside one
 * {@link OutputTransaction}, the commit, the summary and the exit code.
 */
final class RunOperation {
  private RunOperation() {}

  /** @param scorer the {@code --scorer} flag, null when not given (the config file's {@code tone.scorer} or the default) */
  static int run(CommandLine.Model.CommandSpec spec, CommonOptions common, IngestOptions ingest, OpsOptions ops, String scorer,
      BiFunction<SparkSession, Pipeline.Options, Pipeline.Summary> wholeRun) {
    try {
      if (scorer != null) org.stancemap.tone.ToneScorers.checkName(scorer);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    java.time.LocalDate since;
    java.time.Duration maxAge;
    java.time.Duration interval;
    Progress.Format format;
    try {
      since = ops.sinceDate();
      maxAge = ops.lockMaxAgeDuration();
      interval = ops.interval();
      format = ops.format();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (ops.full && since != null) throw new CommandLine.ParameterException(spec.commandLine(), "--full and --since exclude each other");
    if (ops.state != null && !ops.isIncremental()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--state needs --incremental (or --full, --since)");
    }
    String badOutput = OutputCheck.problem(common.output, new Configuration());
    if (badOutput != null) throw new CommandLine.ParameterException(spec.commandLine(), badOutput);
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
        + "-" + ProcessHandle.current().pid();
    try (RunLock lock = RunLock.acquire(new Configuration(), common.output, ops.lockDir, maxAge, "stancemap run", System.out)) {
      Checkpoints.reach("locked");
      if (ops.isIncremental() && !ops.full && since == null) {
        // nothing to read is decided before Spark starts, after an interrupted commit is completed and
        // a killed run's staging folders are dropped (as the transaction below would)
        Configuration conf = new Configuration();
        String state = ops.state != null ? ops.state : IncrementalRun.defaultStateDir(common.output);
        try (OutputTransaction tx = OutputTransaction.begin(conf, common.output, runId, System.out)) {
          tx.alsoClean(state);
          if (IncrementalRun.nothingToRead(conf, ingest.inputsOrSamples(), ingest.maxArticleBytes,
              ToneJob.Config.scorerName(StancemapConfig.current(), scorer), common.output, state, System.out)) {
            return ExitCodes.OK;
          }
        }
      }
      ToneJob.Config toneConfig = ToneJob.Config.of(StancemapConfig.current(), scorer);
      // the tone model and the statement rules load on the second core while Spark starts (local master only)
      org.stancemap.jobs.Prewarm.start(common.master, toneConfig.scorer());
      SparkSession spark = SparkSessions.create(common.master, "stancemap run");
      Progress progress = Progress.start(spark, format, System.out, interval);
      Pipeline.Options options = new Pipeline.Options(ingest.inputsOrSamples(), common.output, ingest.maxArticleBytes,
          toneConfig, AggregateJob.Options.of(StancemapConfig.current()), ingest.allowEmpty);
      try (OutputTransaction tx = OutputTransaction.begin(spark.sparkContext().hadoopConfiguration(), common.output, runId, System.out)) {
        Pipeline.Summary summary;
        if (ops.isIncremental()) {
          String state = ops.state != null ? ops.state : IncrementalRun.defaultStateDir(common.output);
          tx.alsoClean(state);
          IncrementalRun.Result r = IncrementalRun.run(spark,
              new IncrementalRun.Request(options, state, ops.full ? IncrementalRun.Mode.FULL : IncrementalRun.Mode.INCREMENTAL, since, runId),
              tx, System.out);
          if (r.nothingToDo()) return ExitCodes.OK;
          summary = r.summary();
          tx.commit();
          System.out.printf("stancemap: %s: %d new, %d changed, %d reprocessed (--since), %d replaced; %d articles in total%n",
              r.full() ? "full run" : "incremental run", r.added(), r.changed(), r.reprocessed(), r.replaced(), r.total());
        } else {
          // the whole pipeline writes into the transaction's staging folder, moved into place at commit
          Pipeline.Summary staged;
          // one progress stage for the whole pipeline (Spark tasks); Pipeline.run may open finer ones
          try (Progress.Stage st = Progress.stage("run", -1)) {
            staged = wholeRun.apply(spark, options.to(tx.stagedOutput()));
          }
          summary = new Pipeline.Summary(staged.articles(), staged.rejected(), staged.duplicates(), staged.outlets(),
              staged.outputs().stream().map(tx::finalPath).toList());
          Checkpoints.reach("staged");
          tx.commit();
        }
        return Reporting.summarize(summary, ingest.failOnReject, System.out);
      } finally {
        progress.stop();
      }
    }
  }
}
