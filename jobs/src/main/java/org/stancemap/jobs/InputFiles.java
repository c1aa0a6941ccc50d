package org.stancemap.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.stancemap.ingest.Metadata;

/**
 * The input files of a run: every file, folder (recursively) and glob given, sorted by kind.
 * Any Hadoop path works (local, hdfs://, s3a://). A {@code manifest.jsonl} beside text files is
 * their metadata, not an input; hidden files and files starting with {@code _} are skipped.
 */
public final class InputFiles {
  public enum Kind { TEXT, JSON_LINES, CSV }

  /** One input file with its size and the manifest line that describes it, if any. */
  public record InputFile(String path, Kind kind, long bytes, Metadata metadata) {}

  public static final String MANIFEST = "manifest.jsonl";

  private InputFiles() {}

  public static List<InputFile> expand(List<String> inputs, Configuration conf) {
    Map<String, FileStatus> files = new LinkedHashMap<>();
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) throw new InputNotFoundException("input not found: " + input);
        for (FileStatus s : matched) collect(fs, s, files);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input, e);
      }
    }
    Map<String, Map<String, Metadata>> manifests = new HashMap<>();
    List<InputFile> out = new ArrayList<>();
    for (FileStatus s : files.values()) {
      Path p = s.getPath();
      if (p.getName().equals(MANIFEST)) continue;
      Metadata meta = Metadata.NONE;
      Kind kind = kindOf(p.getName());
      if (kind == Kind.TEXT) {
        Map<String, Metadata> manifest = manifests.computeIfAbsent(p.getParent().toString(), dir -> readManifest(new Path(dir, MANIFEST), conf));
        meta = manifest.getOrDefault(p.getName(), Metadata.NONE);
      }
      out.add(new InputFile(displayPath(p.toString()), kind, s.getLen(), meta));
    }
    return out;
  }

  private static void collect(FileSystem fs, FileStatus s, Map<String, FileStatus> files) throws IOException {
    String name = s.getPath().getName();
    if (name.startsWith(".") || name.startsWith("_")) return;
    if (s.isDirectory()) {
      for (FileStatus child : fs.listStatus(s.getPath())) collect(fs, child, files);
    } else {
      files.putIfAbsent(s.getPath().toString(), s);
    }
  }

  static Kind kindOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return Kind.JSON_LINES;
    if (n.endsWith(".csv")) return Kind.CSV;
    return Kind.TEXT;
  }

  /** file name → metadata; a missing manifest is an empty map, a bad line is skipped with a warning. */
  static Map<String, Metadata> readManifest(Path manifest, Configuration conf) {
    Map<String, Metadata> byFile = new HashMap<>();
    try {
      FileSystem fs = manifest.getFileSystem(conf);
      if (!fs.exists(manifest)) return byFile;
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(manifest), StandardCharsets.UTF_8))) {
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
          lineNo++;
          if (line.isBlank()) continue;
          try {
            JsonNode n = json.readTree(line);
            String file = text(n, "file");
            if (file == null) throw new IOException("no 'file' field");
            byFile.put(file, new Metadata(text(n, "outlet"), text(n, "url"), text(n, "published"), text(n, "title")));
          } catch (IOException e) {
            System.err.println("stancemap: warning: " + manifest + " line " + lineNo + " skipped: " + e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest, e);
    }
    return byFile;
  }

  /** How a path is shown and stored: local files without their {@code file:} scheme. */
  public static String displayPath(String path) {
    java.net.URI uri = new Path(path).toUri();
    return "file".equals(uri.getScheme()) ? uri.getPath() : new Path(path).toString();
  }

  /** A JSON field as text, null when missing or JSON null. */
  public static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
