package org.stancemap.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes every table a run writes appear together, or not at all. The run writes its whole output
 * into a staging folder inside the output ({@link #stagedOutput}: {@code OUTPUT/_staging-run-RUNID},
 * ignored by Spark, DuckDB and pyarrow since it starts with "_"), and other folders (the
 * incremental state) into staging folders beside them ({@link #stage}). {@link #commit} first
 * writes a journal ({@code OUTPUT/_commit}: one "staging TAB target" line per table, created under
 * a temporary name and renamed, so it is complete or absent), then swaps each staged folder into
 * place, then deletes the journal.
 *
 * <p>A run killed before the journal exists leaves the previous outputs untouched; its staging
 * folders are deleted by the next run. A run killed during the swaps (a few renames) leaves every
 * table complete (old or new) and the journal; the next run rolls the journal forward before it
 * does anything else, so the outputs end up exactly as the killed run meant. Readers keep reading
 * plain Parquet folders at {@code OUTPUT/TABLE}.
 */
public final class OutputTransaction implements AutoCloseable {
  public static final String JOURNAL = "_commit";
  static final String STAGING_PREFIX = "_staging-";
  static final String RUN_STAGING = STAGING_PREFIX + "run-";

  private final Configuration conf;
  private final Path root;
  private final String runId;
  private final Map<Path, Path> staged = new LinkedHashMap<>(); // target -> staging
  private final List<Path> cleanDirs = new ArrayList<>();
  private Path stagedOutput;
  private boolean committed;

  private OutputTransaction(Configuration conf, Path root, String runId) {
    this.conf = conf;
    this.root = root;
    this.runId = runId;
    cleanDirs.add(root);
  }

  /** Recovers what a killed run left under {@code outputDir}, then opens a transaction there. */
  public static OutputTransaction begin(Configuration conf, String outputDir, String runId, PrintStream console) {
    Path root = new Path(outputDir);
    recover(conf, root, console);
    return new OutputTransaction(conf, root, runId);
  }

  /** Also cleans leftovers of killed runs in {@code dir} (a state folder outside the output). */
  public void alsoClean(String dir) {
    Path p = new Path(dir);
    try {
      cleanStaging(p.getFileSystem(conf), p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cleanDirs.add(p);
  }

  /** A fresh staging folder for {@code targetDir}; it replaces the target when the transaction commits. */
  public synchronized Path stage(String targetDir) {
    Path target = qualify(new Path(targetDir));
    Path staging = new Path(target.getParent(), STAGING_PREFIX + target.getName() + "-" + runId);
    try {
      FileSystem fs = staging.getFileSystem(conf);
      if (fs.exists(staging)) fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    staged.put(target, staging);
    return staging;
  }

  /**
   * The folder this run writes its output into instead of the output folder: at commit, each
   * entry in it replaces the output's entry of the same name (others stay as they were).
   */
  public synchronized String stagedOutput() {
    if (stagedOutput == null) {
      stagedOutput = qualify(new Path(root, RUN_STAGING + runId));
      try {
        FileSystem fs = stagedOutput.getFileSystem(conf);
        if (fs.exists(stagedOutput)) fs.delete(stagedOutput, true);
        fs.mkdirs(stagedOutput);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // in the form the output was given (no scheme added): stages that use java.nio paths need that
    return new Path(root, RUN_STAGING + runId).toString();
  }

  /** The output path a path inside {@link #stagedOutput} will have after the commit. */
  public synchronized String finalPath(String path) {
    if (stagedOutput == null) return path;
    String staged = stagedOutput.toString();
    String q = qualify(new Path(path)).toString();
    return q.startsWith(staged + "/") ? new Path(root, q.substring(staged.length() + 1)).toString() : path;
  }

  public synchronized boolean isEmpty() {
    return staged.isEmpty();
  }

  public synchronized void commit() {
    try {
      FileSystem fs = root.getFileSystem(conf);
      fs.mkdirs(root);
      if (stagedOutput != null && fs.exists(stagedOutput)) {
        Path target = qualify(root);
        for (FileStatus entry : fs.listStatus(stagedOutput)) {
          String name = entry.getPath().getName();
          if (name.startsWith(STAGING_PREFIX) || name.equals("_SUCCESS")) continue;
          staged.put(new Path(target, name), entry.getPath());
        }
      }
      Path journal = new Path(root, JOURNAL);
      Path tmp = new Path(root, STAGING_PREFIX + JOURNAL + "-" + runId);
      try (OutputStream out = fs.create(tmp, true)) {
        StringBuilder sb = new StringBuilder();
        for (var e : staged.entrySet()) sb.append(e.getValue()).append('\t').append(e.getKey()).append('\n');
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
      if (!fs.rename(tmp, journal)) throw new IOException("cannot write the commit journal " + journal);
      Checkpoints.reach("commit-journal");
      int n = 0;
      for (var e : staged.entrySet()) {
        swap(conf, e.getValue(), e.getKey());
        if (++n == 1) Checkpoints.reach("commit-swapped-one");
      }
      fs.delete(journal, false);
      committed = true;
      for (Path d : cleanDirs) cleanStaging(d.getFileSystem(conf), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Without a commit: drops what was staged; the previous outputs stay as they were. */
  @Override
  public synchronized void close() {
    if (committed) return;
    List<Path> drop = new ArrayList<>(staged.values());
    if (stagedOutput != null) drop.add(stagedOutput);
    for (Path staging : drop) {
      try {
        staging.getFileSystem(conf).delete(staging, true);
      } catch (IOException ignored) {
        // the next run cleans it
      }
    }
  }

  /** Rolls forward an interrupted commit under {@code root}, then deletes staging leftovers. */
  public static void recover(Configuration conf, Path root, PrintStream console) {
    try {
      FileSystem fs = root.getFileSystem(conf);
      Path journal = new Path(root, JOURNAL);
      if (fs.exists(journal)) {
        List<String[]> pairs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank()) pairs.add(line.split("\t", 2));
          }
        }
        int done = 0;
        for (String[] p : pairs) {
          Path staging = new Path(p[0]);
          Path target = new Path(p[1]);
          if (fs.exists(staging)) {
            swap(conf, staging, target);
            done++;
          }
        }
        fs.delete(journal, false);
        console.println("stancemap: completed the commit of an interrupted run (" + done + " of " + pairs.size()
            + " tables were still to move into place)");
      }
      cleanStaging(fs, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code target} by {@code staging}: two renames, the old table deleted after. */
  static void swap(Configuration conf, Path staging, Path target) throws IOException {
    FileSystem fs = target.getFileSystem(conf);
    Path previous = new Path(target.getParent(), STAGING_PREFIX + target.getName() + "-previous");
    if (fs.exists(previous)) fs.delete(previous, true);
    if (fs.exists(target) && !fs.rename(target, previous)) throw new IOException("cannot move aside " + target);
    fs.mkdirs(target.getParent());
    if (!fs.rename(staging, target)) throw new IOException("cannot move " + staging + " to " + target);
    fs.delete(previous, true);
  }

  private static void cleanStaging(FileSystem fs, Path dir) throws IOException {
    if (!fs.exists(dir)) return;
    for (FileStatus s : fs.listStatus(dir)) {
      if (s.getPath().getName().startsWith(STAGING_PREFIX)) fs.delete(s.getPath(), true);
    }
  }

  private Path qualify(Path p) {
    try {
      return p.getFileSystem(conf).makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
