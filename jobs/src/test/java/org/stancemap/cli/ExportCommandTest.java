package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.jobs.Csv;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.schema.AggregateColumns;

/**
 * {@code stancemap export}: a table with every kind of value a table of ours holds (text with
 * commas, quotes, line breaks and non-ASCII, null and empty strings, numbers, booleans, dates,
 * timestamps, arrays) written as one CSV or JSON Lines file and read back, by a reader of the
 * test's own and by DuckDB, row for row.
 */
class ExportCommandTest {
  static SparkSession spark;
  @TempDir static Path out;
  static List<Row> rows;

  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("n", DataTypes.IntegerType)
      .add("score", DataTypes.DoubleType)
      .add("flag", DataTypes.BooleanType)
      .add("published", DataTypes.DateType)
      .add("ingested_at", DataTypes.TimestampType)
      .add("evidence", DataTypes.createArrayType(DataTypes.StringType));

  @BeforeAll
  static void writeTables() {
    spark = SparkSessions.create("local[2]", "ExportCommandTest");
    rows = List.of(
        RowFactory.create("a", "Erdoğan said, \"Russia lied\".\nThen he left.\r\nEnd", 1, -0.25, true,
            Date.valueOf("2020-03-02"), Timestamp.from(Instant.parse("2024-05-06T07:08:09.123456Z")),
            new String[] {"lied", "said, \"no\""}),
        RowFactory.create("b", "", 0, 1.0E-7, false, null, null, new String[] {}),
        RowFactory.create("c", null, null, null, null, Date.valueOf("1999-12-31"),
            Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")), null));
    spark.createDataFrame(rows, SCHEMA).coalesce(1).write().parquet(out.resolve("tone").toString());
    spark.createDataFrame(rows.subList(0, 2), SCHEMA).coalesce(1).write()
        .parquet(out.resolve(AggregateColumns.DIR).resolve(AggregateColumns.BY_OUTLET_SPEAKER).toString());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static int export(String... args) {
    List<String> all = new ArrayList<>(List.of("export", "--master", "local[2]", "--output", out.toString()));
    all.addAll(Arrays.asList(args));
    return Stancemap.execute(all.toArray(String[]::new));
  }

  @Test
  void csvIsOneFileWithTheTablesRows() throws Exception {
    Path file = out.resolve("exports/new-folder/tone.csv");
    assertEquals(0, export("--table", "tone", "--format", "csv", "--file", file.toString()));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of("tone.csv"), files.map(p -> p.getFileName().toString()).toList(),
          "one file, no temporary or checksum file beside it");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> csv = Csv.parse(text);
    assertEquals(List.of(SCHEMA.fieldNames()), csv.get(0));
    assertEquals(rows.size() + 1, csv.size());
    ObjectMapper json = new ObjectMapper();
    List<Row> parquet = spark.read().parquet(out.resolve("tone").toString()).collectAsList();
    for (int r = 0; r < rows.size(); r++) {
      Row row = parquet.get(r);
      List<String> rec = csv.get(r + 1);
      assertEquals(row.getString(0), rec.get(0));
      assertEquals(row.get(1), rec.get(1), "text: quotes, commas, CR/LF and non-ASCII kept; null and \"\" apart");
      assertEquals(row.isNullAt(2) ? null : String.valueOf(row.getInt(2)), rec.get(2));
      assertEquals(row.isNullAt(3) ? null : row.getDouble(3), rec.get(3) == null ? null : Double.parseDouble(rec.get(3)));
      assertEquals(row.isNullAt(4) ? null : String.valueOf(row.getBoolean(4)), rec.get(4));
      assertEquals(row.isNullAt(5) ? null : row.getDate(5).toString(), rec.get(5));
      assertEquals(row.isNullAt(6) ? null : row.getTimestamp(6).toInstant(),
          rec.get(6) == null ? null : Instant.parse(rec.get(6)), "timestamps in ISO-8601 with their offset");
      List<String> evidence = row.isNullAt(7) ? null : row.getList(7);
      assertEquals(evidence, rec.get(7) == null ? null : Arrays.asList(json.readValue(rec.get(7), String[].class)),
          "arrays as JSON");
    }
    // DuckDB, an independent RFC 4180 reader, sees the same text
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet rs = c.createStatement().executeQuery("SELECT id, text FROM read_csv('"
             + file.toString().replace("'", "''") + "', header = true, delim = ',', quote = '\"', escape = '\"', "
             + "all_varchar = true, allow_quoted_nulls = false) ORDER BY id")) {
      for (Row row : rows) {
        assertTrue(rs.next());
        assertEquals(row.getString(0), rs.getString(1));
        assertEquals(row.get(1), rs.getString(2));
      }
      assertFalse(rs.next());
    }
  }

  @Test
  void jsonLinesHoldEveryColumnOfEveryRow() throws Exception {
    Path file = out.resolve("by_outlet_speaker.jsonl");
    assertEquals(0, export("--table", "by_outlet_speaker", "--format", "jsonl", "--file", file.toString()));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), "the aggregate table's rows, found under aggregates/");
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(lines.get(0));
    assertEquals(List.of(SCHEMA.fieldNames()), iterate(a.fieldNames()));
    assertEquals(rows.get(0).getString(1), a.get("text").asText());
    assertEquals("lied", a.get("evidence").get(0).asText());
    assertEquals(-0.25, a.get("score").asDouble());
    JsonNode b = json.readTree(lines.get(1));
    assertTrue(b.has("published") && b.get("published").isNull(), "nulls are kept, not dropped");
    assertEquals("", b.get("text").asText());
    // the same table as CSV, written over an older file
    Path csv = out.resolve("by_outlet_speaker.csv");
    Files.writeString(csv, "old");
    assertEquals(0, export("--table", "by_outlet_speaker", "--file", csv.toString()));
    assertEquals(3, Csv.parse(Files.readString(csv)).size(), "csv by default, the old file replaced");
  }

  @Test
  void anAggregateTableOfSeveralFilesIsExportedInItsKeysOrder() throws Exception {
    // a large aggregate table is written as several files (AggregateJob.ROWS_PER_TASK), which Spark reads largest first:
    // here the file of the later keys
    StructType schema = new StructType().add(AggregateColumns.SPEAKER_AFFILIATION, DataTypes.StringType)
        .add(AggregateColumns.TARGET, DataTypes.StringType).add("n_statements", DataTypes.LongType);
    List<Row> first = List.of(RowFactory.create(null, "Turkey", 1L), RowFactory.create("Russia", "Syria", 2L));
    List<Row> later = new ArrayList<>();
    for (int i = 0; i < 50; i++) later.add(RowFactory.create("Turkey", String.format("T%02d", i), (long) i));
    String table = out.resolve(AggregateColumns.DIR).resolve(AggregateColumns.BY_AFFILIATION).toString();
    spark.createDataFrame(first, schema).coalesce(1).write().parquet(table);
    spark.createDataFrame(later, schema).coalesce(1).write().mode("append").parquet(table);
    Path file = out.resolve("by_affiliation.csv");
    assertEquals(0, export("--table", "by_affiliation", "--file", file.toString()));
    List<List<String>> csv = Csv.parse(Files.readString(file));
    assertEquals(53, csv.size());
    assertEquals(Arrays.asList(null, "Turkey"), csv.get(1).subList(0, 2), "nulls first, as the aggregate stage sorts");
    assertEquals(List.of("Russia", "Syria"), csv.get(2).subList(0, 2));
    for (int i = 0; i < 50; i++) assertEquals(String.format("T%02d", i), csv.get(3 + i).get(1));
  }

  @Test
  void badTableOrFormatIsAnArgumentErrorAndAMissingTableSaysSo() throws Exception {
    Path file = out.resolve("never.csv");
    assertEquals(ExitCodes.BAD_ARGUMENTS, export("--table", "nope", "--file", file.toString()));
    assertEquals(ExitCodes.BAD_ARGUMENTS, export("--table", "tone", "--format", "xml", "--file", file.toString()));
    assertEquals(ExitCodes.INPUT_NOT_FOUND, export("--table", "statements", "--file", file.toString()));
    assertFalse(Files.exists(file));
  }

  private static List<String> iterate(java.util.Iterator<String> it) {
    List<String> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }
}
