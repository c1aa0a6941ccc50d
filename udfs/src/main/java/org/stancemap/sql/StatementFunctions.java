package org.stancemap.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.stancemap.statements.Statement;
import org.stancemap.statements.StatementExtractor;
import org.stancemap.text.TextView;

/**
 * Statement extraction as Spark SQL functions:
 * {@code extract_statements(text)}, {@code extract_statements_with_outlet(text, outlet)} (array of
 * structs with the statement columns except article_id, provenance included; statement_id is the ordinal) and
 * {@code statement_view(text)} (the length-preserving normalised text the sentence detector reads).
 */
public final class StatementFunctions {
  private StatementFunctions() {}

  /** The struct of one statement (the statements table without article_id). */
  public static final StructType STATEMENT = new StructType(new StructField[] {
      DataTypes.createStructField("statement_id", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false),
      DataTypes.createStructField("paragraph_index", DataTypes.IntegerType, false),
      DataTypes.createStructField("speaker", DataTypes.StringType, true),
      DataTypes.createStructField("speaker_id", DataTypes.StringType, true),
      DataTypes.createStructField("speaker_type", DataTypes.StringType, true),
      DataTypes.createStructField("speaker_affiliation", DataTypes.StringType, true),
      DataTypes.createStructField("cue", DataTypes.StringType, true),
      DataTypes.createStructField("attribution_method", DataTypes.StringType, true),
      DataTypes.createStructField("attribution_rule", DataTypes.StringType, true),
      DataTypes.createStructField("cue_start", DataTypes.IntegerType, true),
      DataTypes.createStructField("cue_end", DataTypes.IntegerType, true),
      DataTypes.createStructField("speaker_start", DataTypes.IntegerType, true),
      DataTypes.createStructField("speaker_end", DataTypes.IntegerType, true),
      DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
  });

  public static void register(SparkSession spark) {
    spark.udf().register("extract_statements",
        (UDF1<String, List<Row>>) text -> rows(StatementExtractor.defaults().extract(null, text, null, null)),
        DataTypes.createArrayType(STATEMENT));
    spark.udf().register("extract_statements_with_outlet",
        (UDF2<String, String, List<Row>>) (text, outlet) -> rows(StatementExtractor.defaults().extract(null, text, outlet, null)),
        DataTypes.createArrayType(STATEMENT));
    spark.udf().register("statement_view", (UDF1<String, String>) text -> TextView.of(text).view(), DataTypes.StringType);
  }

  public static List<Row> rows(List<Statement> statements) {
    List<Row> out = new ArrayList<>(statements.size());
    for (Statement s : statements) out.add(row(s));
    return out;
  }

  public static Row row(Statement s) {
    return RowFactory.create(s.statementId, s.kind, s.text, s.start, s.end, s.sentenceIndex, s.paragraphIndex, s.speaker,
        s.speakerId, s.speakerType, s.speakerAffiliation, s.cue, s.attributionMethod, s.sieve, offset(s.cueStart),
        offset(s.cueEnd), offset(s.speakerStart), offset(s.speakerEnd), s.confidence);
  }

  /** A span offset, null when absent (-1). */
  private static Integer offset(int v) {
    return v < 0 ? null : v;
  }
}
