package org.stancemap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancemap.statements.StatementExtractor;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.targets.Targets;
import org.stancemap.tone.OutletValidity;
import org.stancemap.tone.TargetToneAnalyzer;
import org.stancemap.tone.ToneScorers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stancemap eval-outlets}: do outlets that side with a state come out more favourable to it? */
@Command(name = "eval-outlets", mixinStandardHelpOptions = true,
    description = {"Outlet-level validity of the tone scorers: per target, the mean tone of articles from outlets that side with it "
        + "minus that of outlets opposed to it (own voice, then every voice), with Welch's p-value.",
        "The side table (data/eval/outlet-sides.tsv) gives each article's outlet alignment per target, judged from its framing."})
public final class EvalOutletsCommand implements Callable<Integer> {
  @Option(names = "--sides", paramLabel = "FILE",
      description = "Side table: set, file, style, one column per target (pro/anti/none), why (default: data/eval/outlet-sides.tsv); "
          + "set is the article folder relative to --articles-root.")
  Path sides;

  @Option(names = "--articles-root", paramLabel = "DIR",
      description = "Folder the side table's sets are relative to (default: the repository).")
  Path root;

  @Option(names = "--scorers", split = ",", paramLabel = "NAME", description = "Scorers to measure, comma-separated (default: the default scorer).")
  List<String> scorers;

  @Override
  public Integer call() {
    Path table = sides != null ? sides : EvalToneCommand.inRepo("data/eval/outlet-sides.tsv");
    Path base = root != null ? root : EvalToneCommand.inRepo(".");
    List<OutletValidity.Side> rows = OutletValidity.load(table);
    List<String> targets = Targets.load().names();
    List<String> names = new ArrayList<>();
    if (scorers == null || scorers.isEmpty()) names.add(ToneScorers.DEFAULT);
    else for (String s : scorers) names.add(ToneScorers.resolve(s));
    System.out.println(rows.size() + " articles from " + table + "; pro-anti > 0 is the right direction");
    for (String name : names) {
      OutletValidity v = new OutletValidity(StatementExtractor.defaults(),
          new TargetToneAnalyzer(TargetMatcher.standard(), EvalToneCommand.scorer(name)));
      System.out.print(OutletValidity.report(name, v.measure(base, rows, targets)));
    }
    return 0;
  }
}
