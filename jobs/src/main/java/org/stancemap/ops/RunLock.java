package org.stancemap.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run per output folder: a lock file created exclusively, {@code OUTPUT/.lock} (or, with a lock
 * folder, {@code LOCKDIR/stancemap-HASH.lock} naming the output). It records the holder's pid, the
 * start time of that process, the host, the boot id and pid namespace of the host, and when the
 * run started. A second run finds it and stops with {@link LockHeldException} (exit code 4).
 *
 * <p>When is a lock stale (removed with a message, the new run goes on)?
 * <ul>
 *   <li>On the holder's own host (same host name, same pid namespace): only when its process is
 *       gone, or its pid now belongs to another process (a start time other than the recorded
 *       one), or the host restarted since (another boot id). A live holder keeps its lock whatever
 *       its age: a long run over a large corpus is never taken over.</li>
 *   <li>From elsewhere (another host, another container): that host's processes cannot be seen.
 *       The holder touches the lock file every {@link #HEARTBEAT} while it runs, so a lock whose
 *       last touch is older than the maximum age was left by a run that died (or a host that lost
 *       the file system for that long). A live run's lock keeps being touched, whatever its age.</li>
 * </ul>
 *
 * <p>The lock needs a file system where creating a file is exclusive (local disks, HDFS, NFS v3+
 * with O_EXCL): object stores (s3a, gs, abfs/wasb, ...) are not, so there the lock must live in a
 * separate lock folder ({@code --lock-dir}), and an output on an object store without one is
 * refused ({@link UnsafeLockException}, exit code 2).
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = ".lock";
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);
  /** How often a holder touches its lock file (its modification time is the heartbeat). */
  public static final Duration HEARTBEAT = Duration.ofMinutes(1);
  /** Whether {@code output}'s scheme is an object store's (its lock must live elsewhere: --lock-dir). */
  public static boolean onObjectStore(String output) {
    String scheme = new Path(output).toUri().getScheme();
    return scheme != null && OBJECT_STORES.contains(scheme.toLowerCase(java.util.Locale.ROOT));
  }

  /** Hadoop schemes of object stores: no exclusive create, renames are copies. */
  static final Set<String> OBJECT_STORES = Set.of("s3", "s3a", "s3n", "gs", "wasb", "wasbs", "abfs", "abfss", "adl",
      "oss", "cos", "cosn", "obs", "ks3", "swift", "oci", "r2");

  private final FileSystem fs;
  private final Path path;
  private final String token;
  private final ScheduledExecutorService heartbeat;
  private boolean released;

  private RunLock(FileSystem fs, Path path, String token, Duration every) {
    this.fs = fs;
    this.path = path;
    this.token = token;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "stancemap-lock-heartbeat");
      t.setDaemon(true);
      return t;
    });
    long ms = Math.max(1, every.toMillis());
    heartbeat.scheduleAtFixedRate(this::touch, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Another run holds the lock (exit code 4). */
  public static final class LockHeldException extends RuntimeException {
    public LockHeldException(String message) {
      super(message);
    }
  }

  /** The lock cannot be made to hold where it was asked for (an object store): exit code 2. */
  public static final class UnsafeLockException extends RuntimeException {
    public UnsafeLockException(String message) {
      super(message);
    }
  }

  public static RunLock acquire(Configuration conf, String outputDir, Duration maxAge, String command, PrintStream console) {
    return acquire(conf, outputDir, null, maxAge, command, console);
  }

  /** @param lockDir a folder for the lock instead of the output folder (null: {@code OUTPUT/.lock}) */
  public static RunLock acquire(Configuration conf, String outputDir, String lockDir, Duration maxAge, String command,
      PrintStream console) {
    return acquire(conf, outputDir, lockDir, maxAge, command, console, HEARTBEAT);
  }

  static RunLock acquire(Configuration conf, String outputDir, String lockDir, Duration maxAge, String command,
      PrintStream console, Duration heartbeat) {
    Path unqualified = lockPath(conf, outputDir, lockDir);
    try {
      FileSystem fs = unqualified.getFileSystem(conf);
      Path path = fs.makeQualified(unqualified);
      fs.mkdirs(path.getParent());
      Holder me = Holder.current();
      Instant now = Instant.now();
      String token = "pid=" + me.pid + "\n"
          + (me.pidStart == null ? "" : "pid_start=" + me.pidStart + "\n")
          + "host=" + me.host + "\n"
          + (me.boot == null ? "" : "boot=" + me.boot + "\n")
          + (me.pidNamespace == null ? "" : "pid_ns=" + me.pidNamespace + "\n")
          + "started=" + now + "\n"
          + "output=" + escape(outputDir) + "\n"
          + "command=" + escape(command) + "\n";
      for (int attempt = 0; attempt < 2; attempt++) {
        if (tryCreate(fs, path, token)) return new RunLock(fs, path, token, heartbeat);
        Properties held = read(fs, path);
        if (held == null) continue; // removed in between: try again
        Instant touched = lastTouched(fs, path);
        String why = staleReason(held, touched, me, now, maxAge);
        if (why == null) {
          throw new LockHeldException("another run holds the lock " + path + " (pid " + held.getProperty("pid")
              + " on " + held.getProperty("host") + ", started " + held.getProperty("started")
              + (touched == null ? "" : ", last seen alive " + touched)
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

  /** Where the lock of {@code outputDir} lives; refuses an object store (see the class comment). */
  static Path lockPath(Configuration conf, String outputDir, String lockDir) {
    Path output = new Path(outputDir);
    if (lockDir == null || lockDir.isBlank()) {
      String scheme = scheme(conf, output);
      if (OBJECT_STORES.contains(scheme)) {
        throw new UnsafeLockException("--output " + outputDir + " is on an object store (" + scheme + "://), where creating a file "
            + "is not exclusive, so a lock there cannot keep two runs apart; give --lock-dir (or lock.dir in --config) on a local "
            + "or HDFS folder that every run for this output uses, e.g. --lock-dir /var/lib/stancemap/locks");
      }
      return new Path(output, FILE);
    }
    Path dir = new Path(lockDir);
    String scheme = scheme(conf, dir);
    if (OBJECT_STORES.contains(scheme)) {
      throw new UnsafeLockException("--lock-dir " + lockDir + " is on an object store (" + scheme + "://), where creating a file "
          + "is not exclusive; give a local or HDFS folder");
    }
    String qualified;
    try {
      qualified = output.getFileSystem(conf).makeQualified(output).toString();
    } catch (IOException | RuntimeException e) {
      qualified = outputDir; // an object store without credentials here: name it as given
    }
    return new Path(dir, "stancemap-" + sha256(qualified).substring(0, 16) + ".lock");
  }

  private static String scheme(Configuration conf, Path p) {
    String s = p.toUri().getScheme();
    if (s == null) s = FileSystem.getDefaultUri(conf).getScheme();
    return s == null ? "file" : s.toLowerCase(Locale.ROOT);
  }

  /** Who runs here: what a lock records of its holder, and what a later run compares it with. */
  record Holder(long pid, Instant pidStart, String host, String boot, String pidNamespace) {
    static Holder current() {
      ProcessHandle me = ProcessHandle.current();
      return new Holder(me.pid(), me.info().startInstant().orElse(null), RunLock.host(), RunLock.bootId(), RunLock.pidNamespace());
    }
  }

  /**
   * Why a lock is stale, or null when its run may still be active (see the class comment).
   *
   * @param touched the lock file's modification time (the holder's heartbeat), null if unknown
   */
  static String staleReason(Properties held, Instant touched, Holder me, Instant now, Duration maxAge) {
    Instant started;
    try {
      started = Instant.parse(held.getProperty("started", ""));
    } catch (RuntimeException e) {
      return "it cannot be read (" + held + ")";
    }
    String heldNs = held.getProperty("pid_ns");
    boolean sameHost = me.host.equals(held.getProperty("host"))
        && (heldNs == null || me.pidNamespace == null || heldNs.equals(me.pidNamespace));
    if (sameHost) {
      String heldBoot = held.getProperty("boot");
      if (heldBoot != null && me.boot != null && !heldBoot.equals(me.boot)) {
        return "it was taken before " + me.host + " restarted (boot id " + heldBoot + ", now " + me.boot + ")";
      }
      long pid;
      try {
        pid = Long.parseLong(held.getProperty("pid", "").strip());
      } catch (NumberFormatException e) {
        return "it names no process";
      }
      Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      if (process.isEmpty()) return "its run (pid " + pid + ", started " + started + ") is no longer running on " + me.host;
      String heldStart = held.getProperty("pid_start");
      Optional<Instant> processStart = process.get().info().startInstant();
      if (heldStart != null && processStart.isPresent()) {
        try {
          Instant recorded = Instant.parse(heldStart);
          if (Duration.between(recorded, processStart.get()).abs().compareTo(Duration.ofSeconds(2)) > 0) {
            return "pid " + pid + " is now another process (started " + processStart.get() + "; the lock's started " + recorded + ")";
          }
        } catch (RuntimeException e) {
          return "it cannot be read (pid_start=" + heldStart + ")";
        }
      }
      // a live process keeps its lock, whatever the lock's age (without pid_start, as written by
      // older versions, a live pid is taken to be the holder: never two runs at once)
      return null;
    }
    Instant lastSeen = touched != null && touched.isAfter(started) ? touched : started;
    if (Duration.between(lastSeen, now).compareTo(maxAge) > 0) {
      return "its run on " + held.getProperty("host") + " (started " + started + ") has not touched it since " + lastSeen
          + ", longer than " + maxAge.toString().substring(2).toLowerCase(Locale.ROOT)
          + " (a live run touches it every " + HEARTBEAT.toMinutes() + " min; this host cannot see that host's processes)";
    }
    return null;
  }

  private void touch() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException ignored) {
      // a missed beat: the next one retries; the lock stays valid for the maximum age
    }
  }

  private static Instant lastTouched(FileSystem fs, Path path) {
    try {
      FileStatus s = fs.getFileStatus(path);
      return s.getModificationTime() > 0 ? Instant.ofEpochMilli(s.getModificationTime()) : null;
    } catch (IOException e) {
      return null;
    }
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

  /** Linux's id of this boot (a restart makes every recorded pid meaningless), or null. */
  static String bootId() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/random/boot_id")).strip();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Linux's pid namespace of this process (containers sharing a host name see different pids), or null. */
  static String pidNamespace() {
    try {
      return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/ns/pid")).toString();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lock file (for messages and tests). */
  public String path() {
    return path.toString();
  }

  @Override
  public void close() {
    if (released) return;
    released = true;
    heartbeat.shutdownNow();
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
