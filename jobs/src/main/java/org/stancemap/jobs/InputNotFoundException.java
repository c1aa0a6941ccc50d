package org.stancemap.jobs;

/** An input path, folder or glob that matches no file, or an input without one article (exit code 3). */
public final class InputNotFoundException extends RuntimeException {
  public InputNotFoundException(String message) {
    super(message);
  }
}
