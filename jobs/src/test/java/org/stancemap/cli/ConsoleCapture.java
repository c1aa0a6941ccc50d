package org.stancemap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * System.out and System.err into {@code sink} until closed: what an in-process command printed
 * (picocli prints to the streams it finds at execute time).
 */
public final class ConsoleCapture implements AutoCloseable {
  private final PrintStream oldErr = System.err;
  private final PrintStream oldOut = System.out;

  public ConsoleCapture(ByteArrayOutputStream sink) {
    PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8);
    System.setErr(p);
    System.setOut(p);
  }

  @Override
  public void close() {
    System.setErr(oldErr);
    System.setOut(oldOut);
  }
}
