package org.stancemap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The stancemap command line: each stage is a subcommand; {@code run} chains them. */
@Command(name = "stancemap", mixinStandardHelpOptions = true, version = "stancemap 0.1.0",
    description = "Who says what about whom: statements, speakers and tone toward targets in news articles.",
    subcommands = {
        CommandLine.HelpCommand.class,
        ToneCommand.class,
        ScoreTargetsCommand.class,
        EvalToneCommand.class,
        TrainToneCommand.class,
    })
public final class Stancemap implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Stancemap()).execute(args));
  }
}
