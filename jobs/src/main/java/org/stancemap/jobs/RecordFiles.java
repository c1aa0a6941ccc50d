package org.stancemap.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.io.input.ReaderInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.stancemap.ingest.Rejection;
import org.stancemap.ingest.Utf16;
import org.stancemap.ingest.Utf8;

/**
 * Files read one at a time, as a stream of records: JSON documents (a {@code .json} file holding
 * an array of objects, or objects one after another, pretty-printed or one a line), compressed
 * JSON Lines, and CSV (compressed or not). Every record comes out as its bytes' text with the line
 * it starts on, or as a {@link Rejection}: nothing is dropped without a trace, and one broken
 * record never takes the records after it along.
 *
 * <p>Both formats are scanned as bytes: their structure (braces, brackets, quotes, commas, line
 * ends) is ASCII, which never occurs inside a multi-byte UTF-8 sequence, so each record's bytes are
 * checked as UTF-8 on their own.
 */
final class RecordFiles {
  private RecordFiles() {}

  /** A record's text (a JSON object, or a CSV row's fields by header name) and the line it starts on. */
  record Item(String file, int line, String json, Map<String, String> csv, Rejection rejection) {
    static Item rejected(Rejection r) {
      return new Item(r.source(), 0, null, null, r);
    }
  }

  /**
   * The file's bytes, decompressed when its name ends in a codec's suffix ({@code .gz}, {@code .bz2}).
   * A local file is read without Hadoop's checksum layer, which looks for a {@code .NAME.crc} beside
   * it and fails on a name holding a colon ("Relative path in absolute URI"); input files carry no
   * checksums anyway.
   */
  static InputStream open(String path, Configuration conf) throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(conf);
    if (fs instanceof LocalFileSystem local) fs = local.getRawFileSystem();
    InputStream raw = fs.open(p);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  /** Whether the name ends in a compression suffix this reader undoes. */
  static boolean compressed(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") || n.endsWith(".bz2");
  }

