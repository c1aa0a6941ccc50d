package org.stancemap.ops;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stancemap.ingest.Rejection;
import org.stancemap.jobs.AtomicOutput;
import org.stancemap.jobs.ConsoleText;
import org.stancemap.jobs.IngestJob;
import org.stancemap.jobs.InputFiles;
import org.stancemap.jobs.Pipeline;
import org.stancemap.jobs.TableFiles;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.RejectColumns;

/**
 * {@code run --incremental}: lists all inputs and reads those whose identity changed since the last
 * run ({@link InputManifest}; the parsed rows of the others come from the state), finds the articles not processed before (a new
 * {@code article_id}) or changed (same id, different metadata: a content hash over every article
 * column but {@code ingested_at}), runs the per-article stages ({@link Pipeline#articleTables}) on
 * those only, merges their rows into the existing tables (replacing the rows of reprocessed
 * articles), then rebuilds the whole-table stages ({@link Pipeline#rebuild}) from the complete
 * tables. An article whose URL (or, without one, source file) now holds a different text is
 * replaced: its old rows go. Articles absent from this run's input stay (cron inputs may hold only
 * the newest files). {@code --since DATE} also reprocesses every article published on or after
 * DATE; {@code --full} reprocesses everything. All writes go to the run's {@link OutputTransaction}.
 *
 * <p>The state folder ({@code --state}, default {@code OUTPUT/_state}) holds {@code seen/} (Parquet:
 * article_id, content_hash, source_key of every processed article), {@code files/} (the input
 * manifest), {@code parsed/} (what ingestion parsed from those files, {@link IngestJob#FILE_ROWS})
 * and {@code meta/run.properties} (the per-article tables the seen articles were processed into, the
 * run id and counts, when the inputs were listed, the ingestion fingerprint), all committed with
 * the tables.
 */
public final class IncrementalRun {
  public static final String HASH = "content_hash";
  public static final String KEY = "source_key";
  static final String SEEN = "seen";
  static final String META = "meta";
  /** The input manifest ({@link InputManifest}): one row per input file. */
  static final String FILES = "files";
  /** What ingestion parsed from each input file ({@link IngestJob#FILE_ROWS}), reused for unchanged files. */
  static final String PARSED = "parsed";
  /** Parsed rows (articles as read, about twice their text) per Parquet file of the state's {@code parsed/}. */
  private static final long PARSED_ROWS_PER_FILE = 20_000;
  private static final String LISTED_AT = "inputs.listed_at";
  /** The tone scorer the tables' tone rows come from: another scorer (or none recorded, an older state) reprocesses every article. */
  private static final String TONE_SCORER = "tone.scorer";
  /** {@link #tableSignature} of the articles table the state's run committed. */
  private static final String ARTICLES_FILES = "articles.files";
  private static final String INPUT_ARTICLES = "inputs.articles";
  private static final String INPUT_DUPLICATES = "inputs.duplicates";
  /** Rejects among the parsed rows of the state (the listing decides the others again each run). */
  private static final String INPUT_REJECTS = "inputs.rejects";
  private static final String MANIFEST_FILE = "manifest.jsonl.gz";
  /** The first rejects of the parsed rows, as JSON Lines in {@code meta/}. */
  private static final String REJECTS_FILE = "rejects.jsonl";
  private static final String FINGERPRINT = "inputs.fingerprint";

  private IncrementalRun() {}

  public enum Mode { INCREMENTAL, FULL }

  /** {@code options.outputDir()} is the output the run reads (the previous tables); it writes into {@code tx}. */
  public record Request(Pipeline.Options options, String stateDir, Mode mode, LocalDate since, String runId) {}

  /** What changed: counts of new, changed, reprocessed (--since) and replaced articles. */
  public record Result(Pipeline.Summary summary, long added, long changed, long reprocessed, long replaced,
      long total, boolean nothingToDo, boolean full) {}

