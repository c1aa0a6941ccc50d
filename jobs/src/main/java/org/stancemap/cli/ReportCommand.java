package org.stancemap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.ReportJob;
import org.stancemap.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancemap report}: one self-contained HTML page with charts, tables and example statements. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes OUT/report/index.html: one self-contained page (no network) with the charts, the "
        + "aggregate tables and, per outlet × target, the most positive and most negative statements.",
        "Reads OUT/articles, OUT/statements, OUT/tone and OUT/aggregates (run 'aggregate' first)."})
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--examples", defaultValue = "2",
      description = "Statements shown per outlet × target and direction (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--max-table-rows", defaultValue = "300", description = "Rows shown per table (default: ${DEFAULT-VALUE}).")
  int maxTableRows;

  @Mixin
  ChartOptions chart;

  @Option(names = "--master", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(master, "stancemap report");
    Path page = ReportJob.run(spark, out, chart.options(),
        new ReportJob.Options(examples, maxTableRows));
    System.out.println("report: " + page);
    return 0;
  }
}
