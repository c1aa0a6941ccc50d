package org.stancemap.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code --output} checked before the lock and Spark: an output that cannot be one (empty, a scheme
 * no file system serves, an existing file, a local folder that cannot be created) is a bad argument,
 * exit code 2 with one line, not a failed job (exit 5). Errors of a reachable remote file system
 * (an HDFS name node down) are left to the run, which fails with 5 and is retried.
 */
final class OutputCheck {
  private OutputCheck() {}

  /** Why {@code output} cannot be written to, or null. Creates a missing local output folder (the run would). */
  static String problem(String output, Configuration conf) {
    if (output == null || output.isBlank()) return "--output is empty";
    Path p;
    FileSystem fs;
    try {
      p = new Path(output);
      if (org.stancemap.ops.RunLock.onObjectStore(output)) return null; // checked by the lock (--lock-dir) and the run
      fs = p.getFileSystem(conf);
    } catch (IllegalArgumentException e) {
      return "--output " + output + " is not a path: " + e.getMessage();
    } catch (IOException e) {
      return "--output " + output + ": " + e.getMessage() + " (use a local path, hdfs://, s3a:// or another Hadoop file system)";
    }
    if (fs instanceof LocalFileSystem) {
      java.nio.file.Path local = java.nio.file.Path.of(fs.makeQualified(p).toUri());
      if (Files.exists(local) && !Files.isDirectory(local)) return "--output " + output + " exists and is not a folder";
      try {
        Files.createDirectories(local);
      } catch (IOException | SecurityException e) {
        return "--output " + output + " cannot be created: " + e;
      }
      if (!Files.isWritable(local)) return "--output " + output + " is not writable";
      return null;
    }
    try {
      FileStatus st = fs.getFileStatus(p);
      if (!st.isDirectory()) return "--output " + output + " exists and is not a folder";
    } catch (FileNotFoundException e) {
      return null; // created by the run
    } catch (IOException e) {
      return null; // the file system may come back: the run fails (exit 5) and the next one retries
    }
    return null;
  }
}
