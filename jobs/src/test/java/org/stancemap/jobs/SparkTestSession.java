package org.stancemap.jobs;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session test classes share within a Surefire JVM. */
public final class SparkTestSession {
  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    return SparkSessions.create("local[2]", "stancemap-test");
  }
}
