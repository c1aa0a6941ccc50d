package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain {@code run} on an input without articles: exit code 3, the previous outputs untouched. */
class EmptyInputRunTest {
  @Test
  void aRunOnAnEmptyFolderRefusesAndChangesNothing(@TempDir Path in, @TempDir Path out) throws Exception {
    Path previous = Files.createDirectories(out.resolve("articles")).resolve("part-previous.parquet");
    Files.writeString(previous, "the previous run's table");
    Path report = Files.writeString(out.resolve("report.html"), "the previous run's report");
    Path empty = Files.createDirectories(in.resolve("empty"));

    int code = Stancemap.execute("run", "--master", "local[2]", "--quiet", "--input", empty.toString(), "--output", out.toString());

    assertEquals(ExitCodes.INPUT_NOT_FOUND, code);
    assertEquals("the previous run's table", Files.readString(previous));
    assertEquals("the previous run's report", Files.readString(report));
    try (var files = Files.list(out)) {
      assertEquals(List.of("articles", "report.html"), files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no new table, no staging folder or lock left behind");
    }
  }
}
