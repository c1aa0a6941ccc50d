package org.stancemap.jobs;

/** An input path, folder or glob that matches no file. */
public final class InputNotFoundException extends RuntimeException {
  public InputNotFoundException(String message) {
    super(message);
  }
}
