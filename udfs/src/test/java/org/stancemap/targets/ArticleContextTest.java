package org.stancemap.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How contextual words ("the regime", "army units", "the ministry") find their state in an article; one rule a test. */
class ArticleContextTest {
  private final TargetMatcher matcher = TargetMatcher.standard();
  private static final LocalDate BEFORE = LocalDate.of(2019, 5, 14);

  /** Each statement's mentions as "mention=Target", the article read in order with one context. */
  private List<String> read(String outlet, LocalDate day, String... statements) {
    ArticleContext c = matcher.context(List.of(statements), day, outlet);
    List<String> out = new ArrayList<>();
    for (String s : statements) {
      StringBuilder b = new StringBuilder();
      for (TargetMention m : matcher.find(s, null, day, c)) b.append(b.length() == 0 ? "" : " ").append(m.mention()).append('=').append(m.target());
      out.add(b.toString());
    }
    return out;
  }

  /** One statement's mentions as "mention=Target", spoken in the voice of {@code speakerState} (or the outlet's own words). */
  private String voiced(String outlet, String speakerState, boolean own, String statement) {
    ArticleContext c = matcher.context(List.of(statement), BEFORE, outlet);
    c.speaking(matcher.stateOf(speakerState), own);
    StringBuilder b = new StringBuilder();
    for (TargetMention m : matcher.find(statement, null, BEFORE, c)) b.append(b.length() == 0 ? "" : " ").append(m.mention()).append('=').append(m.target());
    return b.toString();
  }

  @Test
  void firstPersonFormsAreTheStateWhoseVoiceTheStatementIs() {
    // a speaker's own state: "our country", "our army", "our soldiers"
    assertEquals("our country=Syria", voiced(null, "Syria", false, "We will defend our country against terrorism."));
    assertEquals("army=Turkey", voiced(null, "turkey", false, "Our army will stay until the threat is gone."));
    assertEquals("Syria=Syria our soldiers=Russia", voiced(null, "Russia", false, "In Syria our soldiers did their duty."));
    // a state-run outlet's own words
    assertEquals("armed forces=Syria", voiced("SANA", null, true, "Our armed forces repelled the attack at dawn."));
    // no voice known, or a voice that is no state: "our country" is no mention; "our army" (the table's "the army" after
    // "our") reads the text as "the army" does
    assertEquals("", voiced(null, null, false, "We will defend our country against terrorism."));
    assertEquals("", voiced(null, "Syrian opposition", false, "We will defend our country against terrorism."));
    assertEquals("", voiced("Reuters", null, true, "We will defend our country against terrorism."));
    assertEquals("Turkey=Turkey army=Turkey", voiced(null, null, false, "Turkey said our army would stay."));
  }

  @Test
  void wordsWrittenWithTheNeedADeterminerOrAFormBeforeThem() {
    assertEquals(List.of("Russia=Russia"), read(null, BEFORE, "The sanctions regime against Russia was tightened."));
    assertEquals(List.of("Russia=Russia"), read(null, BEFORE, "Calls for regime change in Russia grew."));
    assertEquals(List.of("Turkish=Turkey regime=Turkey"), read(null, BEFORE, "The Turkish regime backs the terrorists."));
    assertEquals(List.of("Russia=Russia defence ministry=Russia"), read(null, BEFORE, "Russia's defence ministry denied it."));
  }

  @Test
  void aFormRightBeforeTheWordsDecidesEvenForAStateThatIsNoTarget() {
    // "the Kyiv regime" is Ukraine's government: no mention of a target, although Syria was named before
    assertEquals(List.of("Syria=Syria", ""), read(null, BEFORE, "Syria was not discussed.", "They accused the Kyiv regime of shelling."));
  }

  @Test
  void theStateTheArticleUsedTheSameWordForBeatsTheNearestState() {
    assertEquals(List.of("Assad regime=Syria", "Turkish=Turkey regime=Syria"),
        read(null, BEFORE, "The Assad regime lost ground.", "Turkish drones struck Kurdish positions while the regime shelled Idlib."));
    // and a word the article used for a state that is no target takes that state: "the army" after "the Israeli army"
    assertEquals(List.of("Syria=Syria", ""), read(null, BEFORE, "The Israeli army struck targets in Syria.", "The army said two sites were hit."));
  }

  @Test
  void theSubjectOfTheLastSentenceThatNamedAStateIsTheArticlesContext() {
    // "Iraq summoned Turkey's ambassador ..." then "The foreign ministry said ...": Iraq's, not Turkey's
    assertEquals(List.of("Turkey=Turkey", ""), read(null, BEFORE, "Iraq summoned Turkey's ambassador after the strike.",
        "The foreign ministry called it a violation."));
    // within a sentence, the first state before the words: "Turkish warplanes ... in Syria, the ministry said"
    assertEquals(List.of("Turkish=Turkey Syria=Syria ministry=Turkey"),
        read(null, BEFORE, "Turkish warplanes hit targets in Syria, the ministry said."));
  }

  @Test
  void aHeadlineBeforeAnyStateReadsAheadAndRegimeHasItsDefaultUntilDecember2024() {
    assertEquals(List.of("", ""), read(null, BEFORE, "Regime forces advance on the city", "The Iranian regime sent more troops."),
        "the article's own regime is Iran's, no target");
    assertEquals(List.of("Regime forces=Syria", "Russian=Russia"), read(null, BEFORE, "Regime forces advance on the city",
        "Russian jets struck the market."));
    // after it the regime is the fallen one: no weaker clue (the first state named) gives it a state
    assertEquals(List.of("", "Russian=Russia"), read(null, LocalDate.of(2025, 3, 1), "Regime forces advance on the city",
        "Russian jets struck the market."));
    assertEquals(List.of("Government forces=Russia", "Russian=Russia"), read(null, LocalDate.of(2025, 3, 1),
        "Government forces advance on the city", "Russian jets struck the market."), "other words do read ahead to the first state");
  }

  @Test
  void placesAndAStateRunOutletAreTheLastClues() {
    // a report that names only Syrian places: its army is Syria's
    assertEquals(List.of("", "army=Syria"), read(null, BEFORE, "Clashes near Jableh and Latakia left ten dead.",
        "Reinforcements of the army arrived overnight."));
    // a place is no mention of its state, and "Russian-backed" gives no state to the words after it: Aleppo's does
    assertEquals(List.of("Russian-backed=Russia government forces=Syria"), read(null, BEFORE, "Russian-backed government forces entered Aleppo."));
    assertEquals(List.of(""), read(null, BEFORE, "Aleppo is quiet."));
    // SANA's own report: "army units" are Syria's though the text never says so; an unknown outlet gives none
    assertEquals(List.of("Army units=Syria"), read("SANA", BEFORE, "Army units repelled an attack by terrorist groups."));
    assertEquals(List.of(""), read("Some Blog", BEFORE, "Army units repelled an attack by terrorist groups."));
  }
}
