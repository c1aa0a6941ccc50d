package org.stancemap.statements;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancemap.text.DataFiles;

/**
 * The named attribution rules ({@code attribution_rule}) and the attribution confidence of each,
 * from {@code data/attribution-rules.tsv}: one row per rule (name, prior, where it is decided, what
 * it reads), and rows {@code method:<attribution_method>} with a factor for how the speaker was
 * found. A statement's {@code confidence} is {@code prior(rule) × factor(attribution_method)},
 * clamped to [0, 1]: a rule not listed gets {@link #UNLISTED_PRIOR}, a method not listed factor 1.
 */
public final class AttributionRules {
  /** Prior of a rule missing from the file (a test keeps the file complete). */
  public static final double UNLISTED_PRIOR = 0.5;
  private static final String METHOD = "method:";

  private final Map<String, Double> priors = new LinkedHashMap<>();
  private final Map<String, Double> factors = new HashMap<>();

  public AttributionRules(List<String[]> rows) {
    for (String[] r : rows) {
      if (r.length < 2) continue;
      String name = r[0].strip();
      double v = Double.parseDouble(r[1].strip());
      if (name.startsWith(METHOD)) factors.put(name.substring(METHOD.length()), v);
      else priors.put(name, v);
    }
  }

  private static volatile AttributionRules defaults;

  public static AttributionRules load() {
    AttributionRules r = defaults;
    if (r == null) {
      synchronized (AttributionRules.class) {
        if (defaults == null) defaults = new AttributionRules(DataFiles.tsv("attribution-rules.tsv"));
        r = defaults;
      }
    }
    return r;
  }

  /** The rule names of the file, in its order. */
  public Map<String, Double> priors() {
    return Collections.unmodifiableMap(priors);
  }

  public boolean listed(String rule) {
    return priors.containsKey(rule);
  }

  /** prior(rule) × factor(method), in [0, 1]. */
  public double confidence(String rule, String method) {
    double p = rule == null ? UNLISTED_PRIOR : priors.getOrDefault(rule, UNLISTED_PRIOR);
    double f = method == null ? 1.0 : factors.getOrDefault(method, 1.0);
    return Math.max(0.0, Math.min(1.0, p * f));
  }

  /** Sets the confidence of every statement. */
  public void score(List<Statement> statements) {
    for (Statement s : statements) s.confidence = confidence(s.sieve, s.attributionMethod);
  }
}
