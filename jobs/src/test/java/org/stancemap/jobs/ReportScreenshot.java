package org.stancemap.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a check: a tool that takes a screenshot of a report at {@link HeadlessChromium#WIDTH} px
 * wide, for docs/. Runs only when asked:
 *
 * <pre>
 * mvn -o test -pl jobs -Dtest=ReportScreenshot -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dstancemap.screenshot.page=OUT/report/index.html -Dstancemap.screenshot.file=docs/report-samples.png \
 *   [-Dstancemap.screenshot.height=2400]
 * </pre>
 */
class ReportScreenshot {
  @Test
  void screenshot() throws Exception {
    String page = System.getProperty("stancemap.screenshot.page");
    String file = System.getProperty("stancemap.screenshot.file");
    Assumptions.assumeTrue(page != null && file != null, "only with -Dstancemap.screenshot.page and .file");
    Assumptions.assumeTrue(HeadlessChromium.available(), "needs " + HeadlessChromium.BINARY);
    int height = Integer.parseInt(System.getProperty("stancemap.screenshot.height", "2400"));
    Path out = Path.of(file).toAbsolutePath();
    try (HeadlessChromium chromium = new HeadlessChromium()) {
      chromium.open(Path.of(page));
      chromium.screenshot(out, height);
      if (!chromium.errors.isEmpty()) throw new AssertionError("errors in the page: " + chromium.errors);
    }
    System.out.println("screenshot: " + out + " (" + Files.size(out) + " bytes)");
  }
}
