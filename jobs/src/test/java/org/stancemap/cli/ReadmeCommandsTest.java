package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * "Every command in the README runs from a fresh clone": each shell command of README.md (the
 * lines of its {@code bash} blocks, and the inline code that starts with a program) is either run,
 * in a copy of the checkout's tracked files (as a clone has them: no build output, no {@code out/}),
 * or, when it needs a cluster, cron, hours or the whole suite, checked to parse: its script exists,
 * is executable in git and passes {@code bash -n}; a stancemap subcommand and its options parse with
 * picocli. The build a fresh clone's first call would make ({@code ensure_built}) is the one Maven
 * just made: the copy's {@code jobs/target} gets these classes as its jar and these dependencies as
 * its lib/, so {@code scripts/stancemap} finds them current and starts at once. The run's output
 * is reused by the commands that read it (export).
 */
class ReadmeCommandsTest {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  /** Commands not run, with why: each is checked to parse instead. Matched as a prefix, first match wins. */
  static final Map<String, String> NOT_RUN = new LinkedHashMap<>();

  static {
    NOT_RUN.put("scripts/test", "runs the whole suite, this test included");
    NOT_RUN.put(".ci/run", "CI's entry point: calls scripts/test");
    NOT_RUN.put("scripts/bench", "benchmarks 10,000 articles: tens of minutes");
    NOT_RUN.put("scripts/finetune-tone", "fine-tunes MiniLM: hours");
    NOT_RUN.put("scripts/distil-tone", "labels 52,000 mentions with the encoder and trains the student: about half an hour");
    NOT_RUN.put("scripts/stancemap train-tone", "trains a tone model: minutes to hours");
    NOT_RUN.put("scripts/stancemap eval-tone", "encodes thousands of labelled sentences with MiniLM: minutes");
    NOT_RUN.put("scripts/stancemap eval-outlets", "scores hundreds of articles with every scorer named: minutes; OutletValidityTest runs the same measure");
    NOT_RUN.put("scripts/stancemap run --input", "the reader's own article paths");
    NOT_RUN.put("scripts/stancemap run --scorer", "a second pipeline run, with a placeholder scorer");
    NOT_RUN.put("scripts/stancemap run --incremental", "a second pipeline run (cron's case)");
    NOT_RUN.put("scripts/notebook-setup", "installs a notebook server");
    NOT_RUN.put("scripts/cron-example", "prints a crontab line for cron");
    NOT_RUN.put("scripts/submit", "needs a Spark cluster");
    NOT_RUN.put("spark-submit", "needs a Spark cluster");
    NOT_RUN.put("mvn ", "the build itself: CI runs it before this test");
  }

  /** Placeholders of the README's templates, and what a run or a parse puts in their place. */
  static String concrete(String command, Path scratch) {
    return command.replace("--table NAME", "--table by_outlet").replace("--scorer NAME", "--scorer roles-lr")
        .replace("--file FILE", "--file " + scratch.resolve("by_outlet.out")).replace("csv|jsonl", "csv")
        .replace(" ... ", " ").replace("--config FILE", "--config data/stancemap.example.conf");
  }

  static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");
  /** Inline code; it may wrap onto the next line (not across a blank line). */
  static final Pattern SPAN = Pattern.compile("`((?:[^`\\n]|\\n(?!\\s*\\n))+)`");
  /** A program's call: a script's path, mvn or spark-submit (not a folder in the layout's tree: "scripts/   the CLI"). */
  static final Pattern PROGRAM = Pattern.compile("^(scripts/\\S|\\.ci/\\S|mvn\\s|spark-submit\\s)");

