package org.stancemap.cli;

import java.nio.file.Path;
import org.stancemap.ops.StancemapConfig;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Applies {@code --config FILE} before picocli parses the flags: the file's values become the
 * defaults of the flags they mirror, so flags given on the command line win; the rest is
 * available to the stages through {@link StancemapConfig#current()}.
 */
final class ConfigDefaults {
  private ConfigDefaults() {}

  static int execute(CommandLine cli, String... args) {
    String file = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) file = args[i + 1];
      else if (args[i].startsWith("--config=")) file = args[i].substring("--config=".length());
    }
    if (file == null) return cli.execute(args);
    StancemapConfig config;
    try {
      config = StancemapConfig.load(Path.of(file));
    } catch (StancemapConfig.BadConfigException e) {
      cli.getErr().println("stancemap: " + e.getMessage());
      return ExitCodes.BAD_ARGUMENTS;
    }
    StancemapConfig.setCurrent(config);
    String dataDir = config.get("data.dir");
    // local runs (driver and executors in this JVM); on a cluster see README "Run on a cluster"
    if (dataDir != null && System.getProperty(org.stancemap.text.DataFiles.PROPERTY) == null) {
      System.setProperty(org.stancemap.text.DataFiles.PROPERTY, dataDir);
    }
    try {
      cli.setDefaultValueProvider(arg -> arg instanceof OptionSpec o ? config.defaultFor(o.longestName()) : null);
      return cli.execute(args);
    } finally {
      StancemapConfig.setCurrent(StancemapConfig.parse(null, java.util.Map.of()));
    }
  }
}
