package org.stancemap.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.ForeachFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.stancemap.ingest.ArticleParser;
import org.stancemap.ingest.Metadata;
import org.stancemap.ingest.ParseResult;
import org.stancemap.ingest.ParsedArticle;
import org.stancemap.ingest.Rejection;
import org.stancemap.ingest.Utf8;
import org.stancemap.jobs.InputFiles.InputFile;
import org.stancemap.jobs.InputFiles.Kind;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.RejectColumns;

/**
 * Reads articles from text files (with an optional manifest), JSON Lines and CSV into the
 * {@code articles} table; whatever cannot be read goes to {@code rejects} with its reason.
 */
public final class IngestJob {
  public static final String REJECT_REASON = "_reject_reason";
  public static final String REJECT_DETAIL = "_reject_detail";
  /** A row's number within its source, given by the ingestion that read it (kept with the rows of {@link #FILE_ROWS}). */
  static final String ROW = "_row";
  /** The input file a parsed row came from; null for what the listing decided (a too-large file, a broken symlink...). */
  public static final String INPUT = "_input";
  /** Up to this many duplicated ids (about 100 bytes each) are broadcast rather than joined by a shuffle. */
  private static final long BROADCAST_DUPLICATES = 200_000;
  /** Article columns plus the two reject columns: one parse, then split. */
  private static final StructType PARSED = ArticleColumns.SCHEMA.asNullable()
      .add(REJECT_REASON, "string").add(REJECT_DETAIL, "string").add(INPUT, "string");
  /**
   * What an ingestion parsed from its input files, before duplicates are dropped: one row per
   * article or reject, with its input file ({@link #INPUT}) and its order in that file. An
   * incremental run keeps these rows in its state and hands back those of unchanged files
   * ({@link Reuse}) instead of reading the files again.
   */
  public static final StructType FILE_ROWS = PARSED.add(ROW, "long");
  private static final StructType TEXT_FILE = new StructType()
      .add("path", "string").add("outlet", "string").add("url", "string").add("published", "string").add("title", "string");
  private static final StructType RECORD_FILE = new StructType().add("path", "string").add("kind", "string");
  /** Metadata fields a JSON or CSV record may carry beside {@code text}. */
  private static final List<String> RECORD_FIELDS = List.of("file", "outlet", "url", "published", "title", "text");

  private IngestJob() {}

  /**
   * The tables of one ingestion and its counts. The articles are cached: unpersist when done.
   * {@code fileRows} ({@link #FILE_ROWS}, cached on disk: unpersist when done) is null unless the
   * ingestion was given a {@link Reuse}.
   */
  public record Result(Dataset<Row> articles, Dataset<Row> rejects, long articlesRead, long rejected, long duplicates,
      Dataset<Row> fileRows) {}

  /**
   * Files not to open: their rows ({@link #FILE_ROWS}) as an earlier ingestion parsed them. Rows of
   * other files in {@code rows} are ignored.
   */
  public record Reuse(Set<String> paths, Dataset<Row> rows) {
    public static Reuse none(SparkSession spark) {
      return new Reuse(Set.of(), spark.createDataFrame(List.of(), FILE_ROWS));
    }
  }

  public static Result ingest(SparkSession spark, List<String> inputs, long maxBytes, Timestamp ingestedAt) {
    return ingest(spark, InputFiles.expand(inputs, spark.sparkContext().hadoopConfiguration()), maxBytes, ingestedAt, null);
  }

