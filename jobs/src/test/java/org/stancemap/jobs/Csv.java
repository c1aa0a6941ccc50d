package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A strict RFC 4180 reader for the tests, written apart from the writer (TableFiles): records end
 * in CRLF, a quoted field may hold commas, CR, LF and doubled quotes, anything else is an error.
 * An empty unquoted field reads as null, {@code ""} as the empty string.
 */
public final class Csv {
  private Csv() {}

  /** The records of {@code text}, the header first. */
  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    if (text.isEmpty()) return records;
    assertTrue(text.endsWith("\r\n"), "the last record ends in CRLF");
    List<String> record = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      StringBuilder field = new StringBuilder();
      boolean quoted = text.charAt(i) == '"';
      if (quoted) {
        i++;
        while (true) {
          if (i >= n) throw new IllegalArgumentException("unterminated quoted field");
          char c = text.charAt(i++);
          if (c != '"') {
            field.append(c);
          } else if (i < n && text.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            break;
          }
        }
      } else {
        while (i < n && ",\r\n".indexOf(text.charAt(i)) < 0) {
          if (text.charAt(i) == '"') throw new IllegalArgumentException("quote inside an unquoted field at " + i);
          field.append(text.charAt(i++));
        }
      }
      record.add(!quoted && field.length() == 0 ? null : field.toString());
      if (i < n && text.charAt(i) == ',') {
        i++;
        if (i == n) throw new IllegalArgumentException("record ends in a comma");
      } else if (text.startsWith("\r\n", i)) {
        i += 2;
        records.add(record);
        record = new ArrayList<>();
      } else {
        throw new IllegalArgumentException("expected a comma or CRLF at " + i + ": " + text.substring(i, Math.min(n, i + 20)));
      }
    }
    return records;
  }

  /**
   * Asserts that the CSV records (header first) hold exactly {@code rows}, in order, column by
   * column: strings equal, numbers and booleans parse back to the same value, dates in ISO form,
   * null as null.
   */
  public static void assertSameRows(List<String> columns, List<Row> rows, List<List<String>> csv, String what) {
    assertEquals(columns, csv.get(0), what + ": header");
    assertEquals(rows.size(), csv.size() - 1, what + ": rows");
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      List<String> record = csv.get(r + 1);
      assertEquals(columns.size(), record.size(), what + " row " + r);
      for (int c = 0; c < columns.size(); c++) {
        String where = what + " row " + r + " column " + columns.get(c);
        Object v = row.get(c);
        String text = record.get(c);
        if (v == null) {
          assertEquals(null, text, where);
        } else if (v instanceof Double d) {
          assertEquals(d, Double.parseDouble(text), 0.0, where);
        } else if (v instanceof Boolean b) {
          assertEquals(b.toString(), text, where);
        } else {
          assertEquals(v.toString(), text, where);
        }
      }
    }
  }
}
