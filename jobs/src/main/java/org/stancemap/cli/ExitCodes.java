package org.stancemap.cli;

/** Process exit codes, documented in the README ("Schedule with cron"). */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;
  /** Unknown option, bad value, bad config file (picocli's own usage-error code). */
  public static final int BAD_ARGUMENTS = 2;
  /** An --input path matches nothing, or the input holds no article (without --allow-empty). */
  public static final int INPUT_NOT_FOUND = 3;
  /** Another run holds the output's lock. */
  public static final int LOCK_HELD = 4;
  /** The job failed; previous outputs are left as they were. */
  public static final int JOB_FAILED = 5;
  /** Inputs were rejected and --fail-on-reject was given (outputs are written). */
  public static final int REJECTS = 6;
}
