package org.stancemap.notebooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the repository's notebooks are, seen from a test of the jobs module. */
final class Notebooks {
  /** The notebooks that must exist. */
  static final List<String> EXPECTED = List.of("compare-outlets.ipynb", "custom-targets.ipynb", "explore-statements.ipynb");

  private Notebooks() {}

  static Path dir() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("notebooks")) && Files.isRegularFile(p.resolve("pom.xml"))) return p.resolve("notebooks");
    }
    throw new IllegalStateException("no notebooks/ directory above " + here);
  }

  static List<Path> all() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
