package org.stancemap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancemap.bench.Hotspots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-hotspots", mixinStandardHelpOptions = true,
    description = "Where the CPU went in a Java Flight Recorder file (scripts/bench --jfr): methods by execution samples.")
public final class BenchHotspotsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.jfr", description = "A JFR recording.")
  Path jfr;

  @Option(names = "--top", defaultValue = "20", description = "Methods to list per table (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    Hotspots.print(Hotspots.read(jfr), top, System.out);
    return ExitCodes.OK;
  }
}
