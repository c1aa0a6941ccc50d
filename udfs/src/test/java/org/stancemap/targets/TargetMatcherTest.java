package org.stancemap.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetMatcherTest {
  private final TargetMatcher matcher = TargetMatcher.standard();

  private static List<String> targets(List<TargetMention> ms) {
    return ms.stream().map(TargetMention::target).toList();
  }

  private static List<String> mentions(List<TargetMention> ms) {
    return ms.stream().map(TargetMention::mention).toList();
  }

  @Test
  void findsNamesDemonymsCapitalsWithOffsets() {
    String text = "Turkey said Russian airstrikes near Damascus killed 11 fighters.";
    List<TargetMention> ms = matcher.find(text);
    assertEquals(List.of("Turkey", "Russia", "Syria"), targets(ms));
    for (TargetMention m : ms) assertEquals(m.mention(), text.substring(m.start(), m.end()));
    assertEquals(12, ms.get(1).start());
    assertEquals("demonym", ms.get(1).group());
  }

  @Test
  void hyphenatedCompoundsPossessivesAndHashtagsCount() {
    assertEquals(List.of("Turkey", "Russia"), targets(matcher.find("Turkish-Russian talks resumed.")));
    assertEquals(List.of("Russia", "Turkey"), targets(matcher.find("Russia-Turkey relations are strained.")));
    assertEquals(List.of("Russia", "Turkey"), targets(matcher.find("Russia's envoy met Turkey’s minister.")));
    assertEquals(List.of("Turkey", "Russia", "Syria"),
        targets(matcher.find("#Turkey and #Russia agree to stop all hostilities in #Syria")));
  }

  @Test
  void longestAliasWins() {
    assertEquals(List.of("Russia-backed"), mentions(matcher.find("Russia-backed forces advanced.")));
    assertEquals(List.of("Assad regime"), mentions(matcher.find("The Assad regime denied it.")));
    assertEquals(List.of("Bashar al-Assad"), mentions(matcher.find("Bashar al-Assad spoke.")));
  }

  @Test
  void caseRulesKeepTheBirdOut() {
    assertTrue(matcher.find("We ate turkey and russian dressing at thanksgiving.").isEmpty());
    assertEquals(List.of("Turkey"), targets(matcher.find("TURKEY CLOSES ITS AIRSPACE")));
    // a lower-case alias also matches capitalised at the start of a sentence
    assertEquals(List.of("The regime"), mentions(matcher.find("The regime shelled the town.")));
    assertEquals(List.of("Türkiye"), mentions(matcher.find("Türkiye hosts the summit.")));
  }

  @Test
  void wordBoundariesAreRequired() {
    assertTrue(matcher.find("Turkmenistan and Prussia signed nothing; a Russianist wrote.").isEmpty());
    assertEquals(List.of("Russians", "Turks"), mentions(matcher.find("Russians and Turks met.")));
  }

  @Test
  void leaderGroupIsConfigurable() {
    String text = "Putin will tell Erdogan that's it, Assad said.";
    assertEquals(List.of("Russia", "Turkey", "Syria"), targets(matcher.find(text)));
    assertEquals(List.of("leader", "leader", "leader"), matcher.find(text).stream().map(TargetMention::group).toList());
    TargetMatcher noLeaders = new TargetMatcher(Targets.load(), new TargetMatcher.Options(false));
    assertTrue(noLeaders.find(text).isEmpty());
    assertEquals(List.of("Kremlin"), mentions(noLeaders.find("Putin's Kremlin denied it.")));
  }

  @Test
  void oneTargetOnly() {
    String text = "Moscow and Ankara agreed; the Kremlin said Russia would comply.";
    assertEquals(List.of("Moscow", "Kremlin", "Russia"), mentions(matcher.find(text, "russia")));
  }

  @Test
  void aUserAddsATargetByData() {
    Targets t = Targets.parse(List.of(new String[] {"Iran", "Iran", "name"}, new String[] {"Iran", "Tehran", "capital"},
        new String[] {"NATO", "NATO"}, new String[] {"NATO", "North Atlantic Treaty Organization", "name"},
        new String[] {"United States", "Washington", "capital"}, new String[] {"United States", "U.S.", "name"}), "test");
    TargetMatcher m = new TargetMatcher(t, TargetMatcher.Options.DEFAULT);
    List<TargetMention> ms = m.find("Tehran warned NATO and the U.S. over Iran's drones.");
    assertEquals(List.of("Iran", "NATO", "United States", "Iran"), targets(ms));
    assertEquals(List.of("Iran", "NATO", "United States"), t.names());
  }

  @Test
  void badRowsAreRejectedWithTheirLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Targets.parse(List.<String[]>of(new String[] {"Iran", "Iran", "president"}), "my.tsv"));
    assertTrue(e.getMessage().contains("my.tsv: row 1"), e.getMessage());
  }
}
