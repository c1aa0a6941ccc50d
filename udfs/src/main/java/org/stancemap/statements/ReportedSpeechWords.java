package org.stancemap.statements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.text.DataFiles;

/**
 * The word lists of the reported-speech rules ({@code data/reported-speech-words.tsv}): one row per
 * list, its name and its words. Every list the rules read ({@link #LISTS}) must be in the file; a
 * missing or duplicated one is refused with its name.
 */
public final class ReportedSpeechWords {
  public static final String FILE = "reported-speech-words.tsv";
  /** The lists the rules read. */
  public static final List<String> LISTS = List.of("pronoun-speakers", "adverbial-start", "do-forms", "subject-pronouns",
      "listener-cues", "tell", "pp-start", "adjunct-start", "time", "time-nouns", "articles", "aux", "prepositions", "passive",
      "object-stop", "bad-clause-start", "described-as", "clause-joins", "modals", "time-openers", "time-relatives",
      "document-closers");

  final Set<String> pronounSpeakers, adverbialStart, doForms, subjectPronouns, listenerCues, tell, ppStart, adjunctStart,
      time, articles, aux, prepositions, passive, objectStop, badClauseStart, describedAs, clauseJoins, timeNouns, modals, timeOpeners,
      timeRelatives, documentClosers;

  private static volatile ReportedSpeechWords defaults;

  /** The lists of {@code data/reported-speech-words.tsv} (loaded once). */
  public static ReportedSpeechWords load() {
    ReportedSpeechWords w = defaults;
    if (w == null) {
      synchronized (ReportedSpeechWords.class) {
        if (defaults == null) defaults = new ReportedSpeechWords(DataFiles.tsv(FILE));
        w = defaults;
      }
    }
    return w;
  }

  /** Whether a lower-case word is a time noun ("month", "week"): "Last month Ms Harcourt posted ...". */
  public boolean timeNoun(String lower) {
    return timeNouns.contains(lower);
  }

  /** Whether a lower-case word opens a time phrase before a subject ("last", "this"): "Last month Ms Harcourt posted ...". */
  public boolean timeOpener(String lower) {
    return timeOpeners.contains(lower);
  }

  /** Whether a lower-case word comes before a time opener ("earlier", "later"): "Earlier this week the minister wrote ...". */
  public boolean timeRelative(String lower) {
    return timeRelatives.contains(lower);
  }

  /** Whether a lower-case word may close a document's clause before a colon ("read", "which"): "a statement that read:". */
  public boolean documentCloser(String lower) {
    return documentClosers.contains(lower);
  }

  /** Lists from rows {@code name, words separated by spaces}. */
  public ReportedSpeechWords(List<String[]> rows) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (String[] row : rows) {
      if (row.length != 2 || row[0].isBlank()) {
        throw new IllegalArgumentException("data/" + FILE + ": a row is a list name, a TAB and its words: " + String.join("\\t", row));
      }
      String name = row[0].strip();
      Set<String> words = Set.copyOf(java.util.Arrays.asList(row[1].strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
      if (lists.put(name, words) != null) {
        throw new IllegalArgumentException("data/" + FILE + ": list '" + name + "' is given twice");
      }
    }
    pronounSpeakers = list(lists, "pronoun-speakers");
    adverbialStart = list(lists, "adverbial-start");
    doForms = list(lists, "do-forms");
    subjectPronouns = list(lists, "subject-pronouns");
    listenerCues = list(lists, "listener-cues");
    tell = list(lists, "tell");
    ppStart = list(lists, "pp-start");
    adjunctStart = list(lists, "adjunct-start");
    time = list(lists, "time");
    articles = list(lists, "articles");
    aux = list(lists, "aux");
    prepositions = list(lists, "prepositions");
    passive = list(lists, "passive");
    objectStop = list(lists, "object-stop");
    badClauseStart = list(lists, "bad-clause-start");
    describedAs = list(lists, "described-as");
    clauseJoins = list(lists, "clause-joins");
    timeNouns = list(lists, "time-nouns");
    modals = list(lists, "modals");
    timeOpeners = list(lists, "time-openers");
    timeRelatives = list(lists, "time-relatives");
    documentClosers = list(lists, "document-closers");
  }

  private static Set<String> list(Map<String, Set<String>> lists, String name) {
    Set<String> s = lists.get(name);
    if (s == null) throw new IllegalArgumentException("data/" + FILE + " has no list '" + name + "'");
    return s;
  }
}
