package org.stancemap.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.StatementsJob;
import org.stancemap.schema.StatementColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "statements", mixinStandardHelpOptions = true,
    description = "Split articles into statements (direct, partial, indirect, social, narrative) with speakers, into OUTPUT/statements.")
public final class StatementsCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Articles table (Parquet dir) or a directory of .txt articles (with manifest.jsonl).")
  String input;

  @Mixin CommonOptions common;

  @Option(names = "--format", defaultValue = "parquet", description = "parquet or json (JSON Lines, same columns). Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("parquet") && !format.equals("json")) {
      System.err.println("--format must be parquet or json");
      return 2;
    }
    SparkSession spark = SparkSessions.create(common.master, "stancemap statements");
    String output = common.output + "/" + StatementColumns.TABLE;
    long n = StatementsJob.run(spark, input, output, format);
    System.out.println("statements: " + n + " rows written to " + output + " (" + format + ")");
    return 0;
  }
}
