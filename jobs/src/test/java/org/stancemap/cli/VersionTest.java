package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancemap.tone.ToneScorers;
import picocli.CommandLine;

/** {@code -V}/{@code --version} answers at the top and on every subcommand (it used to print nothing on {@code run -V}). */
class VersionTest {
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
}
