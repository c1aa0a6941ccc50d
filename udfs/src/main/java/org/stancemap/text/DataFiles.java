package org.stancemap.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens stancemap's tunable data files (lexicons, alias tables, targets, models) by their
 * path relative to {@code data/}.
 *
 * <p>A directory named by the system property {@code stancemap.data.dir} or the environment
 * variable {@code STANCEMAP_DATA_DIR} wins, so users can edit data without rebuilding; then the
 * checkout's {@code data/} when {@code scripts/stancemap} names it ({@value #CHECKOUT_PROPERTY});
 * otherwise the copy packaged in the jar under {@code stancemap-data/} is read, which is what
 * executors on a cluster see. A file missing from a directory is read from the jar.
 */
public final class DataFiles {
  public static final String PROPERTY = "stancemap.data.dir";
  public static final String ENV = "STANCEMAP_DATA_DIR";
  private static final String CLASSPATH_PREFIX = "stancemap-data/";

  private DataFiles() {}

  /**
   * Set by {@code scripts/stancemap} to the checkout's {@code data/}: read after the user's override
   * and before the jar, so an edited data file takes effect without a build.
   */
  public static final String CHECKOUT_PROPERTY = "stancemap.checkout.data.dir";

  /** The override directory, or null when the packaged data is used. */
  public static Path overrideDir() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) dir = System.getenv(ENV);
    if (dir == null || dir.isBlank()) dir = System.getProperty(CHECKOUT_PROPERTY);
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  public static boolean exists(String relativePath) {
    Path dir = overrideDir();
    if (dir != null && Files.isRegularFile(dir.resolve(relativePath))) return true;
    return DataFiles.class.getClassLoader().getResource(CLASSPATH_PREFIX + relativePath) != null;
  }

  public static InputStream open(String relativePath) {
    Path dir = overrideDir();
    try {
      if (dir != null && Files.isRegularFile(dir.resolve(relativePath))) {
        return Files.newInputStream(dir.resolve(relativePath));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + dir.resolve(relativePath), e);
    }
    InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_PREFIX + relativePath);
    if (in == null) {
      throw new IllegalArgumentException("data file not found: data/" + relativePath
          + (dir == null ? "" : " (looked in " + dir + " and in the jar)"));
    }
    return in;
  }

  public static String read(String relativePath) {
    try (InputStream in = open(relativePath)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file data/" + relativePath, e);
    }
  }

  /**
   * The meaningful lines of a data file: trimmed, with blank lines and {@code #} comment lines
   * (the files' documentation headers) left out.
   */
  public static List<String> lines(String relativePath) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relativePath), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file data/" + relativePath, e);
    }
    return out;
  }

  /** Tab-separated rows of a data file (see {@link #lines}); empty trailing fields are kept. */
  public static List<String[]> tsv(String relativePath) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(relativePath)) rows.add(line.split("\t", -1));
    return rows;
  }
}
