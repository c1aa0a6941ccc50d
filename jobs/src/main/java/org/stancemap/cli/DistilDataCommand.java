package org.stancemap.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancemap.tone.model.DistillationData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stancemap distil-data}: the distilled student's training file, labelled by the fine-tuned encoder. */
@Command(name = "distil-data", mixinStandardHelpOptions = true,
    description = {"Writes the distilled tone student's training file: mentions labelled by the fine-tuned encoder.",
        "Each JSON line holds the encoder's input ids and class probabilities (the teacher's) and the gold label where",
        "the file has one, for scripts/tone/distil.py (scripts/distil-tone runs both).",
        "Mentions: the labelled ones of --labelled files, further capitalised names in the same sentences (unless --no-names),",
        "and the target mentions of the statements found in the .txt articles of --articles folders."})
public final class DistilDataCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "JSON lines to write.")
  Path out;

  @Option(names = "--labelled", split = ",", description = "tone files in NewsMTSC's format, comma-separated")
  List<Path> labelled = new ArrayList<>();

  @Option(names = "--no-names", description = "only the labelled mentions, not the labelled sentences' other capitalised "
      + "names (teacher-labelled only; added by default)")
  boolean noNames;

  @Option(names = "--articles", split = ",", description = "folders of .txt articles, comma-separated")
  List<Path> articles = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    DistillationData data = DistillationData.standard();
    if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    int total = 0;
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Path f : labelled) {
        List<DistillationData.Row> rows = data.labelled(f, !noNames);
        DistillationData.write(rows, w);
        total += rows.size();
        System.err.printf("distil-data: %s: %d mentions%n", f, rows.size());
      }
      for (Path d : articles) {
        List<DistillationData.Row> rows = data.articles(d);
        DistillationData.write(rows, w);
        total += rows.size();
        System.err.printf("distil-data: %s: %d mentions%n", d, rows.size());
      }
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.err.printf("distil-data: %d mentions -> %s%n", total, out);
    return 0;
  }
}
