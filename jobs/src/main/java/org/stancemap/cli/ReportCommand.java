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
    description = {"Writes OUT/report/index.html: one self-contained page (no network): scorer and corpus, coverage, "
        + "tone by outlet (own voice against quoted voices), who each outlet quotes, the stance matrix, a filterable "
        + "table of statements and the aggregate tables.",
        "Reads OUT/articles, OUT/statements, OUT/tone and OUT/aggregates (run 'aggregate' first)."})
public final class ReportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--statements-per-outlet", defaultValue = "100",
      description = "Most recent statements of each outlet in the page's statement table (default: ${DEFAULT-VALUE}).")
  int statementsPerOutlet;

  @Option(names = "--max-statements", defaultValue = "5000",
      description = "Statements in that table at most, whatever the number of outlets (default: ${DEFAULT-VALUE}).")
  int maxStatements;

  @Option(names = "--max-table-rows", defaultValue = "300", description = "Rows shown per table (default: ${DEFAULT-VALUE}).")
  int maxTableRows;

  @Mixin
  ChartOptions chart;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(common.master, "stancemap report");
    String page = ReportJob.run(spark, common.output, chart.options(),
        new ReportJob.Options(statementsPerOutlet, maxStatements, maxTableRows));
    System.out.println("report: " + page);
    return 0;
  }
}
