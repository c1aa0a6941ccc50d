package org.stancemap.tone.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.model.DefenceCheckedScorer;

/** {@link DefenceRule} on sentences written for this test (none from the tone data sets). */
class DefenceRuleTest {
  private static final DefenceRule RULE = DefenceRule.standard();

  private static String defence(String sentence, String mention) {
    int at = sentence.indexOf(mention);
    return RULE.defence(sentence, at, at + mention.length());
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Turkish air defence units intercepted two rockets fired toward Kilis on Sunday.               | Turkish             | intercepted
      The ministry said Russian air defences downed nine drones launched at Crimea overnight.        | Russian             | downed
      Defence Ministry: the Syrian air defence systems shot down 40 of the 56 cruise missiles.       | Syrian              | shot down
      The Syrian army repelled an attack on its positions near Kinsabba, a military source said.    | The Syrian army     | repelled
      Iraqi forces have foiled a plot to bomb a market in Baghdad, the interior ministry said.      | Iraqi               | foiled
      Our air defences confronted the hostile aggression over the capital.                          | Our air defences    | confronted
      Russian air defence systems destroyed six drones over the Bryansk region, the ministry said.  | Russian             | destroyed
      Turkish air defences at the Incirlik base intercepted a rocket fired from the south.          | Turkish             | intercepted
      Government troops stationed at the airport fended off a night assault by the militia.         | Government troops   | fended off
      The Greek army said it had thwarted a drone attack on its positions, with no casualties.      | The Greek army      | thwarted
      Regime forces fended off a rebel counter-attack on the outskirts of the town.                 | Regime forces       | fended off
      """)
  void aStateThatDefendsItselfAgainstAnAttackIsTheDefender(String sentence, String mention, String verb) {
    assertEquals(verb, defence(sentence, mention));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Turkish jets shot down a Russian Su-24 bomber near the border on Tuesday.                     | Turkish
      Russian missiles destroyed a power plant in Kharkiv, officials said.                          | Russian
      Russian jets destroyed a drone factory outside the city.                                      | Russian
      Turkish forces destroyed missile depots used by the militia.                                  | Turkish
      Syrian air defences failed to intercept the missiles fired at the airport.                    | Syrian
      Syrian air defences did not intercept any of the missiles.                                    | Syrian
      Israel said its jets struck Syrian air defence systems that had fired at them.                 | Syrian
      Moscow said Ukrainian forces repelled no attack at all, calling the report false.             | Ukrainian
      Residents blamed the Syrian army, which intercepted nothing.                                  | the Syrian army
      Activists said Turkish drones intercepted and destroyed a convoy of trucks.                   | Turkish
      Our air defences confronted the Israeli aggression and downed most of the missiles.           | the Israeli aggression
      Syrian air defences shot down an unarmed surveillance drone over the coast, officials said.   | Syrian
      A Russian fighter intercepted a civilian cargo plane over the sea.                            | A Russian fighter
      Turkish troops at the border crossing repelled hundreds of refugees trying to cross.           | Turkish
      Moscow said Ukrainian air defences intercepted its missiles, calling the claim false.         | Moscow
      """)
  void otherwiseNoDefence(String sentence, String mention) {
    assertNull(defence(sentence, mention));
  }

  @Test
  void theScorerMovesOnlyTheDefendersNegativeProbabilityToNeutral() {
    ToneScorer fixed = new ToneScorer() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public ToneScore score(String text, int start, int end, String target) {
        return ToneScore.ofProbabilities(new double[] {0.7, 0.1, 0.2}, 0, List.of("downed"), "fixed");
      }
    };
    DefenceCheckedScorer scorer = new DefenceCheckedScorer(fixed, RULE);
    String defended = "Russian air defences downed nine drones launched at Crimea.";
    ToneScore d = scorer.score(defended, 0, 7, "Russia");
    assertEquals(ToneScore.NEU, d.label());
    assertEquals(0.2, d.score(), 1e-9);
    assertEquals(List.of("defender: downed", "downed"), d.evidence());
    assertEquals("fixed", scorer.name());
    String harm = "Russian jets bombed a market in Idlib.";
    ToneScore h = scorer.score(harm, 0, 7, "Russia");
    assertEquals(ToneScore.NEG, h.label());
    assertEquals(-0.5, h.score(), 1e-9);
  }

  @Test
  void aBadLineInTheWordListIsRefusedWithItsFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DefenceRule.parse(List.<String[]>of(new String[] {"weapon", "missile*"})));
    assertEquals(true, e.getMessage().startsWith("data/tone/defence.tsv: expected kind<TAB>word"), e.getMessage());
  }
}
