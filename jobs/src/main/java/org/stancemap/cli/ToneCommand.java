package org.stancemap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.ToneJob;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.targets.Targets;
import org.stancemap.tone.ToneScorers;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stancemap tone}: statements table in, tone table out. */
@Command(name = "tone", mixinStandardHelpOptions = true,
    description = "Scores each statement's tone toward each target it mentions, into OUTPUT/tone (one row per statement and target). "
        + "Output columns: article_id, statement_id, target, mention, mention_start, mention_end (offsets into the "
        + "article text), score [-1,1], label neg/neu/pos, confidence, evidence, scorer.")
public final class ToneCommand implements Callable<Integer> {
  @Option(names = "--statements", paramLabel = "DIR", description = "Statements table (Parquet directory). Default: OUTPUT/statements.")
  String statements;

  @Mixin CommonOptions common;

  @Option(names = "--scorer", defaultValue = ToneScorers.DEFAULT_ALIAS,
      description = "Tone scorer: default, or one of the registered names (see eval-tone). Default: ${DEFAULT-VALUE}.")
  String scorer;

  @Option(names = "--targets", description = "Targets file (format of data/targets.tsv) instead of the packaged one.")
  Path targets;

  @Option(names = "--no-leaders", description = "Do not count leaders and officials (Putin, Erdogan, ...) as mentions of their state.")
  boolean noLeaders;

  @Override
  public Integer call() {
    Targets t = targets == null ? Targets.load() : Targets.load(targets);
    ToneJob.Config config = new ToneJob.Config(ToneScorers.resolve(scorer), t, new TargetMatcher.Options(!noLeaders));
    SparkSession spark = SparkSessions.create(common.master, "stancemap-tone");
    String statements = this.statements != null ? this.statements : common.output + "/" + StatementColumns.TABLE;
    String output = common.output + "/" + ToneColumns.TABLE;
    long t0 = System.nanoTime();
    long statementsRead = spark.read().parquet(statements).count();
    long rows = ToneJob.run(spark, statements, output, config);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("tone: %d statements -> %d (statement, target) rows with scorer %s, targets %s, in %.1f s (reading, scoring and writing) -> %s%n",
        statementsRead, rows, config.scorer(), t.names(), seconds, output);
    return 0;
  }
}
