package org.stancemap.ops;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Per-stage progress on the console: done of total, rate, elapsed time and ETA, every few seconds
 * while a stage runs and once when it ends. Articles are counted by {@link #counted} (a per-row
 * accumulator: cheap, reported by Spark as tasks finish and with executor heartbeats); a stage
 * without an article count shows Spark tasks instead (from a SparkListener). Text lines
 * ({@code stancemap: [stage] 120/500 articles (24%), 8.1/s, elapsed 0:15, ETA 0:47}) or, with
 * {@code --log-format json}, one JSON object per line; nothing with {@code --quiet}.
 */
public final class Progress {
  public enum Format { TEXT, JSON, QUIET }

  private static volatile Progress current = new Progress(null, Format.QUIET, System.err, Duration.ofSeconds(10));

  private final SparkSession spark;
  private final Format format;
  private final PrintStream out;
  private final Duration interval;
  private final AtomicLong tasksDone = new AtomicLong();
  private final AtomicLong tasksTotal = new AtomicLong();
  private volatile Stage stage;
  private LongAccumulator articles;
  private ScheduledExecutorService ticker;

  private Progress(SparkSession spark, Format format, PrintStream out, Duration interval) {
    this.spark = spark;
    this.format = format;
    this.out = out;
    this.interval = interval;
  }

  /** Starts progress reporting for this JVM's runs. */
  public static Progress start(SparkSession spark, Format format, PrintStream out, Duration interval) {
    Progress p = new Progress(spark, format, out, interval);
    p.articles = spark.sparkContext().longAccumulator("stancemap articles done");
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onStageSubmitted(SparkListenerStageSubmitted s) {
        p.tasksTotal.addAndGet(s.stageInfo().numTasks());
      }

      @Override
      public void onTaskEnd(SparkListenerTaskEnd t) {
        p.tasksDone.incrementAndGet();
      }
    });
    if (format != Format.QUIET) {
      p.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread th = new Thread(r, "stancemap-progress");
        th.setDaemon(true);
        return th;
      });
      long ms = Math.max(200, interval.toMillis());
      p.ticker.scheduleAtFixedRate(p::tick, ms, ms, TimeUnit.MILLISECONDS);
    }
    current = p;
    return p;
  }

  public static Progress current() {
    return current;
  }

  /**
   * Opens a stage; {@code totalArticles} is the number of articles it works through, or -1 when
   * unknown (then Spark tasks are shown). Close it when the stage's output is written.
   */
  public static Stage stage(String name, long totalArticles) {
    Progress p = current;
    Stage s = p.new Stage(name, totalArticles);
    p.stage = s;
    return s;
  }

  /** The same rows, each counted as one article done in the current stage when Spark processes it. */
  public static Dataset<Row> counted(Dataset<Row> articles) {
    Progress p = current;
    if (p.articles == null) return articles;
    LongAccumulator acc = p.articles;
    return articles.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        acc.add(1);
        return rows.next();
      }
    }, Encoders.row(articles.schema()));
  }

  private void tick() {
    Stage s = stage;
    if (s != null && !s.closed) s.print(false);
  }

  /** One stage of a run. */
  public final class Stage implements AutoCloseable {
    private final String name;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final long articlesAtStart;
    private final long tasksDoneAtStart;
    private final long tasksTotalAtStart;
    private volatile boolean closed;

    private Stage(String name, long total) {
      this.name = name;
      this.total = total;
      this.articlesAtStart = articles == null ? 0 : articles.value();
      this.tasksDoneAtStart = tasksDone.get();
      this.tasksTotalAtStart = tasksTotal.get();
    }

    @Override
    public void close() {
      if (closed) return;
      closed = true;
      print(true);
      if (stage == this) stage = null;
    }

    void print(boolean end) {
      if (format == Format.QUIET) return;
      double elapsed = (System.nanoTime() - startNanos) / 1e9;
      String unit;
      long done;
      long all;
      if (total >= 0) {
        unit = "articles";
        all = total;
        done = end ? total : Math.min(total, (articles == null ? 0 : articles.value()) - articlesAtStart);
      } else {
        unit = "tasks";
        done = tasksDone.get() - tasksDoneAtStart;
        all = Math.max(done, tasksTotal.get() - tasksTotalAtStart);
      }
      double rate = elapsed > 0 ? done / elapsed : 0;
      double eta = end ? 0 : (rate > 0 ? (all - done) / rate : -1);
      out.println(line(format, name, unit, done, all, rate, elapsed, eta, end));
      out.flush();
    }
  }

  static String line(Format format, String name, String unit, long done, long all, double rate, double elapsed, double eta, boolean end) {
    if (format == Format.JSON) {
      return String.format(Locale.ROOT,
          "{\"stage\":\"%s\",\"unit\":\"%s\",\"done\":%d,\"total\":%d,\"rate\":%.2f,\"elapsed_s\":%.1f,\"eta_s\":%s,\"finished\":%b}",
          name, unit, done, all, rate, elapsed, eta < 0 ? "null" : String.format(Locale.ROOT, "%.1f", eta), end);
    }
    String pct = all > 0 ? String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * done / all)) : "";
    String tail = end ? ", done" : ", ETA " + (eta < 0 ? "?" : clock(eta));
    return String.format(Locale.ROOT, "stancemap: [%s] %d/%d %s%s, %.1f/s, elapsed %s%s",
        name, done, all, unit, pct, rate, clock(elapsed), tail);
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Stops the ticker (the listener stays with its SparkContext). */
  public void stop() {
    if (ticker != null) ticker.shutdownNow();
    if (current == this) current = new Progress(null, Format.QUIET, out, interval);
  }
}
