package org.stancemap.cli;

import org.stancemap.jobs.AggregateJob;
import org.stancemap.jobs.ChartsJob;
import picocli.CommandLine.Option;

/** The chart options shared by {@code charts} and {@code report} (a picocli mixin). */
public final class ChartOptions {
  @Option(names = "--top-speakers", defaultValue = "15", description = "Speakers in the speaker chart (default: ${DEFAULT-VALUE}).")
  int topSpeakers;

  @Option(names = "--top-outlets", defaultValue = "20", description = "Outlets in the outlet charts (default: ${DEFAULT-VALUE}).")
  int topOutlets;

  @Option(names = "--min-articles", defaultValue = "" + AggregateJob.DEFAULT_MIN_ARTICLES,
      description = "The minimum support used by aggregate, named in the chart notes (default: ${DEFAULT-VALUE}).")
  int minArticles;

  ChartsJob.Options options() {
    return new ChartsJob.Options(topSpeakers, topOutlets, minArticles);
  }
}
