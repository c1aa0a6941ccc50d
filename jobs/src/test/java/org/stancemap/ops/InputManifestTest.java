package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.ingest.Metadata;
import org.stancemap.jobs.InputFiles.InputFile;
import org.stancemap.jobs.InputFiles.Kind;
import org.stancemap.text.DataFiles;

/** Which input files an incremental run leaves unopened: plain Java, no Spark. */
class InputManifestTest {
  private static final long LISTED = 1_800_000_000_000L;
  private static final long OLD = LISTED - 3_600_000;

  private static InputFile file(String path, long bytes, long modified) {
    return new InputFile(path, Kind.JSON_LINES, bytes, modified, Metadata.NONE);
  }

  private static InputManifest manifest(long listedAt, String fingerprint, InputFile... files) {
    return InputManifest.of(List.of(files), listedAt, fingerprint);
  }

  @Test
  void onlyFilesWithTheSameSizeAndTimeAreLeftUnread() {
    InputManifest before = manifest(LISTED, "fp", file("/in/same.jsonl", 100, OLD), file("/in/grown.jsonl", 100, OLD),
        file("/in/touched.jsonl", 100, OLD), file("/in/rewritten.jsonl", 100, OLD), file("/in/deleted.jsonl", 100, OLD));
    InputManifest now = manifest(LISTED + 60_000, "fp", file("/in/same.jsonl", 100, OLD),
        file("/in/grown.jsonl", 180, OLD + 50_000), // lines appended
        file("/in/touched.jsonl", 100, OLD + 1), // same size, another time
        file("/in/rewritten.jsonl", 99, OLD), // another size, the time set back
        file("/in/new.jsonl", 100, OLD));
    InputManifest.Plan plan = before.plan(now);
    assertEquals(Set.of("/in/same.jsonl"), plan.unchanged());
    assertEquals(1, plan.added());
    assertEquals(3, plan.changed());
    assertEquals(0, plan.unsettled());
    assertEquals(1, plan.gone());
    assertNull(plan.readAll());
    assertEquals("stancemap: input files: 1 unchanged (not read), 1 new, 3 changed, 0 read again (modified shortly before the"
        + " last listing), 1 gone", plan.describe());
  }

  @Test
  void aFileModifiedShortlyBeforeTheListingIsReadAgainEvenWithTheSameIdentity() {
    long justBefore = LISTED - InputManifest.SETTLE_MILLIS + 1;
    long settledAt = LISTED - InputManifest.SETTLE_MILLIS;
    InputManifest before = manifest(LISTED, "fp", file("/in/racy.jsonl", 10, justBefore), file("/in/settled.jsonl", 10, settledAt),
        file("/in/future.jsonl", 10, LISTED + 5_000), file("/in/no-time.jsonl", 10, 0));
    InputManifest now = manifest(LISTED + 60_000, "fp", file("/in/racy.jsonl", 10, justBefore), file("/in/settled.jsonl", 10, settledAt),
        file("/in/future.jsonl", 10, LISTED + 5_000), file("/in/no-time.jsonl", 10, 0));
    InputManifest.Plan plan = before.plan(now);
    assertEquals(Set.of("/in/settled.jsonl"), plan.unchanged());
    assertEquals(3, plan.unsettled());
    // recorded again by the run that read them, with its own listing time, they settle
    assertEquals(Set.of("/in/racy.jsonl", "/in/settled.jsonl", "/in/future.jsonl"),
        now.plan(manifest(LISTED + 120_000, "fp", file("/in/racy.jsonl", 10, justBefore), file("/in/settled.jsonl", 10, settledAt),
            file("/in/future.jsonl", 10, LISTED + 5_000), file("/in/no-time.jsonl", 10, 0))).unchanged());
  }

  @Test
  void aTextFilesManifestLineIsPartOfItsIdentity() {
    InputFile plain = new InputFile("/in/a.txt", Kind.TEXT, 10, OLD, Metadata.NONE);
    InputFile described = new InputFile("/in/a.txt", Kind.TEXT, 10, OLD, new Metadata("Reuters", null, "2020-03-01", null));
    InputFile redated = new InputFile("/in/a.txt", Kind.TEXT, 10, OLD, new Metadata("Reuters", null, "2020-03-02", null));
    assertEquals(1, InputManifest.of(List.of(plain), LISTED, "fp").plan(InputManifest.of(List.of(described), LISTED, "fp")).changed());
    assertEquals(1, InputManifest.of(List.of(described), LISTED, "fp").plan(InputManifest.of(List.of(redated), LISTED, "fp")).changed());
    assertEquals(Set.of("/in/a.txt"),
        InputManifest.of(List.of(described), LISTED, "fp").plan(InputManifest.of(List.of(described), LISTED, "fp")).unchanged());
    // a field moved to another one is another line
    assertNotEquals(InputManifest.metadataHash(new Metadata("x", null, null, null)), InputManifest.metadataHash(new Metadata(null, "x", null, null)));
  }

  @Test
  void theEntriesSurviveWritingAndReadingWhateverTheirNames() throws Exception {
    InputManifest m = InputManifest.of(List.of(file("/in/a \"b\"\n\tc:[d]#e%f.jsonl", 12, OLD),
        new InputFile("/in/ünï.txt", Kind.TEXT, 0, 0, new Metadata("Reuters", null, null, "a title"))), LISTED, "fp");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    m.write(out);
    assertEquals(m.entries(), InputManifest.read(new java.io.ByteArrayInputStream(out.toByteArray())));
    assertNull(m.entries().get(0).metadata());
  }

  @Test
  void anotherFingerprintReadsEveryFile() {
    InputManifest before = manifest(LISTED, "fp1", file("/in/a.jsonl", 10, OLD));
    InputManifest.Plan plan = before.plan(manifest(LISTED + 60_000, "fp2", file("/in/a.jsonl", 10, OLD)));
    assertTrue(plan.unchanged().isEmpty());
    assertNotNull(plan.readAll());
    assertTrue(plan.describe().startsWith("stancemap: reading every input file: the ingestion code, its data files"), plan.describe());
  }

  @Test
  void theFingerprintFollowsTheIngestionDataFilesAndTheSizeLimit(@TempDir Path data) throws Exception {
    String before = System.getProperty(DataFiles.PROPERTY);
    try {
      for (String name : InputManifest.INGEST_DATA) Files.writeString(data.resolve(name), DataFiles.read(name));
      System.setProperty(DataFiles.PROPERTY, data.toString());
      String fp = InputManifest.fingerprint(5_000_000);
      assertEquals(fp, InputManifest.fingerprint(5_000_000));
      assertNotEquals(fp, InputManifest.fingerprint(4_000_000));
      Files.writeString(data.resolve("outlets.tsv"), "\nexample.org\tExample Times\n", java.nio.file.StandardOpenOption.APPEND);
      assertNotEquals(fp, InputManifest.fingerprint(5_000_000));
    } finally {
      if (before == null) System.clearProperty(DataFiles.PROPERTY);
      else System.setProperty(DataFiles.PROPERTY, before);
    }
  }
}
