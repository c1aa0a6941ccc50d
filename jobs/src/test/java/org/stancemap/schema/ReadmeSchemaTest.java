package org.stancemap.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.stancemap.jobs.StatementsJob;
import org.stancemap.jobs.ToneJob;

/** The README documents each table's schema once; this asserts the code writes exactly that. */
public class ReadmeSchemaTest {
  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| ([\\w<>, ]+) \\|.*$");

  /** column → type, from the table under the heading that names {@code folder}. */
  static Map<String, String> documented(String folder) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int heading = readme.indexOf("### `" + folder + "/`");
    assertTrue(heading >= 0, "README has no section for " + folder);
    Map<String, String> columns = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : readme.substring(heading).split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        columns.put(m.group(1), m.group(2).strip());
        inTable = true;
      } else if (inTable && !line.startsWith("|")) {
        break;
      }
    }
    return columns;
  }

  public static Map<String, String> actual(StructType schema) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (StructField f : schema.fields()) columns.put(f.name(), f.dataType().simpleString());
    return columns;
  }

  /**
   * Every reason a rejection can have is a row of the reasons table in docs/ingest.md (the README's "Bad
   * input" links it), and nothing else is.
   */
  @Test
  void everyRejectReasonIsInTheBadInputTable() throws IOException {
    assertTrue(Files.readString(Path.of("..", "README.md")).contains("docs/ingest.md#rejection-reasons"), "README links the reasons");
    String readme = Files.readString(Path.of("..", "docs", "ingest.md"));
    int heading = readme.indexOf("## Rejection reasons");
    assertTrue(heading >= 0, "docs/ingest.md has no Rejection reasons section");
    java.util.Set<String> rows = new java.util.TreeSet<>();
    boolean inTable = false;
    for (String line : readme.substring(heading).split("\n")) {
      Matcher m = Pattern.compile("^\\| `(\\w+)` \\|.*").matcher(line);
      if (m.matches()) {
        rows.add(m.group(1));
        inTable = true;
      } else if (inTable && !line.startsWith("|")) {
        break;
      }
    }
    java.util.Set<String> reasons = new java.util.TreeSet<>();
    for (org.stancemap.ingest.Rejection.Reason r : org.stancemap.ingest.Rejection.Reason.values()) reasons.add(r.code());
    assertEquals(reasons, rows);
  }

  @Test
  void articlesAsDocumented() throws IOException {
    assertEquals(documented("articles"), actual(ArticleColumns.SCHEMA));
  }

  @Test
  void statementsAsDocumented() throws IOException {
    assertEquals(documented("statements"), actual(StatementsJob.SCHEMA));
  }

  @Test
  void toneAsDocumented() throws IOException {
    assertEquals(documented("tone"), actual(ToneJob.schema(StatementsJob.SCHEMA)));
  }

  @Test
  void rejectsAsDocumented() throws IOException {
    assertEquals(documented("rejects"), actual(RejectColumns.SCHEMA));
  }
}
