package org.stancemap.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code OUTPUT/.lock}: one run per output folder. The file (pid, host, start time, command) is
 * created exclusively; a second run finds it and stops with {@link LockHeldException} (exit code
 * 4). A lock left by a killed run is stale when its pid no longer runs on this host, or when it is
 * older than the maximum age (a run on another host that died): it is then removed, with a message,
 * and the new run proceeds.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = ".lock";
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);

  private final FileSystem fs;
  private final Path path;
  private final String token;
  private boolean released;

  private RunLock(FileSystem fs, Path path, String token) {
    this.fs = fs;
    this.path = path;
    this.token = token;
  }

  /** Another run holds the lock. */
  public static final class LockHeldException extends RuntimeException {
    public LockHeldException(String message) {
      super(message);
    }
  }

  public static RunLock acquire(Configuration conf, String outputDir, Duration maxAge, String command, PrintStream console) {
    try {
      Path dir = new Path(outputDir);
      FileSystem fs = dir.getFileSystem(conf);
      fs.mkdirs(dir);
      Path path = fs.makeQualified(new Path(dir, FILE));
      long pid = ProcessHandle.current().pid();
      String host = host();
      Instant now = Instant.now();
      String token = "pid=" + pid + "\nhost=" + host + "\nstarted=" + now + "\ncommand=" + command.replace('\n', ' ') + "\n";
      for (int attempt = 0; attempt < 2; attempt++) {
        if (tryCreate(fs, path, token)) return new RunLock(fs, path, token);
        Properties held = read(fs, path);
        if (held == null) continue; // removed in between: try again
        String why = staleReason(held, host, now, maxAge);
        if (why == null) {
          throw new LockHeldException("another run holds the lock " + path + " (pid " + held.getProperty("pid")
              + " on " + held.getProperty("host") + ", started " + held.getProperty("started")
              + "); wait for it to finish, or remove the file if you are sure no run is active");
        }
        console.println("stancemap: removing a stale lock " + path + ": " + why);
        fs.delete(path, false);
      }
      throw new LockHeldException("could not take the lock " + path + " (another run is starting at the same time)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Why a lock is stale, or null when its run may still be active. On the lock's own host the
   * process decides, whatever the lock's age: a live process keeps it (a long run over a large
   * corpus is never taken over), a process that is gone, or a pid now used by a process started
   * after the lock, does not. From another host the process cannot be seen, so the age decides.
   */
  static String staleReason(Properties held, String host, Instant now, Duration maxAge) {
    Instant started;
    try {
      started = Instant.parse(held.getProperty("started", ""));
    } catch (RuntimeException e) {
      return "it cannot be read (" + held + ")";
    }
    if (host.equals(held.getProperty("host"))) {
      long pid;
      try {
        pid = Long.parseLong(held.getProperty("pid", ""));
      } catch (NumberFormatException e) {
        return "it names no process";
      }
      java.util.Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      if (process.isEmpty()) return "its run (pid " + pid + ", started " + started + ") is no longer running on " + host;
      java.util.Optional<Instant> processStart = process.get().info().startInstant();
      if (processStart.isPresent() && processStart.get().isAfter(started.plusSeconds(60))) {
        return "pid " + pid + " is now another process (started " + processStart.get() + ", after the lock)";
      }
      return null;
    }
    if (Duration.between(started, now).compareTo(maxAge) > 0) {
      return "it is older than " + maxAge.toString().substring(2).toLowerCase() + " (started " + started
          + " on " + held.getProperty("host") + ", whose processes this host cannot see)";
    }
    return null;
  }

  private static boolean tryCreate(FileSystem fs, Path path, String token) throws IOException {
    if ("file".equals(fs.getUri().getScheme())) {
      // the local file system's create(overwrite=false) checks and creates in two steps: use O_EXCL
      java.nio.file.Path local = java.nio.file.Path.of(path.toUri());
      try {
        java.nio.file.Files.writeString(local, token, java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(token.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(path)) return false;
      throw e;
    }
  }

  private static Properties read(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      Properties p = new Properties();
      p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      return p;
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return System.getenv().getOrDefault("HOSTNAME", "localhost");
    }
  }

  @Override
  public void close() {
    if (released) return;
    released = true;
    try {
      Properties held = read(fs, path);
      Properties mine = new Properties();
      mine.load(new StringReader(token));
      if (held != null && held.equals(mine)) fs.delete(path, false);
    } catch (IOException ignored) {
      // a lock we cannot remove is stale for the next run (our pid will be gone)
    }
  }
}