  /** The README's shell commands: the lines of its bash blocks (comments dropped), then inline code naming a program. */
  static List<String> commands(String readme) {
    Set<String> out = new LinkedHashSet<>();
    Matcher f = FENCE.matcher(readme);
    StringBuilder prose = new StringBuilder();
    int last = 0;
    while (f.find()) {
      prose.append(readme, last, f.start());
      last = f.end();
      boolean shell = List.of("bash", "sh", "shell", "console").contains(f.group(1));
      for (String line : f.group(2).split("\n")) {
        String cmd = line.replaceFirst("\\s+#.*$", "").strip();
        if (cmd.isEmpty() || cmd.startsWith("#")) continue;
        if (shell) out.add(cmd);
        else assertFalse(PROGRAM.matcher(cmd).find(), "a command in a block not marked bash: " + cmd);
      }
    }
    prose.append(readme.substring(last));
    Matcher s = SPAN.matcher(prose);
    while (s.find()) {
      String span = s.group(1).replaceAll("\\s+", " ").strip();
      if (PROGRAM.matcher(span).find()) out.add(span);
    }
    return new ArrayList<>(out);
  }

  /** Why a command is not run, or null to run it. A program named alone in the text is not a call of it. */
  static String notRun(String command) {
    return NOT_RUN.entrySet().stream().filter(e -> command.startsWith(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElse(command.contains(" ") ? null : "a program named in the text, not called");
  }

  /** Shell words: whitespace splits, single and double quotes group (no expansion: the README needs none). */
  static List<String> words(String command) {
    List<String> w = new ArrayList<>();
    StringBuilder cur = null;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) quote = 0;
        else cur.append(c);
      } else if (c == '\'' || c == '"') {
        quote = c;
        if (cur == null) cur = new StringBuilder();
      } else if (Character.isWhitespace(c)) {
        if (cur != null) w.add(cur.toString());
        cur = null;
      } else {
        if (cur == null) cur = new StringBuilder();
        cur.append(c);
      }
    }
    assertEquals(0, quote, "unbalanced quotes in " + command);
    if (cur != null) w.add(cur.toString());
    return w;
  }

  @Test
  void everyReadmeCommandRunsOrParsesFromAFreshClone(@TempDir Path tmp) throws Exception {
    String readme = Files.readString(REPO.resolve("README.md"));
    List<String> commands = commands(readme);
    assertTrue(commands.contains("scripts/stancemap run"), "the quick start is found: " + commands);
    assertTrue(commands.size() >= 15, "the README's commands are found: " + commands);
    Path clone = freshClone(tmp.resolve("clone"));
    Path scratch = Files.createDirectories(tmp.resolve("scratch"));
    Set<String> executable = executableInGit();

    // the quick start's run first: the commands after it read its output
    List<String> order = new ArrayList<>(commands);
    order.sort((a, b) -> Boolean.compare(!a.equals("scripts/stancemap run"), !b.equals("scripts/stancemap run")));
    List<String> report = new ArrayList<>();
    for (String command : order) {
      String concrete = concrete(command, scratch);
      List<String> words = words(concrete);
      String why = notRun(command);
      if (words.size() == 1 && !executable.contains(words.get(0)) && Files.isRegularFile(clone.resolve(words.get(0)))) {
        report.add("a file named: " + command);
        continue;
      }
      if (words.get(0).startsWith("scripts/") || words.get(0).startsWith(".ci/")) {
        assertTrue(Files.isRegularFile(clone.resolve(words.get(0))), command + ": no " + words.get(0));
        assertTrue(executable.contains(words.get(0)), command + ": " + words.get(0) + " is not executable in git");
        assertEquals(0, exec(clone, List.of("bash", "-n", words.get(0)), scratch.resolve("bash-n.log"), 30),
            words.get(0) + " does not parse");
      }
      List<String> stancemapArgs = stancemapArgs(words);
      if (stancemapArgs != null) {
        // the subcommand and every option exist, and the values parse
        try {
          Stancemap.commandLine().parseArgs(stancemapArgs.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
          fail(command + ": " + e.getMessage());
        }
      }
      if (words.get(0).equals("mvn")) {
        assertTrue(Files.isRegularFile(clone.resolve("pom.xml")), "mvn needs the root pom");
      }
      if (why != null) {
        report.add("parsed: " + command + " (" + why + ")");
        continue;
      }
      long t0 = System.nanoTime();
      Path log = scratch.resolve("command-" + report.size() + ".log");
      int code = exec(clone, List.of("bash", "-c", concrete), log, 600);
      String output = Files.readString(log);
      assertEquals(0, code, command + " exited " + code + ":\n" + tail(output));
      expectations(command, clone, scratch, output);
      report.add(String.format("ran %.0f s: %s", (System.nanoTime() - t0) / 1e9, command));
    }
    System.out.println(String.join("\n", report));
    assertTrue(report.stream().filter(r -> r.startsWith("ran")).count() >= 4, String.join("\n", report));
  }

  /** What each run must leave: the report, the help's list, the evaluation's figures, the exported file. */
  private static void expectations(String command, Path clone, Path scratch, String output) throws IOException {
    if (command.equals("scripts/stancemap run")) {
      assertTrue(output.contains("5 articles read"), tail(output));
      assertTrue(Files.size(clone.resolve("out/report/index.html")) > 10_000, "the report");
      assertTrue(Files.isDirectory(clone.resolve("out/aggregates/by_outlet")), "the tables");
      // the quick start's console holds stancemap's lines, not Spark's warnings (a truncated plan, ...)
      assertFalse(output.contains(" WARN "), tail(output));
    } else if (command.equals("scripts/stancemap --help")) {
      for (String sub : List.of("run", "export", "eval-statements", "report")) {
        assertTrue(output.matches("(?s).*\\n\\s+" + sub + "\\s.*"), "--help lists " + sub + ":\n" + output);
      }
    } else if (command.startsWith("scripts/stancemap eval-statements")) {
      assertTrue(output.contains("direct+partial recall"), tail(output));
    } else if (command.startsWith("scripts/stancemap eval-targets")) {
      assertTrue(java.util.regex.Pattern.compile("references \\d+: accuracy 0\\.\\d+").matcher(output).find(), tail(output));
    } else if (command.startsWith("scripts/stancemap run --stages")) {
      assertTrue(output.contains("stancemap: ran aggregate, charts, report in "), tail(output));
      assertTrue(Files.size(clone.resolve("out/report/index.html")) > 10_000, "the report");
    } else if (command.startsWith("scripts/stancemap export")) {
      List<String> lines = Files.readAllLines(scratch.resolve("by_outlet.out"));
      assertTrue(lines.get(0).startsWith("outlet,target,voice"), lines.get(0));
      assertTrue(lines.size() > 3, "rows from the run's by_outlet");
    } else if (command.startsWith("scripts/stancemap bench-floor --input data/samples")) {
      assertTrue(output.contains("stancemap: floor read 5 documents"), tail(output));
    } else {
      fail("no expectation for " + command + ": say what it must leave");
    }
  }

  /** The arguments a command gives stancemap's command line, or null when it does not call it. */
  static List<String> stancemapArgs(List<String> words) {
    if (words.get(0).equals("scripts/stancemap")) return words.subList(1, words.size());
    int cls = words.indexOf("--class");
    if (words.get(0).equals("spark-submit") && cls >= 0) {
      assertEquals(Stancemap.class.getName(), words.get(cls + 1), "spark-submit's main class");
      int sub = cls + 2;
      while (sub < words.size() && !Stancemap.commandLine().getSubcommands().containsKey(words.get(sub))) sub++;
      assertTrue(sub < words.size(), "a subcommand after the class: " + words);
      return words.subList(sub, words.size());
    }
    return null;
  }

  /** Every {@code --option} the README shows in code exists on stancemap's command line (or spark-submit's {@code --class}). */
  @Test
  void everyOptionTheReadmeNamesExists() throws IOException {
    String readme = Files.readString(REPO.resolve("README.md"));
    Set<String> known = new LinkedHashSet<>(List.of("--class"));
    CommandLine cli = Stancemap.commandLine();
    known.addAll(cli.getCommandSpec().optionsMap().keySet());
    for (CommandLine sub : cli.getSubcommands().values()) known.addAll(sub.getCommandSpec().optionsMap().keySet());
    Matcher s = SPAN.matcher(readme.replaceAll("(?ms)^```\\w*\\n.*?^```", ""));
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    while (s.find()) {
      Matcher o = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(s.group(1));
      while (o.find()) {
        seen++;
        if (!known.contains(o.group())) unknown.add(o.group() + " in `" + s.group(1) + "`");
      }
    }
    assertTrue(seen > 10, "the README's options are found");
    assertEquals(List.of(), unknown);
    assertTrue(readme.contains("jobs/target/stancemap-jobs-" + Stancemap.VERSION.substring("stancemap ".length())
        + "-cluster.jar"), "the cluster jar's name carries the version");
  }

  @Test
  void readmeCommandsAreFoundAndClassified() {
    String readme = "Intro `scripts/stancemap export\n--table NAME --file FILE`, `--lock-dir`, `data/`.\n"
        + "```bash\nscripts/stancemap run      # comment\n# only a comment\nscripts/test\n```\n"
        + "```\npom.xml  parent\nscripts/           stancemap (the CLI)\n```\n";
    assertEquals(List.of("scripts/stancemap run", "scripts/test", "scripts/stancemap export --table NAME --file FILE"),
        commands(readme));
    assertEquals(null, notRun("scripts/stancemap run"));
    assertEquals("runs the whole suite, this test included", notRun("scripts/test"));
    assertEquals(List.of("run", "--input", "crawl/2020-03/*.txt", "more/x.jsonl"),
        words("run --input 'crawl/2020-03/*.txt' more/x.jsonl"));
    assertEquals(List.of("run", "--master", "local[1]"),
        stancemapArgs(words("spark-submit --class org.stancemap.cli.Stancemap ... run --master local[1]")));
    assertTrue(concrete("scripts/stancemap export --table NAME --format csv|jsonl --file FILE", Path.of("/s"))
        .equals("scripts/stancemap export --table by_outlet --format csv --file /s/by_outlet.out"));
  }

  /** The checkout's tracked files (working-tree versions) in {@code dir}, and the build Maven made as its jars. */
  static Path freshClone(Path dir) throws IOException, InterruptedException {
    for (String file : git("ls-files", "-z").split("\0")) {
      if (file.isEmpty()) continue;
      Path from = REPO.resolve(file);
      if (!Files.exists(from)) continue; // deleted in the working tree, not yet committed
      Path to = dir.resolve(file);
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    Path target = Files.createDirectories(dir.resolve("jobs/target"));
    Path lib = Files.createDirectories(target.resolve("lib"));
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : cp.split(File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        if (p.endsWith("test-classes")) continue;
        Path jar = p.equals(REPO.resolve("jobs/target/classes")) ? target.resolve("stancemap-jobs.jar")
            : lib.resolve(p.getParent().getParent().getFileName() + "-classes.jar");
        jar(p, jar);
      } else if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
        Path link = lib.resolve(p.getFileName());
        if (!Files.exists(link)) Files.createSymbolicLink(link, p.toAbsolutePath());
      }
    }
    assertTrue(Files.isRegularFile(target.resolve("stancemap-jobs.jar")), "the jobs classes are on the test classpath");
    // newer than every copied file, as ensure_built wants
    Files.setLastModifiedTime(target.resolve("stancemap-jobs.jar"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));
    return dir;
  }

  private static void jar(Path classes, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      out.setLevel(0);
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }

  /** The files git records as executable (mode 100755): what a clone makes executable. */
  private static Set<String> executableInGit() throws IOException, InterruptedException {
    Set<String> x = new LinkedHashSet<>();
    for (String line : git("ls-files", "-s").split("\n")) {
      if (line.startsWith("100755 ")) x.add(line.substring(line.indexOf('\t') + 1));
    }
    return x;
  }

  private static String git(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", REPO.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": the test needs a git checkout");
    return out;
  }

  private static int exec(Path dir, List<String> cmd, Path log, int seconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail(String.join(" ", cmd) + " took over " + seconds + " s:\n" + tail(Files.readString(log)));
    }
    return p.exitValue();
  }

  private static String tail(String s) {
    return s.length() <= 3000 ? s : "…" + s.substring(s.length() - 3000);
  }
}
