package org.stancemap.statements;

import java.util.List;
import java.util.Set;
import org.stancemap.text.DataFiles;
import org.stancemap.text.WordLists;

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
      "document-closers", "source-relatives", "anonymity", "body-links", "term-words", "norm-words", "stance-nouns",
      "title-function-words", "quantity-nouns", "question-words", "refusals", "urge-object-stop", "duration-quantities",
      "infinitive-participles", "relative-time-prepositions", "as-phrases", "opinion-nouns", "participle-openers", "perfect", "double-object", "document-cues", "irregular-pasts");

  final Set<String> pronounSpeakers, adverbialStart, doForms, subjectPronouns, listenerCues, tell, ppStart, adjunctStart,
      time, articles, aux, prepositions, passive, objectStop, badClauseStart, describedAs, clauseJoins, timeNouns, modals, timeOpeners,
      timeRelatives, documentClosers, sourceRelatives, anonymity, bodyLinks, termWords, normWords, stanceNouns, titleFunctionWords,
      quantityNouns, questionWords, refusals, urgeObjectStop, durationQuantities, infinitiveParticiples,
      relativeTimePrepositions, asPhrases, opinionNouns, participleOpeners, perfect, doubleObject, documentCues, irregularPasts;

  private static volatile ReportedSpeechWords defaults;

  /** Whether {@code w} (lower case) is an auxiliary of the aux list ("are", "would", "had"): a finite verb. */
  public boolean auxiliary(String w) {
    return aux.contains(w);
  }

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
    WordLists lists = new WordLists(FILE, rows);
    pronounSpeakers = lists.get("pronoun-speakers");
    adverbialStart = lists.get("adverbial-start");
    doForms = lists.get("do-forms");
    subjectPronouns = lists.get("subject-pronouns");
    listenerCues = lists.get("listener-cues");
    tell = lists.get("tell");
    ppStart = lists.get("pp-start");
    adjunctStart = lists.get("adjunct-start");
    time = lists.get("time");
    articles = lists.get("articles");
    aux = lists.get("aux");
    prepositions = lists.get("prepositions");
    passive = lists.get("passive");
    objectStop = lists.get("object-stop");
    badClauseStart = lists.get("bad-clause-start");
    describedAs = lists.get("described-as");
    clauseJoins = lists.get("clause-joins");
    timeNouns = lists.get("time-nouns");
    modals = lists.get("modals");
    timeOpeners = lists.get("time-openers");
    timeRelatives = lists.get("time-relatives");
    documentClosers = lists.get("document-closers");
    sourceRelatives = lists.get("source-relatives");
    anonymity = lists.get("anonymity");
    bodyLinks = lists.get("body-links");
    termWords = lists.get("term-words");
    normWords = lists.get("norm-words");
    stanceNouns = lists.get("stance-nouns");
    titleFunctionWords = lists.get("title-function-words");
    quantityNouns = lists.get("quantity-nouns");
    questionWords = lists.get("question-words");
    refusals = lists.get("refusals");
    urgeObjectStop = lists.get("urge-object-stop");
    durationQuantities = lists.get("duration-quantities");
    infinitiveParticiples = lists.get("infinitive-participles");
    relativeTimePrepositions = lists.get("relative-time-prepositions");
    asPhrases = lists.get("as-phrases");
    opinionNouns = lists.get("opinion-nouns");
    participleOpeners = lists.get("participle-openers");
    perfect = lists.get("perfect");
    doubleObject = lists.get("double-object");
    documentCues = lists.get("document-cues");
    irregularPasts = lists.get("irregular-pasts");
  }
}
