package org.stancemap.notebooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.text.DataFiles;

/**
 * TEMPORARY (until the statements, tone and aggregates branches are merged): completes the output
 * of the real ingestion with small statements, tone and aggregate tables that follow the
 * documented schemas (StatementColumns, ToneColumns, and AggregateColumns as on the report branch), and
 * registers crude stand-ins for the UDFs {@code extract_statements} and {@code tone_toward}.
 * Once the real pipeline lands, NotebookRunnerTest runs it on the sample articles instead and
 * this class goes.
 */
final class NotebookFixture {
  private NotebookFixture() {}

  /** A data dir holding the (not yet merged) targets table, for the custom-targets notebook. */
  static Path dataDir(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("targets.tsv"), """
        # Targets and the words that mention them (TEMPORARY fixture copy of data/targets.tsv).
        # Columns (tab-separated): target<TAB>alias<TAB>group
        Russia\tRussia\tname
        Russia\tRussian\tdemonym
        Russia\tMoscow\tcapital
        Russia\tKremlin\tmetonym
        Russia\tPutin\tleader
        Turkey\tTurkey\tname
        Turkey\tTurkish\tdemonym
        Turkey\tAnkara\tcapital
        Turkey\tErdogan\tleader
        Syria\tSyria\tname
        Syria\tSyrian\tdemonym
        Syria\tDamascus\tcapital
        Syria\tAssad\tleader
        """);
    return dir;
  }

  /**
   * Writes the statements, tone and aggregate tables for the articles that the real ingestion
   * wrote to {@code out/articles}: fixture statements are attached to the sample articles whose
   * files start with 001_, 002_ and 004_.
   */
  static void writeOutput(SparkSession spark, Path out) {
    String o = out.toAbsolutePath().toString();
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (Row r : spark.read().parquet(o + "/articles").select("article_id", "source_file").collectAsList()) {
      String file = Path.of(r.getString(1)).getFileName().toString();
      if (file.startsWith("001_")) ids.put("a1", r.getString(0));
      if (file.startsWith("002_")) ids.put("a2", r.getString(0));
      if (file.startsWith("004_")) ids.put("a3", r.getString(0));
    }
    if (ids.size() != 3) throw new IllegalStateException("the sample articles 001, 002, 004 were not ingested: " + ids);
    java.util.function.UnaryOperator<String> real = sql -> sql.replace("'a1'", "'" + ids.get("a1") + "'")
        .replace("'a2'", "'" + ids.get("a2") + "'").replace("'a3'", "'" + ids.get("a3") + "'");
    spark.sql(real.apply("""
        SELECT article_id, statement_id, kind, text, CAST(start AS INT) AS start, CAST(end AS INT) AS end,
               CAST(sentence_index AS INT) AS sentence_index, CAST(paragraph_index AS INT) AS paragraph_index,
               speaker, speaker_id, speaker_type, speaker_affiliation, cue, attribution_method
        FROM VALUES
          ('a1', 'a1-0', 'indirect', 'he hoped Russia would agree to a ceasefire', 12, 54, 0, 0, 'Erdogan', 'erdogan', 'person', 'Turkey', 'said', 'explicit'),
          ('a1', 'a1-1', 'direct', 'There might be a ceasefire but it will be for show', 58, 109, 1, 0, 'a Western diplomat', 'western_diplomat', 'anonymous', 'West', 'said', 'explicit'),
          ('a1', 'a1-2', 'narrative', 'The talks in Moscow lasted six hours.', 131, 168, 2, 0, 'The Moscow Times', 'outlet:the_moscow_times', 'outlet', NULL, NULL, 'outlet'),
          ('a2', 'a2-0', 'narrative', 'Putin and Erdogan announced a ceasefire in Idlib.', 0, 49, 0, 0, 'ZeroHedge', 'outlet:zerohedge', 'outlet', NULL, NULL, 'outlet'),
          ('a2', 'a2-1', 'indirect', 'Syrian forces of killing its soldiers', 15, 52, 1, 0, 'Turkey', 'turkey', 'organization', 'Turkey', 'accused', 'explicit'),
          ('a2', 'a2-2', 'indirect', 'Iran welcomed the deal', 54, 76, 2, 0, 'Tehran', 'iran', 'organization', 'Iran', 'said', 'explicit'),
          ('a3', 'a3-0', 'narrative', 'Obama and Putin agreed that Syria needs a political transition.', 0, 64, 0, 0, 'IBT Australia', 'outlet:ibt_australia', 'outlet', NULL, NULL, 'outlet'),
          ('a3', 'a3-1', 'indirect', 'Russian airstrikes killed civilians', 65, 100, 1, 0, 'activists', 'activists', 'anonymous', NULL, 'said', 'explicit')
          AS t(article_id, statement_id, kind, text, start, end, sentence_index, paragraph_index, speaker, speaker_id,
               speaker_type, speaker_affiliation, cue, attribution_method)
        """)).write().parquet(o + "/statements");
    spark.sql(real.apply("""
        SELECT article_id, statement_id, target, mention, CAST(mention_start AS INT) AS mention_start,
               CAST(mention_end AS INT) AS mention_end, CAST(score AS DOUBLE) AS score, label,
               CAST(confidence AS DOUBLE) AS confidence, split(evidence, ',') AS evidence, 'fixture' AS scorer
        FROM VALUES
          ('a1', 'a1-0', 'Russia', 'Russia', 9, 15, 0.3, 'pos', 0.6, 'hoped,agree'),
          ('a1', 'a1-1', 'Russia', 'Putin', 0, 5, -0.4, 'neg', 0.5, 'show'),
          ('a1', 'a1-2', 'Russia', 'Moscow', 14, 20, 0.0, 'neu', 0.7, ''),
          ('a2', 'a2-0', 'Russia', 'Putin', 0, 5, 0.4, 'pos', 0.6, 'ceasefire'),
          ('a2', 'a2-0', 'Turkey', 'Erdogan', 10, 17, 0.4, 'pos', 0.6, 'ceasefire'),
          ('a2', 'a2-1', 'Syria', 'Syrian', 0, 6, -0.8, 'neg', 0.8, 'killing'),
          ('a3', 'a3-0', 'Russia', 'Putin', 10, 15, 0.5, 'pos', 0.6, 'agreed'),
          ('a3', 'a3-0', 'Syria', 'Syria', 28, 33, 0.0, 'neu', 0.5, ''),
          ('a3', 'a3-1', 'Russia', 'Russian', 0, 7, -0.9, 'neg', 0.9, 'killed')
          AS t(article_id, statement_id, target, mention, mention_start, mention_end, score, label, confidence, evidence)
        """)).write().parquet(o + "/tone");
    Dataset<Row> scored = spark.read().parquet(o + "/tone")
        .join(spark.read().parquet(o + "/statements"), scala.collection.JavaConverters.asScalaBuffer(List.of("article_id", "statement_id")).toSeq())
        .join(spark.read().parquet(o + "/articles").select("article_id", "outlet", "published"), "article_id");
    scored.createOrReplaceTempView("fixture_scored");
    String measures = """
        CAST(count(*) AS BIGINT) AS n_statements, CAST(count(DISTINCT article_id) AS BIGINT) AS n_articles,
        avg(score) AS mean_score, avg(score) - 1.96 * coalesce(stddev(score), 1.0) / sqrt(count(*)) AS ci_low,
        avg(score) + 1.96 * coalesce(stddev(score), 1.0) / sqrt(count(*)) AS ci_high,
        avg(CASE WHEN label = 'pos' THEN 1.0 ELSE 0.0 END) AS share_pos,
        avg(CASE WHEN label = 'neg' THEN 1.0 ELSE 0.0 END) AS share_neg,
        'fixture-run' AS run_id, count(*) < 2 AS low_support""";
    spark.sql("SELECT outlet, target, 'all' AS voice, " + measures + " FROM fixture_scored GROUP BY outlet, target "
        + "UNION ALL SELECT outlet, target, CASE WHEN kind = 'narrative' THEN 'own' ELSE 'quoted' END AS voice, " + measures
        + " FROM fixture_scored GROUP BY outlet, target, CASE WHEN kind = 'narrative' THEN 'own' ELSE 'quoted' END")
        .write().parquet(o + "/aggregates/by_outlet");
    spark.sql("SELECT speaker_id, first(speaker) AS speaker, first(speaker_affiliation) AS speaker_affiliation, "
        + "first(speaker_type) AS speaker_type, target, " + measures + " FROM fixture_scored GROUP BY speaker_id, target")
        .write().parquet(o + "/aggregates/by_speaker");
    spark.sql("SELECT speaker_affiliation, target, " + measures
        + " FROM fixture_scored WHERE speaker_affiliation IS NOT NULL GROUP BY speaker_affiliation, target")
        .write().parquet(o + "/aggregates/by_affiliation");
    spark.sql("SELECT 'day' AS granularity, published AS period_start, outlet, target, " + measures
        + " FROM fixture_scored GROUP BY published, outlet, target UNION ALL "
        + "SELECT 'week' AS granularity, CAST(date_trunc('week', published) AS DATE) AS period_start, outlet, target, " + measures
        + " FROM fixture_scored GROUP BY CAST(date_trunc('week', published) AS DATE), outlet, target")
        .write().parquet(o + "/aggregates/by_date");
  }

  /** Crude stand-ins with the registered names, until the real UDFs are merged. */
  static void registerStandInUdfs(SparkSession spark) {
    StructType statement = new StructType()
        .add("statement_id", DataTypes.StringType).add("kind", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
        .add("sentence_index", DataTypes.IntegerType).add("paragraph_index", DataTypes.IntegerType)
        .add("speaker", DataTypes.StringType).add("speaker_id", DataTypes.StringType).add("speaker_type", DataTypes.StringType)
        .add("speaker_affiliation", DataTypes.StringType).add("cue", DataTypes.StringType)
        .add("attribution_method", DataTypes.StringType);
    spark.udf().register("extract_statements", (UDF1<String, List<Row>>) text -> {
      List<Row> rows = new ArrayList<>();
      if (text == null) return rows;
      var m = java.util.regex.Pattern.compile("[^.!?]+[.!?]?").matcher(text);
      while (m.find()) {
        String s = m.group().strip();
        if (s.isEmpty()) continue;
        int start = text.indexOf(s, m.start());
        rows.add(RowFactory.create(String.valueOf(rows.size()), s.contains("\"") ? "direct" : "narrative", s, start,
            start + s.length(), rows.size(), 0, null, null, null, null, null, null));
      }
      return rows;
    }, DataTypes.createArrayType(statement));
    StructType tone = new StructType()
        .add("score", DataTypes.DoubleType).add("label", DataTypes.StringType).add("confidence", DataTypes.DoubleType)
        .add("evidence", DataTypes.createArrayType(DataTypes.StringType)).add("scorer", DataTypes.StringType);
    spark.udf().register("tone_toward", (UDF2<String, String, Row>) (text, target) -> {
      if (text == null || target == null) return null;
      boolean mentioned = false;
      for (String[] row : DataFiles.tsv("targets.tsv")) {
        if (row[0].equalsIgnoreCase(target) && text.contains(row[1])) mentioned = true;
      }
      if (!mentioned) return null;
      List<String> evidence = new ArrayList<>();
      double score = 0;
      for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
        if (List.of("killed", "killing", "accused", "condemned").contains(w)) { score -= 0.5; evidence.add(w); }
        if (List.of("welcomed", "agreed", "ceasefire", "hoped").contains(w)) { score += 0.5; evidence.add(w); }
      }
      score = Math.max(-1, Math.min(1, score));
      return RowFactory.create(score, score > 0.1 ? "pos" : score < -0.1 ? "neg" : "neu", 0.5, evidence, "fixture");
    }, tone);
  }
}
