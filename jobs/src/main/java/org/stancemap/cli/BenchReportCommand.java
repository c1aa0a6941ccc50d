package org.stancemap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancemap.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-report", mixinStandardHelpOptions = true,
    description = "Summarise the runs scripts/bench left in RUNS: per stage and in total wall time, articles/s, words/s, "
        + "driver peak RSS, Parquet bytes per 1,000 articles, ratio to the floor, scaling; writes bench.json and bench.png.")
public final class BenchReportCommand implements Callable<Integer> {
  @Option(names = "--runs", paramLabel = "DIR", required = true, description = "The runs folder scripts/bench wrote.")
  Path runs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Where bench.json and bench.png go.")
  Path output;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]", description = "The master the runs used (recorded only).")
  String master;

  @Option(names = "--sizes", paramLabel = "N,N", split = ",", description = "Only these corpus sizes (default: every run found).")
  java.util.List<Integer> sizes;

  @Option(names = "--limits", description = "Include the limits run (runs/limits).")
  boolean limits;

  @Override
  public Integer call() {
    BenchReport.build(runs, output, master, sizes, limits, System.out);
    return ExitCodes.OK;
  }
}
