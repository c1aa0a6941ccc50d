package org.stancemap.jobs.report;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF8;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.expressions.Window;
import org.stancemap.jobs.AggregateJob;
import org.stancemap.jobs.ChartsJob;
import org.stancemap.schema.AggregateColumns;
import org.stancemap.schema.ArticleColumns;
import org.stancemap.schema.StatementColumns;
import org.stancemap.schema.ToneColumns;
import scala.collection.JavaConverters;

/**
 * What the report reads beyond the aggregate tables, each a small result collected to the driver:
 * the corpus in figures, the sums the own-voice / quoted-voices gap needs, and a capped sample of
 * statements for the page's browser.
 */
public final class ReportQueries {
  private ReportQueries() {}

  /**
   * The corpus in figures, for the top of the page: {@code units} statement × target pairs,
   * {@code mentioning} statements that mention a target.
   */
  public record Corpus(long articles, long outlets, String firstDate, String lastDate, long undated, long statements,
      long units, long mentioning, Map<String, Long> scorers) {}

  public static Corpus corpus(Dataset<Row> articles, Dataset<Row> statements, Dataset<Row> tone, Dataset<Row> units) {
    Row a = articles.agg(count(lit(1)), countDistinct(coalesce(col(ArticleColumns.OUTLET), lit(ChartsJob.NO_OUTLET))),
        min(col(ArticleColumns.PUBLISHED)), max(col(ArticleColumns.PUBLISHED)),
        sum(when(col(ArticleColumns.PUBLISHED).isNull(), 1).otherwise(0))).first();
    Map<String, Long> scorers = new LinkedHashMap<>();
    for (Row r : tone.groupBy(col(ToneColumns.SCORER)).count().orderBy(col("count").desc()).collectAsList()) {
      scorers.put(r.isNullAt(0) ? "(unnamed)" : r.getString(0), r.getLong(1));
    }
    Row u = units.agg(count(lit(1)), countDistinct(col(ToneColumns.ARTICLE_ID), col(ToneColumns.STATEMENT_ID))).first();
    return new Corpus(a.getLong(0), a.getLong(1), a.isNullAt(2) ? null : a.get(2).toString(),
        a.isNullAt(3) ? null : a.get(3).toString(), a.isNullAt(4) ? 0 : ((Number) a.get(4)).longValue(),
        statements.count(), u.getLong(0), u.getLong(1), scorers);
  }

  /**
   * Per outlet × target, the sums over articles that the own − quoted gap and its cluster-robust
   * interval need ({@link VoiceGaps#gaps}): per article a the own voice's score sum s_o and count
   * n_o, the quoted voices' s_q and n_q; then Σ of s_o, n_o, s_q, n_q, s_o², s_o·n_o, n_o², the same
   * for q, and the cross products s_o·s_q, s_o·n_q, n_o·s_q, n_o·n_q.
   */
  public static List<Row> gapSums(Dataset<Row> units) {
    Column own = col(AggregateColumns.VOICE).equalTo(AggregateColumns.VOICE_OWN);
    Column score = col(AggregateJob.U_SCORE);
    Dataset<Row> perArticle = units
        .groupBy(col(AggregateColumns.OUTLET), col(AggregateColumns.TARGET), col(ToneColumns.ARTICLE_ID))
        .agg(sum(when(own, score).otherwise(0.0)).as("so"), sum(when(own, 1L).otherwise(0L)).as("no"),
            sum(when(own, 0.0).otherwise(score)).as("sq"), sum(when(own, 0L).otherwise(1L)).as("nq"));
    Column so = col("so");
    Column no = col("no").cast("double");
    Column sq = col("sq");
    Column nq = col("nq").cast("double");
    return perArticle.groupBy(col(AggregateColumns.OUTLET), col(AggregateColumns.TARGET)).agg(
        count(lit(1)).as("G"), sum(when(no.gt(0), 1L).otherwise(0L)).as("Go"), sum(when(nq.gt(0), 1L).otherwise(0L)).as("Gq"),
        sum(so).as("So"), sum(no).as("No"), sum(sq).as("Sq"), sum(nq).as("Nq"),
        sum(so.multiply(so)).as("Qo"), sum(so.multiply(no)).as("Po"), sum(no.multiply(no)).as("Ro"),
        sum(sq.multiply(sq)).as("Qq"), sum(sq.multiply(nq)).as("Pq"), sum(nq.multiply(nq)).as("Rq"),
        sum(so.multiply(sq)).as("Xss"), sum(so.multiply(nq)).as("Xsn"), sum(no.multiply(sq)).as("Xns"),
        sum(no.multiply(nq)).as("Xnn")).collectAsList();
  }

