package org.stancemap.sql;

import org.apache.spark.sql.SparkSession;

/**
 * Registers every stancemap text function under a stable SQL name, so Spark SQL and notebooks
 * call the same logic as the jobs: {@code StancemapFunctions.register(spark)}.
 */
public final class StancemapFunctions {
  private StancemapFunctions() {}

  public static void register(SparkSession spark) {
    // Each capability registers its own functions here, one line each.
    StatementFunctions.register(spark);
    ToneFunctions.register(spark); // tone_toward(text, target), find_targets(text)
  }
}
