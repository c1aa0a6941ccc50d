package org.stancemap.cli;

import java.util.List;
import org.stancemap.ingest.ArticleParser;
import picocli.CommandLine.Option;

/** What to read and how strictly. */
public final class IngestOptions {
  @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*",
      description = "Files, folders or globs: .txt articles (with manifest.jsonl beside them), "
          + ".jsonl/.json records with a 'text' field, .csv with a header. Default: the bundled samples (data/samples).")
  public List<String> inputs;

  @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "" + ArticleParser.DEFAULT_MAX_BYTES,
      description = "Articles larger than this are rejected (default: ${DEFAULT-VALUE}, 5 MB).")
  public long maxArticleBytes;

  @Option(names = "--fail-on-reject",
      description = "Exit with code 6 when any input was rejected (outputs are still written).")
  public boolean failOnReject;

  @Option(names = "--allow-empty",
      description = "Write empty tables when the input holds no article (an empty folder, or every article rejected). "
          + "Without it such a run stops with exit code 3 and leaves previous outputs unchanged.")
  public boolean allowEmpty;

  public List<String> inputsOrSamples() {
    if (inputs != null && !inputs.isEmpty()) return inputs;
    List<String> configured = org.stancemap.ops.StancemapConfig.current().list("input");
    return configured.isEmpty() ? CommonOptions.sampleInputs() : configured;
  }
}
