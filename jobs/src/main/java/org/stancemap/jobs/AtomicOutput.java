package org.stancemap.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a table so that readers only ever see a complete one: the data goes to a staging
 * directory beside the target and is renamed into place when Spark has committed it. A crash
 * leaves at most a staging directory (ignored by readers, removed by the next write), never a
 * half-written table.
 */
public final class AtomicOutput {
  static final String STAGING_PREFIX = "_staging-";

  private AtomicOutput() {}

  public static void writeParquet(Dataset<Row> table, String targetDir) {
    write(table, targetDir, "parquet");
  }

  public static void write(Dataset<Row> table, String targetDir, String format) {
    SparkSession spark = table.sparkSession();
    Path target = new Path(targetDir);
    Path staging = new Path(target.getParent(), STAGING_PREFIX + target.getName() + "-" + UUID.randomUUID());
    table.write().mode(SaveMode.ErrorIfExists).format(format).save(staging.toString());
    replace(spark.sparkContext().hadoopConfiguration(), staging, target);
  }

  /** Moves a complete {@code staging} directory to {@code target}, replacing what was there. */
  public static void replace(Configuration conf, Path staging, Path target) {
    try {
      FileSystem fs = target.getFileSystem(conf);
      Path previous = new Path(target.getParent(), STAGING_PREFIX + target.getName() + "-previous-" + UUID.randomUUID());
      boolean hadPrevious = fs.exists(target);
      if (hadPrevious && !fs.rename(target, previous)) throw new IOException("cannot move aside " + target);
      if (!fs.rename(staging, target)) {
        if (hadPrevious) fs.rename(previous, target);
        throw new IOException("cannot move " + staging + " to " + target);
      }
      if (hadPrevious) fs.delete(previous, true);
      cleanStaleStaging(fs, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cleanStaleStaging(FileSystem fs, Path target) throws IOException {
    Path parent = target.getParent();
    if (!fs.exists(parent)) return;
    String prefix = STAGING_PREFIX + target.getName() + "-";
    for (var status : fs.listStatus(parent)) {
      if (status.getPath().getName().startsWith(prefix)) fs.delete(status.getPath(), true);
    }
  }
}
