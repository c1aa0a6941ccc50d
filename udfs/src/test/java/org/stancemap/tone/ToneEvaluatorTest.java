package org.stancemap.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToneEvaluatorTest {
  @Test
  void macroF1AndAccuracy() {
    List<String> gold = List.of("neg", "neg", "neu", "pos", "pos", "neu");
    List<String> pred = List.of("neg", "neu", "neu", "pos", "neg", "neu");
    ToneEvaluator.Result r = ToneEvaluator.measure("s", "d", gold, pred, 1);
    assertEquals(6, r.n());
    assertEquals(4 / 6.0, r.accuracy(), 1e-9);
    // neg: p 1/2 r 1/2 -> 0.5; neu: p 2/3 r 1 -> 0.8; pos: p 1 r 1/2 -> 2/3
    assertArrayEquals(new double[] {0.5, 0.8, 2 / 3.0}, r.f1(), 1e-9);
    assertEquals((0.5 + 0.8 + 2 / 3.0) / 3, r.macroF1(), 1e-9);
    assertEquals(1, r.confusion()[0][1]);
  }

  @Test
  void parsesNewsMtscLinesAndRejectsBadOffsets() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ToneExample e = ToneEvaluator.parse(json.readTree(
        "{\"id\":\"x1\",\"sentence\":\"Russia lied.\",\"mention\":\"Russia\",\"from\":0,\"to\":6,\"polarity\":-1,\"extra\":1}"));
    assertEquals(new ToneExample("x1", "Russia lied.", "Russia", 0, 6, "neg"), e);
    assertThrows(IllegalArgumentException.class,
        () -> ToneEvaluator.parse(json.readTree("{\"sentence\":\"Russia\",\"from\":0,\"to\":60}")));
    assertThrows(IllegalArgumentException.class, () -> ToneEvaluator.parse(json.readTree("{\"from\":0,\"to\":1}")));
  }
}