  /** The statements shown in the page: how many of how many, and the rows. */
  public record Sample(int perOutlet, long shownStatements, long totalStatements, List<Row> rows) {}

  private static final String ARTICLE_TEXT = "article_text";
  static final String SHOWN = "shown";
  private static final StructType SHOWN_TYPE = new StructType()
      .add("text", DataTypes.StringType)
      .add("spans", DataTypes.createArrayType(DataTypes.IntegerType));

  /** {@link Excerpt#of} as a Spark function: the text shown and its six span offsets (-1: not shown). */
  private static final UserDefinedFunction EXCERPT = udf(
      (UDF8<String, String, Integer, Integer, Integer, Integer, Integer, Integer, Row>) (article, statement, start, end,
          cueStart, cueEnd, speakerStart, speakerEnd) -> {
        Excerpt.Shown s = Excerpt.of(article, statement, start, end, cueStart, cueEnd, speakerStart, speakerEnd);
        List<Integer> spans = new ArrayList<>();
        for (Excerpt.Span sp : new Excerpt.Span[] {s.statement(), s.cue(), s.speaker()}) {
          spans.add(sp == null ? -1 : sp.start());
          spans.add(sp == null ? -1 : sp.end());
        }
        return RowFactory.create(s.text(), JavaConverters.asScalaBuffer(spans).toSeq());
      }, SHOWN_TYPE);

  /** The column, or a null of its type when the table predates it (a statements table written before provenance). */
  private static Column column(Dataset<Row> table, String name, DataType type) {
    return (Arrays.asList(table.columns()).contains(name) ? col(name) : lit(null)).cast(type).as(name);
  }