  /** The name without its compression suffix. */
  static String uncompressedName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) return name.substring(0, name.length() - 3);
    if (n.endsWith(".bz2")) return name.substring(0, name.length() - 4);
    return name;
  }

  /** Bytes of one pending record are capped: past this, the record is rejected as too large. */
  static long recordLimit(long maxArticleBytes) {
    return Math.min(Integer.MAX_VALUE - 64, Math.max(1 << 20, 8 * maxArticleBytes) + 65_536);
  }

  // ---------------------------------------------------------------------------------------- input

  /** A byte stream with a line counter and bytes pushed back in front of it. */
  private static final class Bytes {
    private final InputStream in;
    private final byte[] buf = new byte[65_536];
    private int pos;
    private int len;
    private byte[] pending = new byte[0];
    private int pendingPos;
    int line = 1;

    Bytes(InputStream in) {
      this.in = in;
    }

    /** Refills the buffer from the stream; false at its end. */
    private boolean fill() throws IOException {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len > 0) return true;
      len = 0;
      return false;
    }

    int read() throws IOException {
      int b;
      if (pendingPos < pending.length) {
        b = pending[pendingPos++] & 0xff;
      } else {
        if (pos == len && !fill()) return -1;
        b = buf[pos++] & 0xff;
      }
      if (b == '\n') line++;
      return b;
    }

    int peek() throws IOException {
      if (pendingPos < pending.length) return pending[pendingPos] & 0xff;
      if (pos == len && !fill()) return -1;
      return buf[pos] & 0xff;
    }

    /** Reads {@code again} before the rest, from line {@code atLine}. */
    void pushBack(byte[] again, int atLine) {
      byte[] rest = new byte[again.length + pending.length - pendingPos];
      System.arraycopy(again, 0, rest, 0, again.length);
      System.arraycopy(pending, pendingPos, rest, again.length, pending.length - pendingPos);
      pending = rest;
      pendingPos = 0;
      line = atLine;
    }
  }

  /** Items produced one at a time; the stream is closed at the end or on an I/O error (which becomes a rejection). */
  private abstract static class Reader implements Iterator<Item> {
    final String file;
    final Bytes in;
    private final InputStream stream;
    private final List<Item> ready = new ArrayList<>();
    private boolean done;
    int records;

    Reader(String file, InputStream stream) {
      this.file = file;
      this.stream = stream;
      this.in = new Bytes(stream);
    }

    /** Adds at least one item to {@code out}, or returns false at the end of the file. */
    abstract boolean advance(List<Item> out) throws IOException;

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !done) {
        try {
          if (!advance(ready)) finish();
        } catch (IOException | UncheckedIOException e) {
          ready.add(Item.rejected(new Rejection(file, Rejection.Reason.UNREADABLE,
              "line " + in.line + ": " + e + (records > 0 ? "; the " + records + " records before were read, the rest of the file was not" : ""))));
          finish();
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Item next() {
      if (!hasNext()) throw new NoSuchElementException();
      return ready.remove(0);
    }

    private void finish() {
      done = true;
      try {
        stream.close();
      } catch (IOException ignored) {
        // read to the end already
      }
    }
  }

  // ----------------------------------------------------------------------------------------- JSON

  /**
   * The JSON objects of a file: a top-level array of objects ({@code [ {...}, {...} ]}), or objects
   * one after another (one a line, or each over many lines). Each object is cut out by its
   * balanced braces (outside strings) and handed on as text for a JSON parser; what is not an
   * object is a {@code bad_json} rejection, with its line. A broken object never swallows the next
   * ones: a string cannot run past its line in JSON, and an object that is still open when a line
   * starts with '{' no further indented than its own first line is rejected there, and the new
   * line starts the next object.
   */
  static Iterator<Item> json(String file, InputStream stream, long limit) {
    return new Reader(file, stream) {
      private boolean started; // anything but white space seen
      private boolean inArray;
      private final ByteArrayOutputStream element = new ByteArrayOutputStream();
      private boolean overflow;
      private int depth;
      private boolean inString;
      private boolean escape;
      private int elementLine;
      private int elementIndent;

      /** A new object opens with {@code b} ('{') at {@code line}, indented {@code indent}. */
      private void startElement(int b, int line, int indent) {
        element.reset();
        overflow = false;
        element.write(b);
        depth = 1;
        inString = false;
        escape = false;
        elementLine = line;
        elementIndent = indent;
      }
      private int lineIndent; // white space at the start of the current line so far
      private boolean lineStart = true; // nothing but white space on this line so far
      private final ByteArrayOutputStream junk = new ByteArrayOutputStream();
      private int junkLine;

      @Override
      boolean advance(List<Item> out) throws IOException {
        for (int b; (b = in.read()) != -1; ) {
          int lineBefore = b == '\n' ? in.line - 1 : in.line;
          boolean atLineStart = lineStart;
          if (b == '\n') {
            lineStart = true;
            lineIndent = 0;
          } else if (lineStart && (b == ' ' || b == '\t')) {
            lineIndent++;
          } else if (b != '\r') {
            lineStart = false;
          }
          if (depth == 0) {
            if (junk.size() > 0 && (b == '\n' || b == ',' || b == ']' || b == '{')) flushJunk(out);
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
              if (!out.isEmpty()) return true;
              continue;
            }
            if (!started && b == '[' && !inArray) {
              started = true;
              inArray = true;
              continue;
            }
            started = true;
            if (inArray && (b == ',' || b == ']')) {
              if (b == ']') inArray = false;
              if (!out.isEmpty()) return true;
              continue;
            }
            if (b == '{') {
              startElement(b, lineBefore, lineIndent);
              continue;
            }
            if (junk.size() == 0) junkLine = lineBefore;
            if (junk.size() < 200) junk.write(b);
            continue;
          }
          // inside an object
          if (atLineStart && b == '{' && !inString && lineIndent <= elementIndent) {
            out.add(bad(elementLine, "an object that is not closed before line " + lineBefore));
            startElement(b, lineBefore, lineIndent); // outside a string, so no escape is pending either
            return true;
          }
          if (b == '\n' && inString) {
            out.add(bad(elementLine, "a string that runs past the end of line " + lineBefore));
            depth = 0;
            inString = false;
            return true;
          }
          if (element.size() < limit) element.write(b);
          else overflow = true;
          if (inString) {
            if (escape) escape = false;
            else if (b == '\\') escape = true;
            else if (b == '"') inString = false;
          } else if (b == '"') {
            inString = true;
          } else if (b == '{' || b == '[') {
            depth++;
          } else if (b == '}' || b == ']') {
            if (--depth == 0) {
              records++;
              if (overflow) {
                out.add(Item.rejected(new Rejection(file, Rejection.Reason.TOO_LARGE,
                    "the record at line " + elementLine + " is over " + String.format("%,d", limit) + " bytes")));
              } else {
                String text = decodeOrNull(element.toByteArray(), out, elementLine);
                if (text != null) out.add(new Item(file, elementLine, text, null, null));
              }
              return true;
            }
          }
        }
        if (depth > 0) {
          out.add(bad(elementLine, "an object that is not closed at the end of the file"));
          depth = 0;
          return true;
        }
        if (junk.size() > 0) {
          flushJunk(out);
          return true;
        }
        if (inArray) {
          inArray = false;
          out.add(bad(in.line, "the array is not closed with ']' at the end of the file (its objects were read)"));
          return true;
        }
        return !out.isEmpty();
      }

      private void flushJunk(List<Item> out) {
        String text = new String(junk.toByteArray(), StandardCharsets.UTF_8).strip();
        junk.reset();
        out.add(bad(junkLine, "not a JSON object: " + (text.length() > 60 ? text.substring(0, 60) + "…" : text)));
      }

      private Item bad(int line, String why) {
        return Item.rejected(new Rejection(file, Rejection.Reason.BAD_JSON, "line " + line + ": " + why));
      }

      /** The object's text, or null after adding its invalid_utf8 rejection to {@code out}. */
      private String decodeOrNull(byte[] bytes, List<Item> out, int line) {
        try {
          return Utf8.decode(bytes);
        } catch (Utf8.InvalidUtf8Exception e) {
          out.add(Item.rejected(Utf8.rejection(file, e, " of the record at line " + line)));
          return null;
        }
      }
    };
  }

  // ------------------------------------------------------------------------------------------ CSV

  /**
   * The rows of a CSV file (RFC 4180: a header row, fields separated by commas, quoted fields may
   * hold commas, line breaks and doubled quotes), as field maps by lower-cased header name. A
   * quoted field must end with a quote followed by a comma, a line end or the end of the file; a
   * row that breaks this (an unescaped quote inside a quoted field, a quote never closed) would
   * swallow the rows after it, so it is rejected ({@code bad_csv_row}, with its line) and reading
   * starts again on the line after the one it began on. An unquoted field keeps quotes as they are.
   * Blank lines are skipped; missing fields are null, extra ones ignored.
   */
  static Iterator<Item> csv(String file, InputStream stream, long limit) {
    return new Reader(file, stream) {
      private String[] header;

      @Override
      boolean advance(List<Item> out) throws IOException {
        while (true) {
          int startLine = in.line;
          Row row = row();
          if (row == null) return false;
          if (row.error != null) {
            out.add(Item.rejected(new Rejection(file, Rejection.Reason.BAD_CSV_ROW, "line " + startLine + ": " + row.error
                + "; the row is set aside and reading goes on at line " + (startLine + 1))));
            // the bytes after the row's first line end are read again as rows of their own
            int nl = indexOf(row.raw, (byte) '\n');
            if (nl >= 0) {
              in.pushBack(java.util.Arrays.copyOfRange(row.raw, nl + 1, row.raw.length), startLine + 1);
            } else {
              for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                // the rest of the row's line goes with it
              }
            }
            return true;
          }
          if (row.fields.size() == 1 && row.fields.get(0) == null) continue; // a blank line
          String[] text = new String[row.fields.size()];
          try {
            for (int i = 0; i < text.length; i++) text[i] = row.fields.get(i) == null ? null : Utf8.decode(row.fields.get(i));
          } catch (Utf8.InvalidUtf8Exception e) {
            out.add(Item.rejected(new Rejection(file, Rejection.Reason.INVALID_UTF8,
                "invalid UTF-8 in the row at line " + startLine + "; re-encode the file as UTF-8")));
            return true;
          }
          if (header == null) {
            header = new String[text.length];
            for (int i = 0; i < text.length; i++) {
              String h = text[i] == null ? "" : text[i];
              if (i == 0 && h.startsWith("\uFEFF")) h = h.substring(1);
              header[i] = h.strip().toLowerCase(Locale.ROOT);
            }
            continue;
          }
          Map<String, String> fields = new HashMap<>();
          for (int i = 0; i < header.length && i < text.length; i++) fields.putIfAbsent(header[i], text[i]);
          records++;
          out.add(new Item(file, startLine, null, fields, null));
          return true;
        }
      }

      /** One row's fields (raw bytes; null for an empty unquoted field), or its error, or null at the end. */
      private Row row() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        List<byte[]> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean closed = false; // after a quoted field's closing quote
        int b = in.read();
        if (b == -1) return null;
        while (true) {
          if (b != -1) {
            if (raw.size() < limit) raw.write(b);
            else return new Row(null, "the row is over " + String.format("%,d", limit) + " bytes (a quote that is never closed?)", raw.toByteArray());
          }
          if (inQuotes) {
            if (b == -1) return new Row(null, "a quoted field is never closed (an unbalanced quote)", raw.toByteArray());
            if (b == '"') {
              if (in.peek() == '"') {
                in.read();
                raw.write('"');
                field.write('"');
              } else {
                inQuotes = false;
                closed = true;
              }
            } else {
              field.write(b);
            }
          } else if (b == ',' || b == '\n' || b == -1) {
            byte[] f = field.toByteArray();
            if (!quoted && f.length > 0 && f[f.length - 1] == '\r' && b != ',') f = java.util.Arrays.copyOf(f, f.length - 1);
            fields.add(!quoted && f.length == 0 ? null : f);
            if (b != ',') return new Row(fields, null, raw.toByteArray());
            field.reset();
            quoted = false;
            closed = false;
          } else if (closed) {
            if (b != ' ' && b != '\t' && b != '\r') {
              return new Row(null, "a quote inside a quoted field is not doubled (\"\"): the field closes before '"
                  + (b < 0x20 || b >= 0x7f ? String.format("\\x%02x", b) : String.valueOf((char) b)) + "'", raw.toByteArray());
            }
          } else if (b == '"' && field.size() == 0 && !quoted) {
            quoted = true;
            inQuotes = true;
          } else {
            field.write(b);
          }
          b = in.read();
        }
      }
    };
  }

  private record Row(List<byte[]> fields, String error, byte[] raw) {}

  private static int indexOf(byte[] a, byte b) {
    for (int i = 0; i < a.length; i++) if (a[i] == b) return i;
    return -1;
  }

  /** Null when the whole stream is UTF-8, else where it is not (byte offset and line). Reads the stream to its end. */
  static String firstInvalidUtf8(InputStream in) throws IOException {
    String at = firstUndecodable(in, StandardCharsets.UTF_8, 0);
    return at == null ? null : "invalid UTF-8 " + at;
  }

  /**
   * Null when the whole stream decodes in {@code cs}, else where it does not ("at byte N (line L)",
   * the offset counted from {@code offset}, lines by the decoded line ends). Reads the stream to its end.
   */
  static String firstUndecodable(InputStream in, Charset cs, long offset) throws IOException {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(65_536);
    CharBuffer chars = CharBuffer.allocate(65_536);
    byte[] chunk = new byte[32_768];
    int line = 1;
    boolean end = false;
    while (!end) {
      int n = in.read(chunk, 0, Math.min(chunk.length, bytes.remaining()));
      if (n < 0) end = true;
      else bytes.put(chunk, 0, n);
      bytes.flip();
      while (true) {
        int before = bytes.position();
        CoderResult r = d.decode(bytes, chars, end);
        offset += bytes.position() - before;
        line += newlines(chars);
        if (r.isError()) return "at byte " + offset + " (line " + line + ")";
        if (!r.isOverflow()) break;
      }
      bytes.compact();
    }
    boolean broken = d.flush(chars).isError();
    return broken ? "at byte " + offset + " (line " + line + ")" : null;
  }

  /** The line ends among the decoded characters, which it then clears. */
  private static int newlines(CharBuffer chars) {
    int n = 0;
    for (int i = 0; i < chars.position(); i++) if (chars.get(i) == '\n') n++;
    chars.clear();
    return n;
  }

  /** Whether the file starts like UTF-16, with a byte-order mark or without (its first 512 bytes read). */
  static boolean utf16(String path, Configuration conf) {
    byte[] head = head(path, conf, 512);
    return Utf16.marked(head) != null || Utf16.unmarked(path, head) != null;
  }

  /**
   * Up to {@code n} bytes from the file's start: fewer when it is shorter or breaks before (the
   * reader that opens it next reports why).
   */
  private static byte[] head(String path, Configuration conf, int n) {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    try (InputStream in = open(path, conf)) {
      byte[] buf = new byte[n];
      for (int r; head.size() < n && (r = in.read(buf, 0, n - head.size())) > 0; ) head.write(buf, 0, r);
    } catch (IOException e) {
      // what was read before the break is the head
    }
    return head.toByteArray();
  }

  /**
   * A file's bytes ready for the record readers, as UTF-8, or why the whole file is set aside;
   * {@code checked} when the whole file was already decoded once (UTF-16 transcoded), so it is UTF-8.
   */
  record Decoded(InputStream stream, Rejection rejection, boolean checked) {}

  /**
   * The file's bytes as UTF-8 for {@link #json} and {@link #csv}. A file saved as UTF-16 with a
   * byte-order mark (Windows editors' "Unicode") is first checked whole, then transcoded; UTF-16
   * without a mark, or with a mark but broken, is one {@code utf16} rejection for the file, as it
   * is for a text file (see {@link Utf16}). Anything else is passed on as it is.
   */
  static Decoded openAsUtf8(String path, String file, Configuration conf) throws IOException {
    byte[] head = head(path, conf, Utf16.SAMPLE);
    Charset cs = Utf16.marked(head);
    Rejection unmarked = cs == null ? Utf16.unmarked(file, head) : null;
    if (unmarked != null) return new Decoded(null, unmarked, false);
    if (cs == null) return new Decoded(open(path, conf), null, false);
    String broken;
    try (InputStream check = open(path, conf)) {
      check.skipNBytes(2);
      broken = firstUndecodable(check, cs, 2);
    }
    if (broken != null) return new Decoded(null, Utf16.broken(file, cs, broken), false);
    InputStream text = open(path, conf);
    text.skipNBytes(2);
    return new Decoded(ReaderInputStream.builder().setReader(new InputStreamReader(text, cs))
        .setCharset(StandardCharsets.UTF_8).get(), null, true);
  }
}
