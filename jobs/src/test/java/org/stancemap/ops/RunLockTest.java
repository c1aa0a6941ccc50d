package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  @TempDir Path dir;
  final ByteArrayOutputStream console = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(console, true);
  static final Duration HOUR = Duration.ofHours(1);

  @Test
  void aSecondAcquireFailsWhileTheFirstHoldsAndSucceedsAfterRelease() {
    try (RunLock first = RunLock.acquire(new Configuration(), dir.toString(), HOUR, "test", out)) {
      assertTrue(Files.exists(dir.resolve(RunLock.FILE)));
      var e = assertThrows(RunLock.LockHeldException.class,
          () -> RunLock.acquire(new Configuration(), dir.toString(), HOUR, "test", out));
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
    }
    assertFalse(Files.exists(dir.resolve(RunLock.FILE)), "released");
    RunLock.acquire(new Configuration(), dir.toString(), HOUR, "test", out).close();
  }

  @Test
  void theLockRecordsTheProcessItsStartTheHostAndItsBoot() throws Exception {
    try (RunLock lock = RunLock.acquire(new Configuration(), dir.toString(), HOUR, "run\nforged=1", out)) {
      Properties p = new Properties();
      p.load(new java.io.StringReader(Files.readString(dir.resolve(RunLock.FILE))));
      assertEquals("" + ProcessHandle.current().pid(), p.getProperty("pid"));
      assertEquals(ProcessHandle.current().info().startInstant().orElseThrow().toString(), p.getProperty("pid_start"));
      assertEquals(RunLock.host(), p.getProperty("host"));
      assertEquals(RunLock.bootId(), p.getProperty("boot"));
      assertEquals("run\nforged=1", p.getProperty("command"), "a newline in the command cannot forge a key");
      assertNull(p.getProperty("forged"));
    }
  }

  /** The reproduction: a lock naming a live process, dated 13 h ago, must stop the next run. */
  @Test
  void aLiveProcessKeepsItsLockWhateverItsAge() throws Exception {
    Process sleeper = new ProcessBuilder("sleep", "300").start();
    try {
      Instant sleeperStart = sleeper.info().startInstant().orElseThrow();
      String lock = "pid=" + sleeper.pid() + "\npid_start=" + sleeperStart + "\nhost=" + RunLock.host() + "\nboot=" + RunLock.bootId()
          + "\nstarted=" + Instant.now().minus(Duration.ofHours(13)) + "\ncommand=stancemap run\n";
      Path file = Files.writeString(dir.resolve(RunLock.FILE), lock);
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(13))));

      var e = assertThrows(RunLock.LockHeldException.class,
          () -> RunLock.acquire(new Configuration(), dir.toString(), Duration.ofHours(12), "test", out));
      assertTrue(e.getMessage().contains("pid " + sleeper.pid()), e.getMessage());
      assertFalse(console.toString().contains("removing a stale lock"), console.toString());
      assertEquals(lock, Files.readString(file), "the live run's lock is left as it was");

      // a lock as older versions wrote it (no pid_start): a live pid still keeps it
      String legacy = "pid=" + sleeper.pid() + "\nhost=" + RunLock.host() + "\nstarted=" + Instant.now().minus(Duration.ofDays(3)) + "\n";
      Files.writeString(file, legacy);
      assertThrows(RunLock.LockHeldException.class,
          () -> RunLock.acquire(new Configuration(), dir.toString(), Duration.ofHours(12), "test", out));
      assertEquals(legacy, Files.readString(file));

      // once the process is gone, the same lock is cleared at once
      sleeper.destroy();
      sleeper.waitFor();
      try (RunLock mine = RunLock.acquire(new Configuration(), dir.toString(), Duration.ofHours(12), "test", out)) {
        assertTrue(console.toString().contains("removing a stale lock"), console.toString());
        assertTrue(console.toString().contains("no longer running"), console.toString());
        assertTrue(Files.readString(file).contains("pid=" + ProcessHandle.current().pid()));
      }
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void aLockOfADeadProcessOnThisHostIsClearedWithAMessage() throws Exception {
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    Files.writeString(dir.resolve(RunLock.FILE), "pid=" + dead.pid() + "\nhost=" + RunLock.host() + "\nstarted=" + Instant.now() + "\n");
    try (RunLock lock = RunLock.acquire(new Configuration(), dir.toString(), HOUR, "test", out)) {
      assertTrue(console.toString().contains("removing a stale lock"), console.toString());
      assertTrue(console.toString().contains("no longer running"), console.toString());
      assertTrue(Files.readString(dir.resolve(RunLock.FILE)).contains("pid=" + ProcessHandle.current().pid()));
    }
  }

  @Test
  void staleness() {
    RunLock.Holder me = RunLock.Holder.current();
    Instant now = Instant.now();
    Properties live = lock(me.pid(), me.pidStart(), "here", now.minusSeconds(60));
    RunLock.Holder here = new RunLock.Holder(me.pid(), me.pidStart(), "here", "boot-1", "pid:[1]");
    assertNull(RunLock.staleReason(live, null, here, now, HOUR), "live pid, young lock");
    assertNull(RunLock.staleReason(live, null, here, now.plus(Duration.ofDays(30)), Duration.ofHours(12)),
        "a live run is never taken over, whatever its age");
    Properties reused = lock(me.pid(), me.pidStart().minusSeconds(3600), "here", now.minusSeconds(60));
    assertTrue(RunLock.staleReason(reused, null, here, now, Duration.ofHours(12)).contains("another process"),
        "the pid now belongs to a process other than the recorded one");
    Properties beforeReboot = lock(me.pid(), me.pidStart(), "here", now.minusSeconds(60));
    beforeReboot.setProperty("boot", "boot-0");
    assertTrue(RunLock.staleReason(beforeReboot, null, here, now, HOUR).contains("restarted"));

    Properties elsewhere = lock(999_999_999L, null, "other-host", now.minusSeconds(60));
    assertNull(RunLock.staleReason(elsewhere, null, here, now, HOUR), "another host's pid cannot be checked");
    assertTrue(RunLock.staleReason(elsewhere, null, here, now.plus(Duration.ofHours(2)), HOUR).contains("has not touched it"));
    assertNull(RunLock.staleReason(elsewhere, now.plus(Duration.ofMinutes(119)), here, now.plus(Duration.ofHours(2)), HOUR),
        "a lock its run keeps touching is live on another host too, whatever its age");
    Properties otherContainer = lock(999_999_999L, null, "here", now.minusSeconds(60));
    otherContainer.setProperty("pid_ns", "pid:[2]");
    assertNull(RunLock.staleReason(otherContainer, null, here, now, HOUR),
        "same host name, another pid namespace: its pids cannot be seen, so the heartbeat decides");
    assertEquals("it cannot be read ({})", RunLock.staleReason(new Properties(), null, here, now, HOUR));
  }

  @Test
  void theHolderTouchesItsLockSoOtherHostsSeeItAlive() throws Exception {
    try (RunLock lock = RunLock.acquire(new Configuration(), dir.toString(), null, HOUR, "test", out, Duration.ofMillis(50))) {
      Path file = dir.resolve(RunLock.FILE);
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(5))));
      long deadline = System.currentTimeMillis() + 10_000;
      while (Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minusSeconds(60)) && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minusSeconds(60)), "heartbeat");
    }
  }

  @Test
  void anObjectStoreOutputNeedsALockFolderThatHolds() throws Exception {
    var e = assertThrows(RunLock.UnsafeLockException.class,
        () -> RunLock.acquire(new Configuration(), "s3a://bucket/stancemap", HOUR, "test", out));
    assertTrue(e.getMessage().contains("--lock-dir"), e.getMessage());
    assertThrows(RunLock.UnsafeLockException.class,
        () -> RunLock.acquire(new Configuration(), dir.toString(), "gs://bucket/locks", HOUR, "test", out));

    Path locks = dir.resolve("locks");
    try (RunLock lock = RunLock.acquire(new Configuration(), "s3a://bucket/stancemap", locks.toString(), HOUR, "test", out)) {
      try (var files = Files.list(locks)) {
        Path file = files.findFirst().orElseThrow();
        assertTrue(file.getFileName().toString().matches("stancemap-[0-9a-f]{16}\\.lock"), file.toString());
        assertTrue(Files.readString(file).contains("output=s3a://bucket/stancemap"), Files.readString(file));
      }
      assertThrows(RunLock.LockHeldException.class,
          () -> RunLock.acquire(new Configuration(), "s3a://bucket/stancemap", locks.toString(), HOUR, "test", out));
      RunLock.acquire(new Configuration(), "s3a://bucket/other", locks.toString(), HOUR, "test", out).close();
    }
  }

  private static Properties lock(long pid, Instant pidStart, String host, Instant started) {
    Properties p = new Properties();
    p.setProperty("pid", "" + pid);
    if (pidStart != null) p.setProperty("pid_start", pidStart.toString());
    p.setProperty("host", host);
    p.setProperty("started", started.toString());
    return p;
  }
}
