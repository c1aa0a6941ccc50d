package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancemap.targets.TargetMatcher;

/**
 * The default scorer on one sentence per construction and role of docs/tone-guidelines.md (written
 * for this test, in none of the training or dev files): who does what to whom decides the label.
 */
class ConstructionToneTest {
  static final TargetToneAnalyzer ANALYZER = new TargetToneAnalyzer(TargetMatcher.standard(), ToneScorers.defaultScorer());

  @ParameterizedTest(name = "{0}: {2} in \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      harm, agent          | Russian warplanes bombed a crowded market in Idlib, killing twelve people.        | Russia | neg
      harm, victim         | Three Turkish soldiers were killed when their convoy was hit near Saraqib.         | Turkey | neu
      accusation, accused  | Ankara accused Moscow of breaking the truce it had signed.                        | Russia | neg
      criticism, criticised| The Kremlin sharply criticised Turkey's decision to shoot down the jet.           | Turkey | neg
      threat, threatener   | Erdogan threatened to launch a new offensive if the attacks did not stop.        | Turkey | neg
      praise, praised      | Putin praised Turkey's constructive role in the negotiations.                    | Turkey | pos
      thanks, thanked      | Assad thanked Russia for standing with the Syrian people.                         | Russia | pos
      aid, giver           | Turkey sent hundreds of tonnes of relief supplies to quake-hit towns.            | Turkey | pos
      agreement, party     | Russia and Turkey agreed on a ceasefire that took effect at midnight.             | Russia | pos
      mediation, mediator  | Turkey brokered a prisoner exchange between the warring sides.                    | Turkey | pos
      sanctions, sanctioned| Washington imposed sweeping new sanctions on Russia over the war.                 | Russia | neg
      sanctions, lifted    | The European Union lifted its sanctions on Syria's central bank.                  | Syria  | pos
      violation, violator  | Syrian government forces violated the ceasefire overnight, monitors said.         | Syria  | neg
      defence, defender    | Turkish air defence units intercepted two rockets fired toward Kilis on Sunday.   | Turkey | neu
      defence, defender    | The ministry said Russian air defences downed nine drones launched at Crimea.      | Russia | neu
      defence, attacker    | Syrian government forces shelled a school in Ariha, killing four children.       | Syria  | neg
      procedural, neutral  | The Turkish foreign minister will travel to Moscow next week.                     | Russia | neu
      procedural, neutral  | Turkey's central bank held its key interest rate at 50 percent on Thursday.       | Turkey | neu
      """)
  void theRoleDecides(String construction, String sentence, String target, String expected) {
    List<TargetTone> tones = ANALYZER.analyze(sentence, target);
    assertEquals(1, tones.size(), "one result for " + target);
    ToneScore s = tones.get(0).tone();
    assertEquals(expected, s.label(), construction + ": " + s.score() + " " + s.evidence());
    // the label agrees with the score
    if (expected.equals(ToneScore.NEG)) assertTrue(s.score() < 0);
    if (expected.equals(ToneScore.POS)) assertTrue(s.score() > 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      victim is not blamed | Syrian air raid kills 33 Turkish soldiers in Idlib. | Syria | Turkey
      accuser vs accused   | Moscow accused Ankara of arming terrorists.          | Turkey | Russia
      """)
  void theDoerFaresWorseThanTheOneDoneTo(String what, String sentence, String worse, String better) {
    double w = ANALYZER.analyze(sentence, worse).get(0).tone().score();
    double b = ANALYZER.analyze(sentence, better).get(0).tone().score();
    assertTrue(w < b, what + ": " + worse + " " + w + " vs " + better + " " + b);
  }
}
