package org.stancemap.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.AggregateJob;
import org.stancemap.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancemap aggregate}: out/{articles,statements,tone} → out/aggregates/*. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
    description = {"Aggregates scored statements by outlet, speaker, outlet × speaker, affiliation and date into "
        + "Parquet tables under OUT/aggregates/ (by_outlet, by_speaker, by_outlet_speaker, by_affiliation, by_date), "
        + "each also as one CSV file NAME.csv: statements, articles, mean tone with a 95%% interval (articles as "
        + "clusters, widened where it would claim more than the scale allows), shares positive/negative/neutral, "
        + "low-support flag.",
        "Reads OUT/articles, OUT/statements and OUT/tone."})
public final class AggregateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--min-articles", defaultValue = "" + AggregateJob.DEFAULT_MIN_ARTICLES,
      description = "Groups with fewer articles are kept but flagged low_support (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(names = "--run-id", description = "Run id written into every row (default: derived from the input's content).")
  String runId;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(common.master, "stancemap aggregate");
    Map<String, String> paths = AggregateJob.run(spark, common.output, new AggregateJob.Options(minArticles, runId)).paths();
    paths.forEach((table, path) -> System.out.println(table + ": " + path));
    return 0;
  }
}
