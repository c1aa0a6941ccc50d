package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancemap.statements.StatementEvaluator;
import org.stancemap.statements.StatementExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-statements", mixinStandardHelpOptions = true,
    description = "Score statement extraction against gold statements: recall, precision, speaker accuracy per kind; "
        + "precision and speaker accuracy per attribution rule; error counts per kind, then every miss grouped by kind "
        + "(missed quote, missed indirect, wrong speaker, kind mismatch, spurious).")
public final class EvalStatementsCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "Gold statements, JSON Lines (format of data/eval/seed-gold.jsonl).")
  Path gold;

  @Option(names = "--articles", description = "Directory with the gold articles and manifest.jsonl (default: data/samples).")
  Path articles;

  @Override
  public Integer call() {
    Path dir = articles;
    if (dir == null) {
      String home = System.getProperty("stancemap.home", ".");
      dir = Path.of(home, "data", "samples");
      if (!Files.isDirectory(dir)) dir = Path.of("data", "samples");
    }
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(gold), dir);
    System.out.print(r.report());
    return 0;
  }
}
