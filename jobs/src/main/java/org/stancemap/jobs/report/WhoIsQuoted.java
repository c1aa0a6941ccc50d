package org.stancemap.jobs.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.stancemap.jobs.ChartsJob;
import org.stancemap.schema.AggregateColumns;

/**
 * Whom each outlet quotes, from the by_outlet_speaker table: per outlet, its quoted statements
 * (every speaker but the outlet's own voice, a statement counted once per target it mentions), the
 * speakers and the affiliations with the largest shares of them.
 */
public final class WhoIsQuoted {
  private WhoIsQuoted() {}

  /** A speaker or affiliation with its share of the outlet's quoted statements and their number. */
  public record Share(String name, String note, double share, long n) {}

  public record OutletQuotes(String outlet, long quoted, long speakers, List<Share> topSpeakers,
      List<Share> affiliations) {}

  public static List<OutletQuotes> of(List<Row> byOutletSpeaker, int topSpeakers, int topAffiliations) {
    Map<String, Map<String, Long>> speakerN = new LinkedHashMap<>();
    Map<String, Map<String, String>> speakerLabel = new LinkedHashMap<>();
    Map<String, Map<String, Long>> affN = new LinkedHashMap<>();
    Map<String, Long> total = new LinkedHashMap<>();
    for (Row r : byOutletSpeaker) {
      if ("outlet".equals(r.getAs(AggregateColumns.SPEAKER_TYPE))) continue;
      String outlet = r.getAs(AggregateColumns.OUTLET);
      if (outlet == null || outlet.isBlank()) outlet = ChartsJob.NO_OUTLET;
      long n = ((Number) r.getAs(AggregateColumns.N_STATEMENTS)).longValue();
      String id = String.valueOf((Object) r.getAs(AggregateColumns.SPEAKER_ID));
      String name = r.getAs(AggregateColumns.SPEAKER);
      String aff = r.getAs(AggregateColumns.SPEAKER_AFFILIATION);
      String type = r.getAs(AggregateColumns.SPEAKER_TYPE);
      total.merge(outlet, n, Long::sum);
      speakerN.computeIfAbsent(outlet, k -> new LinkedHashMap<>()).merge(id, n, Long::sum);
      speakerLabel.computeIfAbsent(outlet, k -> new LinkedHashMap<>()).putIfAbsent(id,
          (name == null || name.isBlank() ? "(unnamed " + (type == null ? "speaker" : type) + ")" : name) + "\u0000"
              + (aff == null || aff.isBlank() ? (type == null ? "" : type) : aff));
      affN.computeIfAbsent(outlet, k -> new LinkedHashMap<>())
          .merge(aff == null || aff.isBlank() ? ChartsJob.NO_AFFILIATION : aff, n, Long::sum);
    }
    List<OutletQuotes> out = new ArrayList<>();
    for (Map.Entry<String, Long> o : total.entrySet()) {
      long t = o.getValue();
      List<Share> speakers = new ArrayList<>();
      for (Map.Entry<String, Long> e : top(speakerN.get(o.getKey()), topSpeakers)) {
        String[] label = speakerLabel.get(o.getKey()).get(e.getKey()).split("\u0000", -1);
        speakers.add(new Share(label[0], label[1], (double) e.getValue() / t, e.getValue()));
      }
      List<Share> affs = new ArrayList<>();
      for (Map.Entry<String, Long> e : top(affN.get(o.getKey()), topAffiliations)) {
        affs.add(new Share(e.getKey(), "", (double) e.getValue() / t, e.getValue()));
      }
      out.add(new OutletQuotes(o.getKey(), t, speakerN.get(o.getKey()).size(), speakers, affs));
    }
    out.sort(Comparator.comparingLong((OutletQuotes q) -> -q.quoted()).thenComparing(OutletQuotes::outlet));
    return out;
  }

  private static List<Map.Entry<String, Long>> top(Map<String, Long> n, int limit) {
    return n.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).toList();
  }
}
