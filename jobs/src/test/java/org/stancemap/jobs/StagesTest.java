package org.stancemap.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stancemap.jobs.Stages.Stage;

/** Which names {@code run --stages} takes, and what it needs from the output: plain Java. */
class StagesTest {
  @Test
  void stagesRunInPipelineOrderWhateverTheOrderGiven() {
    assertEquals(List.of(Stage.TONE, Stage.AGGREGATE, Stage.CHARTS, Stage.REPORT), Stages.parse(List.of("report", "charts", "Tone", " aggregate")));
    assertEquals(List.of(Stage.STATEMENTS), Stages.parse(List.of("statements")));
    assertEquals("statements, tone, aggregate, charts, report", Stages.names());
  }

  @Test
  void badNamesAreRefusedWithTheListOfStages() {
    assertEquals("--stages: unknown stage 'aggregates'; stages: statements, tone, aggregate, charts, report",
        assertThrows(IllegalArgumentException.class, () -> Stages.parse(List.of("tone", "aggregates"))).getMessage());
    assertEquals("--stages: unknown stage 'ingest'; stages: statements, tone, aggregate, charts, report (ingest reads the input: run without --stages)",
        assertThrows(IllegalArgumentException.class, () -> Stages.parse(List.of("ingest"))).getMessage());
    assertEquals("--stages names 'tone' twice", assertThrows(IllegalArgumentException.class, () -> Stages.parse(List.of("tone", "TONE"))).getMessage());
    assertEquals("--stages has an empty stage name (two commas in a row?); stages: statements, tone, aggregate, charts, report",
        assertThrows(IllegalArgumentException.class, () -> Stages.parse(List.of("tone", "", "report"))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Stages.parse(List.of()));
  }

  @Test
  void whatAStageReadsMustBeInTheOutputOrWrittenByAnEarlierStage() {
    Set<String> ingested = Set.of("articles");
    assertNull(Stages.missing(Stages.parse(List.of("statements", "tone", "aggregate", "charts", "report")), "out", ingested::contains));
    // tone writes what aggregate reads: only what tone reads is missing
    assertEquals("run --stages works on an existing output, which lacks out/statements (read by tone):"
        + " add the stages that write it to --stages, or make the output with a whole run first",
        Stages.missing(Stages.parse(List.of("tone", "aggregate")), "out", ingested::contains));
    assertEquals("run --stages works on an existing output, which lacks out/statements (read by aggregate), out/tone (read by aggregate):"
        + " add the stages that write it to --stages, or make the output with a whole run first",
        Stages.missing(Stages.parse(List.of("aggregate")), "out", ingested::contains));
    assertEquals("run --stages works on an existing output, which lacks out/aggregates (read by charts): add the stages that write it to"
        + " --stages, or make the output with a whole run first",
        Stages.missing(Stages.parse(List.of("charts")), "out", Set.of("articles", "statements", "tone")::contains));
    assertNull(Stages.missing(Stages.parse(List.of("aggregate", "report")), "out", Set.of("articles", "statements", "tone")::contains));
  }
}
