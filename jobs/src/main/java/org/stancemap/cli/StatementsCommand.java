package org.stancemap.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.StatementsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "statements", mixinStandardHelpOptions = true,
    description = "Split articles into statements (direct, partial, indirect, social, narrative) with speakers.")
public final class StatementsCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Articles table (Parquet dir) or a directory of .txt articles (with manifest.jsonl).")
  String input;

  @Option(names = "--output", defaultValue = "out/statements", description = "Output directory (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--format", defaultValue = "parquet", description = "parquet or json (JSON Lines, same columns). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--master", description = "Spark master (default local[*]; ignored under spark-submit).")
  String master;

  @Override
  public Integer call() {
    if (!format.equals("parquet") && !format.equals("json")) {
      System.err.println("--format must be parquet or json");
      return 2;
    }
    SparkSession spark = SparkSessions.create(master, "stancemap statements");
    long n = StatementsJob.run(spark, input, output, format);
    System.out.println("statements: " + n + " rows written to " + output + " (" + format + ")");
    return 0;
  }
}