  /**
   * Ingests the files of a listing. With a {@link Reuse}, the files it names are not opened: their
   * rows are taken from it and go through the same duplicate removal as the rows of the files read,
   * so the articles and rejects are those of reading every file; the result's {@code fileRows} are
   * the rows of every file read or reused, for the next run. Without one ({@code null}), every file
   * is read.
   */
  public static Result ingest(SparkSession spark, InputFiles.Listing listing, long maxBytes, Timestamp ingestedAt, Reuse reuse) {
    List<InputFile> files = listing.files();
    List<Row> earlyRejects = new ArrayList<>();
    for (Rejection r : decidedByListing(listing, maxBytes)) earlyRejects.add(parsedRow(r, null, ingestedAt));
    List<Row> textFiles = new ArrayList<>();
    List<String> jsonFiles = new ArrayList<>();
    List<Row> recordFiles = new ArrayList<>();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (InputFile f : files) {
      boolean compressed = RecordFiles.compressed(f.path());
      if (tooLarge(f, maxBytes)) {
        continue; // decided from the listing: an oversized file is never read into memory
      } else if (reuse != null && reuse.paths().contains(f.path())) {
        continue; // unchanged since an earlier ingestion: its rows come from the reuse, the file is not opened
      } else if (f.kind() == Kind.TEXT) {
        Metadata m = f.metadata();
        textFiles.add(RowFactory.create(f.path(), m.outlet(), m.url(), m.published(), m.title()));
      } else if (f.kind() == Kind.JSON_LINES && !compressed && InputFiles.plainPath(f.path()) && !RecordFiles.utf16(f.path(), conf)) {
        // Spark's line reader, split across tasks; it drops a hidden name (even one named on --input),
        // reads [ ] { } * ? as a glob and gives input_file_name() %-encoded, and splits UTF-16 at byte
        // 0x0A: such files go to the record reader below, which reads JSON Lines too (one task a file)
        jsonFiles.add(f.path());
      } else {
        // JSON documents, CSV, compressed JSON Lines: each file read as a stream of records by one task
        recordFiles.add(RowFactory.create(f.path(), f.kind().name()));
      }
    }

    Dataset<Row> parsed = spark.createDataFrame(earlyRejects, PARSED);
    if (!textFiles.isEmpty()) {
      int partitions = Math.max(1, Math.min(textFiles.size() / 50 + 1, spark.sparkContext().defaultParallelism() * 4));
      parsed = parsed.unionByName(spark.createDataFrame(textFiles, TEXT_FILE).repartition(partitions)
          .mapPartitions(parseTextFiles(maxBytes, ingestedAt), Encoders.row(PARSED)));
    }
    if (!jsonFiles.isEmpty()) {
      // the lines' raw bytes (the text source keeps them as read): checked as UTF-8 per line
      Dataset<Row> lines = spark.read().text(jsonFiles.toArray(String[]::new))
          .select(col("value").cast("binary"), input_file_name().as("source"));
      parsed = parsed.unionByName(lines.mapPartitions(parseJsonLines(maxBytes, ingestedAt), Encoders.row(PARSED)));
    }
    if (!recordFiles.isEmpty()) {
      int partitions = Math.max(1, Math.min(recordFiles.size(), spark.sparkContext().defaultParallelism() * 4));
      parsed = parsed.unionByName(spark.createDataFrame(recordFiles, RECORD_FILE).repartition(partitions)
          .mapPartitions(parseRecordFiles(maxBytes, ingestedAt), Encoders.row(PARSED)));
    }
    // _row: a stable tie-break between identical records of one source (so of one file), fixed by the persist
    parsed = parsed.withColumn(ROW, monotonically_increasing_id());
    if (reuse != null && !reuse.paths().isEmpty()) {
      Dataset<Row> paths = spark.createDataset(new ArrayList<>(reuse.paths()), Encoders.STRING()).toDF(INPUT);
      parsed = parsed.unionByName(reuse.rows().join(broadcast(paths), INPUT, "left_semi").select(parsed.columns()[0], rest(parsed.columns())));
    }
    // on disk, not in memory: reused by the counts and writes below, but a memory cache would make
    // the (local-mode) driver grow with the corpus
    parsed = parsed.persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());

