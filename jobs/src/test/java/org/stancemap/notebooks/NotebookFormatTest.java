package org.stancemap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed notebooks are valid nbformat 4 for the Toree Scala kernel, with outputs cleared. */
class NotebookFormatTest {
  @Test
  void theThreeNotebooksExist() {
    List<String> names = Notebooks.all().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.containsAll(Notebooks.EXPECTED), "notebooks/ holds " + names);
  }

  @Test
  void everyNotebookIsValidNbformat4ForToreeWithOutputsCleared() {
    for (Path path : Notebooks.all()) {
      List<String> problems = NotebookFormat.problems(Notebook.read(path));
      assertEquals(List.of(), problems, path.getFileName() + " is not a valid notebook");
    }
  }

  @Test
  void theCheckRejectsOutputsAWrongKernelAndBrokenStructure(@TempDir Path tmp) throws Exception {
    Path source = Notebooks.dir().resolve("explore-statements.ipynb");
    ObjectNode nb = (ObjectNode) Notebook.JSON.readTree(Files.readString(source));
    ((ObjectNode) nb.path("metadata").path("kernelspec")).put("name", "python3");
    ObjectNode code = firstCodeCell(nb);
    code.put("execution_count", 3);
    ((ArrayNode) code.path("outputs")).addObject().put("output_type", "stream").put("name", "stdout").put("text", "x");
    ((ObjectNode) nb.path("cells").get(0)).remove("metadata");
    nb.put("worksheets", 1);
    Path broken = tmp.resolve("broken.ipynb");
    Files.writeString(broken, nb.toPrettyString());

    String problems = String.join("\n", NotebookFormat.problems(Notebook.read(broken)));
    assertTrue(problems.contains("kernelspec.name must be apache_toree_scala"), problems);
    assertTrue(problems.contains("has outputs"), problems);
    assertTrue(problems.contains("has an execution_count"), problems);
    assertTrue(problems.contains("cell 0 (markdown) lacks 'metadata'"), problems);
    assertTrue(problems.contains("'worksheets'"), problems);
  }

  /** Where Debian's python3-nbformat is installed, the official validator agrees too. */
  @Test
  void nbformatValidatesThemWhereInstalled() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
    Process probe = new ProcessBuilder(python.toString(), "-c", "import nbformat").redirectErrorStream(true).start();
    Assumptions.assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, "python3-nbformat not installed");
    for (Path path : Notebooks.all()) {
      Process p = new ProcessBuilder(python.toString(), "-c",
          "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "nbformat.validate timed out");
      assertEquals(0, p.exitValue(), path.getFileName() + ": " + out);
    }
  }

  private static ObjectNode firstCodeCell(ObjectNode nb) {
    for (var cell : nb.path("cells")) if ("code".equals(cell.path("cell_type").asText())) return (ObjectNode) cell;
    throw new AssertionError("no code cell");
  }
}
