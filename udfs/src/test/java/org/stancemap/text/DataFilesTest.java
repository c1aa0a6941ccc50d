package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
  @Test
  void theUsersDirectoryWinsThenTheCheckoutThenTheJar(@TempDir Path dir) throws Exception {
    Path user = Files.createDirectories(dir.resolve("user"));
    Path checkout = Files.createDirectories(dir.resolve("checkout"));
    Files.writeString(checkout.resolve("targets.tsv"), "Iran\n");
    Files.writeString(user.resolve("targets.tsv"), "Israel\n");
    String before = System.getProperty(DataFiles.PROPERTY);
    try {
      System.clearProperty(DataFiles.PROPERTY);
      if (System.getenv(DataFiles.ENV) != null) return; // the environment decides in this JVM
      System.setProperty(DataFiles.CHECKOUT_PROPERTY, checkout.toString());
      assertEquals("Iran\n", DataFiles.read("targets.tsv"), "an edit in the checkout's data/ counts at once");
      assertTrue(DataFiles.read("entities.tsv").contains("putin"), "a file the directory lacks comes from the jar");
      System.setProperty(DataFiles.PROPERTY, user.toString());
      assertEquals("Israel\n", DataFiles.read("targets.tsv"), "the user's --config data.dir / STANCEMAP_DATA_DIR wins");
    } finally {
      System.clearProperty(DataFiles.CHECKOUT_PROPERTY);
      if (before == null) System.clearProperty(DataFiles.PROPERTY); else System.setProperty(DataFiles.PROPERTY, before);
    }
  }
}
