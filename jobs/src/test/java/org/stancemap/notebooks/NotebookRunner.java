package org.stancemap.notebooks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.spark.sql.SparkSession;
import scala.Console$;
import scala.Function0;
import scala.collection.JavaConverters;
import scala.tools.nsc.Settings;
import scala.tools.nsc.interpreter.IMain;
import scala.tools.nsc.interpreter.Results;

/**
 * Runs Jupyter notebooks written for the Apache Toree Scala kernel: every code cell, in order,
 * in a Scala 2.12 interpreter ({@link IMain}, the REPL API Toree itself uses) set up the way
 * Toree 0.5 sets up its own:
 *
 * <ul>
 *   <li>class-based REPL wrappers ({@code -Yrepl-class-based}) writing their classes to the
 *       directory Spark serves to executors ({@code spark.repl.class.outputDir}), so closures
 *       defined in a cell run on executors;
 *   <li>{@code kernel} bound as {@code @transient implicit}; {@code spark} and {@code sc} bound as
 *       {@code def}s ({@code def spark: SparkSession = kernel.sparkSession}), so
 *       {@code import spark.implicits._} fails exactly as it does on Toree; an
 *       {@code implicits} object imported; {@code org.apache.spark.SparkContext._} imported;
 *   <li>the whole cell interpreted as one block; any magic ({@code %%sql}, {@code %%html},
 *       {@code %AddJar}, {@code %AddDeps}, ...) fails the cell, as on a real Toree 0.5 kernel
 *       under Java 17, which loads none of its magics ("Magic sql does not exist"): notebooks use
 *       {@code spark.sql(..)} and {@code kernel.display.html(..)} instead.
 * </ul>
 *
 * A cell that does not compile, throws, or is incomplete stops the run with a
 * {@link NotebookCellFailure} naming the notebook and the cell. One runner holds one interpreter
 * (compiler start-up is the slow part) and is reset between notebooks, like a kernel restart.
 */
public final class NotebookRunner implements AutoCloseable {
  /** Why a magic fails: what a user of a real Toree kernel on Java 17 sees, and what to write instead. */
  static final String NO_MAGICS = "Toree 0.5 on Java 17 loads none of its magics (a real kernel answers "
      + "\"Magic sql does not exist\"): use spark.sql(...).show() for SQL and kernel.display.html(...) for HTML; put the "
      + "stancemap jar on the kernel's classpath instead of %AddJar";

  private final SparkSession session;
  private final NotebookKernel kernel;
  private final StringWriter replOut = new StringWriter();
  private final IMain intp;
  private final List<String> transcript = new ArrayList<>();
  /** Whether a notebook ran since the interpreter was last reset. */
  private boolean used;

  /**
   * @param session the shared session; it must have been created with
   *     {@code spark.repl.class.outputDir} set to {@code classOutputDir}, as spark-shell and Toree
   *     do, or closures defined in cells cannot be loaded by executors.
   */
  public NotebookRunner(SparkSession session, Path classOutputDir) {
    this.session = session;
    this.kernel = new NotebookKernel(session);
    String served = session.sparkContext().getConf().get("spark.repl.class.outputDir", null);
    if (served == null || !Path.of(served).toAbsolutePath().normalize().equals(classOutputDir.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("the SparkSession must be built with spark.repl.class.outputDir="
          + classOutputDir + " (it has " + served + ")");
    }
    Settings settings = new Settings();
    List<String> args = List.of(
        "-Yrepl-class-based",
        "-Yrepl-outdir", classOutputDir.toAbsolutePath().toString(),
        "-classpath", String.join(File.pathSeparator, testClasspath()),
        "-nowarn");
    scala.Tuple2<Object, scala.collection.immutable.List<String>> parsed =
        settings.processArguments(JavaConverters.asScalaBuffer(args).toList(), true);
    if (!(Boolean) parsed._1()) throw new IllegalStateException("scalac rejected the REPL settings " + args);
    // the interpreter's classes delegate to ours, so `spark` in a cell is the test's own session
    settings.embeddedDefaults(NotebookRunner.class.getClassLoader());
    this.intp = new IMain(settings, new java.io.PrintWriter(replOut, true));
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try {
      intp.initializeSynchronous();
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
    bindToreeVariables();
  }

  /** The kernel bound in the interpreter (its display messages). */
  public NotebookKernel kernel() {
    return kernel;
  }

  /** What the last notebook run printed, cell by cell. */
  public List<String> transcript() {
    return List.copyOf(transcript);
  }

  /**
   * Runs every code cell of {@code notebook} in a freshly reset interpreter, in order; stops at
   * the first failing cell with a {@link NotebookCellFailure}.
   *
   * @param systemProperties set while the notebook runs (e.g. {@code stancemap.out}), restored after
   */
  public void run(Notebook notebook, java.util.Map<String, String> systemProperties) {
    // a notebook may set system properties (custom-targets points stancemap.data.dir elsewhere):
    // like a kernel restart, nothing it sets outlives its run
    java.util.Properties saved = new java.util.Properties();
    saved.putAll(System.getProperties());
    systemProperties.forEach(System::setProperty);
    transcript.clear();
    kernel.display().reset();
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try {
      if (used) {
        intp.reset();
        bindToreeVariables();
      }
      used = true;
      for (Notebook.Cell cell : notebook.cells()) {
        if (cell.isCode()) runCell(notebook, cell);
      }
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
      for (String key : System.getProperties().stringPropertyNames()) {
        if (!saved.containsKey(key)) System.clearProperty(key);
      }
      for (String key : saved.stringPropertyNames()) {
        if (!saved.getProperty(key).equals(System.getProperty(key))) System.setProperty(key, saved.getProperty(key));
      }
    }
  }

  /** Writes the last run's transcript to {@code file} (CI keeps it under target/). */
  public void writeTranscript(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", transcript), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void runCell(Notebook notebook, Notebook.Cell cell) {
    String source = cell.source();
    String trimmed = source.strip();
    transcript.add("### " + notebook.name() + " cell " + cell.index() + "\n" + source);
    if (trimmed.isEmpty()) return;
    String firstLine = trimmed.lines().findFirst().orElse("").strip();
    String firstWord = firstLine.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    if (firstWord.startsWith("%%")) {
      throw new NotebookCellFailure(notebook, cell, "cell magic " + firstLine.split("\\s+")[0] + ": " + NO_MAGICS, "", null);
    }
    StringBuilder code = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("%")) {
        throw new NotebookCellFailure(notebook, cell, "line magic " + t.split("\\s+", 2)[0] + ": " + NO_MAGICS, "", null);
      } else {
        code.append(line).append('\n');
      }
    }
    replOut.getBuffer().setLength(0);
    Results.Result[] result = new Results.Result[1];
    String printed = captured(() -> {
      intp.setContextClassLoader();
      result[0] = intp.interpret(code.toString());
      return null;
    }, notebook, cell, "the interpreter itself failed");
    String repl = replOut.toString();
    transcript.add(printed + repl);
    if (result[0] == Results.Success$.MODULE$) return;
    if (result[0] == Results.Incomplete$.MODULE$) {
      throw new NotebookCellFailure(notebook, cell, "incomplete code (an unclosed bracket, brace or string?)",
          repl + printed, null);
    }
    Throwable thrown = lastException();
    throw new NotebookCellFailure(notebook, cell,
        thrown != null ? "threw " + thrown : "does not compile", tail(repl + printed), thrown);
  }

