package org.stancemap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.AggregateJob;
import org.stancemap.jobs.ChartsJob;
import org.stancemap.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stancemap charts}: out/aggregates/* → out/charts/*.png|svg. */
@Command(name = "charts", mixinStandardHelpOptions = true,
    description = {"Draws the comparison charts (PNG and SVG) from OUT/aggregates/ into OUT/charts/: tone by outlet, "
        + "by speaker, the affiliation × target stance matrix, tone over time, own voice vs quoted voices."})
public final class ChartsCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--top-speakers", defaultValue = "15", description = "Speakers in the speaker chart (default: ${DEFAULT-VALUE}).")
  int topSpeakers;

  @Option(names = "--top-outlets", defaultValue = "20", description = "Outlets in the outlet charts (default: ${DEFAULT-VALUE}).")
  int topOutlets;

  @Option(names = "--min-articles", defaultValue = "" + AggregateJob.DEFAULT_MIN_ARTICLES,
      description = "The minimum support used by aggregate, named in the chart notes (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(names = "--master", description = "Spark master (default: local[*]).")
  String master;

  ChartsJob.Options options() {
    return new ChartsJob.Options(topSpeakers, topOutlets, minArticles);
  }

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(master, "stancemap charts");
    List<ChartsJob.Chart> charts = ChartsJob.run(spark, out, options());
    for (ChartsJob.Chart c : charts) System.out.println(c.title() + ": " + Path.of(out, ChartsJob.DIR, c.name() + ".png"));
    return 0;
  }
}
