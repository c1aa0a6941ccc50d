package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that run Spark jobs. */
public final class CommonOptions {
  @Option(names = "--master", paramLabel = "URL", converter = MasterUrl.class,
      description = "Spark master (default: local[*], or what spark-submit set). E.g. local[2], spark://host:7077.")
  public String master;

  /** --master checked before Spark starts: a typo is exit code 2 with one line, not a failed job. */
  public static final class MasterUrl implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String bad = org.stancemap.jobs.SparkSessions.badMaster(value);
      if (bad != null) throw new picocli.CommandLine.TypeConversionException(bad);
      return value;
    }
  }

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
      description = "Output folder (any Hadoop path). Default: ${DEFAULT-VALUE}.")
  public String output;

  /** The sample articles shipped in the repository, found from the launcher's home. */
  public static List<String> sampleInputs() {
    String home = System.getProperty("stancemap.home", ".");
    Path samples = Path.of(home, "data", "samples");
    return List.of(Files.isDirectory(samples) ? samples.toAbsolutePath().normalize().toString() : "data/samples");
  }
}
