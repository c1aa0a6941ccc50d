package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionEmbedderTest {
  static final String RUSSIA = "Turkey said Russian airstrikes killed 11 fighters.";
  static final String TURKEY = "Turkey said Turkish airstrikes killed 11 fighters.";

  @Test
  void masksTheMentionWithOneMaskToken() {
    WordPieceTokenizer tok = MiniLmEncoder.get().tokenizer();
    WordPieceTokenizer.Encoding e = tok.encode(RUSSIA, 64);
    int[] span = MentionEmbedder.mentionSpan(e, 12, 19);
    assertNotNull(span);
    WordPieceTokenizer.Encoding masked = MentionEmbedder.maskMention(e, span, 12, 19);
    assertEquals(WordPieceTokenizer.MASK, masked.ids()[span[0]]);
    int russianId = tok.encode("Russian", 8).ids()[1];
    assertFalse(Arrays.stream(masked.ids()).anyMatch(id -> id == russianId), "the mention's pieces are gone");
    assertEquals(e.length() - (span[1] - span[0]) + 1, masked.length());
  }

  @Test
  void maskedFeaturesDoNotSeeTheTargetsNameButRawOnesDo() {
    MentionEmbedder masked = new MentionEmbedder(MiniLmEncoder.get(), List.of("mask.all", "mask.mention"));
    double[][] m = masked.features(List.of(new MentionEmbedder.Mention(RUSSIA, 12, 19),
        new MentionEmbedder.Mention(TURKEY, 12, 19)));
    assertEquals(2 * MiniLmEncoder.DIM, m[0].length);
    assertArrayEquals(m[0], m[1], 1e-4, "only the masked name differs, so masked features are the same");

    MentionEmbedder raw = new MentionEmbedder(MiniLmEncoder.get(), List.of("raw.mention"));
    double[][] r = raw.features(List.of(new MentionEmbedder.Mention(RUSSIA, 12, 19),
        new MentionEmbedder.Mention(TURKEY, 12, 19)));
    assertFalse(Arrays.equals(r[0], r[1]));
  }

  @Test
  void batchedFeaturesEqualOneAtATime() {
    MentionEmbedder e = new MentionEmbedder(MiniLmEncoder.get(), List.of("raw.all", "raw.left", "mask.mention"));
    MentionEmbedder.Mention a = new MentionEmbedder.Mention(RUSSIA, 12, 19);
    MentionEmbedder.Mention b = new MentionEmbedder.Mention("Syria welcomed the ceasefire agreed in Astana last week.", 0, 5);
    double[][] both = e.features(List.of(a, b));
    assertArrayEquals(e.features(List.of(b))[0], both[1], 1e-3);
    assertArrayEquals(e.features(List.of(a))[0], both[0], 1e-3);
  }
}
