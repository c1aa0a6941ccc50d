package org.stancemap.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.Stancemap;
import org.stancemap.jobs.SparkSessions;

/**
 * A real Spark standalone cluster on 127.0.0.1: a Master and a Worker started from plain Spark
 * jars (jobs/spark-home, no stancemap classes) as their own processes. The pipeline is submitted
 * to it with scripts/submit (the shaded jar, deploy mode client), and its tables must equal those
 * of a local[2] run on the same input. Runs in `mvn verify` (failsafe, after package).
 */
class SparkClusterIT {
  @TempDir static Path work;
  static Process master;
  static Process worker;
  static String masterUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    Path sparkHome = Subprocesses.home().resolve("jobs/spark-home/target/spark-home");
    assertTrue(Files.isDirectory(sparkHome.resolve("jars")), "Spark jars missing (run mvn package): " + sparkHome);
    String cp = sparkHome.resolve("jars") + "/*";
    int port = Subprocesses.freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    List<String> m = daemon(cp, "org.apache.spark.deploy.master.Master");
    m.addAll(List.of("--host", "127.0.0.1", "--port", "" + port, "--webui-port", "" + Subprocesses.freePort()));
    master = Subprocesses.start(m, work.resolve("master.log"), work);
    Subprocesses.awaitLog(master, work.resolve("master.log"), l -> l.contains("I have been elected leader"), Duration.ofSeconds(90));

    Files.createDirectories(work.resolve("worker"));
    List<String> w = daemon(cp, "org.apache.spark.deploy.worker.Worker");
    w.addAll(List.of("--host", "127.0.0.1", "--port", "" + Subprocesses.freePort(), "--webui-port", "" + Subprocesses.freePort(),
        "--cores", "1", "--memory", "1g", "--work-dir", work.resolve("worker").toString(), masterUrl));
    ProcessBuilder pb = new ProcessBuilder(w).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("worker.log").toFile()));
    // the Worker starts executors from $SPARK_HOME/jars, as on a real cluster
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.12");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("STANCEMAP_LOG_LEVEL", "INFO");
    worker = pb.start();
    Subprocesses.awaitLog(worker, work.resolve("worker.log"), l -> l.contains("Successfully registered with master"), Duration.ofSeconds(90));
  }

  private static List<String> daemon(String cp, String mainClass) {
    List<String> cmd = new ArrayList<>(List.of(Subprocesses.java(), "-Xmx256m"));
    cmd.addAll(Subprocesses.opens());
    cmd.add("-Dlog4j2.configurationFile=" + Subprocesses.home().resolve("scripts/lib/log4j2.properties"));
    cmd.addAll(List.of("-cp", cp, mainClass));
    return cmd;
  }

  @AfterAll
  static void stopCluster() {
    Subprocesses.killTree(worker);
    Subprocesses.killTree(master);
  }

  @Test
  void submittedRunEqualsLocalRun() throws Exception {
    String samples = Subprocesses.home().resolve("data/samples").toString();
    Path clusterOut = work.resolve("cluster-out");
    Path log = work.resolve("submit.log");
    ProcessBuilder pb = new ProcessBuilder(Subprocesses.home().resolve("scripts/submit").toString(),
        "--master", masterUrl, "--deploy-mode", "client",
        "--conf", "spark.executor.memory=512m", "--conf", "spark.cores.max=1", "--conf", "spark.ui.enabled=false",
        "--", "run", "--input", samples, "--output", clusterOut.toString())
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("SPARK_HOME"); // the fallback: Spark's SparkSubmit from the Maven-built Spark jars
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("STANCEMAP_LOG_LEVEL", "INFO");
    Process submit = pb.start();
    try {
      assertTrue(submit.waitFor(240, TimeUnit.SECONDS), "spark-submit timed out: " + Subprocesses.tail(log));
      assertEquals(0, submit.exitValue(), "spark-submit failed: " + Subprocesses.tail(log));
    } finally {
      Subprocesses.killTree(submit);
    }
    String master = Files.readString(work.resolve("master.log"));
    assertTrue(master.contains("Registering app stancemap run"), "the app never reached the cluster master");
    String workerLog = Files.readString(work.resolve("worker.log"));
    assertTrue(workerLog.contains("Asked to launch executor"), "no executor was started on the worker");

    Path localOut = work.resolve("local-out");
    int code = Stancemap.commandLine().execute("run", "--master", "local[2]", "--input", samples, "--output", localOut.toString());
    assertEquals(0, code);
    SparkSession spark = SparkSessions.create("local[2]", "cluster-it");
    Tables.assertSameTables(spark, localOut, clusterOut);
  }
}
