package org.stancemap.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.stancemap.ingest.ArticleParser;
import org.stancemap.ingest.Metadata;
import org.stancemap.jobs.IngestJob;
import org.stancemap.jobs.InputFiles;
import org.stancemap.text.DataFiles;

/**
 * The identity of the input files of an incremental run, kept in its state so that the next run
 * opens only the files that may have changed: each file's path, size, modification time and (text
 * files) the {@code manifest.jsonl} line that describes it, with when the listing was taken and a
 * fingerprint of what ingestion depends on (the ingestion code, its data files, the size limit).
 *
 * <p>A file is unchanged, and not opened again, when its path, size, modification time and manifest
 * line are those recorded, the fingerprint is the same, and it was <em>settled</em> when recorded:
 * modified at least {@link #SETTLE_MILLIS} before the listing. A file rewritten with the same size
 * within one tick of its file system's clock keeps its modification time; only a file written so
 * shortly before a listing can be rewritten after it (after it was read) without a new time, so
 * such a file is read again by the next run (and recorded anew). No content hash is kept: checking
 * one means reading the file, which is what this avoids, and a changed size or time already says
 * that the file is read again. A file rewritten with its old size and time set back on purpose
 * ({@code touch -r}, {@code cp -p} of another file of the same size) is not seen: {@code --full}
 * reads everything.
 */
public final class InputManifest {
  /**
   * Files modified this shortly before a listing (or after it) are read again by the next run: two
   * seconds of the coarsest common timestamps (FAT, some network file systems: one or two seconds)
   * plus a margin for the clocks of this machine and a file server being a little apart.
   */
  public static final long SETTLE_MILLIS = 10_000;
  /** Changes when what the state's parsed rows hold changes: rows of an older format are not reused. */
  static final String FORMAT = "stancemap input manifest 1";
  /** The data files ingestion reads (outlets, boilerplate, datelines, names): an edit to one changes what a file yields. */
  static final List<String> INGEST_DATA = List.of("outlets.tsv", "boilerplate.tsv", "datelines.tsv", "title-abbreviations.txt",
      "titles.txt", "descriptors.tsv", "entities.tsv");

  /** One input file: {@code metadata} is a hash of its {@code manifest.jsonl} line, null without one. */
  public record Entry(String path, long bytes, long modified, String metadata) {}

  /**
   * What to read: {@code unchanged} are the paths not to open; the counts say why the others are read.
   * {@code readAll} is null, or why every file is read (then {@code unchanged} is empty).
   */
  public record Plan(Set<String> unchanged, int added, int changed, int unsettled, int gone, String readAll) {
    /** Every file unchanged, none new or gone: the inputs of the recorded run. */
    public boolean nothingToRead() {
      return readAll == null && added == 0 && changed == 0 && unsettled == 0 && gone == 0;
    }

    /** One console line. */
    public String describe() {
      if (readAll != null) return "stancemap: reading every input file: " + readAll;
      return "stancemap: input files: " + unchanged.size() + " unchanged (not read), " + added + " new, " + changed
          + " changed, " + unsettled + " read again (modified shortly before the last listing), " + gone + " gone";
    }
  }

  private final Map<String, Entry> entries;
  private final long listedAt;
  private final String fingerprint;

  public InputManifest(List<Entry> entries, long listedAt, String fingerprint) {
    Map<String, Entry> byPath = new LinkedHashMap<>();
    for (Entry e : entries) byPath.put(e.path(), e);
    this.entries = byPath;
    this.listedAt = listedAt;
    this.fingerprint = fingerprint;
  }

