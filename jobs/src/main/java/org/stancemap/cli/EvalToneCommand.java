package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stancemap.jobs.SparkSessions;
import org.stancemap.jobs.ToneJob;
import org.stancemap.schema.StatementColumns;
import org.stancemap.targets.TargetMatcher;
import org.stancemap.tone.Lexicon;
import org.stancemap.tone.LexiconScorer;
import org.stancemap.tone.LexiconTuner;
import org.stancemap.tone.SeedToneCheck;
import org.stancemap.tone.TargetToneAnalyzer;
import org.stancemap.tone.ToneEvaluator;
import org.stancemap.tone.ToneExample;
import org.stancemap.tone.ToneScorer;
import org.stancemap.tone.ToneScorers;
import org.stancemap.tone.VaderSentenceScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stancemap eval-tone}: every scorer and the VADER baseline on NewsMTSC dev, side by side. */
@Command(name = "eval-tone", mixinStandardHelpOptions = true,
    description = {"Measures the tone scorers: macro-F1, accuracy and confusion on labelled sets, seed verdicts, speed.",
        "Every registered scorer and the VADER-on-sentence baseline on NewsMTSC dev-rw.jsonl and dev-mt.jsonl",
        "(Hamborg & Donnay, EACL 2021) and stancemap's domain dev set, per-class F1 and a confusion matrix,",
        "agreement with the seed gold's tone verdicts, and scoring throughput."})
public final class EvalToneCommand implements Callable<Integer> {
  static final List<String> DEV = List.of("dev-rw", "dev-mt");

  @Option(names = "--data-dir", description = "NewsMTSC directory (default: data/eval/newsmtsc in the repository).")
  Path dataDir;

  @Option(names = "--dataset", split = ",", paramLabel = "FILE",
      description = "More labelled files in NewsMTSC's format to measure on, comma-separated (default: data/tone/domain-dev.jsonl, "
          + "stancemap's own conflict-news dev set).")
  List<Path> datasets;

  @Option(names = "--scorers", split = ",", paramLabel = "NAME",
      description = "Scorers to measure, comma-separated (default: the VADER baseline and every registered scorer).")
  List<String> scorerNames;

  @Option(names = "--seed-gold", description = "Seed gold JSONL with tone verdicts (default: data/eval/seed-gold.jsonl; skipped if missing).")
  Path seedGold;

  @Option(names = "--show-seed", description = "Print every seed gold verdict with the default scorer's label and evidence.")
  boolean showSeed;

  @Option(names = "--show-errors", paramLabel = "N", defaultValue = "0",
      description = "Print the first N errors on each dataset of the default scorer (or of the --scorers named): gold, "
          + "predicted, evidence, sentence.")
  int showErrors;

  @Option(names = "--throughput", defaultValue = "3000",
      description = "Time finding targets and scoring this many distinct statements per scorer (the sentences of "
          + "data/samples, then those of data/tone/domain-*.jsonl, nearly all naming a target), on one thread and on every "
          + "core; 0 skips. Default: ${DEFAULT-VALUE}.")
  int throughput;

  @Option(names = "--spark", description = "Also time the Spark tone job (local[*]) on --throughput statements.")
  boolean spark;

  @Option(names = "--tune", description = "Tune the lexicon scorer's parameters on train.jsonl (only) and print them in the format of data/"
      + LexiconScorer.PARAMS_FILE + "; then evaluate the tuned parameters on dev.")
  boolean tune;

  /** A registered scorer, or the baseline by its name. */
  static ToneScorer scorer(String name) {
    return VaderSentenceScorer.NAME.equals(name) ? ToneScorers.baseline() : ToneScorers.get(name);
  }

  /** A path inside the repository (where the launcher runs from). */
  static Path inRepo(String relative) {
    String home = System.getProperty("stancemap.home");
    Path base = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    return base.resolve(relative).normalize();
  }

