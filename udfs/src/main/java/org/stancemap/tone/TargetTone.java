package org.stancemap.tone;

import java.util.List;
import org.stancemap.targets.TargetMention;

/**
 * The tone of one text toward one target, over all the target's mentions in the text.
 *
 * @param target canonical target name
 * @param mention the mention that decided the label (see {@link TargetToneAnalyzer})
 * @param mentions how many mentions of the target the text holds
 * @param tone the aggregated score
 */
public record TargetTone(String target, TargetMention mention, int mentions, ToneScore tone) {}
