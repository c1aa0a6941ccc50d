package org.stancemap.cli;

import java.time.Duration;
import java.time.LocalDate;
import org.stancemap.ops.Progress;
import org.stancemap.ops.RunLock;
import org.stancemap.ops.StancemapConfig;
import picocli.CommandLine.Option;

/** How a run is operated: incremental state, lock, progress and logging, config file. */
public final class OpsOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (Java properties, see data/stancemap.example.conf); flags given on the command line win over it. "
          + "Unknown keys and bad values stop the run (exit code 2).")
  public String config;

  @Option(names = "--incremental",
      description = "Process only articles not seen before (or changed), append their statements and tone, rebuild aggregates, charts "
          + "and report from the full tables. With no new article: changes nothing and says so.")
  public boolean incremental;

  @Option(names = "--state", paramLabel = "DIR",
      description = "State folder of incremental runs (processed article ids and content hashes). Default: OUTPUT/_state.")
  public String state;

  @Option(names = "--full", description = "Reprocess every article from scratch (and start a new incremental state).")
  public boolean full;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Incremental, and also reprocess every article published on or after DATE (YYYY-MM-DD).")
  public String since;

  @Option(names = "--lock-max-age", paramLabel = "DURATION", defaultValue = "12h",
      description = "A lock written on another host (whose processes cannot be seen from here) is stale when its run has not touched it "
          + "for this long (a live run touches it every minute). On this host a lock is stale only when its process is gone; a live "
          + "run's lock is never taken over, whatever its age. Default: ${DEFAULT-VALUE}.")
  public String lockMaxAge;

  @Option(names = "--lock-dir", paramLabel = "DIR",
      description = "Keep the output's lock in this local or HDFS folder instead of OUTPUT/.lock. Needed when --output is on an object "
          + "store (s3a://, gs://, abfs://...), where creating a file is not exclusive; every run for that output must use the same folder.")
  public String lockDir;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines: only the summary, rejects and errors.")
  public boolean quiet;

  @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Progress as text lines or as one JSON object per line (stage, unit, done, total, rate, elapsed_s, eta_s): "
          + "text or json. Default: ${DEFAULT-VALUE}.")
  public String logFormat;

  @Option(names = "--progress-interval", paramLabel = "DURATION", defaultValue = "10s",
      description = "Time between progress lines of a running stage. Default: ${DEFAULT-VALUE}.")
  public String progressInterval;

  boolean isIncremental() {
    return incremental || full || since != null;
  }

  LocalDate sinceDate() {
    return since == null ? null : StancemapConfig.parseDate(since);
  }

  Duration lockMaxAgeDuration() {
    return lockMaxAge == null ? RunLock.DEFAULT_MAX_AGE : StancemapConfig.parseDuration(lockMaxAge);
  }

  Duration interval() {
    return StancemapConfig.parseDuration(progressInterval);
  }

  Progress.Format format() {
    if (quiet) return Progress.Format.QUIET;
    return switch (logFormat) {
      case "text" -> Progress.Format.TEXT;
      case "json" -> Progress.Format.JSON;
      default -> throw new IllegalArgumentException("--log-format: '" + logFormat + "' is not text or json");
    };
  }
}
