package org.stancemap.cli;

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
  @Mixin CommonOptions common;

  @Option(names = "--examples", defaultValue = "2",
      description = "Statements shown per outlet × target and direction (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--max-table-rows", defaultValue = "300", description = "Rows shown per table (default: ${DEFAULT-VALUE}).")
  int maxTableRows;

  @Mixin
  ChartOptions chart;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(common.master, "stancemap report");
    String page = ReportJob.run(spark, common.output, chart.options(),
        new ReportJob.Options(examples, maxTableRows));
    System.out.println("report: " + page);
    return 0;
  }
}
