package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancemap.ingest.Datelines.Furniture;
import org.stancemap.ingest.Datelines.Kind;

/** One example per rule of {@link Datelines}, each with negatives; the texts are invented. */
class DatelinesTest {
  static final Datelines D = Datelines.defaults();

  /** The furniture of {@code text} as the strings it covers, stripped. */
  static List<String> found(String text) {
    return D.find(text).stream().map(f -> text.substring(f.start(), f.end()).strip()).toList();
  }

  static Furniture first(String text) {
    List<Furniture> f = D.find(text);
    assertTrue(!f.isEmpty(), "nothing found in: " + text);
    return f.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BEIRUT (Reuters) - The council met on Sunday.|BEIRUT (Reuters) -|Reuters",
      "ANKARA (AA) - The minister spoke to students.|ANKARA (AA) -|AA",
      "ISTANBUL (AP) — Ferries resumed service.|ISTANBUL (AP) —|AP",
      "(AFP) - A storm hit the coast.|(AFP) -|AFP",
      "DAMASCUS, Jan. 3 (SANA) – The governor opened a school.|DAMASCUS, Jan. 3 (SANA) –|SANA",
      "MOSCOW, March 25. /TASS/. The ministry published figures.|MOSCOW, March 25. /TASS/.|TASS",
      "KUWAIT, Feb 2 (KUNA) -- The assembly convened.|KUWAIT, Feb 2 (KUNA) --|KUNA",
      "Rome, 4 May (ANSA) - The mayor opened a bridge.|Rome, 4 May (ANSA) -|ANSA",
      "Tehran, IRNA - The cabinet approved a budget.|Tehran, IRNA -|IRNA",
      "ANKARA/ATHENS, March 3 (Reuters) - The talks resumed.|ANKARA/ATHENS, March 3 (Reuters) -|Reuters",
      "WASHINGTON / MOSCOW (Reuters) - The envoys met.|WASHINGTON / MOSCOW (Reuters) -|Reuters",
      "Damascus, SANA- The governor opened a school.|Damascus, SANA-|SANA",
      "Damascus, SANA-The General Command announced a truce.|Damascus, SANA-|SANA",
      "Hasaka, SANA_ The governor opened a school.|Hasaka, SANA_|SANA",
      "(MENAFN- Kuwait News Agency (KUNA)) The fund reported profits.|(MENAFN- Kuwait News Agency (KUNA))|Kuwait News Agency (KUNA)",
  })
  void taggedDatelines(String text, String dateline, String tag) {
    Furniture f = first(text);
    assertEquals(Kind.DATELINE, f.kind());
    assertEquals(dateline, text.substring(f.start(), f.end()).strip());
    assertEquals(tag, f.tag());
  }

  @Test
  void aDatelineGivesItsMonthDayAndYearWhenWritten() {
    Furniture f = first("MOSCOW, March 25. /TASS/. The ministry published figures.");
    assertEquals(MonthDay.of(3, 25), f.date());
    assertNull(f.year());
    Furniture g = first("WASHINGTON, Oct. 9, 2019 (Reuters) - The committee voted.");
    assertEquals(MonthDay.of(10, 9), g.date());
    assertEquals(2019, g.year());
    assertNull(first("BEIRUT (Reuters) - The council met.").date());
  }

  @ParameterizedTest
  @ValueSource(strings = {"WASHINGTON — Lawmakers met.", "SOCHI, Russia — Leaders met.", "VIENNA // Producers met.",
      "JEDDAH: Leaders met.", "Idlib – Shelling resumed.", "ABU DHABI // Ministers met."})
  void untaggedDatelinesInTheLead(String text) {
    Furniture f = first(text);
    assertEquals(Kind.DATELINE, f.kind());
    assertNull(f.tag());
    assertTrue(Character.isUpperCase(text.charAt(f.end())), text.substring(f.end()));
  }

  @Test
  void placeLinesAreDatelinesInTheLeadOnly() {
    assertEquals(List.of("ANKARA"), found("ANKARA\n\nThe assembly met on Tuesday."));
    assertEquals(List.of("HATAY, Türkiye"), found("HATAY, Türkiye\n\nClinics reopened."));
    // a headline in capitals is no place
    assertEquals(List.of(), found("RED SKIES AT NOON\n\nA storm hit the coast."));
    // after the lead, a single word in capitals is a subhead, not a dateline
    assertEquals(List.of(), found("One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nBERLIN\n\nSix."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Reuters reported that the talks had stalled.",
      "MOSCOW said the talks had stalled.",
      "The talks in MOSCOW - a city of 13 million - stalled.",
      "Moscow - which denies it - was blamed.",
      "Turkey (a NATO member) - the minister said - would act.",
      "According to Reuters, the talks stalled.",
      "PUTIN'S POWER PLAY",
      "VLADIMIR Putin kept the visitor waiting.",
      "By Tuesday, Turkish troops had advanced.",
      "By then the army had left the town.",
      "Reporting by the state news agency suggested otherwise.",
      "Copyright law was amended last year.",
      "In Russia, Sputnik-V was registered first.",
      "Meanwhile, AP-NORC polling found support fell.",
      "Overall, Reuters-Ipsos surveys showed a drop.",
      "Editing by hand takes time, the editor said.",
      "The agency said the figures were final (end of statement).",
  })
  void mentionsAndSentencesAreNotFurniture(String text) {
    assertEquals(List.of(), found(text));
  }

  @Test
  void aMentionedPlaceInCapitalsWithADashAfterTheLeadIsKept() {
    assertEquals(List.of(), found("A.\n\nB.\n\nC.\n\nD.\n\nNATO — the alliance — met."));
  }

  @Test
  void bylinesAndTheirAgency() {
    Furniture f = first("By Jane Doe, Reuters\n\nThe council met.");
    assertEquals(Kind.BYLINE, f.kind());
    assertEquals("Reuters", f.tag());
    Furniture g = first("By Ahmad al-Khatib and Sara Lind\n\nThe council met.");
    assertEquals(Kind.BYLINE, g.kind());
    assertNull(g.tag());
    assertEquals("Anadolu Agency", first("BY JOHN ROE | Anadolu Agency\n\nText.").tag());
    // without "By": a person's names and an outlet's clue, in the lead only
    Furniture u = first("A town hall\n\nKelsey Marchand, USA TODAY\n\nThe council met.");
    assertEquals(Kind.BYLINE, u.kind());
    assertEquals("USA TODAY", u.tag());
    assertEquals(List.of(), found("A town hall\n\nKelsey Marchand, a nurse\n\nThe council met."));
    assertEquals(List.of(), found("A town hall\n\nPutin, Reuters\n\nThe council met."));
    // a bar and the date of publication in digits after the names
    Furniture aa = first("Minister says exports will double\n\nBurak Yilmazer | 15.09.2025 - Update : 15.09.2025\n\nANKARA\n\nText.");
    assertEquals(Kind.BYLINE, aa.kind());
    assertNull(aa.tag());
    // a spaced dash and the place in capitals after the names
    assertEquals(Kind.BYLINE, first("The real test will come in 2026\n\nCeren Aksel - ISTANBUL\n\nText.").kind());
    assertEquals(Kind.BYLINE, first("Analysis\n\nJean-Pierre Filon - PARIS\n\nText.").kind());
    // a headline in title case before an outlet's name in capitals is no byline
    assertEquals(List.of(), found("Senate Passes Ukraine Aid - POLITICO\n\nThe Senate voted on Tuesday."));
  }

  @Test
  void creditLinesAtTheEndOfAParagraphOrAlone() {
    assertEquals(List.of("(Reporting by Ana Ruiz in Ankara and Li Wei in Moscow;", "Writing by Tom Fox;", "Editing by K. Marsh)"),
        found("The lira fell.\n\n(Reporting by Ana Ruiz in Ankara and Li Wei in Moscow; Writing by Tom Fox; Editing by K. Marsh)"));
    assertEquals(List.of("Additional reporting by Omar Said"), found("The lira fell. Additional reporting by Omar Said"));
    assertEquals(List.of("Copyright 2024 Example News.", "All rights reserved."), found("Copyright 2024 Example News. All rights reserved."));
    assertEquals(List.of("© 2023 Some Outlet"), found("© 2023 Some Outlet"));
    assertEquals(List.of("Follow us on Telegram for updates."), found("The lira fell. Follow us on Telegram for updates."));
    assertEquals(Kind.CREDIT, first("Compiled by Dana Cole").kind());
    assertEquals(List.of("Contributing: Jonathan Ellery, Detroit Free Press"), found("The lira fell.\n\nContributing: Jonathan Ellery, Detroit Free Press"));
    // only names may follow a credit phrase
    assertEquals(List.of(), found("Compiled by Dana Cole from staff reports"));
  }

  @Test
  void endMarkersSlugsAndSignOffs() {
    assertEquals(List.of("(end)", "rs.bs"), found("The talks ended.\n\n(end) rs.bs"));
    assertEquals(List.of("wire-slug / ab"), found("The talks ended on Friday. wire-slug / ab"));
    assertEquals(List.of("Reuters"), found("The talks ended.\n\nReuters"));
    assertEquals(List.of("Tyler Durden"), found("The talks ended.\n\nTyler Durden"));
    assertEquals(List.of("Ivan Petrov / TASS"), found("Leaders met in the Kremlin. Ivan Petrov / TASS"));
    // a slash between names that are no agency is kept
    assertEquals(List.of(), found("Ivan Petrov / Olga Petrova"));
  }

  @Test
  void aDateLineIsFurnitureEvenInsideAParagraphOfSeveralLines() {
    String text = "The talks ended.\n\nTue, 03/10/2020 – 09:15\nvia Example Feed https://example.org/x";
    assertEquals(List.of("Tue, 03/10/2020 – 09:15"), found(text));
  }

  @Test
  void trimCutsFurnitureFromSentencesAndDropsWhatIsLeftEmpty() {
    String text = "MOSCOW, March 5. /TASS/. The ministry spoke.\n\n(end)";
    List<Furniture> f = D.find(text);
    int[][] sentences = {{0, 13}, {14, 25}, {25, 44}, {46, 51}};
    int[][] trimmed = Datelines.trim(sentences, text, f);
    assertEquals(1, trimmed.length);
    assertEquals("The ministry spoke.", text.substring(trimmed[0][0], trimmed[0][1]));
  }
}
