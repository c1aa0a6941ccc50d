package org.stancemap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.jobs.SparkTestSession;

class FloorJobTest {
  @Test
  void floorReadsJsonLinesRecordsAndWholeTextFilesAsRunListsThem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Title line\n\nThe minister spoke on Monday. He said the talks would go on.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.jsonl"), "{\"text\": \"One sentence here. And a second one.\"}\n"
        + "{\"text\": \"A third record.\"}\n{\"title\": \"no text\"}\n", StandardCharsets.UTF_8);
    // the manifest describes the text files, hidden files are not inputs
    Files.writeString(dir.resolve("manifest.jsonl"), "{\"file\": \"a.txt\", \"outlet\": \"Example\"}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("_hidden.jsonl"), "{\"text\": \"Not read.\"}\n", StandardCharsets.UTF_8);
    SparkSession spark = SparkTestSession.get();
    FloorJob.Counts c = FloorJob.split(FloorJob.readTexts(spark, List.of(dir.toString())));
    assertEquals(3, c.documents(), "one text file and two JSON Lines records with a text");
    assertTrue(c.sentences() >= 5, "sentences split: " + c.sentences());
    assertTrue(c.tokens() > c.sentences(), "tokens counted: " + c.tokens());
  }
}