  @Override
  public Integer call() {
    Path dir = dataDir != null ? dataDir : inRepo("data/eval/newsmtsc");
    List<ToneScorer> scorers = new ArrayList<>();
    if (scorerNames == null) {
      scorers.add(ToneScorers.baseline());
      for (String n : ToneScorers.names()) scorers.add(ToneScorers.get(n));
    } else {
      for (String n : scorerNames) scorers.add(scorer(ToneScorers.resolve(n)));
    }
    if (tune) scorers.add(tuned(dir));

    Map<String, List<ToneExample>> sets = new LinkedHashMap<>();
    for (String d : DEV) sets.put("NewsMTSC " + d, ToneEvaluator.read(dir.resolve(d + ".jsonl")));
    List<Path> extra = datasets != null ? datasets : List.of(inRepo("data/tone/domain-dev.jsonl"));
    for (Path f : extra) if (Files.isRegularFile(f)) sets.put(f.getFileName().toString().replaceFirst("\\.jsonl$", ""), ToneEvaluator.read(f));
    System.out.println("NewsMTSC (Hamborg & Donnay, EACL 2021) from " + dir + "; stancemap's own sets from data/tone/");
    System.out.printf("%-28s %-22s %6s %6s %6s   %s%n", "dataset", "scorer", "n", "F1m", "acc", "F1 neg/neu/pos");
    for (Map.Entry<String, List<ToneExample>> set : sets.entrySet()) {
      for (ToneScorer s : scorers) {
        ToneEvaluator.Result r = ToneEvaluator.evaluate(s, set.getValue(), set.getKey());
        System.out.printf("%-28s %-22s %6d %6.3f %6.3f   %s%n", set.getKey(), label(s), r.n(), r.macroF1(), r.accuracy(), f1s(r));
        if (isDefault(s) || scorerNames != null) { // the default scorer's, or those asked for by name
          System.out.println(confusion(r));
          if (showErrors > 0) printErrors(s, set.getValue(), showErrors);
        }
      }
    }

    Path gold = seedGold != null ? seedGold : inRepo("data/eval/seed-gold.jsonl");
    if (Files.isRegularFile(gold)) {
      System.out.println();
      for (ToneScorer s : scorers) {
        if (s instanceof Tuned) continue;
        SeedToneCheck.Summary sum = SeedToneCheck.check(gold, new TargetToneAnalyzer(TargetMatcher.standard(), s));
        System.out.printf("seed gold tone (%s): %d/%d verdicts agree (%.0f%%); %d of %d verdicts are on targets the statement text does not mention%n",
            s.name(), sum.agree(), sum.mentioned(), 100 * sum.agreement(), sum.verdicts() - sum.mentioned(), sum.verdicts());
        if (showSeed && isDefault(s)) {
          for (SeedToneCheck.Verdict v : sum.rows()) {
            System.out.printf("  %-4s gold %s %-7s got %-4s %s  %s%n", v.agrees() ? "ok" : v.mentioned() ? "DIFF" : "n/a",
                v.gold(), v.target(), v.predicted() == null ? "-" : v.predicted(), v.evidence(), v.text());
          }
        }
      }
    }

    if (throughput > 0) {
      // distinct sentences (the encoder's pass over a text is shared by its targets, so repeats would flatter it):
      // the sample articles', then stancemap's own conflict-news sentences, every one naming a target
      java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>(sampleSentences());
      for (String f : List.of("data/tone/domain-train.jsonl", "data/tone/domain-dev.jsonl")) {
        if (Files.isRegularFile(inRepo(f))) for (ToneExample e : ToneEvaluator.read(inRepo(f))) distinct.add(e.sentence());
      }
      if (distinct.isEmpty()) for (ToneExample e : ToneEvaluator.read(dir.resolve("train.jsonl"))) distinct.add(e.sentence());
      List<String> sentences = new ArrayList<>(distinct);
      if (throughput > sentences.size()) {
        System.out.printf("throughput: %d distinct sentences available, %d asked: they repeat%n", sentences.size(), throughput);
      }
      List<String> texts = new ArrayList<>(throughput);
      for (int i = 0; i < throughput; i++) texts.add(sentences.get(i % sentences.size()));
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.println();
      for (ToneScorer s : scorers) {
        if (s instanceof Tuned || s.name().equals(VaderSentenceScorer.NAME)) continue;
        TargetToneAnalyzer a = new TargetToneAnalyzer(TargetMatcher.standard(), s);
        a.analyzeAllTexts(texts.subList(0, Math.min(1000, throughput))); // warm up
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
          long t0 = System.nanoTime();
          long pairs = timeChunks(a, texts, threads);
          double sec = (System.nanoTime() - t0) / 1e9;
          System.out.printf("throughput (%s, %d thread%s, plain Java): %d statements, %d (statement, target) pairs in %.2f s = "
              + "%.0f pairs/s, %.0f statements/s%n", s.name(), threads, threads == 1 ? "" : "s", texts.size(), pairs, sec,
              pairs / sec, texts.size() / sec);
        }
      }
      if (spark) sparkThroughput(texts);
    }
    return 0;
  }

  private static boolean isDefault(ToneScorer s) {
    return s.name().equals(ToneScorers.DEFAULT) && !(s instanceof Tuned);
  }

  private static String label(ToneScorer s) {
    return s.name() + (isDefault(s) ? " (default)" : "") + (s.name().equals(VaderSentenceScorer.NAME) ? " (baseline)" : "");
  }

  /** Scores the texts in chunks of 256 (as the tone job does) on {@code threads} threads; returns the pairs found. */
  private static long timeChunks(TargetToneAnalyzer a, List<String> texts, int threads) {
    java.util.concurrent.atomic.AtomicLong found = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
      for (int i = 0; i < texts.size(); i += 256) {
        List<String> chunk = texts.subList(i, Math.min(texts.size(), i + 256));
        jobs.add(pool.submit(() -> {
          for (var tones : a.analyzeAllTexts(chunk)) found.addAndGet(tones.size());
        }));
      }
      for (var j : jobs) j.get();
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
    return found.get();
  }

  /** The confusion matrix, gold by row. */
  static String confusion(ToneEvaluator.Result r) {
    StringBuilder sb = new StringBuilder("    confusion (gold rows, predicted columns)   neg    neu    pos");
    for (int g = 0; g < 3; g++) {
      sb.append(String.format("%n    %-40s %6d %6d %6d", "gold " + ToneEvaluator.LABELS.get(g), r.confusion()[g][0],
          r.confusion()[g][1], r.confusion()[g][2]));
    }
    return sb.toString();
  }

  private static void printErrors(ToneScorer s, List<ToneExample> examples, int n) {
    List<ToneScorer.Request> requests = new ArrayList<>();
    for (ToneExample e : examples) requests.add(new ToneScorer.Request(e.sentence(), e.from(), e.to(), e.mention()));
    List<org.stancemap.tone.ToneScore> scores = s.scoreAll(requests);
    int shown = 0;
    for (int i = 0; i < examples.size() && shown < n; i++) {
      ToneExample e = examples.get(i);
      if (e.label() == null || e.label().equals(scores.get(i).label())) continue;
      shown++;
      System.out.printf("    gold %s got %s (%+.2f) [%s] %s: %s%n", e.label(), scores.get(i).label(), scores.get(i).score(),
          e.mention(), scores.get(i).evidence(), e.sentence());
    }
  }

  /** Sentences of the sample articles (data/samples/*.txt beside the launcher), split naively; empty if none. */
  static List<String> sampleSentences() {
    List<String> out = new ArrayList<>();
    String home = System.getProperty("stancemap.home");
    Path samples = Path.of(home == null ? "." : home, "data", "samples");
    if (!Files.isDirectory(samples)) return out;
    try (var files = Files.list(samples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p).replaceAll("\\s+", " ");
        for (String s : text.split("(?<=[.!?])\\s+(?=[A-Z\"“])")) if (s.length() > 20) out.add(s);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static void sparkThroughput(List<String> texts) {
    SparkSession session = SparkSessions.create(null, "stancemap-eval-tone");
    StructType schema = new StructType()
        .add(StatementColumns.ARTICLE_ID, DataTypes.StringType)
        .add(StatementColumns.STATEMENT_ID, DataTypes.StringType)
        .add(StatementColumns.TEXT, DataTypes.StringType)
        .add(StatementColumns.START, DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) rows.add(RowFactory.create("a" + (i / 20), "s" + i, texts.get(i), 0));
    Dataset<Row> statements = session.createDataFrame(rows, schema).repartition(session.sparkContext().defaultParallelism()).cache();
    statements.count();
    for (int rep = 0; rep < 2; rep++) {
      long t0 = System.nanoTime();
      long n = ToneJob.score(statements, ToneJob.Config.defaults()).count();
      double sec = (System.nanoTime() - t0) / 1e9;
      System.out.printf("throughput (Spark tone job, %s, %s, run %d): %d statements -> %d rows in %.2f s = %.0f statements/s%n",
          session.sparkContext().master(), ToneScorers.DEFAULT, rep + 1, texts.size(), n, sec, texts.size() / sec);
    }
  }

  private static String f1s(ToneEvaluator.Result r) {
    return String.format("%.2f/%.2f/%.2f", r.f1()[0], r.f1()[1], r.f1()[2]);
  }

  private static Tuned tuned(Path dir) {
    List<ToneExample> train = ToneEvaluator.read(dir.resolve("train.jsonl"));
    System.out.println("tuning the lexicon scorer on " + dir.resolve("train.jsonl") + " (" + train.size() + " examples)...");
    LexiconTuner.Tuned t = LexiconTuner.tune(Lexicon.standard(), LexiconScorer.standard().params(), train, 2,
        line -> System.out.println("  " + line));
    System.out.printf("tuned on train: F1m %.4f; data/%s:%n%s%n", t.macroF1(), LexiconScorer.PARAMS_FILE, t.params().toProperties());
    return new Tuned(new LexiconScorer(Lexicon.standard(), t.params()));
  }

  /** The tuned lexicon scorer, shown as its own row. */
  record Tuned(LexiconScorer inner) implements ToneScorer {
    @Override
    public String name() {
      return "lexicon (tuned now)";
    }

    @Override
    public org.stancemap.tone.ToneScore score(String text, int mentionStart, int mentionEnd, String target) {
      return inner.score(text, mentionStart, mentionEnd, target);
    }
  }
}
