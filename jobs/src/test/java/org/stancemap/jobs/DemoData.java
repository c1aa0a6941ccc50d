package org.stancemap.jobs;

import java.time.LocalDate;
import java.util.Random;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a synthetic corpus (articles, statements, tone in the documented schemas; seeded, so
 * always the same) to {@code OUT/}, for demonstrating and timing the aggregate/charts/report
 * stages without the upstream stages. Outlets lean differently toward each target in their own
 * voice and in the voices they quote.
 *
 * <pre>java $OPENS -cp 'jobs/target/test-classes:jobs/target/stancemap-jobs.jar:jobs/target/lib/*' \
 *   org.stancemap.jobs.DemoData OUT [ARTICLES]</pre>
 */
public final class DemoData {
  private DemoData() {}

  static final String[] OUTLETS = {"Outlet A", "Outlet B", "Outlet C, a long outlet name that wraps", "Outlet D"};
  static final String[] TARGETS = {"Russia", "Turkey", "Syria"};
  /** Own-voice lean of each outlet toward each target. */
  static final double[][] OWN = {{-0.30, 0.10, -0.10}, {0.25, -0.35, 0.05}, {0.0, 0.0, -0.25}, {-0.10, 0.20, 0.10}};
  static final String[][] SPEAKERS = {
      {"Speaker 1", "Russian government", "0.35", "-0.40", "0.10"},
      {"Speaker 2", "Russian government", "0.30", "-0.20", "0.00"},
      {"Speaker 3", "Turkish government", "-0.35", "0.40", "-0.30"},
      {"Speaker 4", "Turkish government", "-0.20", "0.30", "-0.35"},
      {"Speaker 5", "Syrian government", "0.30", "-0.45", "0.40"},
      {"Speaker 6, spokesperson of a very long-named ministry", "Western government", "-0.30", "-0.05", "-0.20"},
      {"Speaker 7", "Western government", "-0.25", "0.05", "-0.15"},
      {"Speaker 8", "NGO", "-0.10", "-0.10", "-0.40"},
      {"Speaker 9", "United Nations", "0.00", "0.00", "-0.10"},
      {"Speaker 10", "Analyst", "-0.05", "0.05", "-0.05"}};

  public static void main(String[] args) {
    String out = args[0];
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 240;
    SparkSession spark = SparkSessions.create(null, "stancemap demo data");
    Fixtures f = corpus(articles, 42);
    f.articles(spark).write().mode("overwrite").parquet(out + "/articles");
    f.statements(spark).write().mode("overwrite").parquet(out + "/statements");
    f.tone(spark).write().mode("overwrite").parquet(out + "/tone");
    System.out.println(f.articles.size() + " articles, " + f.statements.size() + " statements, " + f.tone.size()
        + " tone rows under " + out);
    spark.stop();
  }

  static Fixtures corpus(int articles, long seed) {
    Random rnd = new Random(seed);
    Fixtures f = new Fixtures();
    LocalDate start = LocalDate.of(2020, 2, 3);
    for (int a = 0; a < articles; a++) {
      int o = rnd.nextInt(OUTLETS.length);
      String id = String.format("art%06d", a);
      f.article(id, OUTLETS[o], start.plusDays(rnd.nextInt(56)).toString(),
          "https://news.example/" + (char) ('a' + o) + "/" + id, "Article " + a, "synthetic");
      double articleMood = rnd.nextGaussian() * 0.15; // statements of one article lean together
      int n = 2 + rnd.nextInt(6);
      for (int s = 0; s < n; s++) {
        String sid = "s" + s;
        int t = rnd.nextInt(TARGETS.length);
        double lean;
        if (rnd.nextInt(3) == 0) {
          f.narrative(id, sid, TARGETS[t] + " (narrative, synthetic)");
          lean = OWN[o][t];
        } else {
          // outlets quote different speakers: outlet o prefers speakers near 2·o
          int sp = Math.floorMod(2 * o + (int) Math.round(rnd.nextGaussian() * 2.5), SPEAKERS.length);
          String[] who = SPEAKERS[sp];
          f.statement(id, sid, rnd.nextBoolean() ? "direct" : "indirect", TARGETS[t] + " (quoted, synthetic)", who[0],
              "speaker-" + (sp + 1), "person", who[1]);
          lean = Double.parseDouble(who[2 + t]);
        }
        double score = Math.max(-1, Math.min(1, lean + articleMood + rnd.nextGaussian() * 0.3));
        f.tone(id, sid, TARGETS[t], Math.round(score * 1000) / 1000.0, score < 0 ? "bad" : "good");
      }
    }
    return f;
  }
}