  /**
   * The {@code perOutlet} most recent statements of each outlet (undated last, ties by ids, so the
   * choice is stable), with every target each of them mentions: one row per statement × target;
   * each with its attribution rule and confidence, and the text shown ({@link Excerpt}: the
   * statement, with its cue and speaker mention and the context around them when outside it), of
   * the {@code mentioning} statements that mention a target ({@link Corpus#mentioning}).
   */
  public static Sample sample(Dataset<Row> units, Dataset<Row> articles, Dataset<Row> statements, int perOutlet, long mentioning) {
    Column outlet = coalesce(col(AggregateColumns.OUTLET), lit(ChartsJob.NO_OUTLET));
    var byOutlet = Window.partitionBy(outlet).orderBy(col(AggregateJob.U_PUBLISHED).desc_nulls_last(),
        col(ToneColumns.ARTICLE_ID), col(ToneColumns.STATEMENT_ID));
    Dataset<Row> ranked = units.withColumn("rank", dense_rank().over(byOutlet));
    Dataset<Row> provenance = statements.select(col(StatementColumns.ARTICLE_ID), col(StatementColumns.STATEMENT_ID),
        column(statements, StatementColumns.START, DataTypes.IntegerType),
        column(statements, StatementColumns.END, DataTypes.IntegerType),
        column(statements, StatementColumns.CUE_START, DataTypes.IntegerType),
        column(statements, StatementColumns.CUE_END, DataTypes.IntegerType),
        column(statements, StatementColumns.SPEAKER_START, DataTypes.IntegerType),
        column(statements, StatementColumns.SPEAKER_END, DataTypes.IntegerType),
        column(statements, StatementColumns.ATTRIBUTION_RULE, DataTypes.StringType),
        column(statements, StatementColumns.CONFIDENCE, DataTypes.DoubleType));
    Dataset<Row> kept = ranked.filter(col("rank").leq(perOutlet))
        .join(provenance, AggregateJob.seq(ToneColumns.ARTICLE_ID, ToneColumns.STATEMENT_ID), "left")
        .join(articles.select(col(ArticleColumns.ARTICLE_ID), col(ArticleColumns.TEXT).as(ARTICLE_TEXT)),
            AggregateJob.seq(ToneColumns.ARTICLE_ID), "left")
        .withColumn(SHOWN, EXCERPT.apply(col(ARTICLE_TEXT), col(AggregateJob.U_STATEMENT_TEXT),
            col(StatementColumns.START), col(StatementColumns.END), col(StatementColumns.CUE_START),
            col(StatementColumns.CUE_END), col(StatementColumns.SPEAKER_START), col(StatementColumns.SPEAKER_END)));
    List<Row> rows = kept.select(outlet.as(AggregateColumns.OUTLET), col(AggregateColumns.TARGET),
            col(StatementColumns.SPEAKER), col(StatementColumns.SPEAKER_TYPE), col(StatementColumns.SPEAKER_AFFILIATION),
            col(AggregateJob.U_KIND), col(AggregateJob.U_SCORE), col(AggregateJob.U_LABEL),
            col(AggregateJob.U_PUBLISHED), col(AggregateJob.U_STATEMENT_TEXT), col(AggregateJob.U_URL),
            col(AggregateJob.U_TITLE), col(AggregateJob.U_SOURCE_FILE), col(AggregateJob.U_EVIDENCE),
            col(ToneColumns.ARTICLE_ID), col(ToneColumns.STATEMENT_ID), col(SHOWN),
            col(StatementColumns.ATTRIBUTION_RULE), col(StatementColumns.CONFIDENCE))
        .orderBy(col(AggregateJob.U_PUBLISHED).desc_nulls_last(), col(AggregateColumns.OUTLET),
            col(ToneColumns.ARTICLE_ID), col(ToneColumns.STATEMENT_ID), col(AggregateColumns.TARGET))
        .collectAsList();
    long shown = rows.stream().map(r -> r.getAs(ToneColumns.ARTICLE_ID) + "\u0000" + r.getAs(ToneColumns.STATEMENT_ID))
        .distinct().count();
    return new Sample(perOutlet, shown, mentioning, rows);
  }

  /** A sample row as the page's statement. */
  public static List<StatementTable.Statement> statements(List<Row> rows) {
    List<StatementTable.Statement> out = new ArrayList<>();
    for (Row r : rows) {
      Date published = r.getAs(AggregateJob.U_PUBLISHED);
      List<String> evidence = r.isNullAt(r.fieldIndex(AggregateJob.U_EVIDENCE)) ? List.of()
          : r.getList(r.fieldIndex(AggregateJob.U_EVIDENCE));
      Row shown = r.getAs(SHOWN);
      List<Integer> sp = shown.getList(1);
      Excerpt.Shown excerpt = new Excerpt.Shown(shown.getString(0), span(sp, 0), span(sp, 2), span(sp, 4));
      out.add(new StatementTable.Statement(r.getAs(AggregateColumns.OUTLET), r.getAs(AggregateColumns.TARGET),
          r.getAs(StatementColumns.SPEAKER), r.getAs(StatementColumns.SPEAKER_TYPE),
          r.getAs(StatementColumns.SPEAKER_AFFILIATION), r.getAs(AggregateJob.U_KIND),
          ((Number) r.getAs(AggregateJob.U_SCORE)).doubleValue(), r.getAs(AggregateJob.U_LABEL),
          published == null ? null : published.toString(), r.getAs(AggregateJob.U_STATEMENT_TEXT),
          r.getAs(AggregateJob.U_URL), r.getAs(AggregateJob.U_TITLE), r.getAs(AggregateJob.U_SOURCE_FILE), evidence,
          excerpt, r.getAs(StatementColumns.ATTRIBUTION_RULE), r.getAs(StatementColumns.CONFIDENCE)));
    }
    return out;
  }

  private static Excerpt.Span span(List<Integer> spans, int i) {
    return spans.get(i) < 0 ? null : new Excerpt.Span(spans.get(i), spans.get(i + 1));
  }
}
