package org.stancemap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    description = {"Prints macro-F1 over neg/neu/pos (F1m) and accuracy of every registered tone scorer and of the",
        "VADER-on-sentence baseline on NewsMTSC dev-rw.jsonl and dev-mt.jsonl (Hamborg & Donnay, EACL 2021),",
        "the default scorer's agreement with the seed gold's tone verdicts, and scoring throughput."})
public final class EvalToneCommand implements Callable<Integer> {
  static final List<String> DEV = List.of("dev-rw", "dev-mt");

  @Option(names = "--data-dir", description = "NewsMTSC directory (default: ../shared/eval/newsmtsc beside the repository).")
  Path dataDir;

  @Option(names = "--seed-gold", description = "Seed gold JSONL with tone verdicts (default: ../shared/eval/seed-gold.jsonl beside the repository; skipped if missing).")
  Path seedGold;

  @Option(names = "--show-seed", description = "Print every seed gold verdict with the default scorer's label and evidence.")
  boolean showSeed;

  @Option(names = "--throughput", defaultValue = "10000",
      description = "Time finding targets and scoring this many statements per scorer (sentences of the seed articles in "
          + "data/samples, which mostly mention targets, cycled; train.jsonl sentences without them); 0 skips. Default: ${DEFAULT-VALUE}.")
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

  static Path besideRepo(String relative) {
    String home = System.getProperty("stancemap.home");
    Path base = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    return base.resolve("..").resolve(relative).normalize();
  }

  @Override
  public Integer call() {
    Path dir = dataDir != null ? dataDir : besideRepo("shared/eval/newsmtsc");
    List<ToneScorer> scorers = new ArrayList<>();
    scorers.add(ToneScorers.baseline());
    for (String n : ToneScorers.names()) scorers.add(ToneScorers.get(n));
    if (tune) scorers.add(tuned(dir));

    System.out.println("NewsMTSC (Hamborg & Donnay, EACL 2021) from " + dir);
    List<List<ToneExample>> dev = new ArrayList<>();
    for (String d : DEV) dev.add(ToneEvaluator.read(dir.resolve(d + ".jsonl")));
    System.out.printf("%-22s %8s %8s %8s %8s   %s%n", "scorer", DEV.get(0) + " F1m", "acc", DEV.get(1) + " F1m", "acc", "F1 neg/neu/pos (rw | mt)");
    for (ToneScorer s : scorers) {
      List<ToneEvaluator.Result> rs = new ArrayList<>();
      for (int i = 0; i < DEV.size(); i++) rs.add(ToneEvaluator.evaluate(s, dev.get(i), DEV.get(i)));
      String name = s.name() + (s.name().equals(ToneScorers.DEFAULT) && !(s instanceof Tuned) ? " (default)" : "")
          + (s.name().equals(VaderSentenceScorer.NAME) ? " (baseline)" : "");
      System.out.printf("%-22s %8.3f %8.3f %8.3f %8.3f   %s | %s%n", name, rs.get(0).macroF1(), rs.get(0).accuracy(),
          rs.get(1).macroF1(), rs.get(1).accuracy(), f1s(rs.get(0)), f1s(rs.get(1)));
    }

    Path gold = seedGold != null ? seedGold : besideRepo("shared/eval/seed-gold.jsonl");
    if (Files.isRegularFile(gold)) {
      System.out.println();
      for (ToneScorer s : scorers) {
        if (s instanceof Tuned) continue;
        SeedToneCheck.Summary sum = SeedToneCheck.check(gold, new TargetToneAnalyzer(TargetMatcher.standard(), s));
        System.out.printf("seed gold tone (%s): %d/%d verdicts agree (%.0f%%); %d of %d verdicts are on targets the statement text does not mention%n",
            s.name(), sum.agree(), sum.mentioned(), 100 * sum.agreement(), sum.verdicts() - sum.mentioned(), sum.verdicts());
        if (showSeed && s.name().equals(ToneScorers.DEFAULT)) {
          for (SeedToneCheck.Verdict v : sum.rows()) {
            System.out.printf("  %-4s gold %s %-7s got %-4s %s  %s%n", v.agrees() ? "ok" : v.mentioned() ? "DIFF" : "n/a",
                v.gold(), v.target(), v.predicted() == null ? "-" : v.predicted(), v.evidence(), v.text());
          }
        }
      }
    }

    if (throughput > 0) {
      List<String> sentences = sampleSentences();
      if (sentences.isEmpty()) for (ToneExample e : ToneEvaluator.read(dir.resolve("train.jsonl"))) sentences.add(e.sentence());
      List<String> texts = new ArrayList<>(throughput);
      for (int i = 0; i < throughput; i++) texts.add(sentences.get(i % sentences.size()));
      System.out.println();
      for (ToneScorer s : scorers) {
        if (s instanceof Tuned || s.name().equals(VaderSentenceScorer.NAME)) continue;
        TargetToneAnalyzer a = new TargetToneAnalyzer(TargetMatcher.standard(), s);
        a.analyzeAll(texts.subList(0, Math.min(1000, throughput))); // warm up
        long t0 = System.nanoTime();
        long found = 0;
        for (int i = 0; i < texts.size(); i += 256) { // in chunks, as the tone job does (batched scorers batch)
          for (var tones : a.analyzeAll(texts.subList(i, Math.min(texts.size(), i + 256)))) found += tones.size();
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("throughput (%s, one thread, plain Java): %d statements, %d (statement, target) scores in %.2f s = %.0f statements/s%n",
            s.name(), texts.size(), found, sec, texts.size() / sec);
      }
      if (spark) sparkThroughput(texts);
    }
    return 0;
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