    Dataset<Row> rejects = parsed.filter(col(REJECT_REASON).isNotNull())
        .select(col(ArticleColumns.SOURCE_FILE).as(RejectColumns.SOURCE), col(REJECT_REASON).as(RejectColumns.REASON),
            col(REJECT_DETAIL).as(RejectColumns.DETAIL));
    Dataset<Row> accepted = parsed.filter(col(REJECT_REASON).isNull()).drop(REJECT_REASON, REJECT_DETAIL, INPUT);
    // one pass counts both (and fills the persisted rows): a job costs a small run far more than its rows
    Row counts = parsed.agg(count(when(col(REJECT_REASON).isNull(), 1)), count(when(col(REJECT_REASON).isNotNull(), 1))).first();
    long read = counts.getLong(0);
    long rejected = counts.getLong(1);
    Dataset<Row> firsts = firstOfDuplicates(accepted);
    Row copies = firsts.agg(count(lit(1)), sum(col("_copies").minus(1))).first();
    long duplicated = copies.getLong(0);
    long duplicates = copies.isNullAt(1) ? 0 : copies.getLong(1);
    Dataset<Row> articles = withoutDuplicates(accepted, firsts, duplicated).drop(ROW);
    articles = spark.createDataFrame(articles.rdd(), ArticleColumns.SCHEMA)
        .persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());
    articles.foreach((ForeachFunction<Row>) r -> {}); // filled now: the parsed rows are released below
    firsts.unpersist();
    Dataset<Row> rejectTable;
    if (rejected == 0) {
      rejectTable = spark.createDataFrame(List.of(), RejectColumns.SCHEMA);
    } else {
      rejectTable = spark.createDataFrame(rejects.rdd(), RejectColumns.SCHEMA)
          .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
      rejectTable.foreach((ForeachFunction<Row>) r -> {});
    }
    Dataset<Row> fileRows = null;
    if (reuse != null) {
      // what the listing decided is decided again by the next listing: only rows of files read are kept
      fileRows = spark.createDataFrame(parsed.filter(col(INPUT).isNotNull()).rdd(), FILE_ROWS)
          .persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());
      fileRows.count();
    }
    parsed.unpersist();
    return new Result(articles, rejectTable, read, rejected, duplicates, fileRows);
  }

  /**
   * What the listing decides without opening a file: its own rejects (special files, broken
   * symlinks, hidden names), then the text files over the size limit.
   */
  public static List<Rejection> decidedByListing(InputFiles.Listing listing, long maxBytes) {
    List<Rejection> out = new ArrayList<>(listing.rejects());
    for (InputFile f : listing.files()) if (tooLarge(f, maxBytes)) out.add(ArticleParser.tooLarge(f.path(), f.bytes(), maxBytes));
    return out;
  }

  private static boolean tooLarge(InputFile f, long maxBytes) {
    return f.kind() == Kind.TEXT && !RecordFiles.compressed(f.path()) && f.bytes() > maxBytes;
  }

  /**
   * Exact duplicates (the same article_id) are dropped, keeping the first by source. Only keys are
   * shuffled, to find the ids that occur more than once and the row to keep of each (cached: unpersist
   * when done); {@link #withoutDuplicates} then filters the articles against that table, broadcast
   * when it is small (the usual case), instead of shuffling and sorting every article's text (which
   * cost a tenth of a run's CPU).
   */
  private static Dataset<Row> firstOfDuplicates(Dataset<Row> accepted) {
    return accepted.groupBy(ArticleColumns.ARTICLE_ID)
        .agg(count(lit(1)).as("_copies"), min(struct(col(ArticleColumns.SOURCE_FILE), col(ROW))).as("_first"))
        .filter(col("_copies").gt(1))
        .select(col(ArticleColumns.ARTICLE_ID).as("_duplicated_id"), col("_copies"),
            col("_first." + ArticleColumns.SOURCE_FILE).as("_keep_source"), col("_first." + ROW).as("_keep_row"))
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
  }

  private static Dataset<Row> withoutDuplicates(Dataset<Row> accepted, Dataset<Row> firsts, long duplicated) {
    Dataset<Row> small = duplicated <= BROADCAST_DUPLICATES ? broadcast(firsts) : firsts;
    return accepted.join(small, col(ArticleColumns.ARTICLE_ID).equalTo(col("_duplicated_id")), "left_outer")
        // the source too: rows reused from an earlier ingestion numbered theirs apart from the rows read now
        .filter(col("_keep_row").isNull().or(col(ROW).equalTo(col("_keep_row"))
            .and(col(ArticleColumns.SOURCE_FILE).eqNullSafe(col("_keep_source")))))
        .drop("_duplicated_id", "_copies", "_keep_source", "_keep_row");
  }

  private static MapPartitionsFunction<Row, Row> parseTextFiles(long maxBytes, Timestamp ingestedAt) {
    return rows -> {
      ArticleParser parser = Parsers.get(maxBytes);
      Configuration conf = new Configuration();
      return lazily(rows, r -> {
        String path = r.getString(0);
        Metadata meta = new Metadata(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
        ParseResult result;
        try {
          result = parser.fromBytes(path, readAll(new Path(path), conf, maxBytes), meta);
        } catch (IOException | IllegalArgumentException e) { // a path Hadoop cannot build: one reject, not a failed run
          result = new Rejection(path, Rejection.Reason.UNREADABLE, e.toString());
        }
        return parsedRow(result, path, ingestedAt);
      });
    };
  }

  private static byte[] readAll(Path path, Configuration conf, long maxBytes) throws IOException {
    try (InputStream in = RecordFiles.open(path.toString(), conf)) {
      // one byte past the limit is enough for the parser to reject the file as too large
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
  }

  private static MapPartitionsFunction<Row, Row> parseJsonLines(long maxBytes, Timestamp ingestedAt) {
    return rows -> {
      ObjectMapper json = new ObjectMapper();
      ArticleParser parser = Parsers.get(maxBytes);
      return lazily(skipBlank(rows), r -> {
        String file = InputFiles.displayPath(r.getString(1));
        String line;
        try {
          line = Utf8.decode(r.getAs(0));
        } catch (Utf8.InvalidUtf8Exception e) {
          return parsedRow(Utf8.rejection(file, e, " of a line"), file, ingestedAt);
        }
        return parsedRow(jsonRecord(parser, json, file, line, "", "line starts"), file, ingestedAt);
      });
    };
  }

  /** One JSON object's text: an article, or why not ({@code where} prefixes the detail, {@code starts} names the excerpt). */
  private static ParseResult jsonRecord(ArticleParser parser, ObjectMapper json, String file, String text, String where, String starts) {
    JsonNode n;
    try {
      n = json.readTree(text);
      if (n == null || !n.isObject()) throw new IOException("not a JSON object");
    } catch (IOException e) {
      String firstLine = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return new Rejection(file, Rejection.Reason.BAD_JSON, where + firstLine + "; " + starts + ": " + abbreviate(text, 60));
    }
    String[] fields = RECORD_FIELDS.stream().map(f -> InputFiles.text(n, f)).toArray(String[]::new);
    JsonNode value = n.get("text");
    if (value != null && !value.isNull() && !value.isTextual()) {
      return new Rejection(recordSource(file, fields), Rejection.Reason.WRONG_TYPE,
          "field 'text' is a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not a string");
    }
    return parseRecord(parser, file, fields);
  }

  /**
   * JSON documents, CSV files and compressed JSON Lines, one file at a time, as streams of records
   * ({@link RecordFiles}): rows come out as the file is read, so a task holds one record, not a file.
   * A CSV file is first checked as UTF-8 whole (a file in another encoding is rejected whole, never
   * half-read); JSON records are checked one by one, like JSON Lines. A file that cannot be read
   * (a truncated .gz) is a rejection with what was read before it.
   */
  private static MapPartitionsFunction<Row, Row> parseRecordFiles(long maxBytes, Timestamp ingestedAt) {
    return rows -> {
      ArticleParser parser = Parsers.get(maxBytes);
      ObjectMapper json = new ObjectMapper();
      Configuration conf = new Configuration();
      long limit = RecordFiles.recordLimit(maxBytes);
      return new Iterator<Row>() {
        private Iterator<RecordFiles.Item> current = java.util.Collections.emptyIterator();
        private String input;

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && rows.hasNext()) {
            Row r = rows.next();
            input = r.getString(0);
            current = records(input, Kind.valueOf(r.getString(1)), conf, limit);
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) throw new java.util.NoSuchElementException();
          RecordFiles.Item item = current.next();
          ParseResult result;
          if (item.rejection() != null) {
            result = item.rejection();
          } else if (item.json() != null) {
            result = jsonRecord(parser, json, item.file(), item.json(), "line " + item.line() + ": ", "record starts");
          } else {
            String[] fields = RECORD_FIELDS.stream().map(item.csv()::get).toArray(String[]::new);
            result = parseRecord(parser, item.file(), fields);
          }
          return parsedRow(result, input, ingestedAt);
        }
      };
    };
  }

  private static Iterator<RecordFiles.Item> records(String path, Kind kind, Configuration conf, long limit) {
    String file = InputFiles.displayPath(path);
    try {
      RecordFiles.Decoded decoded = RecordFiles.openAsUtf8(path, file, conf);
      if (decoded.rejection() != null) return List.of(RecordFiles.Item.rejected(decoded.rejection())).iterator();
      if (kind == Kind.CSV && !decoded.checked()) {
        // a CSV file is checked as UTF-8 whole before its rows are read, then read again from its start
        String bad;
        try (InputStream in = decoded.stream()) {
          bad = RecordFiles.firstInvalidUtf8(in);
        }
        if (bad != null) {
          return List.of(RecordFiles.Item.rejected(new Rejection(file, Rejection.Reason.INVALID_UTF8,
              bad + "; re-encode the file as UTF-8"))).iterator();
        }
        return RecordFiles.csv(file, RecordFiles.open(path, conf), limit);
      }
      return kind == Kind.CSV ? RecordFiles.csv(file, decoded.stream(), limit) : RecordFiles.json(file, decoded.stream(), limit);
    } catch (IOException | RuntimeException e) {
      return List.of(RecordFiles.Item.rejected(new Rejection(file, Rejection.Reason.UNREADABLE, e.toString()))).iterator();
    }
  }

  /** One output row per input row, computed when Spark asks for it (a task never buffers its partition). */
  static Iterator<Row> lazily(Iterator<Row> rows, org.apache.spark.api.java.function.Function<Row, Row> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        try {
          return f.call(rows.next());
        } catch (Exception e) {
          throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
      }
    };
  }

  /** Null, or nothing but ASCII white space. */
  private static boolean isBlank(byte[] line) {
    if (line == null) return true;
    for (byte b : line) if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) return false;
    return true;
  }

  /** JSON Lines rows (raw bytes) without the blank lines. */
  private static Iterator<Row> skipBlank(Iterator<Row> rows) {
    return new Iterator<>() {
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Row r = rows.next();
          if (!isBlank(r.getAs(0))) next = r;
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) throw new java.util.NoSuchElementException();
        Row r = next;
        next = null;
        return r;
      }
    };
  }

  /** A JSON or CSV record: fields in the order of RECORD_FIELDS. */
  private static ParseResult parseRecord(ArticleParser parser, String file, String[] f) {
    return parser.fromText(recordSource(file, f), f[5], new Metadata(f[1], f[2], f[3], f[4]));
  }

  /** {@code file#name}: the record's {@code file} field, else its url, else a hash of its text. */
  private static String recordSource(String file, String[] f) {
    String name = f[0] != null ? f[0] : f[2];
    return name != null ? file + "#" + name : file + "#" + (f[5] == null ? "?" : ArticleParser.articleId(f[5]));
  }

  /** {@code input}: the input file read, null for what the listing decided. */
  static Row parsedRow(ParseResult result, String input, Timestamp ingestedAt) {
    if (result instanceof Rejection r) {
      Object[] v = new Object[PARSED.size()];
      v[PARSED.fieldIndex(ArticleColumns.SOURCE_FILE)] = r.source();
      v[PARSED.fieldIndex(REJECT_REASON)] = r.reason().code();
      v[PARSED.fieldIndex(REJECT_DETAIL)] = r.detail();
      v[PARSED.fieldIndex(INPUT)] = input;
      return RowFactory.create(v);
    }
    ParsedArticle a = (ParsedArticle) result;
    return RowFactory.create(a.articleId(), a.sourceFile(), a.outlet(), a.outletSource(), a.domain(), a.url(),
        a.published() == null ? null : Date.valueOf(a.published()), a.publishedSource(), a.title(), a.text(),
        a.cleanText(), a.nWords(), ingestedAt, null, null, input);
  }

  private static String[] rest(String[] columns) {
    return java.util.Arrays.copyOfRange(columns, 1, columns.length);
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "…";
  }

  /** One parser per executor JVM: loading the data files once, not per record. */
  static final class Parsers {
    private static volatile ArticleParser parser;
    private static volatile long limit = -1;

    static ArticleParser get(long maxBytes) {
      if (parser == null || limit != maxBytes) {
        synchronized (Parsers.class) {
          if (parser == null || limit != maxBytes) {
            parser = ArticleParser.load(maxBytes);
            limit = maxBytes;
          }
        }
      }
      return parser;
    }
  }
}
