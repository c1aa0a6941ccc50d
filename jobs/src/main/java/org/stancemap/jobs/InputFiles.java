package org.stancemap.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.stancemap.ingest.Metadata;
import org.stancemap.ingest.Rejection;

/**
 * The input files of a run: every file, folder (recursively) and glob given, sorted by kind.
 * Any Hadoop path works (local, hdfs://, s3a://). A {@code manifest.jsonl} beside text files is
 * their metadata, not an input. A file or folder inside an input folder whose name starts with
 * {@code .} or {@code _} (hidden to Hadoop and Spark) is not read and becomes a {@code hidden_name}
 * rejection, except Hadoop's own bookkeeping ({@link #bookkeeping}); a path named on {@code --input}
 * is read whatever its name.
 *
 * <p>Local paths are walked with {@code java.nio} rather than Hadoop's listing, which follows
 * symbolic links blindly and drops the ones it cannot follow: here a special file (named pipe,
 * socket, device) is never opened (reading a pipe would block the run forever), a dangling
 * symlink or a loop of file symlinks is reported, and each folder is listed once by its real path
 * (a folder symlink back to one of its ancestors is reported, not followed again). Each of these
 * becomes a {@link Rejection} of {@link Listing#rejects}.
 */
public final class InputFiles {
  /**
   * How a file is read, by its name without a compression suffix ({@code .gz}, {@code .bz2}: such
   * files are decompressed as they are read): JSON Lines ({@code .jsonl}, {@code .ndjson}), a JSON
   * document ({@code .json}: an array of objects, or objects one after another, each on one line or
   * over many), CSV, else one article per file.
   */
  public enum Kind { TEXT, JSON_LINES, JSON, CSV }

  /**
   * One input file with its size, its modification time (milliseconds since the epoch, as its file
   * system reports it) and the manifest line that describes it, if any.
   */
  public record InputFile(String path, Kind kind, long bytes, long modified, Metadata metadata) {}

  /** The files to read, and the paths set aside while listing (special files, broken symlinks, loops). */
  public record Listing(List<InputFile> files, List<Rejection> rejects) {}

  public static final String MANIFEST = "manifest.jsonl";

  private InputFiles() {}

