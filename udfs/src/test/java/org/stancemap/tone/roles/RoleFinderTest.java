package org.stancemap.tone.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One example sentence per construction and role: the roles the target mention plays. */
class RoleFinderTest {
  static String roles(String sentence, String mention) {
    int at = sentence.indexOf(mention);
    assertTrue(at >= 0, mention + " in " + sentence);
    List<Role> roles = RoleFinder.standard().roles(sentence, at, at + mention.length());
    return roles.stream().map(r -> (r.negated() ? "not " : "") + (r.agent() ? "agent:" : "patient:") + r.frame().name())
        .sorted().collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Syrian air raid kills 33 Turkish soldiers in Idlib.                           | Syrian   | agent:harm
      Syrian air raid kills 33 Turkish soldiers in Idlib.                           | Turkish  | patient:harm
      Turkish soldiers were killed by Syrian government shelling.                   | Turkish  | patient:harm
      Turkish soldiers were killed by Syrian government shelling.                   | Syrian   | agent:harm
      Two Turkish soldiers killed in Idlib were buried on Sunday.                   | Turkish  | patient:harm
      Russian jets attacked on Tuesday, activists said.                             | Russian  | agent:harm
      Strikes by Russian jets on Turkish positions left three dead.                 | Russian  | agent:harm
      Strikes by Russian jets on Turkish positions left three dead.                 | Turkish  | patient:harm
      Moscow accused Ankara of backing terrorists in Idlib.                         | Moscow   | agent:accuse
      Moscow accused Ankara of backing terrorists in Idlib.                         | Ankara   | agent:terror_link patient:accuse
      Erdogan condemned Russia's strike on the convoy.                              | Russia   | agent:harm patient:criticise
      The Kremlin denied that its forces had bombed the hospital.                   | Kremlin  | agent:deny
      Ankara threatened to launch a new offensive.                                  | Ankara   | agent:threaten
      Putin thanked Erdogan for his help in the talks.                              | Erdogan  | agent:aid patient:thank
      Erdogan offered condolences to Putin after the attack.                        | Putin    | patient:condole
      Russia and Turkey agreed a ceasefire in Idlib.                                | Russia   | agent:agree
      Russia and Turkey agreed a ceasefire in Idlib.                                | Turkey   | agent:agree
      Talks with Ankara went well, the minister said.                               | Ankara   | agent:talks
      Washington imposed sanctions on Syria over the attacks.                       | Syria    | patient:sanction
      The EU lifted sanctions on Syria in May.                                      | Syria    | patient:unsanction
      The EU lifted its remaining sanctions on Syria in May.                        | Syria    | patient:unsanction
      Russia and Turkey struck a deal on Idlib.                                     | Turkey   | agent:agree
      Russia sent humanitarian aid to Turkey after the earthquake.                  | Turkey   | patient:aid
      Turkey brokered the grain deal.                                               | Turkey   | agent:mediate
      Turkey has no intention of confronting Russia, Erdogan said.                  | Russia   |
      Moscow did not condemn Ankara for the operation.                              | Ankara   | not patient:criticise
      Turkey is responsible for the deaths, Damascus said.                          | Turkey   | agent:responsible
      Russia said Turkey attacked the convoy.                                       | Russia   |
      Russia said Turkey attacked the convoy.                                       | Turkey   | agent:harm
      The foreign minister travelled to Moscow on Monday.                           | Moscow   |
      Fighting in Syria killed hundreds last year.                                  | Syria    |
      """)
  void rolesOfTheMention(String sentence, String mention, String expected) {
    assertEquals(expected == null ? "" : expected, roles(sentence, mention));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Russian warplanes pounded rebel positions.  | agent of: pounded
      Moscow did not condemn Ankara.              | not patient of: condemn
      """)
  void evidenceNamesTheRole(String sentence, String expected) {
    String first = sentence.split(" ")[0];
    String mention = first.equals("Moscow") ? "Ankara" : first;
    int at = sentence.indexOf(mention);
    List<Role> roles = RoleFinder.standard().roles(sentence, at, at + mention.length());
    assertEquals(expected, roles.get(0).evidence());
  }
}
