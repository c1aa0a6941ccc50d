package org.stancemap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.jobs.Pipeline;
import org.stancemap.jobs.SparkSessions;

/**
 * Executes every code cell of every notebook in notebooks/, in order, the way the Toree Scala
 * kernel would, against the output of a real run on the sample articles. One SparkSession and one
 * interpreter serve the whole class (the compiler's start-up is the slow part).
 */
class NotebookRunnerTest {
  @TempDir static Path tmp;
  static SparkSession spark;
  static NotebookRunner runner;
  static Path out;
  static final Path TRANSCRIPTS = Path.of("target", "notebook-runs");

  @BeforeAll
  static void start() throws Exception {
    Path replClasses = Files.createDirectories(tmp.resolve("repl-classes"));
    // As spark-shell and Toree do: Spark serves the REPL's classes to executors from here. It is
    // read when the SparkContext starts, so a session other test classes left running (they
    // share one per JVM) is stopped first; theirs is created again when they next ask for it.
    stopSessionWithoutReplClasses();
    System.setProperty("spark.repl.class.outputDir", replClasses.toString());
    spark = SparkSessions.create("local[2]", "notebook-runner-test");
    out = tmp.resolve("out");
    // The run the notebooks expect: `scripts/stancemap run` on the sample articles.
    Path samples = Notebooks.dir().getParent().resolve("data").resolve("samples");
    Pipeline.run(spark, new Pipeline.Options(List.of(samples.toString()), out.toString(), 5L << 20), System.out);
    List<String> tables = new java.util.ArrayList<>(List.of("articles", "statements", "tone"));
    for (String t : org.stancemap.schema.AggregateColumns.TABLES) tables.add("aggregates/" + t);
    for (String table : tables) {
      assertTrue(Files.isDirectory(out.resolve(table)), "the sample run wrote no " + table);
    }
    runner = new NotebookRunner(spark, replClasses);
  }

  private static void stopSessionWithoutReplClasses() {
    for (scala.Option<SparkSession> s : List.of(SparkSession.getActiveSession(), SparkSession.getDefaultSession())) {
      if (s.isDefined() && !s.get().sparkContext().isStopped()
          && !s.get().sparkContext().getConf().contains("spark.repl.class.outputDir")) {
        s.get().stop();
      }
    }
    SparkSession.clearActiveSession();
    SparkSession.clearDefaultSession();
  }

  @AfterAll
  static void stop() {
    if (runner != null) runner.close();
    System.clearProperty("spark.repl.class.outputDir");
    if (spark != null) spark.stop();
    SparkSession.clearActiveSession();
    SparkSession.clearDefaultSession();
  }

