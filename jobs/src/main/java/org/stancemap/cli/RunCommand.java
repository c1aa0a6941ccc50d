package org.stancemap.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.Pipeline;
import org.stancemap.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline (ingest, statements, tone, aggregates, charts, report). "
        + "With no arguments: the bundled sample articles into ./out.")
public final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin IngestOptions ingest;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(common.master, "stancemap run");
    Pipeline.Summary s = Pipeline.run(spark, new Pipeline.Options(ingest.inputsOrSamples(), common.output, ingest.maxArticleBytes), System.out);
    return Reporting.summarize(s, ingest.failOnReject, System.out);
  }
}
