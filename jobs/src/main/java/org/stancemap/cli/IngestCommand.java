package org.stancemap.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.Pipeline;
import org.stancemap.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read articles into OUTPUT/articles (Parquet); inputs that cannot be read go to OUTPUT/rejects.")
public final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin IngestOptions ingest;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String badOutput = OutputCheck.problem(common.output, new org.apache.hadoop.conf.Configuration());
    if (badOutput != null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), badOutput);
    SparkSession spark = SparkSessions.create(common.master, "stancemap ingest");
    Pipeline.Summary s = Pipeline.ingest(spark, new Pipeline.Options(ingest.inputsOrSamples(), common.output, ingest.maxArticleBytes,
        org.stancemap.jobs.ToneJob.Config.defaults(), org.stancemap.jobs.AggregateJob.Options.defaults(), ingest.allowEmpty), System.out);
    return Reporting.summarize(s, ingest.failOnReject, System.out);
  }
}
