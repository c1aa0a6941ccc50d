package org.stancemap.cli;

import java.io.PrintStream;
import org.stancemap.jobs.Pipeline;

/** The closing summary a run prints, and the exit code it implies. */
final class Reporting {
  private Reporting() {}

  static int summarize(Pipeline.Summary s, boolean failOnReject, PrintStream out) {
    out.printf("stancemap: %d articles read, %d rejected, %d duplicates; outlets: %s%n",
        s.articles(), s.rejected(), s.duplicates(), org.stancemap.jobs.ConsoleText.clean(String.join(", ", s.outlets())));
    for (String path : s.outputs()) out.println("  wrote " + path);
    return failOnReject && s.rejected() > 0 ? ExitCodes.REJECTS : ExitCodes.OK;
  }
}
