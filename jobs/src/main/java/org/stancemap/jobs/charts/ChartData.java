package org.stancemap.jobs.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Plain-Java inputs of the charts, collected from the (small) aggregate tables. */
public final class ChartData {
  private ChartData() {}

  /** One aggregate cell: mean with its 95% interval and support. */
  public record Value(double mean, double ciLow, double ciHigh, long nArticles, long nStatements,
      boolean lowSupport) {}

  /** A time series per line: line name → date → value. */
  public record Lines(String title, List<String> lineNames, Map<String, Map<LocalDate, Value>> values) {}

  /** A matrix: row → column → value. */
  public record Matrix(List<String> rows, List<String> columns, Map<String, Map<String, Value>> values) {}
}
