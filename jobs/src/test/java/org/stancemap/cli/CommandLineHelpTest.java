package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancemap.tone.ToneScorers;
import picocli.CommandLine;

/** Conventions of the command line: {@code -V}/{@code --version} on every subcommand (it used to print nothing on {@code run -V}), whole-sentence command summaries. */
class CommandLineHelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"-V", "run -V", "run --version", "tone --version", "export -V", "eval-tone -V"})
  void printsTheVersionAndTheDefaultScorer(String args) {
    CommandLine cli = Stancemap.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    for (CommandLine sub : cli.getSubcommands().values()) sub.setOut(new PrintWriter(out, true));
    assertEquals(0, cli.execute(args.split(" ")));
    assertTrue(out.toString().startsWith(Stancemap.VERSION), out.toString());
    assertTrue(out.toString().contains("default tone scorer: " + ToneScorers.DEFAULT), out.toString());
  }

  /** The top-level help lists each command by the first line of its description: a whole sentence, not a cut one. */
  @org.junit.jupiter.api.Test
  void everyCommandSummaryIsAWholeSentence() {
    for (var e : Stancemap.commandLine().getSubcommands().entrySet()) {
      String[] d = e.getValue().getCommandSpec().usageMessage().description();
      assertTrue(d.length > 0, e.getKey() + " has a description");
      assertTrue(d[0].strip().endsWith("."), e.getKey() + "'s first description line is cut: " + d[0]);
    }
  }
}
