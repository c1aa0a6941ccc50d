package org.stancemap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stancemap.bench.CorpusGenerator;
import org.stancemap.bench.TextPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
    description = "Write a benchmark corpus: N news-like articles recombined from real sentences (the samples and, "
        + "when present, NewsMTSC), as JSON Lines shards with file, outlet, url, published, title, text. "
        + "The same seed and N give the same files.")
public final class BenchCorpusCommand implements Callable<Integer> {
  @Option(names = {"-n", "--articles"}, paramLabel = "N", defaultValue = "1000", description = "Articles to write (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--shards", defaultValue = "10", description = "JSON Lines files to spread the articles over (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Folder to write (replaced as a whole).")
  Path output;

  @Option(names = "--samples", paramLabel = "DIR", description = "Sample articles (.txt) to take sentences from. Default: data/samples.")
  Path samples;

  @Option(names = "--newsmtsc", paramLabel = "DIR",
      description = "NewsMTSC .jsonl files to take sentences and names from, if the folder exists. Default: data/eval/newsmtsc.")
  Path newsmtsc;

  @Option(names = "--limits", description = "Write the limits corpus instead: one ~5 MB article, one with 100,000 quote marks, one over the size limit.")
  boolean limits;

  @Option(names = "--reuse", description = "Keep OUTPUT as it is when it already holds the corpus of this N, seed, shard count and generator version.")
  boolean reuse;

  @Override
  public Integer call() throws java.io.IOException {
    Path description = output.resolve(CorpusGenerator.DESCRIPTION_FILE);
    if (reuse && !limits && java.nio.file.Files.exists(description)) {
      var d = new com.fasterxml.jackson.databind.ObjectMapper().readTree(description.toFile());
      if (d.path("articles").asLong() == articles && d.path("seed").asLong() == seed && d.path("shards").asInt() == shards
          && d.path("version").asInt() == CorpusGenerator.VERSION) {
        System.out.printf("stancemap: reusing the corpus in %s (%,d articles, seed %d)%n", output, articles, seed);
        return ExitCodes.OK;
      }
    }
    Path home = Path.of(System.getProperty("stancemap.home", "."));
    Path samplesDir = samples != null ? samples : home.resolve("data/samples");
    Path newsDir = newsmtsc != null ? newsmtsc : home.resolve("data/eval/newsmtsc").normalize();
    long start = System.nanoTime();
    CorpusGenerator generator = new CorpusGenerator(TextPool.load(samplesDir, newsDir));
    if (limits) {
      generator.writeLimits(seed, output);
      System.out.printf("stancemap: wrote the limits corpus to %s in %.1f s%n", output, (System.nanoTime() - start) / 1e9);
      return ExitCodes.OK;
    }
    CorpusGenerator.Description d = generator.write(articles, seed, shards, output);
    System.out.printf("stancemap: wrote %,d articles (%,d words, %,d bytes; median %d words, p99 %d, max %d; %,d quote marks) to %s in %.1f s%n",
        d.articles(), d.words(), d.bytes(), d.medianWords(), d.p99Words(), d.maxWords(), d.quoteMarks(), output,
        (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }
}
