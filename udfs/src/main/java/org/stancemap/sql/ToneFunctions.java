package org.stancemap.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.targets.TargetMention;
import org.stancemap.tone.TargetTone;
import org.stancemap.tone.TargetToneAnalyzer;
import org.stancemap.tone.ToneScore;
import org.stancemap.tone.ToneScorers;

/**
 * SQL functions of the tone capability:
 * <ul>
 *   <li>{@code tone_toward(text, target)}: struct {@code score, label, confidence, evidence, scorer}
 *       of the default scorer toward the target (canonical name, any case: 'Russia'), all its
 *       mentions in the text combined; null when the text does not mention it.</li>
 *   <li>{@code find_targets(text)}: array of struct {@code target, mention, start, end, group}, the
 *       target mentions in the text (offsets into it).</li>
 * </ul>
 * Both use the packaged targets ({@code data/targets.tsv}, or the override directory) with leaders
 * counted.
 */
public final class ToneFunctions {
  public static final String TONE_TOWARD = "tone_toward";
  public static final String FIND_TARGETS = "find_targets";

  public static final StructType TONE_TYPE = new StructType()
      .add("score", DataTypes.DoubleType, false)
      .add("label", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false)
      .add("evidence", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("scorer", DataTypes.StringType, false);

  public static final StructType MENTION_TYPE = new StructType()
      .add("target", DataTypes.StringType, false)
      .add("mention", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("group", DataTypes.StringType, false);

  private ToneFunctions() {}

  public static void register(SparkSession spark) {
    spark.udf().register(TONE_TOWARD, (UDF2<String, String, Row>) ToneFunctions::toneToward, TONE_TYPE);
    spark.udf().register(FIND_TARGETS, (UDF1<String, List<Row>>) ToneFunctions::findTargets,
        DataTypes.createArrayType(MENTION_TYPE, false));
  }

  static Row toneToward(String text, String target) {
    if (text == null || target == null) return null;
    TargetToneAnalyzer analyzer = new TargetToneAnalyzer(TargetMatcher.standard(), ToneScorers.defaultScorer());
    List<TargetTone> found = analyzer.analyze(text, target.strip());
    if (found.isEmpty()) return null;
    ToneScore s = found.get(0).tone();
    return RowFactory.create(s.score(), s.label(), s.confidence(), s.evidence().toArray(new String[0]), s.scorer());
  }

  static List<Row> findTargets(String text) {
    if (text == null) return null;
    List<Row> out = new ArrayList<>();
    for (TargetMention m : TargetMatcher.standard().find(text)) {
      out.add(RowFactory.create(m.target(), m.mention(), m.start(), m.end(), m.group()));
    }
    return out;
  }
}
