package org.stancemap.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.stancemap.jobs.InputNotFoundException;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.TableFiles;
import org.stancemap.schema.AggregateColumns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stancemap export}: one table of OUT as one CSV or JSON Lines file. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes one table of OUT (articles, rejects, statements, tone, or an aggregate table such as "
        + "by_outlet) as one file instead of a Spark folder: CSV (RFC 4180, header row, UTF-8) or JSON Lines "
        + "(one object per row). The file is replaced atomically.",
        "Example: stancemap export --table by_outlet_speaker --format csv --file quoted.csv --output out"})
public final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--table", paramLabel = "NAME", required = true,
      description = "The table: articles, rejects, statements, tone, by_outlet, by_speaker, by_outlet_speaker, "
          + "by_affiliation, by_date.")
  String table;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv or jsonl. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--file", paramLabel = "FILE", required = true,
      description = "The file to write (any Hadoop path); its folder is created.")
  String file;

  @Override
  public Integer call() {
    TableFiles.Format f;
    String path;
    try {
      f = TableFiles.Format.of(format);
      path = TableFiles.tablePath(common.output, table);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!TableFiles.exists(new Configuration(), path)) { // before Spark starts, for a clear message
      throw new InputNotFoundException("no table " + table + " at " + path + " (run 'stancemap run' first, "
          + "or the stage that writes it)");
    }
    SparkSession spark = SparkSessions.create(common.master, "stancemap export");
    Dataset<Row> data = spark.read().parquet(path);
    // an aggregate table in its keys' order, as its CSV has it (a large one is written as several files, read in no fixed order)
    List<String> keys = AggregateColumns.TABLES.contains(table) ? AggregateColumns.keys(table) : List.of();
    if (!keys.isEmpty() && Arrays.asList(data.columns()).containsAll(keys)) {
      data = data.orderBy(keys.stream().map(functions::col).toArray(Column[]::new));
    }
    long rows = TableFiles.write(data, f, spark.sparkContext().hadoopConfiguration(), file);
    System.out.println(table + ": " + rows + " rows written to " + file);
    return ExitCodes.OK;
  }
}
