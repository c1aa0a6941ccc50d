package org.stancemap.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.bench.FloorJob;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.StageTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-floor", mixinStandardHelpOptions = true,
    description = "The benchmark's floor: read JSON Lines and text articles and only split sentences and tokens with Spark NLP "
        + "(DocumentAssembler, SentenceDetector, Tokenizer), then count. Times itself like a pipeline stage.")
public final class BenchFloorCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*", required = true, description = "JSON Lines or text files, folders or globs.")
  List<String> inputs;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create(common.master, "stancemap bench-floor");
    FloorJob.Counts c = StageTimer.time("floor", () -> FloorJob.split(FloorJob.readTexts(spark, inputs)));
    System.out.printf("stancemap: floor read %,d documents: %,d sentences, %,d tokens%n", c.documents(), c.sentences(), c.tokens());
    return ExitCodes.OK;
  }
}