  private static Map<String, String> props() {
    return Map.of("stancemap.out", out.toString());
  }

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsCleanCellByCell() {
    List<Path> notebooks = Notebooks.all();
    assertTrue(notebooks.size() >= Notebooks.EXPECTED.size(), "notebooks: " + notebooks);
    return notebooks.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      Notebook nb = Notebook.read(path);
      try {
        runner.run(nb, props());
      } finally {
        runner.writeTranscript(TRANSCRIPTS.resolve(nb.name().replace(".ipynb", ".txt")));
      }
      if (nb.name().equals("compare-outlets.ipynb")) assertShowedAPngChart();
    }));
  }

  private static void assertShowedAPngChart() throws Exception {
    var pngs = runner.kernel().display().shown().stream().filter(s -> s.mimeType().equals("image/png")).toList();
    assertEquals(1, pngs.size(), "compare-outlets shows one PNG chart");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(pngs.get(0).data())));
    assertNotNull(img, "the displayed chart is a readable PNG");
    assertTrue(img.getWidth() >= 600 && img.getHeight() >= 300, img.getWidth() + "x" + img.getHeight());
    Path saved = out.resolve("notebooks").resolve("compare-outlets.png");
    assertTrue(Files.size(saved) > 1000, "the chart is saved under out/notebooks/");
    Files.copy(saved, TRANSCRIPTS.resolve("compare-outlets.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aBrokenCellFailsTheRunAndIsNamed() throws Exception {
    Path copy = tmp.resolve("broken-copy.ipynb");
    ObjectNode json = (ObjectNode) Notebook.JSON.readTree(Files.readString(Notebooks.dir().resolve("explore-statements.ipynb")));
    int broken = codeCellIndex(json, "quoted");
    // a typo, as a careless edit would make it
    String source = Notebook.source(json.path("cells").get(broken).get("source"));
    ((ObjectNode) json.path("cells").get(broken)).set("source", TextNode.valueOf(source.replace("quoted.groupBy", "quotd.groupBy")));
    Files.writeString(copy, json.toPrettyString());

    NotebookCellFailure failure = assertThrows(NotebookCellFailure.class, () -> runner.run(Notebook.read(copy), props()));
    assertEquals("broken-copy.ipynb", failure.notebook());
    assertEquals(broken, failure.cellIndex());
    assertTrue(failure.getMessage().startsWith("broken-copy.ipynb, cell " + broken + " "), failure.getMessage());
    assertTrue(failure.getMessage().contains("not found: value quotd"), failure.getMessage());
  }

  @Test
  void aCellThatThrowsFailsTheRunWithItsException() throws Exception {
    Path copy = tmp.resolve("throws-copy.ipynb");
    ObjectNode json = (ObjectNode) Notebook.JSON.readTree(Files.readString(Notebooks.dir().resolve("compare-outlets.ipynb")));
    int broken = codeCellIndex(json, "matrix");
    String source = Notebook.source(json.path("cells").get(broken).get("source"));
    ((ObjectNode) json.path("cells").get(broken)).set("source",
        TextNode.valueOf(source.replace("aggregate(\"by_affiliation\")", "aggregate(\"no_such_table\")")));
    Files.writeString(copy, json.toPrettyString());

    NotebookCellFailure failure = assertThrows(NotebookCellFailure.class, () -> runner.run(Notebook.read(copy), props()));
    assertEquals(broken, failure.cellIndex());
    assertTrue(failure.getMessage().contains("no_such_table"), failure.getMessage());
  }

  @Test
  void bindingsBehaveAsOnToree(@TempDir Path dir) throws Exception {
    // closures defined in a cell run on executors; sc and kernel are bound
    Path ok = write(dir, "ok.ipynb",
        "val session = spark\nimport session.implicits._\nval doubled = Seq(1, 2, 3).toDS.map(_ * 2).collect().toList",
        "assert(doubled == List(2, 4, 6), doubled)\nassert(sc.parallelize(1 to 4).map(x => x * x).sum == 30.0)",
        "spark.sql(\"SELECT 1 AS one\").show()",
        "kernel.display.html(\"<b>hi</b>\")");
    runner.run(Notebook.read(ok), Map.of());
    assertEquals("text/html", runner.kernel().display().shown().get(0).mimeType());

    // spark is a def, as on Toree: its implicits cannot be imported directly
    Path implicits = write(dir, "implicits.ipynb", "import spark.implicits._");
    NotebookCellFailure f = assertThrows(NotebookCellFailure.class, () -> runner.run(Notebook.read(implicits), Map.of()));
    assertTrue(f.getMessage().contains("stable identifier required"), f.getMessage());

    // a kernel restart between notebooks: nothing defined by the previous one survives
    Path fresh = write(dir, "fresh.ipynb", "doubled");
    f = assertThrows(NotebookCellFailure.class, () -> runner.run(Notebook.read(fresh), Map.of()));
    assertTrue(f.getMessage().contains("not found: value doubled"), f.getMessage());

    // magics that need the internet fail loudly
    Path deps = write(dir, "deps.ipynb", "%AddDeps org.example lib 1.0 --transitive\nval x = 1");
    f = assertThrows(NotebookCellFailure.class, () -> runner.run(Notebook.read(deps), Map.of()));
    assertTrue(f.getMessage().contains("%AddDeps"), f.getMessage());
    assertEquals(1, f.cellIndex());

    // and so does every other magic, as on a real Toree kernel under Java 17
    for (String magic : new String[] {"%%sql\nSELECT 1 AS one", "%%html\n<b>hi</b>", "%AddJar file:/tmp/x.jar", "%showtypes on"}) {
      Path m = write(dir, "magic.ipynb", magic);
      f = assertThrows(NotebookCellFailure.class, () -> runner.run(Notebook.read(m), Map.of()), magic);
      assertTrue(f.getMessage().contains("spark.sql"), f.getMessage());
    }
  }

  private static Path write(Path dir, String name, String... codeCells) throws Exception {
    ObjectNode nb = Notebook.JSON.createObjectNode();
    var cells = nb.putArray("cells");
    cells.addObject().put("cell_type", "markdown").put("source", "test").putObject("metadata");
    for (String code : codeCells) {
      ObjectNode c = cells.addObject().put("cell_type", "code").put("source", code);
      c.putObject("metadata");
      c.putArray("outputs");
      c.putNull("execution_count");
    }
    nb.putObject("metadata");
    nb.put("nbformat", 4).put("nbformat_minor", 5);
    Path p = dir.resolve(name);
    Files.writeString(p, nb.toPrettyString());
    return p;
  }

  private static int codeCellIndex(ObjectNode json, String id) {
    var cells = json.path("cells");
    for (int i = 0; i < cells.size(); i++) if (id.equals(cells.get(i).path("id").asText())) return i;
    throw new AssertionError("no cell with id " + id);
  }
}
