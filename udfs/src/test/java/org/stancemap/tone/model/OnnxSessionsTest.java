package org.stancemap.tone.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnnxSessionsTest {
  @Test
  void oneThreadPerCallUnlessTheUserSaysOtherwise() {
    assertEquals(1, OnnxSessions.threads(null));
    assertEquals(1, OnnxSessions.threads(" "));
    assertEquals(4, OnnxSessions.threads(" 4 "));
    assertEquals(0, OnnxSessions.threads("0"), "0 leaves the choice to onnxruntime");
  }

  @Test
  void aBadValueIsRefusedWithThePropertyName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxSessions.threads("two"));
    assertTrue(e.getMessage().contains(OnnxSessions.THREADS) && e.getMessage().contains("'two'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OnnxSessions.threads("-1"));
  }
}
