package org.stancemap.jobs;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;

/**
 * Tiny articles/statements/tone tables in the documented schemas, built row by row:
 * {@code article(...)}, then {@code statement(...)} and {@code tone(...)} for it.
 */
final class Fixtures {
  static final StructType ARTICLES = new StructType()
      .add(ArticleColumns.ARTICLE_ID, DataTypes.StringType)
      .add(ArticleColumns.SOURCE_FILE, DataTypes.StringType)
      .add(ArticleColumns.OUTLET, DataTypes.StringType)
      .add(ArticleColumns.URL, DataTypes.StringType)
      .add(ArticleColumns.PUBLISHED, DataTypes.DateType)
      .add(ArticleColumns.TITLE, DataTypes.StringType)
      .add(ArticleColumns.TEXT, DataTypes.StringType);
  static final StructType STATEMENTS = new StructType()
      .add(StatementColumns.ARTICLE_ID, DataTypes.StringType)
      .add(StatementColumns.STATEMENT_ID, DataTypes.StringType)
      .add(StatementColumns.KIND, DataTypes.StringType)
      .add(StatementColumns.TEXT, DataTypes.StringType)
      .add(StatementColumns.START, DataTypes.IntegerType)
      .add(StatementColumns.END, DataTypes.IntegerType)
      .add(StatementColumns.SPEAKER, DataTypes.StringType)
      .add(StatementColumns.SPEAKER_ID, DataTypes.StringType)
      .add(StatementColumns.SPEAKER_TYPE, DataTypes.StringType)
      .add(StatementColumns.SPEAKER_AFFILIATION, DataTypes.StringType)
      .add(StatementColumns.ATTRIBUTION_METHOD, DataTypes.StringType)
      .add(StatementColumns.ATTRIBUTION_RULE, DataTypes.StringType)
      .add(StatementColumns.CUE_START, DataTypes.IntegerType)
      .add(StatementColumns.CUE_END, DataTypes.IntegerType)
      .add(StatementColumns.SPEAKER_START, DataTypes.IntegerType)
      .add(StatementColumns.SPEAKER_END, DataTypes.IntegerType)
      .add(StatementColumns.CONFIDENCE, DataTypes.DoubleType);
  static final StructType TONE = new StructType()
      .add(ToneColumns.ARTICLE_ID, DataTypes.StringType)
      .add(ToneColumns.STATEMENT_ID, DataTypes.StringType)
      .add(ToneColumns.TARGET, DataTypes.StringType)
      .add(ToneColumns.MENTION, DataTypes.StringType)
      .add(ToneColumns.MENTION_START, DataTypes.IntegerType)
      .add(ToneColumns.MENTION_END, DataTypes.IntegerType)
      .add(ToneColumns.SCORE, DataTypes.DoubleType)
      .add(ToneColumns.LABEL, DataTypes.StringType)
      .add(ToneColumns.CONFIDENCE, DataTypes.DoubleType)
      .add(ToneColumns.EVIDENCE, DataTypes.createArrayType(DataTypes.StringType))
      .add(ToneColumns.SCORER, DataTypes.StringType);

  final List<Row> articles = new ArrayList<>();
  final List<Row> statements = new ArrayList<>();
  final List<Row> tone = new ArrayList<>();

  Fixtures article(String id, String outlet, String published, String url, String title, String text) {
    articles.add(RowFactory.create(id, "data/" + id + ".txt", outlet, url,
        published == null ? null : Date.valueOf(published), title, text));
    return this;
  }

  /** A statement; speakerType "outlet" with kind "narrative" is the outlet's own voice. */
  Fixtures statement(String articleId, String statementId, String kind, String text, String speaker,
      String speakerId, String speakerType, String affiliation) {
    statements.add(RowFactory.create(articleId, statementId, kind, text, 0, text.length(), speaker, speakerId,
        speakerType, affiliation, speaker == null ? "outlet" : "explicit", speaker == null ? "outlet" : null,
        null, null, null, null, speaker == null ? 0.8 : null));
    return this;
  }