  /** The files of a listing taken at {@code listedAt} (started then: a file listed later is no older). */
  public static InputManifest of(List<InputFiles.InputFile> files, long listedAt, String fingerprint) {
    List<Entry> entries = new ArrayList<>();
    for (InputFiles.InputFile f : files) entries.add(new Entry(f.path(), f.bytes(), f.modified(), metadataHash(f.metadata())));
    return new InputManifest(entries, listedAt, fingerprint);
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public long listedAt() {
    return listedAt;
  }

  public String fingerprint() {
    return fingerprint;
  }

  /**
   * Compares {@code current} (this run's listing) with this manifest (the last committed run's):
   * which files need not be opened.
   */
  public Plan plan(InputManifest current) {
    if (!fingerprint.equals(current.fingerprint)) {
      return new Plan(Set.of(), 0, 0, 0, 0, "the ingestion code, its data files or --max-article-bytes changed since the last run");
    }
    Set<String> unchanged = new TreeSet<>();
    int added = 0, changed = 0, unsettled = 0;
    for (Entry now : current.entries.values()) {
      Entry before = entries.get(now.path());
      if (before == null) {
        added++;
      } else if (before.bytes() != now.bytes() || before.modified() != now.modified()
          || !java.util.Objects.equals(before.metadata(), now.metadata())) {
        changed++;
      } else if (!settled(before)) {
        unsettled++;
      } else {
        unchanged.add(now.path());
      }
    }
    int gone = 0;
    for (String path : entries.keySet()) if (!current.entries.containsKey(path)) gone++;
    return new Plan(unchanged, added, changed, unsettled, gone, null);
  }

  /**
   * Whether a recorded file was modified long enough before its listing that a later rewrite must
   * give it another modification time. A time of 0 (a file system that gives none) never settles.
   */
  boolean settled(Entry e) {
    return e.modified() > 0 && e.modified() + SETTLE_MILLIS <= listedAt;
  }

  /** The entries as gzipped JSON Lines ({@code path}, {@code bytes}, {@code modified}, {@code metadata}): any path survives. */
  public void write(java.io.OutputStream out) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (java.io.Writer w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(out), StandardCharsets.UTF_8)) {
      for (Entry e : entries.values()) {
        var n = json.createObjectNode().put("path", e.path()).put("bytes", e.bytes()).put("modified", e.modified()).put("metadata", e.metadata());
        w.write(json.writeValueAsString(n));
        w.write('\n');
      }
    }
  }

  /** The entries {@link #write} wrote. */
  public static List<Entry> read(java.io.InputStream in) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<Entry> entries = new ArrayList<>();
    try (java.io.BufferedReader r = new java.io.BufferedReader(
        new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        var n = json.readTree(line);
        entries.add(new Entry(n.get("path").asText(), n.get("bytes").asLong(), n.get("modified").asLong(),
            n.get("metadata").isNull() ? null : n.get("metadata").asText()));
      }
    }
    return entries;
  }

  /** A hash of a text file's manifest line, null without one. */
  static String metadataHash(Metadata m) {
    if (m == null || m.equals(Metadata.NONE)) return null;
    return sha256(String.join("\u0001", field(m.outlet()), field(m.url()), field(m.published()), field(m.title())));
  }

  private static String field(String s) {
    return s == null ? "\u0000" : s;
  }

  /**
   * What the rows of a file depend on besides its bytes: this manifest's format, the size limit, the
   * ingestion data files as this run reads them, and the ingestion code (its jars' or class files'
   * size and modification time: a rebuild reads every file again, as an upgrade may change ids).
   */
  public static String fingerprint(long maxArticleBytes) {
    StringBuilder b = new StringBuilder(FORMAT).append('\n').append(maxArticleBytes).append('\n');
    for (String name : INGEST_DATA) {
      b.append(name).append(' ').append(DataFiles.exists(name) ? sha256(DataFiles.read(name)) : "-").append('\n');
    }
    for (Class<?> c : List.of(ArticleParser.class, IngestJob.class, InputFiles.class)) b.append(codeIdentity(c)).append('\n');
    return sha256(b.toString());
  }

  /** The jar (or class file) a class was loaded from: its path, size and modification time. */
  static String codeIdentity(Class<?> c) {
    try {
      java.nio.file.Path location = java.nio.file.Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) location = location.resolve(c.getName().replace('.', '/') + ".class");
      return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      // no code source to look at: a value of its own each run, so nothing is reused
      return c.getName() + " unknown " + System.nanoTime();
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
