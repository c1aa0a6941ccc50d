package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a run finds the output locked by a live process whose lock is older than the stale
 * age: it stops with exit code 4 before Spark starts, and the lock stays. An object-store output
 * without a lock folder is refused with exit code 2.
 */
class LiveLockRunTest {
  @Test
  void aLiveLockOlderThanTheStaleAgeStopsTheRunWithExitCode4(@TempDir Path out) throws Exception {
    ProcessHandle me = ProcessHandle.current();
    String lock = "pid=" + me.pid() + "\npid_start=" + me.info().startInstant().orElseThrow()
        + "\nhost=" + java.net.InetAddress.getLocalHost().getHostName()
        + "\nstarted=" + Instant.now().minus(Duration.ofHours(13)) + "\ncommand=stancemap run\n";
    Path file = Files.writeString(out.resolve(".lock"), lock);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(13))));

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    ConsoleCapture capture = new ConsoleCapture(err);
    try {
      code = Stancemap.execute("run", "--master", "local[1]", "--lock-max-age", "12h", "--output", out.toString());
    } finally {
      capture.close();
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.LOCK_HELD, code, printed);
    assertTrue(printed.contains("another run holds the lock"), printed);
    assertFalse(printed.contains("removing a stale lock"), printed);
    assertEquals(lock, Files.readString(file), "the live run's lock is kept");
    try (var files = Files.list(out)) {
      assertEquals(1, files.count(), "nothing but the lock in the output");
    }
  }

  @Test
  void anObjectStoreOutputWithoutALockFolderIsRefusedWithExitCode2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    ConsoleCapture capture = new ConsoleCapture(err);
    try {
      code = Stancemap.execute("run", "--master", "local[1]", "--output", "s3a://bucket/stancemap");
    } finally {
      capture.close();
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.BAD_ARGUMENTS, code, printed);
    assertTrue(printed.contains("--lock-dir"), printed);
  }
}
