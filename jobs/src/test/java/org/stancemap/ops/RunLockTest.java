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

  @Test
  void aSecondAcquireFailsWhileTheFirstHoldsAndSucceedsAfterRelease() {
    try (RunLock first = RunLock.acquire(new Configuration(), dir.toString(), Duration.ofHours(1), "test", out)) {
      assertTrue(Files.exists(dir.resolve(RunLock.FILE)));
      var e = assertThrows(RunLock.LockHeldException.class,
          () -> RunLock.acquire(new Configuration(), dir.toString(), Duration.ofHours(1), "test", out));
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
    }
    assertFalse(Files.exists(dir.resolve(RunLock.FILE)), "released");
    RunLock.acquire(new Configuration(), dir.toString(), Duration.ofHours(1), "test", out).close();
  }

  @Test
  void aLockOfADeadProcessOnThisHostIsClearedWithAMessage() throws Exception {
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    Files.writeString(dir.resolve(RunLock.FILE), "pid=" + dead.pid() + "\nhost=" + RunLock.host() + "\nstarted=" + Instant.now() + "\n");
    try (RunLock lock = RunLock.acquire(new Configuration(), dir.toString(), Duration.ofHours(1), "test", out)) {
      assertTrue(console.toString().contains("removing a stale lock"), console.toString());
      assertTrue(console.toString().contains("no longer running"), console.toString());
      assertTrue(Files.readString(dir.resolve(RunLock.FILE)).contains("pid=" + ProcessHandle.current().pid()));
    }
  }

  @Test
  void staleness() {
    Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now().minusSeconds(600));
    Instant now = Instant.now();
    Properties live = lock(ProcessHandle.current().pid(), "here", processStart.plusSeconds(1));
    assertNull(RunLock.staleReason(live, "here", now, Duration.ofHours(1)), "live pid, young lock");
    assertNull(RunLock.staleReason(live, "here", now.plusSeconds(13 * 3600), Duration.ofHours(12)),
        "a live run is never taken over, whatever its age");
    Properties reused = lock(ProcessHandle.current().pid(), "here", processStart.minusSeconds(3600));
    assertTrue(RunLock.staleReason(reused, "here", now, Duration.ofHours(12)).contains("another process"),
        "the pid now belongs to a process started after the lock");
    Properties elsewhere = lock(999_999_999L, "other-host", now.minusSeconds(60));
    assertNull(RunLock.staleReason(elsewhere, "here", now, Duration.ofHours(1)), "another host's pid cannot be checked");
    assertTrue(RunLock.staleReason(elsewhere, "here", now.plusSeconds(7200), Duration.ofHours(1)).contains("older than"));
    assertEquals("it cannot be read ({})", RunLock.staleReason(new Properties(), "here", now, Duration.ofHours(1)));
  }

  @Test
  void aLiveRunOlderThanTheStaleAgeKeepsItsLock() throws Exception {
    Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now().minusSeconds(600));
    Files.writeString(dir.resolve(RunLock.FILE), "pid=" + ProcessHandle.current().pid() + "\nhost=" + RunLock.host()
        + "\nstarted=" + processStart.plusSeconds(1) + "\n");
    Thread.sleep(5);
    RunLock.LockHeldException e = assertThrows(RunLock.LockHeldException.class,
        () -> RunLock.acquire(new Configuration(), dir.toString(), Duration.ofMillis(1), "test", out));
    assertTrue(e.getMessage().contains("another run holds the lock"), e.getMessage());
    assertTrue(!console.toString().contains("removing a stale lock"), console.toString());
  }

  private static Properties lock(long pid, String host, Instant started) {
    Properties p = new Properties();
    p.setProperty("pid", "" + pid);
    p.setProperty("host", host);
    p.setProperty("started", started.toString());
    return p;
  }
}
