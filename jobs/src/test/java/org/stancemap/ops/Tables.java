package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.stancemap.jobs.Csv;

/**
 * Compares output folders by table contents, not files (part files and their order differ between
 * runs); the aggregate tables' CSV files by their records.
 */
final class Tables {
  private Tables() {}

  /** The Parquet tables under an output folder (folders holding .parquet files), as relative paths. */
  static List<String> names(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(out)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        String rel = out.relativize(d).toString();
        if (rel.isEmpty() || rel.startsWith("_") || rel.startsWith(".") || rel.contains("/_")) continue;
        try (Stream<Path> files = Files.list(d)) {
          if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) names.add(rel);
        }
      }
    }
    return names;
  }

  /** A table's rows as sorted strings, without what names the run (timestamp columns, run_id). */
  static List<String> rows(SparkSession spark, Path table) {
    Dataset<Row> df = spark.read().parquet(table.toString());
    Column[] kept = Arrays.stream(df.schema().fields())
        .filter(f -> f.dataType() != DataTypes.TimestampType && !f.name().equals("run_id"))
        .map(StructField::name).map(df::col).toArray(Column[]::new);
    return df.select(kept).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** The CSV files under an output folder (the aggregate tables' NAME.csv), as relative paths. */
  static List<String> csvFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString())
          .filter(rel -> rel.endsWith(".csv") && !rel.startsWith("_") && !rel.contains("/_") && !rel.contains("/."))
          .sorted().toList();
    }
  }

  /** A CSV file's header and its records as sorted strings, without the run_id column. */
  static List<String> csvRows(Path file) throws IOException {
    List<List<String>> records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    int runId = records.get(0).indexOf("run_id");
    List<String> rows = new ArrayList<>();
    for (List<String> r : records) {
      List<String> kept = new ArrayList<>(r);
      if (runId >= 0) kept.remove(runId);
      rows.add(kept.toString());
    }
    List<String> body = new ArrayList<>(rows.subList(1, rows.size()));
    body.sort(null);
    body.add(0, rows.get(0));
    return body;
  }

  /** The same Parquet tables with the same rows, and the same CSV files with the same records. */
  static void assertSameTables(SparkSession spark, Path expected, Path actual) throws IOException {
    List<String> tables = names(expected);
    assertTrue(tables.contains("articles"), "expected tables in " + expected + ": " + tables);
    assertEquals(tables, names(actual), "tables in " + actual);
    for (String t : tables) {
      assertEquals(rows(spark, expected.resolve(t)), rows(spark, actual.resolve(t)), "table " + t);
    }
    List<String> csv = csvFiles(expected);
    assertTrue(csv.contains("aggregates/by_outlet.csv"), "expected CSV files in " + expected + ": " + csv);
    assertEquals(csv, csvFiles(actual), "CSV files in " + actual);
    for (String f : csv) assertEquals(csvRows(expected.resolve(f)), csvRows(actual.resolve(f)), "file " + f);
  }
}
