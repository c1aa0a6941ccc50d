package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Records cut out of JSON documents and CSV files, and the broken ones accounted for (plain Java, no Spark). */
class RecordFilesTest {
  static final long LIMIT = 1 << 20;

  static List<String> json(String text) {
    return show(RecordFiles.json("f.json", stream(text.getBytes(StandardCharsets.UTF_8)), LIMIT));
  }

  static List<String> csv(String text) {
    return show(RecordFiles.csv("f.csv", stream(text.getBytes(StandardCharsets.UTF_8)), LIMIT));
  }

  /** Each item as "LINE: json", "LINE: {csv map}" or "reason: detail". */
  static List<String> show(Iterator<RecordFiles.Item> items) {
    List<String> out = new ArrayList<>();
    while (items.hasNext()) {
      RecordFiles.Item i = items.next();
      if (i.rejection() != null) out.add(i.rejection().reason().code() + ": " + i.rejection().detail());
      else if (i.json() != null) out.add(i.line() + ": " + i.json().replaceAll("\\s+", " "));
      else out.add(i.line() + ": " + new java.util.TreeMap<>(i.csv()));
    }
    return out;
  }

  static InputStream stream(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  @Test
  void aPrettyPrintedArrayGivesEachObject() {
    assertEquals(List.of("2: { \"file\": \"a1\", \"text\": \"Ankara [said] {x}, \\\"no\\\".\" }", "6: { \"file\": \"a2\", \"meta\": { \"k\": [1, 2] } }"),
        json("[\n  {\n    \"file\": \"a1\",\n    \"text\": \"Ankara [said] {x}, \\\"no\\\".\"\n  },\n  {\n    \"file\": \"a2\",\n    \"meta\": {\n      \"k\": [1, 2]\n    }\n  }\n]\n"));
    assertEquals(List.of("1: {\"a\":1}", "1: {\"b\":{\"c\":2}}"), json("[{\"a\":1},{\"b\":{\"c\":2}}]"), "minified, on one line");
    assertEquals(List.of(), json("[]\n"));
  }

  @Test
  void objectsOverManyLinesAndJsonLinesAreBothRead() {
    assertEquals(List.of("1: { \"file\": \"a1\", \"text\": \"one\" }", "5: {\"file\": \"a2\", \"text\": \"two\"}", "6: {\"file\": \"a3\"}"),
        json("{\n  \"file\": \"a1\",\n  \"text\": \"one\"\n}\n{\"file\": \"a2\", \"text\": \"two\"}\n{\"file\": \"a3\"}\n"));
  }

  @Test
  void aBrokenObjectIsRejectedAloneAndTheNextOnesAreRead() {
    // a JSON Lines line cut short: its object is still open when the next line starts a new one
    assertEquals(List.of("1: {\"file\": \"a1\"}", "bad_json: line 2: an object that is not closed before line 3", "3: {\"file\": \"a3\"}"),
        json("{\"file\": \"a1\"}\n{\"file\": \"a2\", \"text\": \n{\"file\": \"a3\"}\n"));
    // a string left open: JSON strings do not span lines
    assertEquals(List.of("bad_json: line 1: a string that runs past the end of line 1", "2: {\"file\": \"a2\"}"),
        json("{\"file\": \"a1\", \"text\": \"open\n{\"file\": \"a2\"}\n"));
    // in an indented array: the next element's line is no further indented than the broken one's
    assertEquals(List.of("bad_json: line 2: an object that is not closed before line 4", "4: { \"file\": \"a2\" }"),
        json("[\n  { \"file\": \"a1\",\n    \"meta\": { \"k\": 1 },\n  { \"file\": \"a2\" }\n]\n"));
    assertEquals(List.of("1: {\"a\": 1}", "bad_json: line 1: not a JSON object: 42", "bad_json: line 2: not a JSON object: true"),
        json("[{\"a\": 1}, 42,\n true]"));
    assertEquals(List.of("1: {\"a\": 1}", "bad_json: line 2: an object that is not closed at the end of the file"),
        json("{\"a\": 1}\n{\"b\": 2"));
    assertEquals(List.of("2: {\"a\": 1}", "bad_json: line 3: the array is not closed with ']' at the end of the file (its objects were read)"),
        json("[\n{\"a\": 1},\n"));
  }

  @Test
  void bytesThatAreNotUtf8RejectOnlyTheirRecord() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("[{\"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    b.write(0xE9); // Latin-1 é
    b.write("\"},\n {\"text\": \"caf\u00e9\"}]".getBytes(StandardCharsets.UTF_8));
    List<String> items = show(RecordFiles.json("f.json", stream(b.toByteArray()), LIMIT));
    assertEquals(2, items.size(), items.toString());
    assertTrue(items.get(0).startsWith("invalid_utf8: invalid UTF-8 at byte 13 of the record at line 1"), items.get(0));
    assertEquals("2: {\"text\": \"caf\u00e9\"}", items.get(1));
  }

  @Test
  void aTooLargeRecordIsRejectedAndReadingGoesOn() {
    String big = "{\"text\": \"" + "x".repeat(200) + "\"}\n{\"text\": \"small\"}\n";
    assertEquals(List.of("too_large: the record at line 1 is over 100 bytes", "2: {\"text\": \"small\"}"),
        show(RecordFiles.json("f.json", stream(big.getBytes(StandardCharsets.UTF_8)), 100)));
  }

  @Test
  void csvRowsByHeaderNameWithQuotedLineBreaksAndDoubledQuotes() {
    assertEquals(List.of("2: {file=c1, outlet=TASS, text=Lavrov said \"useful\".\nThey went on.}", "4: {file=c2, outlet=null, text=Two, with a comma}",
            "6: {file=c3, outlet=RIA, text=unquoted \"quotes\" stay}"),
        csv("\uFEFFFile, Outlet ,text\r\nc1,TASS,\"Lavrov said \"\"useful\"\".\nThey went on.\"\r\nc2,,\"Two, with a comma\"\r\n\r\nc3,RIA,unquoted \"quotes\" stay\r\n"));
  }

  @Test
  void aBrokenCsvRowIsRejectedWithItsLineAndNeverSwallowsTheNextRow() {
    // an unescaped quote inside a quoted field: the field "closes" early, then goes on
    assertEquals(List.of("bad_csv_row: line 2: a quote inside a quoted field is not doubled (\"\"): the field closes before 'h'; the row is set aside and reading goes on at line 3",
            "3: {file=c2, text=Second article.}"),
        csv("file,text\nc1,\"He said \"hi\" and left.\nc2,\"Second article.\"\n"));
    // a quote opened and closed only on the next row's line: without the check, c1 would swallow c2
    assertEquals(List.of("bad_csv_row: line 2: a quote inside a quoted field is not doubled (\"\"): the field closes before 'S'; the row is set aside and reading goes on at line 3",
            "3: {file=c2, text=Second article.}", "4: {file=c3, text=Third.}"),
        csv("file,text\nc1,\"Unbalanced quote\nc2,\"Second article.\"\nc3,Third.\n"));
    // a quote never closed: the rest of the file is read again, row by row
    assertEquals(List.of("2: {file=c1, text=First.}", "bad_csv_row: line 3: a quoted field is never closed (an unbalanced quote); the row is set aside and reading goes on at line 4",
            "4: {file=c3, text=Third.}", "5: {file=c4, text=Fourth.}"),
        csv("file,text\nc1,First.\nc2,\"Never closed\nc3,Third.\nc4,Fourth.\n"));
  }

  @Test
  void aTruncatedGzipIsAnUnreadableRejectionAfterTheRecordsReadBeforeIt() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) lines.append("{\"file\": \"a").append(i).append("\", \"text\": \"Article number ").append(i * 7919).append(".\"}\n");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    List<String> items = show(RecordFiles.json("f.jsonl.gz", new java.util.zip.GZIPInputStream(stream(cut)), LIMIT));
    String last = items.get(items.size() - 1);
    assertTrue(last.startsWith("unreadable: line "), last);
    assertTrue(last.contains("records before were read, the rest of the file was not"), last);
    assertTrue(items.size() > 100 && items.size() < 2000, "" + items.size());
    assertEquals(2000, show(RecordFiles.json("f.jsonl.gz", new java.util.zip.GZIPInputStream(stream(whole)), LIMIT)).size());
  }

  @Test
  void firstInvalidUtf8() throws Exception {
    assertNull(RecordFiles.firstInvalidUtf8(stream("caf\u00e9\n".repeat(50_000).getBytes(StandardCharsets.UTF_8))));
    byte[] latin1 = ("ok\n".repeat(30_000) + "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("invalid UTF-8 at byte 90003 (line 30001)", RecordFiles.firstInvalidUtf8(stream(latin1)));
    assertEquals("invalid UTF-8 at byte 2 (line 1)", RecordFiles.firstInvalidUtf8(stream(new byte[] {'a', 'b', (byte) 0xC3})));
  }

  @Test
  void namesAndCompression() {
    assertEquals(InputFiles.Kind.JSON_LINES, InputFiles.kindOf("a.jsonl.gz"));
    assertEquals(InputFiles.Kind.JSON, InputFiles.kindOf("a.JSON"));
    assertEquals(InputFiles.Kind.CSV, InputFiles.kindOf("a.csv.gz"));
    assertEquals(InputFiles.Kind.TEXT, InputFiles.kindOf("a.txt.gz"));
    assertTrue(RecordFiles.compressed("x.TXT.GZ"));
  }
}
