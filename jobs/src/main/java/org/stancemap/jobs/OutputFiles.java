package org.stancemap.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Single files (charts, the report page, CSV and JSON Lines exports) written where the tables go: on any Hadoop file system
 * the output names (a local folder, {@code file:}, {@code hdfs://}, {@code s3a://} ...), not only on
 * the local disk.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** What a file holds, written onto its stream (which the caller closes). */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code bytes} to {@code file} through a temporary sibling and a rename, so a reader sees
   * the old file or the new one, never half of one (on HDFS, where a rename cannot replace, the old
   * file is deleted just before). Creates the parent folder. Returns {@code file}.
   */
  public static String replace(Configuration conf, String file, byte[] bytes) {
    return replace(conf, file, out -> out.write(bytes));
  }

  /**
   * As {@link #replace(Configuration, String, byte[])}, with the content streamed by {@code content}
   * (a file larger than memory); a failure while writing deletes the temporary file and leaves the
   * old one as it was.
   */
  public static String replace(Configuration conf, String file, Content content) {
    Path target = new Path(file);
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try {
      FileSystem fs = target.getFileSystem(conf);
      // the raw local file system: no .crc side files next to a user's charts
      if (fs instanceof LocalFileSystem local) fs = local.getRawFileSystem();
      fs.mkdirs(target.getParent());
      try (OutputStream out = fs.create(tmp, true)) {
        content.writeTo(out);
      } catch (IOException | RuntimeException e) {
        fs.delete(tmp, false);
        throw e;
      }
      if (!fs.rename(tmp, target)) {
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) throw new IOException("cannot rename " + tmp + " to " + target);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
