package org.stancemap.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/notebook-setup --check on machines without Jupyter, without Toree, and with both, using a
 * stand-in {@code jupyter} on PATH (the real one, PyPI and a Spark distribution are not there in CI).
 */
class NotebookSetupScriptTest {
  record Result(int exit, String output) {}

  private static Result check(Path bin) throws Exception {
    Path script = Notebooks.dir().getParent().resolve("scripts").resolve("notebook-setup");
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "--check", "--no-apt").redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().remove("SPARK_HOME");
    pb.environment().put("HOME", bin.getParent().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "notebook-setup --check hung");
    return new Result(p.exitValue(), out);
  }

  private static Path fakeJupyter(Path dir, boolean works, String kernels) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path jupyter = bin.resolve("jupyter");
    Files.writeString(jupyter, works ? """
        #!/bin/sh
        case "$1 $2" in
          "kernelspec list") printf 'Available kernels:\\n%s' "%KERNELS%" ;;
          *) echo 6.4.12 ;;
        esac
        """.replace("%KERNELS%", kernels) : "#!/bin/sh\nexit 127\n");
    Files.setPosixFilePermissions(jupyter, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  @Test
  void withoutJupyterItSaysHowToInstallItAndExits4(@TempDir Path tmp) throws Exception {
    Result r = check(fakeJupyter(tmp, false, ""));
    assertEquals(4, r.exit(), r.output());
    assertTrue(r.output().contains("apt-get install -y jupyter-notebook jupyter-nbconvert"), r.output());
  }

  @Test
  void withoutToreeItPrintsTheManualStepsAndExits3(@TempDir Path tmp) throws Exception {
    Result r = check(fakeJupyter(tmp, true, "  python3    /usr/share/jupyter/kernels/python3\n"));
    assertEquals(3, r.exit(), r.output());
    for (String expected : List.of("kernel apache_toree_scala is not installed", "SPARK_HOME is not set",
        "pip\" install toree", "jupyter-toree\" install --user", "--jars ", "stancemap-jobs-0.1.0-cluster.jar")) {
      assertTrue(r.output().contains(expected), "missing '" + expected + "' in:\n" + r.output());
    }
  }

  @Test
  void withTheToreeKernelInstalledItIsReady(@TempDir Path tmp) throws Exception {
    Result r = check(fakeJupyter(tmp, true, "  apache_toree_scala    /root/.local/share/jupyter/kernels/apache_toree_scala\n"));
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("kernel apache_toree_scala is installed"), r.output());
  }
}
