package org.stancemap.tone.model;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.tone.roles.Frame;
import org.stancemap.tone.roles.Role;
import org.stancemap.tone.roles.RoleFinder;

/**
 * The {@code role} feature block: who does what to whom ({@link RoleFinder}). Per frame of
 * {@code data/tone/frames.tsv} one number for the mention as doer and one as the one done to (1 per
 * role, -0.25 when negated), whether the mention speaks ("Russia said", "said Peskov"), then the
 * summed frame valence and its positive and negative parts.
 * The model learns how much each role counts; the frames' valences give it the guidelines' prior.
 * Thread-safe.
 */
public final class RoleFeatures {
  public static final String BLOCK = "role";

  private final RoleFinder finder;
  private final List<String> frames;
  private final List<String> names;

  public RoleFeatures(RoleFinder finder) {
    this.finder = finder;
    this.frames = List.copyOf(finder.events().frames().keySet());
    List<String> n = new ArrayList<>();
    for (String f : frames) {
      n.add("role.agent." + f);
      n.add("role.patient." + f);
    }
    n.add("role.speaks");
    n.add("role.score");
    n.add("role.score_pos");
    n.add("role.score_neg");
    this.names = List.copyOf(n);
  }

  public static RoleFeatures standard() {
    return new RoleFeatures(RoleFinder.standard());
  }

  public int dimension() {
    return names.size();
  }

  public List<String> names() {
    return names;
  }

  /** Writes the block's values for one mention into {@code out} from {@code offset}; returns the roles found. */
  public List<Role> features(MentionEmbedder.Mention m, double[] out, int offset) {
    List<org.stancemap.tone.Token> tokens = org.stancemap.tone.Tokens.of(m.text());
    List<Role> roles = finder.roles(tokens, finder.events().triggers(tokens), m.start(), m.end());
    double score = 0;
    for (Role r : roles) {
      Frame f = r.frame();
      int i = frames.indexOf(f.name());
      out[offset + 2 * i + (r.agent() ? 0 : 1)] += r.negated() ? Role.NEGATED : 1;
      score += r.valence();
    }
    int s = offset + 2 * frames.size();
    out[s] = finder.speaks(tokens, m.start(), m.end()) ? 1 : 0;
    out[s + 1] = score;
    out[s + 2] = Math.max(0, score);
    out[s + 3] = Math.max(0, -score);
    return roles;
  }

  /** The roles of one mention, as evidence strings ("agent of: shelled"). */
  public List<String> evidence(MentionEmbedder.Mention m) {
    List<String> out = new ArrayList<>();
    for (Role r : finder.roles(m.text(), m.start(), m.end())) out.add(r.evidence());
    return out;
  }
}
