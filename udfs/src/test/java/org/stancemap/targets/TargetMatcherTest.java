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
  void aGroupsBranchInAStateIsNoMentionOfTheState() {
    assertEquals(List.of("Turkey"), targets(matcher.find("The YPG is the PKK's Syrian offshoot, Turkey says.")));
    assertEquals(List.of(), targets(matcher.find("Al-Qaeda's Syrian branch and the Syrian wing of the group split.")));
    assertEquals(List.of(), targets(matcher.find("The Turkish branch of the charity and the bank's Russian subsidiary closed.")));
    // the state's own forms still count
    assertEquals(List.of("Syria", "Syria"), targets(matcher.find("Syrian armed forces and Syrian arms depots were hit.")));
  }

  @Test
  void caseRulesKeepTheBirdOut() {
    assertTrue(matcher.find("We ate turkey and russian dressing at thanksgiving.").isEmpty());
    assertEquals(List.of("Turkey"), targets(matcher.find("TURKEY CLOSES ITS AIRSPACE")));
    // a lower-case alias also matches capitalised at the start of a sentence
    assertEquals(List.of("Regime forces"), mentions(matcher.find("Regime forces shelled the town.", null, null, org.stancemap.targets.ArticleContext.after("Syria"))));
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
  void oppositionRebelsAndRefugeesAreNotTheirState() {
    assertTrue(matcher.find("The Syrian opposition and Syrian refugees in Turkey's camps").stream()
        .noneMatch(m -> m.target().equals("Syria")));
    assertTrue(matcher.find("Fighters of the Free Syrian Army and Syrian rebels took the town.").isEmpty());
    assertEquals(List.of("Syria"), targets(matcher.find("The Syrian army pushed back Syrian rebels.")));
    // a country's people are not its state (docs/tone-guidelines.md): "the Syrian people", "Syria's Kurds", "Russian citizens"
    assertTrue(matcher.find("Aid reached the Syrian people and Syria's Kurds; Russian citizens and Turkish civilians left.").isEmpty());
    assertEquals(List.of("Syria"), targets(matcher.find("The Syrian government thanked the Syrian people.")));
  }

  @Test
  void theLegalLabelOfRussianMediaIsNoMentionOfRussia() {
    // Russian law makes its media tag a banned group in every article: the tag says nothing of Russia's doing
    assertTrue(matcher.find("*Hayat Tahrir al-Sham is a terrorist organisation banned in Russia.").isEmpty());
    assertTrue(matcher.find("Militants of Jabhat al-Nusra (outlawed in Russia) shelled the town.").isEmpty());
    assertTrue(matcher.find("The Islamic State (IS, banned in Russia) claimed the attack.").isEmpty());
    assertTrue(matcher.find("*A terrorist group prohibited in the Russian Federation.").isEmpty());
    assertEquals(List.of("Russia"), targets(matcher.find("Russia banned the group in 2014.")));
    // a ban in the news is Russia's doing: "banned in Russia" alone still names it
    assertEquals(List.of("Russia"), targets(matcher.find("The app, banned in Russia since 2022, lost users.")));
    assertEquals(List.of("Russia", "Russia"), targets(matcher.find("Moscow said the group (banned in Russia) was behind it, Russia's envoy added.")));
  }

  @Test
  void contextualWordsTakeTheStateNamedAroundThem() {
    // the nearest state mentioned before them, else after them, else the article's context
    assertEquals(List.of("Syria", "Syria"), targets(matcher.find("Syrian troops and regime forces advanced.")));
    assertEquals(List.of("Syria", "Syria"), targets(matcher.find("Regime forces pounded Idlib, Damascus said.")));
    // no state named: "regime" takes its entity-table default (Assad's, until December 2024), other words none
    assertEquals(List.of("Syria"), targets(matcher.find("Regime forces pounded the town.")));
    // the forces' places and columns are theirs too: a strike on "regime positions" has the regime as its target
    assertEquals(List.of("Syria", "Syria"), targets(matcher.find("Rebels shelled regime positions and a regime convoy near Hama.")));
    assertTrue(matcher.find("Regime forces pounded the town.", null, java.time.LocalDate.of(2025, 3, 1), null).isEmpty(),
        "after 2024-12-08 the regime is no longer Syria's government");
    assertTrue(matcher.find("Government forces pounded the town.").isEmpty(), "no state named: no mention");
    assertEquals(List.of("Syria"), targets(matcher.find("Regime forces pounded the town.", null, null, org.stancemap.targets.ArticleContext.after("Syria"))));
    // "Russian-backed government forces": the backer is not the government
    List<TargetMention> backed = matcher.find("Russian-backed government forces advanced, Damascus said.");
    assertEquals(List.of("Russia", "Syria", "Syria"), targets(backed));
    assertEquals("government forces", backed.get(1).mention());
    // state media are outlets, not their state
    assertEquals(List.of("Russia"), targets(matcher.find("Russian-backed forces advanced, Syrian state media said.")));
  }

  @Test
  void entitiesHoldWithinTheirDates() {
    java.time.LocalDate before = java.time.LocalDate.of(2023, 5, 1);
    java.time.LocalDate after = java.time.LocalDate.of(2025, 3, 1);
    assertEquals(List.of("Syria"), targets(matcher.find("Assad met the envoy.", null, before, null)));
    assertTrue(matcher.find("Assad met the envoy.", null, after, null).isEmpty(), "Assad no longer stands for Syria");
    assertEquals(List.of("Syria"), targets(matcher.find("Ahmed al-Sharaa met the envoy.", null, after, null)));
    assertTrue(matcher.find("Abu Mohammed al-Jolani met the envoy.", null, before, null).isEmpty(), "then the leader of HTS");
    // without a date every row counts
    assertEquals(List.of("Syria"), targets(matcher.find("Assad met the envoy.")));
  }

  @Test
  void targetsComeFromTheEntityTableByState() {
    Targets t = Targets.parse(List.<String[]>of(new String[] {"Iran"}), "test");
    TargetMatcher m = new TargetMatcher(t, TargetMatcher.Options.DEFAULT);
    assertEquals(List.of("Iran", "Iran"), targets(m.find("Tehran said Iranian drones were not involved.")));
    assertTrue(m.find("Russia and Turkey met.").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Targets.parse(List.<String[]>of(new String[] {"Atlantis"}), "my.tsv"));
    assertTrue(e.getMessage().contains("not a state of data/entities.tsv"), e.getMessage());
  }

  @Test
  void badRowsAreRejectedWithTheirLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Targets.parse(List.<String[]>of(new String[] {"Iran", "Iran", "president"}), "my.tsv"));
    assertTrue(e.getMessage().contains("my.tsv: row 1"), e.getMessage());
  }
}