  public static Listing expand(List<String> inputs, Configuration conf) {
    Map<String, FileStatus> files = new LinkedHashMap<>();
    Walk walk = new Walk();
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) throw new InputNotFoundException("input not found: " + input);
        for (FileStatus s : matched) {
          if (fs instanceof LocalFileSystem) walk.local(fs, java.nio.file.Path.of(s.getPath().toUri()), files, true);
          else collect(fs, s, files, walk.rejects, true);
        }
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
      out.add(new InputFile(displayPath(p.toString()), kind, s.getLen(), s.getModificationTime(), meta));
    }
    return new Listing(out, List.copyOf(walk.rejects));
  }

  /**
   * Whether Spark's own readers take {@code path} as it is: no hidden name, and after the scheme and
   * authority only letters, digits and {@code / . _ - + = , @ ~} (no glob characters, spaces,
   * {@code % # :} or control characters).
   */
  static boolean plainPath(String path) {
    String p = path.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", ""); // hdfs://namenode:8020
    if (hidden(p.substring(p.lastIndexOf('/') + 1))) return false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || "/._-+=,@~".indexOf(c) >= 0))) return false;
    }
    return true;
  }

  /** Names Hadoop and Spark treat as hidden: they never read them from a folder. */
  static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /**
   * Hidden names that Hadoop and Spark write themselves beside their output (never articles):
   * {@code _SUCCESS}, {@code _temporary}, {@code _committed_*}, {@code _started_*}, {@code .*.crc}
   * checksums. Skipped without a reject line.
   */
  static boolean bookkeeping(String name) {
    return name.equals("_SUCCESS") || name.equals("_temporary") || name.startsWith("_committed_") || name.startsWith("_started_")
        || (name.startsWith(".") && name.endsWith(".crc"));
  }

  /**
   * Whether a name met inside an input folder is left unread: a hidden name is, with a
   * {@code hidden_name} reject line unless it is Hadoop's own bookkeeping. Paths named on
   * {@code --input} (or matched by its glob) are read whatever their names.
   */
  private static boolean leftOut(String name, String path, boolean directory, List<Rejection> rejects) {
    if (!hidden(name)) return false;
    if (!bookkeeping(name)) {
      rejects.add(new Rejection(path, Rejection.Reason.HIDDEN_NAME, (directory ? "a folder" : "a file")
          + " whose name starts with '" + name.charAt(0) + "', which Hadoop and Spark treat as hidden: not read;"
          + " rename it, or name it on --input to read it"));
    }
    return true;
  }

  private static void collect(FileSystem fs, FileStatus s, Map<String, FileStatus> files, List<Rejection> rejects, boolean named)
      throws IOException {
    if (!named && leftOut(s.getPath().getName(), displayPath(s.getPath().toString()), s.isDirectory(), rejects)) return;
    if (s.isDirectory()) {
      for (FileStatus child : fs.listStatus(s.getPath())) collect(fs, child, files, rejects, false);
    } else {
      files.putIfAbsent(s.getPath().toString(), s);
    }
  }

  /** A walk of local paths: the folders listed so far (real paths) and what was set aside. */
  private static final class Walk {
    private final Set<java.nio.file.Path> listed = new HashSet<>();
    private final List<Rejection> rejects = new ArrayList<>();

    void local(FileSystem fs, java.nio.file.Path p, Map<String, FileStatus> files, boolean named) throws IOException {
      java.nio.file.Path name = p.getFileName();
      if (!named && name != null && leftOut(name.toString(), p.toString(), Files.isDirectory(p), rejects)) return;
      BasicFileAttributes a;
      java.nio.file.Path real;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class); // follows symlinks
        real = p.toRealPath();
      } catch (IOException e) {
        if (!Files.isSymbolicLink(p)) throw e;
        // dangling (NoSuchFileException) or a loop of links (ELOOP)
        String why = e instanceof NoSuchFileException
            ? "dangling symlink to " + Files.readSymbolicLink(p) + ", which does not exist"
            : "symlink that cannot be resolved (" + e.getMessage() + ")";
        rejects.add(new Rejection(p.toString(), Rejection.Reason.BROKEN_SYMLINK, why));
        return;
      }
      if (a.isDirectory()) {
        if (!listed.add(real)) {
          // read once: a folder reached again through a symlink to an ancestor is a loop, another
          // route to a folder already read changes nothing (like a file given twice)
          java.nio.file.Path parent = p.toAbsolutePath().getParent();
          if (parent != null && parent.toRealPath().startsWith(real)) {
            rejects.add(new Rejection(p.toString(), Rejection.Reason.SYMLINK_LOOP,
                "symlink to its own ancestor folder " + real + ", which is read once"));
          }
          return;
        }
        List<java.nio.file.Path> children;
        try (Stream<java.nio.file.Path> list = Files.list(p)) {
          children = list.sorted().toList();
        }
        for (java.nio.file.Path child : children) local(fs, child, files, false);
      } else if (a.isRegularFile()) {
        Path hadoopPath = new Path(p.toAbsolutePath().toUri());
        files.putIfAbsent(hadoopPath.toString(), fs.getFileStatus(hadoopPath));
      } else {
        rejects.add(new Rejection(p.toString(), Rejection.Reason.NOT_A_REGULAR_FILE,
            "a named pipe, socket or device, not opened"));
      }
    }
  }

  static Kind kindOf(String name) {
    String n = RecordFiles.uncompressedName(name).toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Kind.JSON_LINES;
    if (n.endsWith(".json")) return Kind.JSON;
    if (n.endsWith(".csv")) return Kind.CSV;
    return Kind.TEXT;
  }

  /** file name → metadata; a missing manifest is an empty map, a bad line is skipped with a warning. */
  static Map<String, Metadata> readManifest(Path manifest, Configuration conf) {
    Map<String, Metadata> byFile = new HashMap<>();
    try {
      FileSystem fs = manifest.getFileSystem(conf);
      if (!fs.exists(manifest)) return byFile;
      if (fs instanceof LocalFileSystem && !Files.isRegularFile(java.nio.file.Path.of(manifest.toUri()))) {
        // a pipe would block the run forever
        System.err.println("stancemap: warning: " + manifest + " skipped: not a regular file");
        return byFile;
      }
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
