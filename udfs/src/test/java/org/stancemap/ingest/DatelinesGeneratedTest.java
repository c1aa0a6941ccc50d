package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every combination of place × date form × agency tag × dash: the dateline is found whole, its
 * tag names the agency's outlet in data/outlets.tsv, its date is read, and the body after it is
 * untouched; the same body with the agency merely mentioned is never furniture.
 */
class DatelinesGeneratedTest {
  static final String[] PLACES = {"MOSCOW", "ANKARA", "DAMASCUS", "BEIRUT", "ABU DHABI", "ST. PETERSBURG", "Idlib", "Tel Aviv", "KUWAIT"};
  static final String[][] DATES = {{"", null}, {", March 5", "3-5"}, {", Mar. 5", "3-5"}, {", Oct 14", "10-14"}, {", 25 December", "12-25"},
      {", Jan. 3, 2020", "1-3"}};
  static final String[][] AGENCIES = {{"Reuters", "Reuters"}, {"AP", "Associated Press"}, {"AFP", "Agence France-Presse"},
      {"AA", "Anadolu Agency"}, {"SANA", "SANA"}, {"KUNA", "KUNA"}, {"IRNA", "IRNA"}, {"Xinhua", "Xinhua"}, {"dpa", "dpa"},
      {"EFE", "EFE"}, {"ANSA", "ANSA"}, {"Interfax", "Interfax"}, {"Sputnik", "Sputnik"}, {"RIA Novosti", "RIA Novosti"}};
  static final String[] DASHES = {"-", "–", "—", "--"};
  static final String BODY = "Officials said the talks would continue next week.";

  @Test
  void everyCombinationIsRecognised() {
    OutletTable outlets = OutletTable.load();
    Datelines d = new Datelines(WireWords.load(), outlets);
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (String place : PLACES) for (String[] date : DATES) for (String[] agency : AGENCIES) for (String dash : DASHES) {
      for (boolean slash : new boolean[] {false, true}) {
        String tag = slash ? ". /" + agency[0].toUpperCase() + "/." : " (" + agency[0] + ") " + dash;
        if (slash && date[0].isEmpty()) tag = " /" + agency[0].toUpperCase() + "/.";
        String dateline = place + date[0] + tag;
        String text = dateline + " " + BODY;
        n++;
        List<Datelines.Furniture> f = d.find(text);
        String why = null;
        if (f.size() != 1) why = f.size() + " pieces";
        else if (!text.substring(f.get(0).end()).equals(BODY)) why = "body '" + text.substring(f.get(0).end()) + "'";
        else if (outlets.byTag(f.get(0).tag()).map(o -> !o.name().equals(agency[1])).orElse(true)) why = "tag " + f.get(0).tag();
        else if (date[1] == null ? f.get(0).date() != null : !MonthDay.parse("--" + pad(date[1])).equals(f.get(0).date())) why = "date " + f.get(0).date();
        if (why != null) failures.add(text + "  -> " + why);
        // the same words as a sentence that mentions the agency are content
        String mention = agency[0] + " reported from " + place + date[0] + " that " + BODY.toLowerCase();
        if (!d.find(mention).isEmpty()) failures.add(mention + "  -> furniture in a mention");
      }
    }
    System.out.printf("dateline combinations: %d, failures: %d%n", n, failures.size());
    assertTrue(n >= 500, "combinations " + n);
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
  }

  private static String pad(String md) {
    String[] p = md.split("-");
    return String.format("%02d-%02d", Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }
}
