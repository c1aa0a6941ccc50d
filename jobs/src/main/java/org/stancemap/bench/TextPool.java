package org.stancemap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stancemap.ingest.ArticleParser;

/**
 * The real text the benchmark corpus is recombined from: sentences of the sample articles
 * (cleaned the way ingestion cleans them) and, when present, the NewsMTSC sentences; speaker
 * names found in both (NewsMTSC person-like mentions, names before "said" in the samples).
 */
public final class TextPool {
  /** A sentence boundary: end punctuation (maybe a closing quote), space, then an opening capital or quote. */
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[A-Z])");
  private static final Pattern NAME = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}");
  private static final Pattern NAME_BEFORE_SAID = Pattern.compile("([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) (?:said|told|added)");
  private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "American", "Sandy", "United", "White", "New");
  private static final int MIN_WORDS = 5;
  private static final int MAX_WORDS = 70;

  /** Sentences with a precomputed word count. */
  public record Sentence(String text, int words, boolean hasQuote) {}

  private final List<Sentence> sentences;
  private final List<String> speakers;
  private final List<String> sources;

  TextPool(List<Sentence> sentences, List<String> speakers, List<String> sources) {
    if (sentences.isEmpty()) throw new IllegalStateException("no sentences to build a corpus from: " + sources);
    if (speakers.isEmpty()) throw new IllegalStateException("no speaker names found in " + sources);
    this.sentences = List.copyOf(sentences);
    this.speakers = List.copyOf(speakers);
    this.sources = List.copyOf(sources);
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<String> speakers() {
    return speakers;
  }

  /** The files the pool was built from, for the corpus description. */
  public List<String> sources() {
    return sources;
  }

  /**
   * Reads the {@code .txt} files of {@code samplesDir} and every {@code .jsonl} of
   * {@code newsmtscDir} (skipped when the folder does not exist).
   */
  public static TextPool load(Path samplesDir, Path newsmtscDir) {
    Set<String> texts = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    List<String> sources = new ArrayList<>();
    ArticleParser parser = ArticleParser.load(ArticleParser.DEFAULT_MAX_BYTES);
    for (Path f : sorted(samplesDir, ".txt")) {
      sources.add(f.toString());
      String clean = parser.cleanText(read(f));
      for (String paragraph : clean.split("\n")) {
        for (String s : BOUNDARY.split(paragraph.strip())) texts.add(s.strip());
      }
      Matcher m = NAME_BEFORE_SAID.matcher(clean);
      while (m.find()) addName(names, m.group(1));
    }
    if (newsmtscDir != null && Files.isDirectory(newsmtscDir)) {
      ObjectMapper json = new ObjectMapper();
      for (Path f : sorted(newsmtscDir, ".jsonl")) {
        sources.add(f.toString());
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            if (n.hasNonNull("sentence")) texts.add(n.get("sentence").asText().strip());
            if (n.hasNonNull("mention") && NAME.matcher(n.get("mention").asText()).matches()) addName(names, n.get("mention").asText());
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f, e);
        }
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    for (String t : texts) {
      int words = ArticleParser.countWords(t);
      char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
      boolean ends = ".!?\"”’".indexOf(last) >= 0;
      if (words >= MIN_WORDS && words <= MAX_WORDS && ends) {
        sentences.add(new Sentence(t, words, t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('”') >= 0));
      }
    }
    return new TextPool(sentences, new ArrayList<>(names), sources);
  }

  private static void addName(Set<String> names, String name) {
    if (!NOT_NAMES.contains(name.substring(0, name.indexOf(' ')))) names.add(name);
  }

  private static List<Path> sorted(Path dir, String suffix) {
    if (dir == null || !Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }
}
