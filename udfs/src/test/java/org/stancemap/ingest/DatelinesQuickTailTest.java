package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stancemap.text.TextView;

/**
 * The quick look at a paragraph's last piece ({@code Datelines.lastPieceIsContent}) finds exactly the
 * furniture the full read of each tail window finds: on every test and sample article, and on
 * generated paragraphs whose tails mix long content, credits, notices, end markers and slugs at
 * every length around the quick reach.
 */
class DatelinesQuickTailTest {
  private final Datelines d = Datelines.defaults();

  private void same(String text, List<String> failures) {
    TextView tv = TextView.of(text);
    List<Datelines.Furniture> quick = d.find(tv, true), full = d.find(tv, false);
    if (!quick.equals(full)) failures.add(text.length() > 300 ? text.substring(0, 300) + "..." : text);
  }

  @Test
  void everyTestAndSampleArticle() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : new Path[] {Path.of("src/test/resources"), Path.of("../data/samples")}) {
      try (Stream<Path> s = Files.walk(root)) { s.filter(p -> p.toString().endsWith(".txt")).forEach(files::add); }
    }
    assertTrue(files.size() > 300, "articles: " + files.size());
    List<String> failures = new ArrayList<>();
    for (Path p : files) {
      try {
        same(Files.readString(p), failures);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void generatedTails() {
    String[] content = {"Officials said the talks would continue next week.", "The ministry did not comment.",
        "He arrived in Ankara on Monday; the visit was not announced.", "Talks resume (in Geneva) on Friday.",
        "Prices rose by 4.5 percent in March, according to the statistics office, while wages fell."};
    String[] furniture = {"(end) rs.bs", "Reporting by Anna Petrova; Editing by John Smith", "Reporting by A. B. Carter",
        "Additional reporting by Omar Khalil.", "-- Xinhua", "AFP", "(Reuters)", "Copyright 2025 Interfax.",
        "Photo: Reuters/Stringer", "Writing by Jane Doe; editing by Mark Heinrich;", "ENDS", "mk/jh (AFP, Reuters)"};
    Random r = new Random(11);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      StringBuilder para = new StringBuilder();
      int target = r.nextInt(1200);
      while (para.length() < target) para.append(para.length() == 0 ? "" : " ").append(content[r.nextInt(content.length)]);
      int tails = r.nextInt(3);
      for (int k = 0; k < tails; k++) para.append(r.nextBoolean() ? " " : ". ").append(furniture[r.nextInt(furniture.length)]);
      if (r.nextInt(5) == 0) para.append(r.nextBoolean() ? ";" : " ;  ");
      same("Headline\n\n" + para + "\n\nLast paragraph.", failures);
    }
    assertEquals(List.of(), failures);
  }
}