  /** Runs {@code body} with Scala's Console (where Dataset.show prints) captured. */
  private String captured(java.util.concurrent.Callable<Object> body, Notebook notebook, Notebook.Cell cell, String what) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      Function0<Object> thunk = () -> {
        try {
          return body.call();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      };
      Console$.MODULE$.withOut(out, thunk);
    } catch (NotebookCellFailure e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw new NotebookCellFailure(notebook, cell, what + ": " + e, tail(buffer.toString(StandardCharsets.UTF_8)), e);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** The exception a failed cell threw, which the REPL binds as {@code lastException}. */
  private Throwable lastException() {
    try {
      scala.Option<Object> value = intp.valueOfTerm("lastException");
      return value.isDefined() && value.get() instanceof Throwable t ? t : null;
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static String tail(String s) {
    return s.length() <= 6000 ? s : "...\n" + s.substring(s.length() - 6000);
  }

  /** As Toree's ScalaInterpreter.bindVariables: kernel, spark, sc, implicits. */
  private void bindToreeVariables() {
    NotebookKernelHolder.set(kernel);
    // one block, so a reset costs one compilation, not five
    String setup = "import org.apache.spark.SparkContext._\n"
        + "@transient implicit val kernel: " + NotebookKernel.class.getName() + " = "
        + NotebookKernelHolder.class.getName() + ".get()\n"
        + "def spark: org.apache.spark.sql.SparkSession = kernel.sparkSession\n"
        + "def sc: org.apache.spark.SparkContext = kernel.sparkContext\n"
        + "import org.apache.spark.sql.SparkSession\n"
        + "import org.apache.spark.sql.SQLContext\n"
        + "import org.apache.spark.sql.SQLImplicits\n"
        + "object implicits extends SQLImplicits with Serializable {\n"
        + "  protected override def _sqlContext: SQLContext = SparkSession.builder.getOrCreate.sqlContext\n"
        + "}\n"
        + "import implicits._";
    replOut.getBuffer().setLength(0);
    intp.setContextClassLoader();
    Results.Result r = intp.interpret(setup);
    if (r != Results.Success$.MODULE$) {
      throw new IllegalStateException("cannot set up the notebook interpreter:\n" + replOut);
    }
  }

  /**
   * The test JVM's classpath as a list of entries. Surefire may start the JVM with a
   * manifest-only jar; its Class-Path (URLs) is expanded here.
   */
  static List<String> testClasspath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) continue;
      entries.add(entry);
      if (entry.endsWith(".jar")) entries.addAll(manifestClassPath(Path.of(entry)));
    }
    return new ArrayList<>(entries);
  }

  private static List<String> manifestClassPath(Path jar) {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(jar)) return out;
    try (JarFile jf = new JarFile(jar.toFile())) {
      Manifest mf = jf.getManifest();
      String cp = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
      if (cp == null) return out;
      URI base = jar.toAbsolutePath().getParent().toUri();
      for (String url : cp.trim().split("\\s+")) {
        if (url.isEmpty()) continue;
        out.add(Path.of(base.resolve(url)).toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest of " + jar, e);
    }
    return out;
  }

  @Override
  public void close() {
    intp.close();
  }
}
