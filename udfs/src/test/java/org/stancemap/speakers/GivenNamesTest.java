package org.stancemap.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancemap.statements.Statement;
import org.stancemap.statements.StatementExtractor;
import org.stancemap.text.DataFiles;

/** data/given-names.tsv and the gender check of "he"/"she" it feeds. */
class GivenNamesTest {
  @Test
  void theFileIsWellFormedAndLeavesOutNamesOfBothGenders() {
    Map<String, String> seen = new HashMap<>();
    for (String line : DataFiles.lines(GivenNames.FILE)) {
      String[] f = line.split("\t");
      assertEquals(2, f.length, line);
      assertTrue(f[1].equals("m") || f[1].equals("f"), line);
      assertNull(seen.put(f[0], f[1]), "listed twice: " + f[0]);
    }
    assertTrue(seen.size() > 1000, "a list that covers the names of international news");
    // names given to both genders, and names that are also places or words, say nothing
    for (String both : List.of("Nour", "Andrea", "Nikita", "Sasha", "Jordan", "Kim", "Chad", "Georgia", "Israel")) {
      assertNull(GivenNames.of(both), both);
    }
  }

  @Test
  void aNameSaysItsGenderFromItsFirstWordPastTitlesOrFromAnHonorific() {
    Descriptors d = Descriptors.load();
    assertEquals("f", GivenNames.of("Fatima al-Hamoud", d));
    assertEquals("m", GivenNames.of("Khaled", d));
    assertEquals("m", GivenNames.of("President Vladimir Putin", d));
    assertEquals("f", GivenNames.of("Mrs. Clinton", d));
    assertEquals("m", GivenNames.of("Mr. Sanders", d));
    assertNull(GivenNames.of("Zakharova", d));
    assertNull(GivenNames.of("the Kremlin", d));
  }

  @Test
  void sheIsNotTheManNamedLast() {
    String text = "Layla Haddad runs the clinic in Tyre. Omar Saleh, a surgeon, joined it in March.\n\n"
        + "\"We never close, not even for a day,\" she said.";
    Statement s = StatementExtractor.defaults().extract(text, "Outlet").stream()
        .filter(x -> x.text.startsWith("We never close")).findFirst().orElseThrow();
    assertEquals("Layla Haddad", s.speaker, s::toString);
  }

  @Test
  void aNameWithDiacriticsIsFoundByItsPlainSpelling() {
    assertEquals("m", GivenNames.of("Tar\u0131k"));   // dotless i
    assertEquals("m", GivenNames.of("SEL\u0130M"));   // capital dotted I, as records print labels
    assertEquals("m", GivenNames.of("Tar\u0131k Demirkan", Descriptors.load()));
    assertEquals(null, GivenNames.of("Zz\u00f6rk"));
  }
}
