package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancemap.targets.ContextualEvaluator;
import org.stancemap.targets.TargetMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "eval-targets", mixinStandardHelpOptions = true,
    description = "Score how loose references to a state (\"the regime\", \"army units\", \"the ministry\") are resolved "
        + "against a gold folder (articles, manifest.jsonl, gold.jsonl with article, phrase, occurrence, state): accuracy, "
        + "recall and precision of references to a target, then every miss.")
public final class EvalTargetsCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "The gold folder, e.g. udfs/src/test/resources/contextual1.")
  Path gold;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold.resolve("gold.jsonl"))) {
      System.err.println("error: " + gold + " holds no gold.jsonl");
      return ExitCodes.INPUT_NOT_FOUND;
    }
    System.out.print(new ContextualEvaluator(TargetMatcher.standard()).evaluate(gold).report());
    return 0;
  }
}