  public static String defaultStateDir(String outputDir) {
    return new Path(outputDir, "_state").toString();
  }

  public static Result run(SparkSession spark, Request req, OutputTransaction tx, PrintStream console) {
    Pipeline.Options o = req.options();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String articlesDir = Pipeline.path(o.outputDir(), ArticleColumns.TABLE);
    String seenDir = new Path(req.stateDir(), SEEN).toString();
    String metaDir = new Path(req.stateDir(), META).toString();
    // everything is written into the transaction's staging folders, read from the committed output
    String staged = tx.stagedOutput();
    Pipeline.Options stagedOptions = o.to(staged);

    Properties meta = readMeta(conf, metaDir);
    IngestJob.Result r;
    InputManifest inputs;
    try (Progress.Stage st = Progress.stage("ingest", -1)) {
      long listedAt = System.currentTimeMillis();
      InputFiles.Listing listing = InputFiles.expand(o.inputs(), conf);
      inputs = InputManifest.of(listing.files(), listedAt, InputManifest.fingerprint(o.maxArticleBytes()));
      InputManifest.Plan plan = req.mode() == Mode.FULL ? null : plan(conf, req.stateDir(), meta, inputs, console);
      if (plan != null) console.println(plan.describe());
      IngestJob.Reuse reuse = plan == null ? IngestJob.Reuse.none(spark)
          : new IngestJob.Reuse(plan.unchanged(), spark.read().schema(IngestJob.FILE_ROWS).parquet(new Path(req.stateDir(), PARSED).toString()));
      r = IngestJob.ingest(spark, listing, o.maxArticleBytes(), Timestamp.from(Instant.now()), reuse);
    }
    Pipeline.printRejects(r, console);
    Checkpoints.reach("ingested");

    boolean full = req.mode() == Mode.FULL;
    if (!full && (!TableFiles.exists(conf, articlesDir) || !TableFiles.exists(conf, seenDir) || meta == null)) {
      console.println("stancemap: no previous incremental state in " + req.stateDir() + ": processing every article");
      full = true;
    }
    Dataset<Row> fresh = withKeys(r.articles());
    Dataset<Row> delta;
    Dataset<Row> removedIds;
    Dataset<Row> all;
    long added;
    long changed = 0;
    long reprocessed = 0;
    long replaced = 0;
    if (full) {
      delta = fresh;
      removedIds = null;
      all = fresh;
      added = r.articlesRead() - r.duplicates();
    } else {
      Dataset<Row> existing = withKeys(spark.read().parquet(articlesDir).select(articleColumns()));
      // what was processed and is still in the articles table (a plain `run` may have replaced it)
      Dataset<Row> seen = spark.read().parquet(seenDir).select(col(ArticleColumns.ARTICLE_ID), col(HASH).as("_seen_hash"))
          .join(existing.select(ArticleColumns.ARTICLE_ID), ArticleColumns.ARTICLE_ID);
      Dataset<Row> marked = fresh.join(seen, fresh.col(ArticleColumns.ARTICLE_ID).equalTo(seen.col(ArticleColumns.ARTICLE_ID)), "left")
          .drop(seen.col(ArticleColumns.ARTICLE_ID)).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> newOrChanged = marked.filter(col("_seen_hash").isNull().or(col("_seen_hash").notEqual(col(HASH))));
      added = marked.filter(col("_seen_hash").isNull()).count();
      changed = marked.filter(col("_seen_hash").isNotNull().and(col("_seen_hash").notEqual(col(HASH)))).count();
      delta = newOrChanged.drop("_seen_hash");
      Dataset<Row> freshIds = fresh.select(ArticleColumns.ARTICLE_ID);
      if (req.since() != null) {
        Column window = col(ArticleColumns.PUBLISHED).geq(lit(Date.valueOf(req.since())));
        Dataset<Row> candidates = fresh.unionByName(existing.join(freshIds, ArticleColumns.ARTICLE_ID, "left_anti").select(fresh.columns()[0], rest(fresh.columns())));
        Dataset<Row> windowed = candidates.filter(window);
        reprocessed = windowed.join(delta.select(ArticleColumns.ARTICLE_ID), ArticleColumns.ARTICLE_ID, "left_anti").count();
        delta = delta.unionByName(windowed).dropDuplicates(ArticleColumns.ARTICLE_ID);
      }
      // an article whose URL (or file) now holds another text: the old version goes
      Dataset<Row> replacedIds = existing.join(fresh.select(KEY).distinct(), KEY, "left_semi")
          .join(freshIds, ArticleColumns.ARTICLE_ID, "left_anti").select(ArticleColumns.ARTICLE_ID)
          .persist(StorageLevel.MEMORY_AND_DISK());
      replaced = replacedIds.count();
      delta = delta.persist(StorageLevel.MEMORY_AND_DISK());
      removedIds = delta.select(ArticleColumns.ARTICLE_ID).unionByName(replacedIds).distinct();
      all = existing.join(removedIds, ArticleColumns.ARTICLE_ID, "left_anti").select(fresh.columns()[0], rest(fresh.columns()))
          .unionByName(delta);
    }
    long deltaCount = full ? added : delta.count();
    // tone rows of two scorers would be mixed in the tone table and averaged together in the aggregates
    String scorerBefore = meta == null ? null : meta.getProperty(TONE_SCORER);
    boolean otherScorer = !full && !o.tone().scorer().equals(scorerBefore);
    if (!full && deltaCount == 0 && replaced == 0 && !otherScorer) {
      long total = org.stancemap.jobs.TableFiles.parquetRows(spark.sparkContext().hadoopConfiguration(), articlesDir);
      console.println("stancemap: nothing new: all " + total + " articles of the input were processed before; outputs unchanged");
      r.fileRows().unpersist();
      return new Result(summary(r, List.of(), List.of()), 0, 0, 0, 0, total, true, false);
    }

    // the per-article tables: computed for the delta, merged with the rest
    Dataset<Row> deltaArticles = Progress.counted(delta.select(articleColumns()));
    Map<String, Dataset<Row>> computed = Pipeline.articleTables(spark, deltaArticles, o, console);
    Set<String> processedInto = meta == null ? Set.of() : new TreeSet<>(Arrays.asList(meta.getProperty("tables", "").split(",")));
    boolean fullTables = full;
    for (String t : computed.keySet()) {
      if (!full && (!processedInto.contains(t) || !TableFiles.exists(conf, Pipeline.path(o.outputDir(), t)))) {
        console.println("stancemap: table " + t + " is new or missing: running its stages on every article");
        fullTables = true;
      } else if (!full && !fullTables
          && !Arrays.asList(spark.read().parquet(Pipeline.path(o.outputDir(), t)).columns()).equals(Arrays.asList(computed.get(t).columns()))) {
        // written by a version with other columns (e.g. before the provenance columns): rows would not union
        console.println("stancemap: table " + t + " has new columns: running its stages on every article");
        fullTables = true;
      }
    }
    if (otherScorer && !fullTables) {
      console.println("stancemap: tone scorer " + o.tone().scorer() + ", the tables were scored with "
          + (scorerBefore == null ? "a scorer the state does not record (an older version's)" : scorerBefore)
          + ": running the per-article stages on every article");
      fullTables = true;
    }
    if (fullTables && !full) {
      deltaCount = all.count();
      Pipeline.release(computed);
      computed = Pipeline.articleTables(spark, Progress.counted(all.select(articleColumns())), o, console);
    }

    List<String> written = new ArrayList<>();
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    try (Progress.Stage st = Progress.stage("articles", deltaCount)) {
      String stagedArticles = Pipeline.path(staged, ArticleColumns.TABLE);
      AtomicOutput.writeParquet(all.select(articleColumns()), stagedArticles);
      written.add(articlesDir);
      tables.put(ArticleColumns.TABLE, spark.read().parquet(stagedArticles));
      for (var e : computed.entrySet()) {
        String dir = Pipeline.path(o.outputDir(), e.getKey());
        Dataset<Row> merged = e.getValue();
        if (!fullTables) {
          Dataset<Row> old = spark.read().parquet(dir);
          merged = old.join(removedIds, ArticleColumns.ARTICLE_ID, "left_anti").select(old.columns()[0], rest(old.columns()))
              .unionByName(e.getValue());
        }
        String stagedDir = Pipeline.path(staged, e.getKey());
        AtomicOutput.writeParquet(merged, stagedDir);
        if (e.getKey().equals(StatementColumns.TABLE)) org.stancemap.jobs.StatementsJob.warnExtractionErrors(spark, console);
        written.add(dir);
        tables.put(e.getKey(), spark.read().parquet(stagedDir));
      }
    } finally {
      Pipeline.release(computed);
    }
    AtomicOutput.writeParquet(r.rejects().coalesce(1), Pipeline.path(staged, RejectColumns.TABLE));
    written.add(Pipeline.path(o.outputDir(), RejectColumns.TABLE));
    Checkpoints.reach("tables-staged");
    try (Progress.Stage st = Progress.stage("rebuild", -1)) {
      for (String path : Pipeline.rebuild(spark, stagedOptions, console)) written.add(tx.finalPath(path));
    }

    // the state, committed with the tables
    Dataset<Row> committedArticles = tables.get(ArticleColumns.TABLE);
    String stagedState = tx.stage(req.stateDir()).toString();
    AtomicOutput.writeParquet(withKeys(committedArticles).select(ArticleColumns.ARTICLE_ID, HASH, KEY).coalesce(1),
        new Path(stagedState, SEEN).toString());
    long total = committedArticles.count();
    Properties m = new Properties();
    m.setProperty("run_id", req.runId());
    m.setProperty("finished", Instant.now().toString());
    m.setProperty("tables", String.join(",", computed.keySet()));
    m.setProperty(TONE_SCORER, o.tone().scorer());
    m.setProperty("articles", "" + total);
    m.setProperty("processed", "" + deltaCount);
    writeInputs(spark, inputs, r.fileRows(), stagedState, m);
    m.setProperty(INPUT_ARTICLES, "" + r.articlesRead());
    m.setProperty(INPUT_DUPLICATES, "" + r.duplicates());
    m.setProperty(ARTICLES_FILES, tableSignature(conf, Pipeline.path(staged, ArticleColumns.TABLE)));
    writeMeta(conf, new Path(stagedState, META), m);
    Checkpoints.reach("staged");

    return new Result(summary(r, outlets(committedArticles), written), added, changed, reprocessed, replaced, total, false, full);
  }

