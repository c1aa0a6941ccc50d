package org.stancemap.jobs;

import static org.apache.spark.sql.functions.base64;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.RejectColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;

/**
 * A table as one file instead of a Spark folder, for spreadsheets and scripts: CSV or JSON Lines.
 * Rows come to the driver one partition at a time ({@code toLocalIterator}), in the table's order,
 * and stream into a temporary sibling that is renamed into place ({@link OutputFiles#replace}), so
 * memory does not grow with the table and a reader never sees half a file.
 *
 * <p>CSV follows RFC 4180: a header row of column names, records ended by CRLF, a field quoted
 * when it holds a comma, a double quote, CR or LF, double quotes inside doubled; UTF-8 without a
 * byte order mark. A null is an empty unquoted field, an empty string {@code ""}. Values are
 * written as Spark casts them to text (dates {@code YYYY-MM-DD}, booleans {@code true}/{@code
 * false}, doubles as Java prints them), timestamps as ISO-8601 with their offset, arrays, maps and
 * structs as JSON. JSON Lines: one object per row, every column present (null included).
 */
public final class TableFiles {
  private TableFiles() {}

  /** Whether a table's folder (or any path) exists, on whatever file system its URI names. */
  public static boolean exists(Configuration conf, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      return p.getFileSystem(conf).exists(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The rows of the Parquet table written under {@code dir}, summed from its files' footers on the
   * driver: no Spark job (a job's planning costs a small run more than its rows).
   */
  public static long parquetRows(Configuration conf, String dir) {
    try {
      Path folder = new Path(dir);
      FileSystem fs = folder.getFileSystem(conf);
      long rows = 0;
      for (FileStatus f : fs.listStatus(folder)) {
        String name = f.getPath().getName();
        if (!f.isFile() || name.startsWith("_") || name.startsWith(".") || !name.endsWith(".parquet")) continue;
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
          rows += r.getRecordCount();
        }
      }
      return rows;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The file formats of {@code stancemap export}. */
  public enum Format {
    CSV, JSONL;

    /** {@code csv} or {@code jsonl} (any case). */
    public static Format of(String name) {
      for (Format f : values()) if (f.name().equalsIgnoreCase(name)) return f;
      throw new IllegalArgumentException("format '" + name + "' is not csv or jsonl");
    }
  }

  /** The tables of an output folder, by the name {@code export --table} takes. */
  public static List<String> tableNames() {
    List<String> names = new ArrayList<>(List.of(ArticleColumns.TABLE, RejectColumns.TABLE,
        StatementColumns.TABLE, ToneColumns.TABLE));
    names.addAll(AggregateColumns.TABLES);
    return List.copyOf(names);
  }

  /** Where table {@code name} (one of {@link #tableNames}) lives under {@code outDir}. */
  public static String tablePath(String outDir, String name) {
    if (!tableNames().contains(name)) {
      throw new IllegalArgumentException("no table '" + name + "' (tables: " + String.join(", ", tableNames()) + ")");
    }
    String dir = AggregateColumns.TABLES.contains(name) ? Pipeline.path(outDir, AggregateColumns.DIR) : outDir;
    return Pipeline.path(dir, name);
  }

  /** Writes {@code table} to {@code file} in {@code format}; returns the number of rows written. */
  public static long write(Dataset<Row> table, Format format, Configuration conf, String file) {
    return switch (format) {
      case CSV -> writeCsv(table, conf, file);
      case JSONL -> writeJsonl(table, conf, file);
    };
  }

  /** Writes {@code table} to {@code file} as CSV (see the class comment); returns the rows written. */
  public static long writeCsv(Dataset<Row> table, Configuration conf, String file) {
    Dataset<Row> text = asText(table);
    long[] rows = {0};
    OutputFiles.replace(conf, file, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write(csvRecord(Arrays.asList(table.columns())));
      List<String> fields = new ArrayList<>();
      for (Iterator<Row> it = text.toLocalIterator(); it.hasNext(); rows[0]++) {
        Row r = it.next();
        fields.clear();
        for (int i = 0; i < r.size(); i++) fields.add(r.isNullAt(i) ? null : r.getString(i));
        w.write(csvRecord(fields));
      }
      w.flush();
    });
    return rows[0];
  }

  /** Writes {@code table} to {@code file} as JSON Lines (see the class comment); returns the rows written. */
  public static long writeJsonl(Dataset<Row> table, Configuration conf, String file) {
    Column[] all = Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
    Dataset<Row> lines = table.select(to_json(struct(all), Map.of("ignoreNullFields", "false")));
    long[] rows = {0};
    OutputFiles.replace(conf, file, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      for (Iterator<Row> it = lines.toLocalIterator(); it.hasNext(); rows[0]++) {
        w.write(it.next().getString(0));
        w.write('\n');
      }
      w.flush();
    });
    return rows[0];
  }

  /**
   * Every column as text, computed by Spark: arrays, maps and structs as JSON, timestamps as
   * ISO-8601 with offset, binary as base64, everything else cast to string.
   */
  static Dataset<Row> asText(Dataset<Row> table) {
    List<Column> text = new ArrayList<>();
    for (StructField f : table.schema().fields()) {
      Column c = col("`" + f.name() + "`");
      if (f.dataType() instanceof ArrayType || f.dataType() instanceof MapType || f.dataType() instanceof StructType) {
        c = to_json(c);
      } else if (f.dataType() instanceof TimestampType) {
        c = date_format(c, "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
      } else if (f.dataType() instanceof BinaryType) {
        c = base64(c);
      } else {
        c = c.cast("string");
      }
      text.add(c.as(f.name()));
    }
    return table.select(text.toArray(Column[]::new));
  }

  /** One CSV record: the fields joined by commas, each quoted as RFC 4180 asks, ended by CRLF. */
  public static String csvRecord(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) b.append(',');
      b.append(csvField(fields.get(i)));
    }
    return b.append("\r\n").toString();
  }

  /** A field: null empty, an empty string {@code ""}, quoted when it holds , " CR or LF. */
  static String csvField(String v) {
    if (v == null) return "";
    if (v.isEmpty()) return "\"\"";
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
