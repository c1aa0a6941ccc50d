package org.stancemap.cli;

import org.stancemap.jobs.InputNotFoundException;
import org.stancemap.ops.RunLock;
import org.stancemap.ops.StancemapConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The stancemap command line: each stage is a subcommand; {@code run} chains them. */
@Command(name = "stancemap", mixinStandardHelpOptions = true, version = Stancemap.VERSION,
    description = "Who says what about whom: statements, speakers and tone toward targets in news articles.",
    subcommands = {
        CommandLine.HelpCommand.class,
        RunCommand.class,
        IngestCommand.class,
        StatementsCommand.class,
        EvalStatementsCommand.class,
        ToneCommand.class,
        ScoreTargetsCommand.class,
        EvalToneCommand.class,
        EvalOutletsCommand.class,
        EvalTargetsCommand.class,
        AggregateCommand.class,
        ChartsCommand.class,
        ReportCommand.class,
        ExportCommand.class,
        TrainToneCommand.class,
        DistilDataCommand.class,
        BenchCorpusCommand.class,
        BenchFloorCommand.class,
        BenchReportCommand.class,
        BenchHotspotsCommand.class,
    })
public final class Stancemap implements Runnable {
  public static final String VERSION = "stancemap 0.1.0";

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line with the settings of --config FILE as defaults (flags win over them). */
  public static int execute(String... args) {
    try {
      return ConfigDefaults.execute(commandLine(), args);
    } catch (org.apache.hadoop.fs.FSError e) {
      // Hadoop's local file system throws an Error, not an exception, when a write fails (a full
      // disk): without this the JVM would print a stack trace and exit with 1, an undocumented code
      System.err.println("stancemap: failed: " + e);
      diskFull(e).ifPresent(System.err::println);
      System.err.println("stancemap: previous outputs are unchanged; set STANCEMAP_DEBUG=1 for the stack trace");
      if (System.getenv("STANCEMAP_DEBUG") != null) e.printStackTrace();
      return ExitCodes.JOB_FAILED;
    }
  }

  /** A line saying the disk is full when {@code e} or a cause says "No space left on device". */
  static java.util.Optional<String> diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left")) {
        return java.util.Optional.of("stancemap: No space left on device: free space where the output (or spark.local.dir) is, or choose"
            + " another --output; the next run starts again from the inputs");
      }
    }
    return java.util.Optional.empty();
  }

  /** The command line with stancemap's exit codes: failures print one clear line, not a stack trace. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Stancemap());
    // every subcommand answers -V/--version too, naming the default tone scorer its output would carry
    String[] version = {VERSION, "default tone scorer: " + org.stancemap.tone.ToneScorers.DEFAULT};
    cli.getCommandSpec().version(version);
    for (CommandLine sub : cli.getSubcommands().values()) sub.getCommandSpec().version(version);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof RunLock.LockHeldException) {
        cmd.getErr().println("stancemap: " + e.getMessage());
        return ExitCodes.LOCK_HELD;
      }
      if (e instanceof StancemapConfig.BadConfigException || e instanceof RunLock.UnsafeLockException) {
        cmd.getErr().println("stancemap: " + e.getMessage());
        return ExitCodes.BAD_ARGUMENTS;
      }
      if (e instanceof InputNotFoundException) {
        cmd.getErr().println("stancemap: " + e.getMessage());
        return ExitCodes.INPUT_NOT_FOUND;
      }
      cmd.getErr().println("stancemap: " + cmd.getCommandName() + " failed: " + e);
      diskFull(e).ifPresent(cmd.getErr()::println);
      if (System.getenv("STANCEMAP_DEBUG") != null) e.printStackTrace(cmd.getErr());
      else cmd.getErr().println("stancemap: previous outputs are unchanged; set STANCEMAP_DEBUG=1 for the stack trace");
      return ExitCodes.JOB_FAILED;
    });
    return cli;
  }
}