  /**
   * Which input files need not be opened: those the last committed run recorded with the same
   * identity ({@link InputManifest}), whose parsed rows it kept. Null (read every file) without a
   * manifest (a first run, or state written by an older version).
   */
  private static InputManifest.Plan plan(Configuration conf, String stateDir, Properties meta, InputManifest now, PrintStream console) {
    InputManifest before = manifest(conf, stateDir, meta);
    if (before == null) {
      if (meta != null) console.println("stancemap: no input manifest in " + stateDir + ": reading every input file");
      return null;
    }
    return before.plan(now);
  }

  /** The input manifest of the last committed run, null without one. */
  private static InputManifest manifest(Configuration conf, String stateDir, Properties meta) {
    Path file = new Path(new Path(stateDir, FILES), MANIFEST_FILE);
    if (meta == null || meta.getProperty(LISTED_AT) == null || meta.getProperty(FINGERPRINT) == null
        || !TableFiles.exists(conf, file.toString()) || !TableFiles.exists(conf, new Path(stateDir, PARSED).toString())) {
      return null;
    }
    try (var in = file.getFileSystem(conf).open(file)) {
      return new InputManifest(InputManifest.read(in), Long.parseLong(meta.getProperty(LISTED_AT)), meta.getProperty(FINGERPRINT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code run --incremental} with nothing to do, decided before Spark starts: the input files are
   * those of the last committed run, each unchanged and none gone, and its {@code articles} table is
   * the one it wrote (a plain {@code run} since would have rewritten it), with this run's tone {@code scorer}. Its ingestion would be this
   * run's, and it processed every article of it. Prints what was read, the rejects (the listing's and
   * the first the run parsed from the files) and "nothing new", and returns true; false when the run
   * must go on (and has printed nothing).
   */
  public static boolean nothingToRead(Configuration conf, List<String> inputs, long maxArticleBytes, String scorer, String outputDir,
      String stateDir, PrintStream console) {
    Properties meta = readMeta(conf, new Path(stateDir, META).toString());
    InputManifest before = manifest(conf, stateDir, meta);
    String articlesDir = Pipeline.path(outputDir, ArticleColumns.TABLE);
    if (before == null || meta.getProperty(ARTICLES_FILES) == null || !scorer.equals(meta.getProperty(TONE_SCORER))
        || !TableFiles.exists(conf, articlesDir)
        || !TableFiles.exists(conf, new Path(stateDir, SEEN).toString())) {
      return false;
    }
    long listedAt = System.currentTimeMillis();
    InputFiles.Listing listing = InputFiles.expand(inputs, conf);
    InputManifest.Plan plan = before.plan(InputManifest.of(listing.files(), listedAt, InputManifest.fingerprint(maxArticleBytes)));
    if (!plan.nothingToRead() || !tableSignature(conf, articlesDir).equals(meta.getProperty(ARTICLES_FILES))) return false;
    console.println(plan.describe());
    List<String> shown = new ArrayList<>();
    for (Rejection x : IngestJob.decidedByListing(listing, maxArticleBytes)) shown.add(rejectLine(x.source(), x.reason().code(), x.detail()));
    long rejected = shown.size() + Long.parseLong(meta.getProperty(INPUT_REJECTS, "0"));
    try {
      Path sample = new Path(new Path(stateDir, META), REJECTS_FILE);
      if (TableFiles.exists(conf, sample.toString())) {
        ObjectMapper json = new ObjectMapper();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(sample.getFileSystem(conf).open(sample), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank()) continue;
            var n = json.readTree(line);
            shown.add(rejectLine(InputFiles.text(n, "source"), InputFiles.text(n, "reason"), InputFiles.text(n, "detail")));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : shown.subList(0, Math.min(shown.size(), Pipeline.REJECTS_SHOWN))) console.println(line);
    if (rejected > Pipeline.REJECTS_SHOWN) console.println("stancemap: ... and " + (rejected - Pipeline.REJECTS_SHOWN) + " more rejects");
    console.println("stancemap: nothing new: all " + meta.getProperty("articles", "0")
        + " articles of the input were processed before; outputs unchanged");
    return true;
  }

  private static String rejectLine(String source, String reason, String detail) {
    return ConsoleText.clean("stancemap: rejected " + source + ": " + reason + " (" + detail + ")");
  }

  /** The data files of a table folder, by name and size: another write of the table gives other names. */
  static String tableSignature(Configuration conf, String dir) {
    try {
      Path p = new Path(dir);
      List<String> files = new ArrayList<>();
      for (var s : p.getFileSystem(conf).listStatus(p)) files.add(s.getPath().getName() + " " + s.getLen());
      java.util.Collections.sort(files);
      return InputManifest.sha256(String.join("\n", files));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The input manifest and the parsed rows of its files, into the staged state; when it was listed
   * and for what, and how many of the rows are rejects, into {@code meta}; the first rejects into
   * {@code meta/rejects.jsonl} (for {@link #nothingToRead} to print).
   */
  private static void writeInputs(SparkSession spark, InputManifest inputs, Dataset<Row> fileRows, String stagedState, Properties meta) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path manifest = new Path(new Path(stagedState, FILES), MANIFEST_FILE);
    Dataset<Row> rejects = fileRows.filter(col(IngestJob.REJECT_REASON).isNotNull());
    try {
      FileSystem fs = manifest.getFileSystem(conf);
      fs.mkdirs(manifest.getParent());
      try (OutputStream out = fs.create(manifest, true)) {
        inputs.write(out);
      }
      Path sample = new Path(new Path(stagedState, META), REJECTS_FILE);
      fs.mkdirs(sample.getParent());
      ObjectMapper json = new ObjectMapper();
      try (java.io.Writer w = new java.io.OutputStreamWriter(fs.create(sample, true), StandardCharsets.UTF_8)) {
        for (Row x : rejects.limit(Pipeline.REJECTS_SHOWN).collectAsList()) {
          w.write(json.writeValueAsString(json.createObjectNode().put("source", x.<String>getAs(ArticleColumns.SOURCE_FILE))
              .put("reason", x.<String>getAs(IngestJob.REJECT_REASON)).put("detail", x.<String>getAs(IngestJob.REJECT_DETAIL))));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    meta.setProperty(INPUT_REJECTS, "" + rejects.count());
    // the rows of reused files come in the partitions they were written in, those of the files read in
    // new ones: bounded, so the folder does not gain files with every run
    long count = fileRows.count();
    int partitions = (int) Math.max(1, Math.min(fileRows.rdd().getNumPartitions(), count / PARSED_ROWS_PER_FILE + 1));
    AtomicOutput.writeParquet(fileRows.coalesce(partitions), new Path(stagedState, PARSED).toString());
    fileRows.unpersist();
    meta.setProperty(LISTED_AT, "" + inputs.listedAt());
    meta.setProperty(FINGERPRINT, inputs.fingerprint());
  }

  /** The article columns plus the content hash and the source key. */
  static Dataset<Row> withKeys(Dataset<Row> articles) {
    List<Column> parts = new ArrayList<>();
    for (String c : ArticleColumns.SCHEMA.fieldNames()) {
      if (!c.equals(ArticleColumns.INGESTED_AT)) parts.add(coalesce(col(c).cast("string"), lit("\u0000")));
    }
    return articles.select(articleColumns())
        .withColumn(HASH, sha2(concat_ws("\u0001", parts.toArray(Column[]::new)), 256))
        .withColumn(KEY, coalesce(col(ArticleColumns.URL), col(ArticleColumns.SOURCE_FILE)));
  }

  private static Column[] articleColumns() {
    return Arrays.stream(ArticleColumns.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static String[] rest(String[] columns) {
    return Arrays.copyOfRange(columns, 1, columns.length);
  }

  private static Pipeline.Summary summary(IngestJob.Result r, List<String> outlets, List<String> written) {
    return new Pipeline.Summary(r.articlesRead() - r.duplicates(), r.rejected(), r.duplicates(), outlets, written);
  }

  private static List<String> outlets(Dataset<Row> articles) {
    return articles.select(ArticleColumns.OUTLET).na().fill("(unknown)").distinct()
        .orderBy(ArticleColumns.OUTLET).as(Encoders.STRING()).collectAsList();
  }

  private static Properties readMeta(Configuration conf, String metaDir) {
    try {
      Path p = new Path(metaDir, "run.properties");
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) return null;
      Properties props = new Properties();
      try (var in = fs.open(p)) {
        props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return props;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeMeta(Configuration conf, Path dir, Properties m) {
    try {
      FileSystem fs = dir.getFileSystem(conf);
      fs.mkdirs(dir);
      try (OutputStream out = fs.create(new Path(dir, "run.properties"), true)) {
        m.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "stancemap incremental state: the last committed run");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
