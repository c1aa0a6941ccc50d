package org.stancemap.cli;

import java.util.concurrent.Callable;
import org.stancemap.jobs.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline (ingest, statements, tone, aggregates, charts, report). "
        + "With no arguments: the bundled sample articles into ./out.")
public final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin IngestOptions ingest;
  @Mixin OpsOptions ops;
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(names = "--scorer", paramLabel = "NAME",
      description = "Tone scorer: default, or a registered name (see eval-tone); wins over tone.scorer in --config.")
  String scorer;

  @picocli.CommandLine.Option(names = "--stages", paramLabel = "LIST", split = ",",
      description = "Run only these stages on the tables already under --output, in pipeline order, in one JVM and one Spark "
          + "session (instead of one launch per subcommand); reads no input. Stages: statements, tone, aggregate, charts, report, "
          + "e.g. tone,aggregate,charts,report.")
  java.util.List<String> stages;

  @Override
  public Integer call() {
    if (stages != null) return StagesOperation.run(spec, common, ops, scorer, stages);
    // lock, transaction, progress, incremental mode: RunOperation; the pipeline itself: Pipeline.run
    return RunOperation.run(spec, common, ingest, ops, scorer, (spark, options) -> Pipeline.run(spark, options, System.out));
  }
}
