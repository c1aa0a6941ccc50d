package org.stancemap.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.ChartsJob;
import org.stancemap.jobs.Pipeline;
import org.stancemap.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancemap charts}: out/aggregates/* → out/charts/*.png|svg. */
@Command(name = "charts", mixinStandardHelpOptions = true,
    description = {"Draws the comparison charts (PNG and SVG) from OUT/aggregates/ into OUT/charts/: tone by outlet, "
        + "by speaker, the affiliation × target stance matrix, tone over time, own voice vs quoted voices."})
public final class ChartsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin
  ChartOptions chart;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(common.master, "stancemap charts");
    List<ChartsJob.Chart> charts = ChartsJob.run(spark, common.output, chart.options()).charts();
    for (ChartsJob.Chart c : charts) System.out.println(c.title() + ": " + Pipeline.path(Pipeline.path(common.output, ChartsJob.DIR), c.name() + ".png"));
    return 0;
  }
}
