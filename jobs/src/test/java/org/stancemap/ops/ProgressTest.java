package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void textLines() {
    assertEquals("stancemap: [articles] 1200/5000 articles (24%), 85.3/s, elapsed 0:14, ETA 0:45",
        Progress.line(Progress.Format.TEXT, "articles", "articles", 1200, 5000, 85.3, 14.1, 44.6, false));
    assertEquals("stancemap: [rebuild] 0/0 tasks, 0.0/s, elapsed 1:02:03, ETA ?",
        Progress.line(Progress.Format.TEXT, "rebuild", "tasks", 0, 0, 0, 3723, -1, false));
    assertEquals("stancemap: [ingest] 8/8 tasks (100%), 0.3/s, elapsed 0:25, done",
        Progress.line(Progress.Format.TEXT, "ingest", "tasks", 8, 8, 0.32, 25, 0, true));
  }

  @Test
  void jsonLines() {
    assertEquals("{\"stage\":\"articles\",\"unit\":\"articles\",\"done\":1200,\"total\":5000,\"rate\":85.30,"
            + "\"elapsed_s\":14.1,\"eta_s\":44.6,\"finished\":false}",
        Progress.line(Progress.Format.JSON, "articles", "articles", 1200, 5000, 85.3, 14.1, 44.6, false));
    assertEquals("{\"stage\":\"ingest\",\"unit\":\"tasks\",\"done\":0,\"total\":0,\"rate\":0.00,\"elapsed_s\":2.0,\"eta_s\":null,\"finished\":false}",
        Progress.line(Progress.Format.JSON, "ingest", "tasks", 0, 0, 0, 2, -1, false));
  }
}