  /**
   * The last statement's place in its article's text and its attribution's provenance: the
   * statement, the cue and the speaker mention are found in the text (their first occurrence,
   * each).
   */
  Fixtures provenance(String rule, String cue, String speakerMention, double confidence) {
    Row s = statements.remove(statements.size() - 1);
    String text = articles.stream().filter(a -> a.getString(0).equals(s.getString(0))).findFirst().orElseThrow().getString(6);
    int cueAt = text.indexOf(cue);
    int speakerAt = text.indexOf(speakerMention);
    int start = text.indexOf(s.getString(3));
    if (cueAt < 0 || speakerAt < 0 || start < 0) throw new IllegalArgumentException("not in the article: " + s);
    statements.add(RowFactory.create(s.get(0), s.get(1), s.get(2), s.get(3), start, start + s.getString(3).length(),
        s.get(6), s.get(7), s.get(8), s.get(9), s.get(10), rule, cueAt, cueAt + cue.length(), speakerAt,
        speakerAt + speakerMention.length(), confidence));
    return this;
  }

  /** A narrative statement of the article's outlet. */
  Fixtures narrative(String articleId, String statementId, String text) {
    return statement(articleId, statementId, "narrative", text, null, null, "outlet", null);
  }

  Fixtures tone(String articleId, String statementId, String target, double score, String... evidence) {
    String label = score > 0.05 ? "pos" : score < -0.05 ? "neg" : "neu";
    tone.add(RowFactory.create(articleId, statementId, target, target, 0, 1, score, label, 0.8,
        List.of(evidence).toArray(new String[0]), "fixture"));
    return this;
  }

  Dataset<Row> articles(SparkSession spark) {
    return spark.createDataFrame(articles, ARTICLES);
  }

  Dataset<Row> statements(SparkSession spark) {
    return spark.createDataFrame(statements, STATEMENTS);
  }

  Dataset<Row> tone(SparkSession spark) {
    return spark.createDataFrame(tone, TONE);
  }

  /**
   * The hand-computed example of AggregateJobTest, with every article repeated {@code copies}
   * times under fresh ids (copy 0 keeps the plain ids).
   */
  static Fixtures small(int copies) {
    Fixtures f = new Fixtures();
    for (int c = 0; c < copies; c++) {
      String p = c == 0 ? "" : "c" + c + "-";
      f.article(p + "a1", "Alpha", "2020-03-02", "https://alpha.example/a1", "One", "text one")
          .narrative(p + "a1", "s1", "Russia failed badly.")
          .statement(p + "a1", "s2", "direct", "Russia is a good partner", "Vladimir Putin", "putin", "person", "RU gov")
          .tone(p + "a1", "s1", "Russia", -0.5, "failed")
          .tone(p + "a1", "s2", "Russia", 0.4, "good")
          .tone(p + "a1", "s2", "Russia", 0.6, "partner", "good");
      f.article(p + "a2", "Alpha", "2020-03-04", null, "Two", "text two")
          .narrative(p + "a2", "s1", "Russia met Turkey.")
          .statement(p + "a2", "s2", "partial", "Russia is great", "Putin", "putin", "person", "RU gov")
          .tone(p + "a2", "s1", "Russia", 0.0)
          .tone(p + "a2", "s2", "Russia", 1.0, "great");
      f.article(p + "a3", "Alpha", "2020-03-09", null, "Three", "Ankara.\nTurkish President Recep Tayyip Erdogan said on"
              + " Monday that Russia lied but Turkey helped. Talks go on.")
          .statement(p + "a3", "s1", "indirect", "Russia lied but Turkey helped", "Recep Tayyip Erdogan", "erdogan",
              "person", "TR gov")
          .provenance("subject-cue-clause", "said", "Turkish President Recep Tayyip Erdogan", 0.9)
          .tone(p + "a3", "s1", "Russia", -1.0, "lied")
          .tone(p + "a3", "s1", "Turkey", 0.2, "helped");
      f.article(p + "a4", "Beta", null, null, "Four", "text four")
          .narrative(p + "a4", "s1", "Russia fine.")
          .tone(p + "a4", "s1", "Russia", 0.3, "fine");
    }
    return f;
  }
}
