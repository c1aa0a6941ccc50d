package org.stancemap.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;

/**
 * The stages {@code run --stages LIST} runs on the tables of an existing output, in pipeline order,
 * with the tables each reads and writes (folders under the output). Plain Java: which names are
 * stages, and whether an output holds what the chosen stages read.
 */
public final class Stages {
  private Stages() {}

  /** In pipeline order; each subcommand of the same name runs one alone, in its own JVM. */
  public enum Stage {
    STATEMENTS(List.of(ArticleColumns.TABLE), StatementColumns.TABLE),
    TONE(List.of(ArticleColumns.TABLE, StatementColumns.TABLE), ToneColumns.TABLE),
    AGGREGATE(List.of(ArticleColumns.TABLE, StatementColumns.TABLE, ToneColumns.TABLE), AggregateColumns.DIR),
    CHARTS(List.of(ArticleColumns.TABLE, AggregateColumns.DIR), ChartsJob.DIR),
    REPORT(List.of(ArticleColumns.TABLE, StatementColumns.TABLE, ToneColumns.TABLE, AggregateColumns.DIR), ReportJob.DIR);

    private final List<String> reads;
    private final String writes;

    Stage(List<String> reads, String writes) {
      this.reads = reads;
      this.writes = writes;
    }

    /** The name on the command line: {@code statements}, {@code tone}, ... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public List<String> reads() {
      return reads;
    }

    public String writes() {
      return writes;
    }
  }

  /** Every stage name, comma-separated, in pipeline order. */
  public static String names() {
    return Arrays.stream(Stage.values()).map(Stage::label).collect(Collectors.joining(", "));
  }

  /**
   * The stages named (case ignored), in pipeline order whatever the order given.
   *
   * @throws IllegalArgumentException for no name, an empty or unknown name, or a name given twice
   */
  public static List<Stage> parse(List<String> names) {
    if (names == null || names.isEmpty()) throw new IllegalArgumentException("--stages needs at least one stage: " + names());
    Set<Stage> chosen = EnumSet.noneOf(Stage.class);
    for (String raw : names) {
      String name = raw.strip();
      if (name.isEmpty()) throw new IllegalArgumentException("--stages has an empty stage name (two commas in a row?); stages: " + names());
      Stage stage = Arrays.stream(Stage.values()).filter(s -> s.label().equalsIgnoreCase(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("--stages: unknown stage '" + name + "'; stages: " + names()
              + (name.equalsIgnoreCase("ingest") ? " (ingest reads the input: run without --stages)" : "")));
      if (!chosen.add(stage)) throw new IllegalArgumentException("--stages names '" + stage.label() + "' twice");
    }
    return List.copyOf(chosen);
  }

  /**
   * What the chosen stages read and neither the output holds nor an earlier chosen stage writes, as
   * one message naming each table and the stage that reads it; null when nothing is missing.
   */
  public static String missing(List<Stage> stages, String outputDir, Predicate<String> tableExists) {
    Set<String> written = new LinkedHashSet<>();
    List<String> lacking = new ArrayList<>();
    for (Stage stage : stages) {
      for (String table : stage.reads()) {
        if (!written.contains(table) && !tableExists.test(table)) {
          lacking.add(Pipeline.path(outputDir, table) + " (read by " + stage.label() + ")");
          written.add(table); // named once
        }
      }
      written.add(stage.writes());
    }
    if (lacking.isEmpty()) return null;
    return "run --stages works on an existing output, which lacks " + String.join(", ", lacking)
        + ": add the stages that write it to --stages, or make the output with a whole run first";
  }
}
