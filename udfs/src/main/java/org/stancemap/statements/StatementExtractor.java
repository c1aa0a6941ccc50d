package org.stancemap.statements;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.ingest.Datelines;
import org.stancemap.speakers.ArticleSpeakers;
import org.stancemap.speakers.Descriptors;
import org.stancemap.speakers.GivenNames;
import org.stancemap.speakers.Mention;
import org.stancemap.speakers.MentionParser;
import org.stancemap.speakers.Speaker;
import org.stancemap.speakers.SpeakerTable;
import org.stancemap.speakers.sieves.Attribution;
import org.stancemap.speakers.sieves.Grammar;
import org.stancemap.speakers.sieves.QuoteContext;
import org.stancemap.speakers.sieves.QuoteRules;
import org.stancemap.speakers.sieves.SentenceSubject;
import org.stancemap.text.Boilerplate;
import org.stancemap.text.QuoteMarks;
import org.stancemap.text.Sentences;
import org.stancemap.text.TextView;
import org.stancemap.text.Tokens;

/**
 * Splits an article into statements: direct quotes, partial quotes, reported speech (indirect),
 * embedded social posts, and narrative (every other sentence, spoken by the outlet), each with its
 * speaker. Wire furniture ({@link Datelines}: datelines, agency tags, bylines, credit lines) is cut
 * from the sentences first, so it is never a statement. Plain Java, thread-safe, no exception escapes {@link #extract}.
 *
 * <p>The order attribution is decided in, per paragraph: a Q&A interview's answer paragraph
 * ({@code interview-answer}) and an embedded post above its signature ({@code social-post}) claim the
 * whole paragraph; otherwise, per sentence, its quotes are attributed by the quote rules in their
 * order ({@link QuoteRules}), then a sentence no direct quote claimed is read by the reported-speech
 * rules in their order ({@link ReportedSpeechRules}), then a fragment no rule attributed belongs to
 * the reported speech around it ({@code inside-reported-speech}) or is a scare quote, and a sentence
 * still unclaimed is the outlet's own ({@code outlet}). Rule names: {@link RuleNames}; their
 * confidence priors: {@code data/attribution-rules.tsv}.
 *
 * <p>Offsets: {@code start}/{@code end} index the article's original text; a quote's span is the
 * content between its marks without surrounding whitespace (marks excluded); other statements are
 * trimmed of whitespace.
 */
public final class StatementExtractor {
  // (no dash inside the author: "\u2014 I would suggest ... delegation\u2014 Name (@h)" is a dash interview's answer, not a signature)
  private static final Pattern SIGNATURE = Pattern.compile("^[\u2014\u2013-]+\\s*([^()\\n\u2014\u2013]{1,80}?)\\s*\\((@\\w{1,40})\\)");
  /** A Q&A interview paragraph: "Q: ..." (the outlet asks) or "A: ..." (the interviewee answers). */
  /** "Q:", "A:", "Q.", "A." (a court's examination), "Question:", "Answer:": an interview's or a briefing's turns. */
  private static final Pattern QA_LABEL = Pattern.compile("^(?:[QA][:.]|Question:|Answer:|QUESTION:|ANSWER:)\\s+");
  /** "This was stated to Gazeta.Ru by", "As Ukrinform reports, this was stated by": group 1 the verb. */
  private static final Pattern STATED_BY = Pattern.compile(
      "^(?:As [^,\\n]{2,60}, )?[Tt]his (?:was|has been) (stated|said|announced|reported|noted|declared|confirmed|written|posted)\\b");
  /**
   * A briefing's question turn: "QUESTION:", "Question (Hassan Obeid, Al-Mashriq TV):", "Question 2 \u2013 Ahmad Karimi,
   * Tasnim:", "Question from Anna Kovacs, Euronews:" (a number only with the asker after it: "Question 1: Can I still fly?" heads an explainer's section), the asker
   * perhaps named in brackets or after a dash (groups 1 to 3); the White House's "Q Thanks, Dana. Is ...?" (a capital Q, a
   * space, no colon).
   */
  private static final Pattern QUESTION_LABEL = Pattern.compile("^(?:(?:QUESTION|Question)(?: \\(([^()\\n]{2,80})\\))?"
      + "|(?:QUESTION|Question) (?:\\d{1,3} [\u2013\u2014-]|from|by) (\\p{Lu}[^:?\\n]{1,80})|Q \\(([^()\\n]{2,80})\\)|Q):[ \\t]+(?=\\S)"
      + "|^Q[ \\t]+(?=[A-Z\"\u201c])");
  /** A surname's lower-case particle in a label's name ("Pieter de Wolf", "Ursula von der Leyen"): data/speaker-words.tsv particles, no link word. */
  private static final String NAME_PARTICLES = nameParticles();

  private static String nameParticles() {
    Set<String> links = org.stancemap.speakers.SpeakerWords.list("link-particles");
    return "(?:" + String.join("|", org.stancemap.speakers.SpeakerWords.list("particles").stream().filter(w -> !links.contains(w))
        .sorted().map(Pattern::quote).toList()) + ")";
  }

  /**
   * A paragraph opening with a name label and a colon: "Okafor: ...", "Mr Hale: \"...\"", "Priya Raman: ...", perhaps
   * after a podcast's time stamp ("[00:12:31] Hannah Pierce: ..."); minutes put a dash after a name in capitals
   * ("SELIN AKGUL (CHP, Izmir) – ...", "ZEYNEP AKBULUT (İzmir) [CHP] – ...", {@link #nameLabel}). Group 1: the name; group 2:
   * the colon or the dash.
   */
  private static final Pattern NAME_LABEL = Pattern.compile(
      "^(?:\\[\\d{1,2}(?::\\d\\d){1,2}\\][ \\t]*)?(\\p{Lu}[\\p{L}'\u2019.\\-]*(?: (?:" + NAME_PARTICLES + " ){0,2}\\p{Lu}[\\p{L}'\u2019.\\-]*){0,3}|\\p{Lu}\\p{L}+(?: (?:(?:of|for)(?: the)? |and )?\\p{Lu}[\\p{L}'\u2019.\\-]*){2,8})(?:, \\p{Lu}[\\p{L}.'\u2019&/-]*(?: [\\p{L}\\d.'\u2019&/-]+){0,6}(?: (?:of|the|on|for|and|\\p{Lu}[\\p{L}.'\u2019&/-]*)){0,3}|, \\p{L}[\\p{L}.'\u2019&/-]*(?: [\\p{L}\\d.'\u2019&/-]+){0,6}| \\([^()\\n]{1,160}\\)| \\[[^\\[\\]\\n]{1,40}\\]){0,4}(:|\\.?[ \\t]+[\u2013\u2014-](?=[ \\t]))[ \\t]+(?=\\S)");

  /**
   * A label in capitals this reader does not take for a speaker's, perhaps with a place in round and a party in square
   * brackets ("MINISTER OF FOREIGN AFFAIRS HAKAN FIDAN \u2013", "AHMET SOLAK (Konya) [AK Party] \u2013",
   * "SPEAKER 2:", "MAHMOUD AL-ALI, returned to Aleppo in 2025:"): still a new turn, so the paragraph does not continue the turn before it.
   */
  private static final Pattern CAPS_LABEL = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}\\p{M}\\d.'\u2019/\\- ]{1,100}|\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\-]+(?: [\\p{Lu}\\p{M}.'\u2019\\-]+)+,[^:\\n.!?]{1,100})(?: \\([^()\\n]{1,80}\\)| \\[[^\\[\\]\\n]{1,40}\\]){0,2}(?::| [\u2013\u2014])[ \\t]");

  /**
   * A hearing record's label, as the US Government Publishing Office prints them: "The CHAIRMAN.", "Senator ALVAREZ.",
   * "Mr. OKAFOR." and the words; group 1 the label (a capitalised word, then one or two words in capitals), group 2 its
   * full stop. The word before the name must be "The" or a title ({@code labelMention}).
   */
  private static final Pattern RECORD_LABEL = Pattern.compile(
      "^(\\p{Lu}\\p{Ll}+\\.?[ \\t]+\\p{Lu}[\\p{Lu}\\p{M}'\u2019\\-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}\\p{M}'\u2019\\-]+)?)(\\.)[ \\t]+(?=\\S)");
  /**
   * A verbatim report's label whose role runs past {@link #NAME_LABEL}'s, up to its full stop and dash: "Kaja Kallas,
   * Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy. \u2013".
   * Group 1: the name; group 2: the full stop and the dash.
   */
  private static final Pattern VERBATIM_LABEL = Pattern.compile("^(\\p{Lu}[\\p{L}'\u2019\\-]*(?: (?:" + NAME_PARTICLES
      + " ){0,2}\\p{Lu}[\\p{L}'\u2019\\-]*){1,3}), \\p{L}[^.\\n:\u2013\u2014]{1,200}?(\\.[ \\t]+[\u2013\u2014])[ \\t]+(?=\\S)");

  /** A stage direction in brackets at the start of a turn, and the spaces and full stop after it. */
  private static final Pattern STAGE_OPENING = Pattern.compile("[(\\[][^()\\[\\]\\n]{1,60}[)\\]][ \\t.]*");

  /** A record's header line naming who presides: "IN THE CHAIR: KATARINA HOLMQVIST", "Presiding: Jane Roe"; group 1 the name. */
  private static final Pattern PRESIDING_HEADER = Pattern.compile(
      "(?m)^(?:IN THE CHAIR|In the [Cc]hair|PRESIDING|Presiding):[ \\t]+(\\p{Lu}[\\p{L}.'\u2019\\-]*(?:[ \\t]+(?:" + NAME_PARTICLES + "[ \\t]+){0,2}\\p{Lu}[\\p{L}.'\u2019\\-]*){1,3})(?:,[ \\t]+\\p{Lu}[\\p{L}\\- ]{1,40})?[ \\t]*$");

  /** A header's list lead-in: "Presenters: ", "Guest: ", "Panelists: " at a line's or sentence's start. */
  private static final Pattern HEADER_LIST = Pattern.compile("(?:^|(?<=[.;] )|(?<=\\n))\\p{Lu}\\p{Ll}+(?: \\p{Ll}+)?:[ \\t]+");
  /**
   * A header's lead-in on a line of its own, the people one a line below it: "SPEAKERS:", "WITNESS:", "Panelists:"
   * over "SEN. MARK HOLLOWAY (R-IND.), CHAIRMAN".
   */
  private static final Pattern HEADER_BLOCK = Pattern.compile("(?m)^(?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,})(?: \\p{L}+)?:[ \\t]*$");
  /** One line of such a block: a name (capitalised words), then perhaps a party in brackets or a role after a comma; group 1 the name. */
  private static final Pattern BLOCK_PERSON = Pattern.compile("^[ \\t]*(\\p{Lu}[\\p{L}.'\u2019\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'\u2019\\-]*){1,4})[ \\t]*(?:[(,].*)?$");
  /** One item of such a list: the words between commas and "and". */
  private static final Pattern LIST_PART = Pattern.compile("[^,&]+?(?=\\s*(?:,|&|\\band\\b|$))");

  /** A header line that names a role's holder: "Chair: Orhan KAYA (AK PARTY, Ankara)"; group 1 the role, group 2 the name. */
  private static final Pattern HEADER_ROLE = Pattern.compile(
      "(?m)^(\\p{Lu}\\p{L}+):[ \\t]+(\\p{Lu}[\\p{L}.'\u2019\\-]*(?:[ \\t]+(?:" + NAME_PARTICLES + "[ \\t]+){0,2}\\p{Lu}[\\p{L}.'\u2019\\-]*){1,3})[ \\t.]*(?:\\([^()\\n]{1,80}\\)|(?:,|[ \\t]+(?:and|&))[ \\t]+\\p{Lu}[\\p{L}\\- ,&]{1,60})?[ \\t]*$");

  /** A paragraph of a header's role lines only: "Guest: Mehmet Orhun, former ambassador", "Producer: Jane Roe" (no sentence). */
  private static final Pattern HEADER_ROLE_LINE = Pattern.compile("(?:\\s*\\p{Lu}\\p{L}+:[ \\t]+\\p{Lu}[^\\n.!?]{1,100}\\s*)+");

  /** A court transcript's witness line and the examining counsel: "ARKADY VOLKOV (continued)\nCross-examined by MS HARGREAVES". */
  private static final Pattern EXAMINED_BY = Pattern.compile(
      "(?m)^(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\-]*){1,3})(?:,? \\(?(?:continued|sworn|affirmed)\\)?)?[ \\t]*\\n[ \\t]*(?:(?:Cross|Re)-)?[Ee]xamined by (\\p{Lu}[\\p{L}.'\u2019\\-]*(?: \\p{Lu}[\\p{L}.'\u2019\\-]*){0,3})");

  /** A US reporter's transcript: "MARISOL ORTEGA," then "called as a witness ..." or "having been duly sworn ...". */
  private static final Pattern WITNESS_CALLED = Pattern.compile(
      "(?m)^(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\-]*){1,3}),\\s+(?:called as a witness|having been (?:first )?(?:duly )?(?:sworn|affirmed))");
  /** The line naming who examines from here on, after "DIRECT EXAMINATION" (one paragraph with it) or a break: "BY MS. REYES:". */
  private static final Pattern BY_EXAMINER = Pattern.compile(
      "^(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER)[- ]?(?:DIRECT |CROSS-)?EXAMINATION\\s+)?BY (\\p{Lu}{1,4}\\.? \\p{Lu}[\\p{Lu}\\p{M}'\u2019\\-]*(?: \\p{Lu}[\\p{Lu}\\p{M}'\u2019\\-]*){0,2}):[ \\t]*$");

  /**
   * A briefing's title, perhaps naming who gives it: "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, ...",
   * "Remarks by President X at ...", "Ministry of National Defence Weekly Press Briefing – 23 October" (an office's words before
   * "Briefing" only: "Student Who Interrupted Speech by ..." is a headline). Group 1: the answers' cue; group 2: the giver.
   */
  private static final Pattern BRIEFING_TITLE = Pattern.compile(
      "^(?:(?:(?:\\p{Lu}[\\p{L}'\u2019.\\-]*|of|the|and|for|on) ){1,8}?(?=(?:(?:Daily|Weekly|Regular|Noon|Midday) )?(?:Press )?Briefing\\b))?"
      + "(?:(?:Daily|Weekly|Regular|Noon|Midday) )?(?:Press )?(Briefing|Remarks|Opening remarks|Statement|Speech|Address)\\b(?: by ([^,\\n]{3,120}))?");
  /**
   * A line under the headline that says whose remarks follow: "Remarks of President Erdoğan at the press conference are as
   * follows:", "The full text of the statement by X is as follows:". Group 1: the answers' cue; group 2: the speaker.
   */
  private static final Pattern REMARKS_FOLLOW = Pattern.compile(
      "^(?:The )?(?:[Ff]ull )?(?:[Tt]ext of (?:the )?)?([Rr]emarks|[Ss]tatement|[Ss]peech|[Aa]ddress) (?:of|by) ([^,:;()\\n]{3,80}?)"
      + "(?: (?:at|to|during|after|following|in|on) [^:\\n]{0,100}?)? (?:are|is|were|was) as follows[:.]?\\s*$");

  /**
   * A briefing named in the lines under its title: "the following is ... today's noon briefing by Stéphane Dujarric, Spokesman
   * for the Secretary-General": the name, a comma, then a spokesperson's or press secretary's title (no other role: "a
   * briefing by Tom Fletcher, the relief chief, to the Council" names no briefer).
   */
  private static final Pattern BRIEFING_BY = Pattern.compile(
      "\\b([Bb]riefing)(?: by ([^,;:()\\n]{3,80}), (?:the )?(?:[\\p{L}-]+ ){0,3}(?:[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary)\\b"
      + "| (?:was|is|will be) (?:given|held|delivered|conducted|led) by ([^,;:()\\n]{3,120}?)(?:\\.(?=\\s|$)|,))");

  /**
   * A minutes label's opening in capitals that says for whom the member speaks: "ON BEHALF OF THE AK PARTY GROUP ", "ON
   * BEHALF OF THE CHP GROUP " (the last word one of data/speaker-words.tsv "on-behalf-heads"); the name follows.
   */
  private static final java.util.Set<String> ON_BEHALF_HEADS = java.util.Set.copyOf(org.stancemap.speakers.SpeakerWords.list("on-behalf-heads"));
  private static final Pattern ON_BEHALF = Pattern.compile("ON BEHALF OF (?:THE )?(?:[\\p{Lu}\\p{M}\\d.'\u2019&\\-]+ ){1,6}?(?:"
      + String.join("|", ON_BEHALF_HEADS.stream()
          .map(w -> w.toUpperCase(java.util.Locale.ROOT)).sorted().toList()) + ") (?=\\p{Lu})");

  /** Words by which a transcript's header names who asks the questions: "Host: Selin Aydemir" (data/speaker-words.tsv). */
  private static final List<String> PRESENTER_ROLES = List.copyOf(org.stancemap.speakers.SpeakerWords.list("presenter-roles"));

  /** Words of a header line that lists the members present (data/speaker-words.tsv attendance-words): "Members in attendance:". */
  private static final Set<String> ATTENDANCE_WORDS = org.stancemap.speakers.SpeakerWords.list("attendance-words");

  /** A header's name with a role in brackets: "Senator Ellen Whitford (Chair)"; group 1 the name, group 2 the role word. */
  private static final Pattern BRACKETED_ROLE = Pattern.compile("(\\p{Lu}[\\p{L}.'\u2019\\-]+(?: \\p{Lu}[\\p{L}.'\u2019\\-]+){1,3}) \\((\\p{L}+)\\)");

  /** A label alone on its line that calls its speaker the host: "AILSA MORROW, HOST:"; group 1 the name, group 2 the role. */
  private static final Pattern HOST_LINE = Pattern.compile("(?m)^(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\-]+(?: [\\p{Lu}\\p{M}.'\u2019\\-]+){1,3}), (\\p{L}+):[ \\t]*$");
  /** Words in capitals that label an item, never a speaker ("UPDATE:", "WATCH:"; data/speaker-words.tsv label-furniture). */
  private static final Set<String> LABEL_FURNITURE = org.stancemap.speakers.SpeakerWords.list("label-furniture");

  /**
   * A label in capitals and a plain hyphen opening a paragraph, as a record's minutes print turns ("ÖZGÜR ÖZEL (Manisa) -",
   * "SPEAKER -"): group 1 the label with its brackets. Such labels are read only when one of them comes back in the article
   * (a record, where members speak again), not in a round-up of names ("HARRY KANE - The England captain ...").
   */
  private static final Pattern HYPHEN_LABEL = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019 ]{1,100}?(?: \\([^()\\n]{1,80}\\))?) - ", Pattern.MULTILINE);

  /** A surname's lower-case particle and its hyphen ("al-", "el-", "bin-"), in labels and in names the article observes. */
  private static final String PARTICLE = "\\p{Ll}{1,3}-";

  /**
   * A record's label alone on its line, the speech in the paragraphs below it, as Hansard prints a debate: "Dr Helen Marsh
   * (Stroud) (Lab)", "Madam Deputy Speaker (Dame Rosalind Ellery)", "The Minister for Security (Dan Jarvis)", later "Dr
   * Marsh". Group 1: the words before the brackets (a name, or a role with commas and the words of data/reported-speech-words.tsv
   * title-function-words: "The Parliamentary Secretary to the Treasury"); group 2:
   * the brackets (a seat and a party, or the holder of the role); group 3: a colon, as a press conference's transcript
   * prints its labels alone on their lines ("Minister al-Shammari:", "Minister Yerlikaya (through interpreter):").
   */
  private static final Pattern LINE_LABEL = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'\u2019.\\-]*(?:,? (?:(?:" + String.join("|", ReportedSpeechWords.load().titleFunctionWords.stream().sorted()
          .map(Pattern::quote).toList()) + ")[ ]){0,2}(?:" + PARTICLE + ")?\\p{Lu}[\\p{L}'\u2019.\\-]*){0,14})((?: \\([^()\\n]{1,80}\\)){0,2})(:?)[ \t]*$");

  /**
   * A record's line of procedure, the clerk's and no member's words: "Question put and agreed to.", "Resolved,", "Ordered,",
   * "The House divided:", "Several hon. Members rose—". It ends the speech under way.
   */
  private static final Pattern RECORD_PROCEDURE = Pattern.compile(
      "^(?:Question put(?: and agreed to| accordingly| forthwith)?|Question agreed to|Resolved|Ordered|The House divided|Motion made"
      + "|Several hon\\. Members rose|Hon\\. Members|Amendment (?:proposed|made|negatived))\\b.{0,80}$");

  /** The subjects of someone speaking ("I", "we"; data/speaker-words.tsv speech-subjects): a record's last speech goes on with them. */
  private static final Set<String> SPEECH_SUBJECTS = org.stancemap.speakers.SpeakerWords.list("speech-subjects");

  /** A parliamentary record's party abbreviations (data/speaker-words.tsv record-parties): "Lord Brayfield (Con)". */
  private static final Set<String> RECORD_PARTIES = org.stancemap.speakers.SpeakerWords.list("record-parties");

  /** Words of someone speaking of themselves ("I", "we", "my", "our"; data/speaker-words.tsv first-persons). */
  private static final Set<String> FIRST_PERSONS = org.stancemap.speakers.SpeakerWords.list("first-persons");

  /** Words of someone speaking rather than written about ("I", "we", "you"; data/speaker-words.tsv speech-persons). */
  private static final Set<String> SPEECH_PERSONS = org.stancemap.speakers.SpeakerWords.list("speech-persons");

  /** A record's time stamp on its own line ("2.31 pm", "14:05"): it neither opens nor ends a speech. */
  private static final Pattern TIME_STAMP = Pattern.compile("^\\d{1,2}[.:]\\d\\d(?: ?[ap]\\.?m\\.?)?[ \t]*$");

  /** A committee transcript's question number before a label: "Q2 Chair:", "Q17 Sir Desmond Howell:". */
  private static final Pattern QUESTION_NUMBER = Pattern.compile("Q\\d{1,4}[ \t]+(?=\\p{Lu})");

  /** Whether {@code s} is written in capitals (no lower-case letter): "MR", "THE JUDGE", "DERYA TUNCER". */
  private static boolean inCapitals(String s) {
    return s.equals(s.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * {@link #NAME_LABEL}'s match at the start of {@code para}, or null; a dash ends only a name in capitals ("CHAIR \u2013"),
   * a plain hyphen only in a record whose labels come back ({@code hyphens}: {@link #HYPHEN_LABEL}).
   */
  private static Matcher nameLabel(String para, boolean hyphens) {
    Matcher m = NAME_LABEL.matcher(para);
    // "ON BEHALF OF THE \u0130Y\u0130 PARTY GROUP TOLGA ERSOY (Antalya) \u2013": the name after a record's "on behalf of" the group
    Matcher behalf = ON_BEHALF.matcher(para);
    if (behalf.lookingAt()) m.region(behalf.end(), para.length());
    // "Q7 Owain Pritchard: ...": a select committee's question number before the member's label
    Matcher numbered = QUESTION_NUMBER.matcher(para);
    if (numbered.lookingAt()) m.region(numbered.end(), para.length());
    if (!m.find()) {
      Matcher v = VERBATIM_LABEL.matcher(para);
      if (v.find()) return v;
      Matcher r = RECORD_LABEL.matcher(para);
      return r.find() ? r : null;
    }
    String name = m.group(1);
    boolean capitals = name.codePoints().filter(Character::isLetter).count() >= 2 && inCapitals(name);
    // a second role after a comma only after a name or roles in capitals ("DR. AMINA HADDAD, REGIONAL DIRECTOR, U.N. OCHA:",
    // "AYLIN KOC, Senior fellow, Istanbul Policy Lab:"), not in prose
    // ("Foreign Minister Hakan Fidan, writing on X after the meeting, said: ...")
    String role = para.substring(m.end(1), m.start(2));
    int paren = role.indexOf('(');
    if ((paren < 0 ? role : role.substring(0, paren)).chars().filter(c -> c == ',').count() > 1
        && !capitals && !inCapitals(role)) return null;
    // a hyphen as a dash only after a name in capitals, with no comma and no outlet in brackets: "ÖZGÜR ÖZEL (Manisa) -",
    // "SPEAKER -" in a record's minutes, not a dateline ("BOWLING GREEN, Ky. (WKBG) -", "MOSCOW (Reuters) -")
    if (para.charAt(m.end(2) - 1) == '-') {
      if (!hyphens || !capitals || role.indexOf(',') >= 0) return null;
      if (paren >= 0) {
        int close = role.indexOf(')', paren);
        if (close < 0 || ArticleSpeakers.outletName(role.substring(paren + 1, close).strip())) return null;
      }
    }
    // a verbatim report's full stop and dash: "President. –", "Marta Kos, Member of the Commission. –"
    boolean dotDash = para.charAt(m.start(2)) == '.' || m.start(2) > 0 && para.charAt(m.start(2) - 1) == '.';
    return para.charAt(m.end(2) - 1) == ':' || capitals || dotDash ? m : null;
  }
  /** Where a label's name ends: before the full stop of "President. –", which the name's characters take in. */
  private static int nameEnd(Matcher lm, String para) {
    int e = lm.end(1);
    return e > lm.start(1) + 1 && para.charAt(e - 1) == '.' && lm.start(2) == e && para.charAt(lm.end(2) - 1) != ':' ? e - 1 : e;
  }
  private static final Pattern PARTICLE_SURNAME = Pattern.compile(PARTICLE + "\\p{Lu}\\p{L}+");
  private static final Pattern TRAIL_URL = Pattern.compile("\\s*(?:pic\\.twitter\\.com/\\S+|https?://\\S+)\\s*$");
  private static final Pattern INNER_AUTHOR = Pattern.compile("\\s+[\u2014\u2013-]\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})(?:#\\S*)?\\s*$");
  /** Words before quote marks that make the quoted words a name or a term ({@code data/reported-speech-words.tsv}). */
  private static final Set<String> TERM_WORDS = ReportedSpeechWords.load().termWords;
  /** Lower-case words a quoted title may hold ({@code data/reported-speech-words.tsv}). */
  private static final Set<String> TITLE_FUNCTION_WORDS = ReportedSpeechWords.load().titleFunctionWords;

  private final CueLexicon cues;
  /** Rule names and their confidence priors ({@code data/attribution-rules.tsv}). */
  private final AttributionRules rules = AttributionRules.load();
  /** Site furniture ("Related article: ...", "via X https://...") is nobody's statement. */
  private final Boilerplate boilerplate = Boilerplate.load();
  /** Wire datelines, agency tags, bylines and credit lines are nobody's statement either. */
  private final Datelines datelines = Datelines.defaults();
  private final SpeakerTable table;
  private final Descriptors descriptors;
  private final MentionParser parser;
  /** The quote attribution rules in their order. */
  private final QuoteRules quoteRules;
  /** The reported-speech rules in their order, and their word lists ({@code data/reported-speech-words.tsv}). */
  private final ReportedSpeechRules reported = new ReportedSpeechRules();
  private final ReportedSpeechWords words = ReportedSpeechWords.load();

  public StatementExtractor(CueLexicon cues, SpeakerTable table, Descriptors descriptors) {
    this.cues = cues;
    this.table = table;
    this.descriptors = descriptors;
    this.quoteRules = new QuoteRules(descriptors, LabelVerbs.load());
    this.parser = parser(cues, descriptors);
  }

  /** The speaker-phrase parser the rules read with: a phrase stops at any cue but an evaluative one ("branded"). */
  static MentionParser parser(CueLexicon cues, Descriptors descriptors) {
    return new MentionParser(descriptors, (t, i) -> {
      CueLexicon.Cue c = cues.at(t, i, t.size());
      return c != null && !c.role.equals(CueLexicon.LABEL);
    });
  }

  private static volatile StatementExtractor defaults;
  private static final System.Logger LOG = System.getLogger(StatementExtractor.class.getName());

  /** The extractor over the data files in {@code data/} (loaded once). */
  public static StatementExtractor defaults() {
    StatementExtractor e = defaults;
    if (e == null) {
      synchronized (StatementExtractor.class) {
        if (defaults == null) defaults = new StatementExtractor(CueLexicon.load(), SpeakerTable.load(), Descriptors.load());
        e = defaults;
      }
    }
    return e;
  }

  public List<Statement> extract(String text, String outlet) {
    return extract(null, text, outlet, null);
  }

  /**
   * Statements of one article. {@code rawSentences}: sentence spans [start, end) from the Spark NLP
   * pipeline over {@code TextView.of(text).view()}, or null to run the same detector here.
   * Statement ids are {@code articleId + "-" + ordinal} (ordinal in text order, 4 digits).
   * Never throws: on an internal error (logged with the article id) the article falls back to one
   * narrative statement per paragraph, each with the rule {@link RuleNames#EXTRACTION_ERROR}.
   */
  public List<Statement> extract(String articleId, String text, String outlet, int[][] rawSentences) {
    String t = text == null ? "" : text;
    List<Statement> out;
    try {
      out = extractStrict(t, outlet, rawSentences);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(System.Logger.Level.WARNING, "statement extraction failed on article " + (articleId == null ? "(no id)" : articleId)
          + "; its paragraphs are kept as narrative (attribution_rule " + RuleNames.EXTRACTION_ERROR + ")", e);
      out = fallback(t, outlet);
      rules.score(out);
    }
    number(out, articleId);
    return out;
  }

  private static void number(List<Statement> out, String articleId) {
    for (int i = 0; i < out.size(); i++) {
      String n = Integer.toString(i);
      out.get(i).statementId = (articleId == null ? "" : articleId + "-") + "0".repeat(Math.max(0, 4 - n.length())) + n;
    }
  }

  private List<Statement> fallback(String text, String outlet) {
    List<Statement> out = new ArrayList<>();
    try {
      TextView tv = TextView.of(text);
      for (int p = 0; p < tv.paragraphCount(); p++) {
        Statement s = new Statement(Statement.NARRATIVE, text.substring(tv.paragraphStart(p), tv.paragraphEnd(p)), tv.paragraphStart(p), tv.paragraphEnd(p));
        s.paragraphIndex = p;
        s.sentenceIndex = p;
        outlet(s, outlet, null);
        s.sieve = RuleNames.EXTRACTION_ERROR;
        out.add(s);
      }
    } catch (RuntimeException e) {
      out.clear();
    }
    return out;
  }

  private static void outlet(Statement s, String outlet, String cue) {
    Speaker sp = Speaker.outlet(outlet);
    s.speaker = sp.surface;
    s.speakerId = sp.id;
    s.speakerType = sp.type;
    s.attributionMethod = Statement.OUTLET;
    s.sieve = RuleNames.OUTLET;
    s.cue = cue;
  }

  /** As {@link #extract} but lets errors through (for tests). */
  public List<Statement> extractStrict(String text, String outlet, int[][] rawSentences) {
    List<Statement> out = new Run(text, outlet, rawSentences).run();
    rules.score(out);
    return out;
  }

  /** The state of one extraction. */
  private final class Run implements ReportedClauses.Recorder {
    final String text, outlet;
    final TextView tv;
    final String view;
    final int[][] sentences;
    final Tokens tokens;
    final List<Quote> quotes;
    /** Single marks are the article's quotation marks ({@link QuoteFinder#singleStyle}); otherwise single-quoted words are scare quotes. */
    final boolean singleStyle;
    final ArticleSpeakers speakers = new ArticleSpeakers(table, descriptors);
    final List<Statement> out = new ArrayList<>();
    final BitSet inQuote = new BitSet();
    final boolean[] claimed;
    final boolean[] scare;
    /** The grammar the reported-speech rules share, over this article's tokens. */
    final ReportedClauses clauses;
    final List<int[]> pending = new ArrayList<>();
    Speaker lastQuoteSpeaker;
    String lastQuoteCue;
    /** Cue and speaker spans of the latest attribution (a continuation inherits them). */
    int lastQuoteCueStart = -1, lastQuoteCueEnd = -1, lastQuoteSpeakerStart = -1, lastQuoteSpeakerEnd = -1;
    int lastQuoteParagraph = -1;
    boolean quoteLast; // the latest statement of the article is an attributed quote or reported speech
    int directEnd = -1;
    /** The article's wire furniture (datelines, bylines, credit lines), in text order. */
    final List<Datelines.Furniture> furniture;

    /** The line {@link #boilerplateLine} looked at last, [start, end), and whether it is boilerplate. */
    int boilerplateLineStart = -1, boilerplateLineEnd = -1;
    boolean boilerplateLineMatch;

    /**
     * Whether the sentence [ss, se) lies on one line that is a timestamp as a whole ({@link Boilerplate#TIMESTAMP}):
     * "Published 9:14 p.m. ET April 12, 2017 | Updated 11:02 p.m. ET" is split into sentences at "p.m.", and no piece
     * alone looks like the line. Other boilerplate judges its own sentence only ("Click here to read the ruling. The
     * judge wrote ..." keeps the judge). Each line is found and matched once, so a long line of many sentences costs its
     * length, not its length per sentence.
     */
    boolean boilerplateLine(int ss, int se) {
      if (ss < boilerplateLineStart || ss >= boilerplateLineEnd) {
        boilerplateLineStart = view.lastIndexOf('\n', ss - 1) + 1;
        int b = view.indexOf('\n', ss);
        boilerplateLineEnd = b < 0 ? view.length() : b;
        boilerplateLineMatch = Boilerplate.TIMESTAMP.equals(boilerplate.match(view.substring(boilerplateLineStart, boilerplateLineEnd)));
      }
      return boilerplateLineMatch && se <= boilerplateLineEnd;
    }

    Run(String text, String outlet, int[][] raw) {
      this.text = text;
      this.outlet = outlet;
      this.tv = TextView.cached(text);
      this.view = tv.view();
      this.furniture = datelines.find(tv);
      this.sentences = Datelines.trim(Sentences.refine(tv, raw != null ? raw : Sentences.detect(view)), view, furniture);
      this.tokens = Tokens.of(view, 0, view.length());
      this.singleStyle = QuoteFinder.singleStyle(tv);
      this.quotes = QuoteFinder.find(tv, sentences, singleStyle);
      this.claimed = new boolean[sentences.length];
      this.scare = new boolean[sentences.length];
      for (Quote q : quotes) inQuote.set(q.contentStart, q.contentEnd);
      this.clauses = new ReportedClauses(tokens, text, view, inQuote, cues, parser, descriptors, words, this);
    }

    /** Whether the article is a record whose hyphen labels come back ({@link #HYPHEN_LABEL}); computed on first need. */
    private Boolean hyphenRecord;

    private Matcher nameLabel(String para) {
      if (hyphenRecord == null) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Matcher h = HYPHEN_LABEL.matcher(view);
        boolean again = false;
        while (h.find() && !again) again = seen.merge(h.group(1), 1, Integer::sum) >= 2;
        hyphenRecord = again;
      }
      return StatementExtractor.nameLabel(para, hyphenRecord);
    }

    List<Statement> run() {
      int qi = 0;
      int si = 0;
      boolean interview = isInterview();
      boolean questionSeen = false, answering = false;
      boolean briefAnswering = false; // after a briefing's question label, its unlabelled answers
      questionBefore = questionLed();
      // a court's examination: "Q." is the examining counsel's, "A." the witness's, and name labels are read between them
      boolean examination = interview && examination();
      boolean labels = (!interview || examination) && nameLabels() >= 2;
      // "Briefing by Foreign Ministry Spokeswoman Maria Zakharova": the briefer answers the questions, and the unlabelled
      // paragraphs before them are the briefing's opening statements
      // (also when the briefer's answers carry her name, "Yelena Vorontsova:", not "A:")
      boolean briefing = (interview || questionLabels >= 2 || briefingTitle() && questionTurnLabels() >= 2 || remarksFollow() > 0)
          && !examination && briefer();
      if (labels) observeHeaderNames();
      int[] dashes = interview || labels ? null : dashTurns();
      for (int p = 0; p < tv.paragraphCount(); p++) {
        int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
        String para = view.substring(ps, pe);
        speakers.paragraph(ps);
        if (questionBefore != null && p + 1 < questionBefore.length && questionBefore[p + 1] >= 0) questionSeen = true;
        int firstSentence = si;
        while (si < sentences.length && sentences[si][0] < pe) si++;
        if (examination && byExaminer(ps, pe)) { // "BY MR. HALLORAN:": the counsel who asks from here on; no one's words
          for (int k = firstSentence; k < si; k++) claimed[k] = true;
          while (qi < quotes.size() && quotes.get(qi).open < pe) qi++;
          continue;
        }
        Statement question = null;
        if (dashes != null && dashes[p] == DASH_QUESTION && dashAnswerer == null) dashAnswerer(p);
        if (dashes != null && dashes[p] == DASH_ANSWER && dashAnswerer != null) {
          question = dashAnswer(p); // read on below as a labelled turn: its reported speech is still found
        } else if (dashes != null && dashes[p] == DASH_CONTINUED && dashAnswerer != null) {
          // a further paragraph of the answer, without a dash, before the next question
          // (its cue the dash of the answer it goes on with)
          question = answerStatement(p, ps, dashAnswerer, dashAnswererMention, dashCue, dashCue + 1, Statement.CONTINUATION);
        } else if (briefing && !questionSeen && p > brieferParagraph && p < openingEnd() && !remarksEnded(p, ps, pe)
            && !QA_LABEL.matcher(para).find() && nameLabel(para) == null
            && !stageDirection(ps, pe)
            && endsSentence(ps, lastMark(ps, trimEnd(ps, pe)))) {
          question = answer(p, 0, false); // read on below as a labelled turn: its reported speech is still found
        } else if (interview) {
          Matcher qa = QA_LABEL.matcher(para);
          boolean labelled = qa.find();
          boolean bold = !labelled && boldQuestion(ps, pe);
          if (labelled && para.charAt(0) == 'Q' || bold) {
            questionSeen = true;
            answering = questionsOnly;
            if (questionsOnly) answerCue(ps, bold ? 2 : qa.end()); // the answer's cue: the question's label
            if (examination) { // counsel's question
              int b = trimEnd(ps, pe);
              turn = examiner;
              turnMention = examinerMention;
              turnCueStart = ps;
              turnCueEnd = trimEnd(ps, ps + qa.end());
              turnSpeakerStart = turnSpeakerEnd = -1;
              turnMethod = Statement.EXPLICIT;
              // read on below as a labelled turn: the reported speech inside the question is still found
              if (ps + qa.end() < b) question = turnStatement(p, ps + qa.end(), b, qi, Statement.EXPLICIT);
              turn = null;
            }
          } else if (questionSeen && interviewee != null && !(examination && !labelled && nameLabel(para) != null) && !stageDirection(ps, pe)
              && (labelled || answering && (p < lastQuestion || questionsOnly && p == lastQuestion + 1))) {
            // read on below as a labelled turn: the reported speech inside the answer is still found
            question = answer(p, labelled ? qa.end() : 0, labelled);
            answering = true;
          }
        } else if (briefing) {
          // "Question from Mark Ellison, Euronews: ...", then unlabelled answers: the briefer's, up to the next label
          if (QUESTION_LABEL.matcher(para).find()) briefAnswering = true;
          else if (nameLabel(para) != null) briefAnswering = false;
          else if (briefAnswering && interviewee != null && !stageDirection(ps, pe) && endsSentence(ps, lastMark(ps, trimEnd(ps, pe)))) {
            question = answer(p, 0, false); // read on below as a labelled turn: its reported speech is still found
          }
        }
        if (SIGNATURE.matcher(para).find()) {
          for (int k = firstSentence; k < si; k++) claimed[k] = true;
          while (qi < quotes.size() && quotes.get(qi).open < pe) qi++;
          continue;
        }
        if (p + 1 < tv.paragraphCount()) {
          Matcher sig = SIGNATURE.matcher(view.substring(tv.paragraphStart(p + 1), tv.paragraphEnd(p + 1)));
          if (sig.find()) {
            String g = sig.group(1);
            social(p, g.strip(), tv.paragraphStart(p + 1) + sig.start(1) + (g.length() - g.stripLeading().length()));
            for (int k = firstSentence; k < si; k++) claimed[k] = true;
            while (qi < quotes.size() && quotes.get(qi).open < pe) qi++;
            continue;
          }
        }
        // a transcript's labelled paragraph (not a post above its signature): its reported speech and the quotes
        // inside it are still read, but none of its sentences is the outlet's narrative; a quote that is the
        // statement itself is not read again
        Statement label = question != null ? question : labels && p > 0 ? labelled(p, para, qi) : null;
        if (label != null && qi < quotes.size() && quotes.get(qi).contentStart == label.start) qi++;
        // "I said I didn't see his face": in a turn's or an answer's reported speech, "I" is whoever speaks the paragraph
        firstPerson = label == null || label.speakerId == null ? null
            : new Speaker(label.speaker, label.speakerId, label.speakerType, label.speakerAffiliation, false, null);
        for (int k = firstSentence; k < si; k++) {
          int ss = sentences[k][0], se = sentences[k][1];
          int lo = tokens.indexFrom(ss), hi = tokens.indexFrom(se);
          if (label != null && k == firstSentence) lo = Math.min(hi, Math.max(lo, tokens.indexFrom(label.start))); // past "Okafor:"
          speakers.sentence(ss);
          SentenceSubject subject = observeNames(lo, hi);
          // the interviewee: the first person named, in the body rather than the headline ("Upbeat before the trip")
          if (interview && !questionSeen && (interviewee == null || intervieweeInHeadline && p > 0)) {
            Mention before = interviewee;
            interviewee(lo, hi, subject);
            if (interviewee != before) intervieweeInHeadline = p == 0;
          }
          // a Q&A without labels: the first person named as a subject, resolved only when an answer needs it
          if (questionBefore != null && !interview && !questionSeen && candidate == null) {
            Mention m = parser.forward(tokens, lo, hi, text);
            // a full name, or one the article or the table knows as a person's ("Talks", "Updated" open no interview)
            if (m != null && m.kind == Mention.Kind.NAME && m.conjuncts.isEmpty() && m.name != null
                && (m.name.contains(" ") || speakers.knownPerson(m, m.start))) candidate = m;
          }
          while (qi < quotes.size() && quotes.get(qi).open < se) {
            quote(quotes.get(qi), k, p);
            qi++;
          }
          if (!claimed[k]) indirect(k, p, lo, hi);
          if (!claimed[k] && k > 0 && k == firstSentence && k + 1 == si && lineWithoutStop(se)) lines.add(new int[] {k, p, lo, hi});
          resolvePending(k, p);
          participleBefore(k, p, lo, hi);
          if (!claimed[k] && label == null && boilerplate.match(view.substring(ss, se)) == null && !boilerplateLine(ss, se)) {
            Statement s = statement(Statement.NARRATIVE, ss, se, k, p);
            outlet(s, outlet, scare[k] ? "scare quote" : null);
            quoteLast = false;
            statedBy(k, p, hi);
          }
          // "Back in Ras al-Ain, a teenage fighter ... summed up the mood.": "he" in a later sentence
          if (subject != null && subject.mention != observedEarly && !inQuote.get(subject.mention.start)) {
            speakers.observeSubject(subject.mention, subject.mention.start);
          }
        }
      }
      for (int[] l : lines) line(l[0], l[1], l[2], l[3]);
      interviewerTurns();
      headline();
      entryHeadlines();
      repeatedQuotes(); // after the headline's own rules: a headline they read is held
      out.sort(Comparator.comparingInt((Statement s) -> s.start).thenComparingInt(s -> kindOrder(s.kind)).thenComparingInt(s -> s.end));
      return out;
    }

    /**
     * {@code participle-before-attribution}: "Noting that previous ceasefires were broken, he said: "..."", "Stressing that
     * Ankara would not back down, Erdogan said the operation would go on": a sentence that opens with a participle of a
     * reporting verb and its "that" clause, then, right after the clause's comma, the speaker of a statement the rules
     * attributed in this sentence. The clause is that speaker's too, with the participle as its cue.
     */
    private void participleBefore(int k, int p, int lo, int hi) {
      if (lo + 3 >= hi || !tokens.lower(lo).endsWith("ing")) return; // nearly every sentence: no cue to look up
      CueLexicon.Cue cue = cues.opening(tokens, lo, hi);
      if (cue == null || !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT) || cue.role.equals(CueLexicon.OBJECT))) return;
      int that = lo + cue.length;
      if (that + 1 >= hi || !tokens.lower(that).equals("that")) return;
      int clauseStart = tokens.start(that + 1);
      // the statement whose speaker follows a comma of the clause ("..., Erdogan said", "..., he said:"), the first such
      Statement after = null;
      for (Statement x : out) {
        if (x.sentenceIndex != k || x.speakerId == null || x.speakerStart <= clauseStart || x.cueStart < x.speakerStart) continue;
        int sp = tokens.indexFrom(x.speakerStart);
        if (sp - 1 > that + 2 && tokens.text(sp - 1).equals(",") && (after == null || x.speakerStart < after.speakerStart)) after = x;
      }
      if (after == null || inQuote.get(after.speakerStart)) return;
      int comma = tokens.indexFrom(after.speakerStart) - 1;
      // the speaker's phrase runs to its cue without a comma ("..., one of the sources, an Iraqi official, said": the
      // comma before the appositive is no end of the clause)
      for (int x = comma + 1; x < hi && tokens.start(x) < after.cueStart; x++) if (tokens.text(x).equals(",")) return;
      for (Statement x : out) {
        if (x.sentenceIndex != k || x.kind.equals(Statement.NARRATIVE)) continue;
        if (x.start < tokens.end(comma - 1) && x.end > tokens.start(lo)) return; // the opening is someone's already
      }
      for (int x = that + 1; x < comma; x++) if (inQuote.get(tokens.start(x))) return; // a quote inside: its own rules
      clauses.sameSpeaker(that + 1, tokens.end(comma - 1), after, cue, RuleNames.PARTICIPLE_BEFORE_ATTRIBUTION, k, p);
    }

    /**
     * {@code stated-by-after}: "Armenia's course is doomed to failure. This was stated to Gazeta.Ru by Leonid Kalugin.",
     * "... . As Ukrinform reports, this was stated by the General Staff in its morning update.": the sentence before,
     * narrative so far and in this paragraph or the one before, is the reported statement of the one named after
     * "by" (Russian and Ukrainian agencies' construction). The sentence of the attribution stays narrative.
     */
    private void statedBy(int k, int p, int hi) {
      if (k == 0) return;
      int ss = sentences[k][0], se = sentences[k][1];
      if (!(view.startsWith("This ", ss) || view.startsWith("As ", ss))) return; // nearly every sentence: no match to try
      Matcher mm = STATED_BY.matcher(view.substring(ss, Math.min(se, ss + 160)));
      if (!mm.find()) return;
      int verb = tokens.indexFrom(ss + mm.start(1)), by = -1;
      for (int x = verb + 1; x < hi && x <= verb + 8 && by < 0; x++) if (tokens.lower(x).equals("by")) by = x;
      if (by < 0 || by + 1 >= hi) return;
      // "by the first deputy chairman of the ... Committee on CIS Affairs, Eurasian Integration and ..., Leonid Kalugin":
      // a person's name after the last comma; else the phrase up to the first comma ("by the press service of the
      // Ministry of Strategic Industries of Ukraine, Ukrinform saw")
      int end = hi;
      while (end > by + 1 && !tokens.isWord(end - 1)) end--;
      int firstComma = -1, lastComma = -1;
      for (int x = by + 1; x < end; x++) {
        if (!tokens.text(x).equals(",")) continue;
        if (firstComma < 0) firstComma = x;
        lastComma = x;
      }
      Mention m = null;
      if (lastComma > 0) {
        Mention last = parser.forward(tokens, lastComma + 1, end, text);
        if (last != null && last.kind == Mention.Kind.NAME && last.conjuncts.isEmpty() && last.name != null && last.name.contains(" ")
            && Grammar.after(tokens, last) == end && parser.personName(last.name)) m = last;
      }
      if (m == null) m = parser.forward(tokens, by + 1, firstComma > 0 ? firstComma : end, text);
      if (m == null || m.kind == Mention.Kind.PRONOUN) return;
      Statement prev = null;
      for (int i = out.size() - 1; i >= 0 && prev == null; i--) {
        Statement x = out.get(i);
        if (x.sentenceIndex < k - 1) break;
        if (x.sentenceIndex == k - 1) {
          if (!x.kind.equals(Statement.NARRATIVE)) return; // already someone's
          prev = x;
        }
      }
      if (prev == null || prev.paragraphIndex < p - 1 || prev.paragraphIndex == 0 && tv.paragraphCount() > 1) return; // not a headline
      ArticleSpeakers.Resolution r = resolve(m, tokens.indexFrom(ss), hi, m.start);
      if (r == null) return;
      out.remove(prev);
      Statement st = statement(Statement.INDIRECT, prev.start, prev.end, prev.sentenceIndex, prev.paragraphIndex);
      set(st, r.speaker, r.coreference ? Statement.COREFERENCE : Statement.EXPLICIT, tokens.lower(verb), RuleNames.STATED_BY_AFTER);
      spans(st, tokens.start(verb), tokens.end(verb), m);
      speakers.spoke(r.speaker, m.start);
      lastQuoteSpeaker = r.speaker;
      lastQuoteCue = st.cue;
      lastQuoteSpans(st);
      lastQuoteParagraph = p;
    }

    /**
     * A headline that reports ("IDF says it killed Hezbollah commander", "Türkiye to double gas output, says
     * energy minister"): the article's first paragraph, one sentence without final punctuation, no quote
     * claimed it. It is read after the body, so its speaker resolves against the whole article and never
     * becomes the speaker a pronoun or "the diplomat" in the body resolves to; when it reports, it is no
     * longer the outlet's narrative.
     */
    private void headline() {
      if (tv.paragraphCount() < 2 || sentences.length < 2) return;
      int pe = tv.paragraphEnd(0), ss = sentences[0][0], se = sentences[0][1];
      if (ss >= pe || sentences[1][0] < pe || se <= ss) return;
      int lo = tokens.indexFrom(ss), hi = tokens.indexFrom(se);
      for (int c = lo + 1; c < hi && c <= lo + 4; c++) {
        if (tokens.text(c).equals(":")) {
          if (headlineColon(0, 0, lo, c, hi, se, pe) || claimed[0]) return;
          // "Special Report: Shadow tankers move Russian oil ..., sources say": a kicker before the colon, no speaker; the
          // words after it are read as a headline
          lo = c + 1;
          break;
        }
      }
      char last = view.charAt(se - 1);
      if (ReportedSpeechRules.endsSentence(last) || last == ':' || last == ';') return; // a sentence, read in its place
      if (headlineSource(lo, hi, ss, pe)) return;
      line(0, 0, lo, hi);
    }

    /**
     * A headline that ends with its source after a dash or a colon ({@code headline-source}): "Russian air defences
     * down 27 drones over Crimea – Defence Ministry", "Türkiye, Iraq agree to step up joint fight: Fidan". The
     * source is one to four words after the headline's last dash or colon: a name the body names again (not a
     * state's), or a body or person a descriptor head names ("Coordination HQ" is a name; "Defence Ministry" a
     * body); at least four words come before it. The words before are the source's reported statement.
     */
    private boolean headlineSource(int lo, int hi, int ss, int bodyStart) {
      for (int c = hi - 2; c >= lo + 4 && c >= hi - 5; c--) {
        String sep = tokens.text(c);
        boolean dash = sep.equals("\u2013") || sep.equals("\u2014") || sep.equals("-") && tokens.start(c) > 0
            && view.charAt(tokens.start(c) - 1) == ' ';
        if (!dash && !sep.equals(":")) continue;
        Mention m = parser.forward(tokens, c + 1, hi, text);
        if (m == null || !m.conjuncts.isEmpty() || Grammar.after(tokens, m) != hi || tokens.indexFrom(m.start) != c + 1) return false;
        if (m.kind == Mention.Kind.NAME) {
          if (!headlineSpeaker(m, bodyStart)) return false; // "...: Syria"
        } else if (m.head == null || descriptors.head(m.head) == null) {
          return false;
        }
        ArticleSpeakers.Resolution r = speakers.resolve(m, m.start);
        if (r == null || Speaker.OUTLET.equals(r.speaker.type)) return false;
        Statement st = statement(Statement.INDIRECT, ss, tokens.start(c), 0, 0);
        set(st, r.speaker, r.coreference ? Statement.COREFERENCE : Statement.EXPLICIT, sep, RuleNames.HEADLINE_SOURCE);
        spans(st, tokens.start(c), tokens.end(c), m);
        claim(0);
        return true;
      }
      return false;
    }

    /**
     * A quoted subhead, bullet or headline that repeats words the body gives someone ({@code repeated-quote}):
     * "'This one's the worst'" above "\"I've been through three fires here. This one's the worst,\" the 57-year-old
     * said"; "CSU: 'Tax increases are not up for debate'". The quote stands alone in its paragraph (after a
     * dash or bullet and a short label) or opens the headline, no statement holds it, and at least three
     * quarters of its words are in one later attributed statement: it is that speaker's, a direct statement
     * of four words or more, else a partial one. Its sentence is no longer the outlet's narrative.
     */
    private void repeatedQuotes() {
      List<Statement> attributed = null;
      java.util.Map<Statement, java.util.Map<String, Integer>> wordsOf = new java.util.HashMap<>();
      for (Quote q : quotes) {
        if (!standsAlone(q) || held(q)) continue;
        java.util.Map<String, Integer> words = WordBags.bag(view.substring(q.contentStart, q.contentEnd));
        int n = WordBags.size(words);
        if (n < 2) continue;
        if (attributed == null) {
          attributed = new ArrayList<>();
          // not a post: its cue is the embed, no word a repeated quote could point to
          for (Statement s : out) if (!s.kind.equals(Statement.NARRATIVE) && !s.kind.equals(Statement.SOCIAL) && s.speakerId != null) attributed.add(s);
        }
        for (Statement s : attributed) {
          // at least three quarters of the quote's words in the statement
          if (s.start <= q.close || WordBags.inter(words, wordsOf.computeIfAbsent(s, x -> WordBags.bag(x.text))) * 4 < n * 3) continue;
          String kind = n >= 4 ? Statement.DIRECT : Statement.PARTIAL;
          int k = Sentences.indexAt(sentences, q.contentStart);
          Statement r = statement(kind, q.contentStart, q.contentEnd, k, q.paragraph);
          r.speakerFrom(s);
          r.cueFrom(s);
          r.attributionMethod = Statement.COREFERENCE;
          r.sieve = RuleNames.REPEATED_QUOTE;
          out.removeIf(x -> x.kind.equals(Statement.NARRATIVE) && x.start <= q.open && x.end >= q.close);
          break;
        }
      }
    }

    /** The quote is its paragraph's whole text (after a dash or bullet and a label of a few words and a colon), or opens the headline. */
    private boolean standsAlone(Quote q) {
      int ps = tv.paragraphStart(q.paragraph), pe = tv.paragraphEnd(q.paragraph);
      int a = ps;
      while (a < q.open && "-\u2013\u2014\u2022* \t".indexOf(view.charAt(a)) >= 0) a++;
      if (q.paragraph == 0 && a == q.open) return true;
      int colon = -1;
      for (int c = a; c < q.open && c <= a + 40; c++) if (view.charAt(c) == ':') { colon = c; break; }
      if (colon >= 0 && q.open - colon <= 2) a = colon + 1;
      while (a < q.open && Character.isWhitespace(view.charAt(a))) a++;
      int b = pe;
      while (b > q.close + 1 && (Character.isWhitespace(view.charAt(b - 1)) || ".!?".indexOf(view.charAt(b - 1)) >= 0)) b--;
      return a == q.open && b == q.close + 1;
    }

    /** A statement other than narrative already holds part of the quote. */
    private boolean held(Quote q) {
      for (Statement s : out) if (!s.kind.equals(Statement.NARRATIVE) && s.start < q.contentEnd && s.end > q.contentStart) return true;
      return false;
    }

    /** Paragraphs of one line without final punctuation after the headline (a standfirst, a bullet): k, p, lo, hi. */
    private final List<int[]> lines = new ArrayList<>();

    /** A line that ends with no sentence punctuation, colon or semicolon: a standfirst, a summary bullet, a subhead. */
    private boolean lineWithoutStop(int se) {
      char last = view.charAt(se - 1);
      return !ReportedSpeechRules.endsSentence(last) && last != ':' && last != ';';
    }

    /**
     * A headline, standfirst or bullet that reports ("The Foreign Ministry has warned that Russia will retaliate",
     * "- India's prime minister says his country stands ready to help"), sentence {@code k}: read once the article
     * is done ({@link #headline}), so its speaker is not the one the body's pronouns resolve to; when it reports,
     * it is no longer the outlet's narrative.
     */
    private void line(int k, int p, int lo, int hi) {
      if (claimed[k] || !reported.reportAnyway(clauses, k, p, lo, hi, sentences[k][1])) return;
      claim(k);
    }

    /** Sentence {@code k}, read after the body, reports: it is no longer the outlet's narrative. */
    private void claim(int k) {
      claimed[k] = true;
      out.removeIf(s -> s.kind.equals(Statement.NARRATIVE) && s.sentenceIndex == k);
    }

    /**
     * The quoted fragments inside a headline's reported speech, read after the body ("Hezbollah: Israeli aggression on
     * Syria 'will not go unanswered'"): its speaker's partial quotes, as inside reported speech in the body.
     */
    private void headlinePartials(Statement host) {
      if (!Statement.INDIRECT.equals(host.kind)) return;
      for (Quote q : quotes) {
        if (q.contentStart < host.start || q.contentEnd > host.end || q.contentEnd <= q.contentStart) continue;
        // a quote that is the whole statement ("Varga: 'The sanctions will hurt Europe more'") is no fragment of it
        if (view.substring(host.start, Math.max(host.start, q.open)).isBlank() && view.substring(Math.min(q.close + 1, host.end), host.end).strip().length() <= 1) continue;
        if (out.stream().anyMatch(x -> x != host && x.start == q.contentStart && !Statement.NARRATIVE.equals(x.kind))) continue;
        Statement s = statement(Statement.PARTIAL, q.contentStart, q.contentEnd, host.sentenceIndex, host.paragraphIndex);
        s.speakerFrom(host);
        s.cueFrom(host);
        s.sieve = RuleNames.INSIDE_REPORTED_SPEECH;
      }
    }

    /**
     * A headline name that speaks: a name (not a state's: "Chad: ...") the body names again ({@link #namedInBody}),
     * as {@code headline-colon} and {@code headline-source} need it.
     */
    private boolean headlineSpeaker(Mention m, int bodyStart) {
      return headlineSpeaker(m, bodyStart, false);
    }

    /**
     * {@link #headlineSpeaker}, and with {@code clause} (the headline's words after the name are a clause, with an
     * auxiliary: "Hezbollah: Israeli aggression 'will not go unanswered'", not "Hezbollah: A timeline of the group's
     * wars"), also a body the entity table knows, named again in the body as a word of its own.
     */
    private boolean headlineSpeaker(Mention m, int bodyStart, boolean clause) {
      if (m.name == null || descriptors.affiliation(m.name) != null) return false;
      if (namedInBody(m.name, bodyStart)) return true;
      if (!clause) return false;
      SpeakerTable.Entry e = SpeakerTable.load().find(m.name);
      if (e == null || !Speaker.ORGANIZATION.equals(e.type)) return false;
      for (int at = view.indexOf(m.name, bodyStart); at >= 0; at = view.indexOf(m.name, at + 1)) {
        int after = at + m.name.length();
        if ((at == 0 || !Character.isLetterOrDigit(view.charAt(at - 1)))
            && (after >= view.length() || !Character.isLetterOrDigit(view.charAt(after)))) return true;
      }
      return false;
    }

    /** The body names a person so: the whole name again, or a surname after a first name ("Maria Zakharova" for "Zakharova"). */
    private boolean namedInBody(String name, int from) {
      for (int at = view.indexOf(name, from); at >= 0; at = view.indexOf(name, at + 1)) {
        if (name.indexOf(' ') > 0) return true;
        int t = tokens.indexFrom(at);
        if (t > 0 && tokens.start(t) == at && tokens.text(t).equals(name) && tokens.isWord(t - 1) && tokens.isCapitalized(t - 1)) return true;
      }
      return false;
    }

    /**
     * "Zakharova: EU sanctions will hit Europeans harder", "Ines Varga: "I make films ..."": a headline that
     * opens with a name and a colon ({@code colon} its token) gives that person's words, when the body names
     * the person again ({@link #namedInBody}; not "Chad: ...", "Live: ..." or "Analysis: ..."): the quote after
     * the colon, or else the rest of the headline as reported speech ({@code headline-colon}).
     */
    private boolean headlineColon(int k, int p, int lo, int colon, int hi, int se, int bodyStart) {
      Mention m = parser.forward(tokens, lo, colon, text);
      boolean clause = false;
      for (int x = colon + 1; x < hi && !clause; x++) clause = words.aux.contains(tokens.lower(x));
      if (m == null || m.kind != Mention.Kind.NAME || Grammar.after(tokens, m) != colon || !headlineSpeaker(m, bodyStart, clause)) return false;
      ArticleSpeakers.Resolution r = speakers.resolve(m, m.start);
      if (r == null) return false;
      // "KRG: Oil exports through Turkey climb ...": a body, when the body of the article gives it a statement
      String id = r.speaker.id;
      if (!Speaker.PERSON.equals(r.speaker.type)
          && !(Speaker.ORGANIZATION.equals(r.speaker.type) && out.stream().anyMatch(x -> id.equals(x.speakerId)))) return false;
      int cueStart = tokens.start(colon), cueEnd = tokens.end(colon);
      Statement s = null;
      for (Statement q : out) {
        if (q.sentenceIndex == k && q.speakerId == null && q.kind.equals(Statement.DIRECT) && q.start >= cueEnd
            && view.substring(cueEnd, q.start).strip().length() <= 1) s = q;
      }
      if (s == null) {
        // "Trump Route: What is the corridor and why ...?": a question the outlet asks
        if (colon + 1 >= hi || claimed[k] || view.charAt(se - 1) == '?') return true;
        // "Lama Darwish: 'I packed two suitcases for exile'": the rest of the headline in quote marks of its own is a quote
        int a = tokens.start(colon + 1), b = trimEnd(a, se);
        boolean quoted = b - a > 2 && "'\"".indexOf(view.charAt(a)) >= 0 && view.charAt(b - 1) == view.charAt(a)
            && view.indexOf(view.charAt(a), a + 1) == b - 1
            && (Tokens.splitSpaces(view.substring(a + 1, b - 1).strip()).length >= 3 || ".!?".indexOf(view.charAt(b - 2)) >= 0); // not "'Liberation Day'"
        s = quoted ? statement(Statement.DIRECT, a + 1, b - 1, k, p) : statement(Statement.INDIRECT, a, se, k, p);
      }
      set(s, r.speaker, Statement.EXPLICIT, ":", RuleNames.HEADLINE_COLON);
      spans(s, cueStart, cueEnd, m);
      claim(k);
      headlinePartials(s);
      return true;
    }

    /**
     * A live blog's entry headlines ("18:10 GMT" / "Zelenskyy: 'Our people are coming home'" / the entry): a paragraph of
     * one sentence with no final punctuation under a time stamp (its own paragraph, or the line before in the same
     * one), read as the article's headline is by {@link #headlineColon} (a name and a colon, the name named again in
     * the entry or after it).
     */
    private void entryHeadlines() {
      for (int k = 1; k + 1 < sentences.length; k++) {
        int ss = sentences[k][0], se = sentences[k][1];
        int p = tv.paragraphAt(ss);
        if (p < 1 || p + 1 >= tv.paragraphCount() || claimed[k] || se <= ss) continue;
        if (sentences[k - 1][1] > tv.paragraphStart(p) || sentences[k + 1][0] < tv.paragraphEnd(p)) continue; // alone in its paragraph
        char last = view.charAt(se - 1);
        if (ReportedSpeechRules.endsSentence(last) || last == ':' || last == ';') continue;
        int lo = tokens.indexFrom(ss), hi = tokens.indexFrom(se);
        // the time stamp on the line before, in the same paragraph ("18:10 GMT\nZelenskyy: ...") or in its own
        int nl = text.indexOf('\n', ss);
        if (nl >= 0 && nl < se && timeStamp(ss, nl)) lo = tokens.indexFrom(nl + 1);
        else if (!timeStamp(tv.paragraphStart(p - 1), tv.paragraphEnd(p - 1))) continue;
        for (int c = lo + 1; c < hi && c <= lo + 4; c++) {
          if (tokens.text(c).equals(":")) {
            headlineColon(k, p, lo, c, hi, se, tv.paragraphStart(p + 1));
            break;
          }
        }
      }
    }

    /** A paragraph that is a time stamp: at most eight tokens, one of them hours and minutes ("18:10 GMT", "4:58 a.m. ET, April 14"). */
    private boolean timeStamp(int a, int b) {
      int lo = tokens.indexFrom(a), hi = tokens.indexFrom(b);
      if (hi - lo > 10 || hi <= lo) return false;
      for (int i = lo; i + 2 < hi; i++) {
        if (tokens.isDigits(i, 2) && tokens.text(i + 1).equals(":") && tokens.isDigits(i + 2, 2)
            && tokens.end(i) == tokens.start(i + 1) && tokens.end(i + 1) == tokens.start(i + 2)) return true;
      }
      return false;
    }

    /** Fragments with no speaker of their own: inside reported speech of this sentence they are its partial quotes, else scare quotes. */
    private void resolvePending(int k, int p) {
      if (pending.isEmpty()) return;
      for (int[] q : pending) {
        Statement host = null;
        for (Statement s : out) {
          if (s.kind.equals(Statement.INDIRECT) && s.sentenceIndex == k && s.start <= q[0] && s.end >= q[1]) host = s;
        }
        if (host == null) { scare[q[2]] = true; continue; }
        Statement s = statement(Statement.PARTIAL, q[0], q[1], q[2], p);
        s.speakerFrom(host);
        s.cueFrom(host);
        s.sieve = RuleNames.INSIDE_REPORTED_SPEECH;
      }
      pending.clear();
    }

    private int kindOrder(String kind) {
      switch (kind) {
        case Statement.NARRATIVE: return 0;
        case Statement.INDIRECT: return 1;
        case Statement.DIRECT: return 2;
        case Statement.SOCIAL: return 3;
        default: return 4;
      }
    }

    private Statement statement(String kind, int a, int b, int sentence, int paragraph) {
      while (a < b && Character.isWhitespace(view.charAt(a))) a++;
      while (b > a && Character.isWhitespace(view.charAt(b - 1))) b--;
      Statement s = new Statement(kind, text.substring(a, b), a, b);
      s.sentenceIndex = sentence;
      s.paragraphIndex = paragraph;
      out.add(s);
      return s;
    }

    /** Turns under a question's label ("QUESTION:", "Q (Fanatik):"), questions whoever asks and however often. */
    private final java.util.Set<Statement> questionTurns = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * The interviewer of a transcript (an anchor, a host, a briefing's reporters, a hearing's questioner): a labelled speaker
     * at least two of whose turns, and at least 60% of them, ask something (a question mark in the turn), or at least two and
     * half of whose turns end in a question, beside another labelled speaker most of whose turns do not (a host named by the
     * header or their own label, a moderator, a journalist labelled with their outlet: below). Not in a debate (a record whose
     * labels give members' parties and no host). A question is no one's statement (the conventions of the gold): each
     * paragraph of the interviewer's that asks something becomes the outlet's narrative, a statement per sentence, as a
     * reporter's words are; the reported speech and quotes inside it stay, and the interviewer's other paragraphs (a
     * member's remarks before a question) stay statements. A turn: the statements of one label (its cue), in text order.
     */
    private void interviewerTurns() {
      java.util.Map<String, java.util.Map<Integer, List<Statement>>> turns = new java.util.LinkedHashMap<>();
      for (Statement s : out) {
        if (!RuleNames.SPEAKER_LABEL.equals(s.sieve) || !Statement.DIRECT.equals(s.kind) || s.speakerId == null || s.cueStart < 0) continue;
        turns.computeIfAbsent(s.speakerId, k -> new java.util.LinkedHashMap<>()).computeIfAbsent(s.cueStart, k -> new ArrayList<>()).add(s);
      }
      if (turns.size() < 2 && questionTurns.isEmpty()) return;
      List<String> asking = new ArrayList<>();
      boolean answering = false;
      // a debate's members ask and speak: no one asks for them; but a programme with a host is no debate, whatever its
      // guests' parties ("RACHEL REEVES (Labour):" under a presenter)
      boolean hosted = !labelPresenters.isEmpty() || !roleOnlyPresenters.isEmpty();
      for (String id : turns.keySet()) hosted |= presenter(id);
      boolean debate = partyRecord || partyLabels && !hosted;
      for (var e : debate ? java.util.Collections.<java.util.Map.Entry<String, java.util.Map<Integer, List<Statement>>>>emptySet()
          : turns.entrySet()) {
        int n = e.getValue().size(), asks = 0, endAsks = 0;
        for (List<Statement> turn : e.getValue().values()) {
          if (turn.stream().anyMatch(t -> t.text.indexOf('?') >= 0)) asks++;
          if (endsAsking(turn.get(turn.size() - 1).text)) endAsks++;
        }
        // (the host the header names asks at least twice and in a third of their turns, however many others introduce, thank or
        // sign off; a senator whose turns end in a question in half of them asks, a guest's rhetorical question amid their
        // claims does not)
        if (asks >= 2 && asks >= 0.6 * n || endAsks >= 2 && endAsks >= 0.5 * n || asks >= 2 && 3 * asks >= n && presenter(e.getKey())) {
          asking.add(e.getKey());
        // "MODERATOR:" hands over and thanks, however seldom they ask
        } else if (roleOnlyPresenters.contains(e.getKey())) asking.add(e.getKey());
        // a journalist labelled with their outlet whose every turn ends in a question (a press conference's, not a panel's
        // commentator)
        else if (endAsks >= 1 && endAsks == n && outletLabelled.contains(e.getKey())) asking.add(e.getKey());
        // counsel a line names as examining ("Cross-examination by MS OKAFOR"): their questions, however few, are no statements
        else if (asks >= 1 && examining(e.getValue().values())) asking.add(e.getKey());
        else if (asks < 0.5 * n) answering = true;
      }
      java.util.Set<Statement> asked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Statement s : questionTurns) if (s.text.indexOf('?') >= 0) asked.add(s); // a briefing's labelled questions
      if (answering) {
        for (String id : asking) {
          // the host the header names ("Host: Selin Aydemir"): none of their turns speaks, greetings, thanks and sign-off too
          boolean presenter = presenter(id);
          for (List<Statement> turn : turns.get(id).values()) {
            // a remark between questions ("Thank you, Mr. Chairman. I represent ...") still speaks
            for (Statement s : turn) if (presenter || s.text.indexOf('?') >= 0) asked.add(s);
          }
        }
      }
      if (asked.isEmpty()) return;
      for (Statement s : asked) {
        // the paragraph's sentences are the outlet's narrative, its claims before the question too: the conventions leave a
        // question turn out whole, lead-in and all (a sentence-level split was measured: more of the older gold's questions
        // found, many more courtesy and lead-in sentences counted against the newer gold's precision)
        for (int k = Sentences.indexAt(sentences, s.start); k >= 0 && k < sentences.length && sentences[k][0] < s.end; k++) {
          int a = Math.max(sentences[k][0], s.start), b = Math.min(sentences[k][1], s.end);
          if (b <= a || view.substring(a, b).isBlank()) continue;
          outlet(statement(Statement.NARRATIVE, a, b, k, s.paragraphIndex), outlet, null);
        }
      }
      out.removeIf(asked::contains); // one pass: a transcript of thousands of questions stays linear
    }

    /** Whether a turn's text ends in a question mark, perhaps before closing quote marks. */
    private static boolean endsAsking(String text) {
      int i = text.length() - 1;
      while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || QuoteMarks.isDouble(text.charAt(i)) || QuoteMarks.isSingle(text.charAt(i)))) i--;
      return i >= 0 && text.charAt(i) == '?';
    }

    /**
     * Whether the transcript's header names the speaker {@code id} its host, presenter, anchor, moderator or interviewer
     * ("Host: Selin Aydemir"), or the speaker's own label does ("PRESENTER:", "LAURA BENNETT, CNN ANCHOR:", "AILSA MORROW,
     * HOST:" alone on its line). (Stop 51 adopted the labels' roles, as the conventions say; the gold of heldout11-51 lists
     * such a presenter's remarks.)
     */
    private boolean presenter(String id) {
      readHeader();
      if (pluralPresenters.contains(id) || labelPresenters.contains(id)) return true;
      for (String role : PRESENTER_ROLES) {
        Speaker h = headerHolder(role);
        if (h != null && id.equals(h.id)) return true;
      }
      return false;
    }

    /** The ids of the speakers a label of their own calls host, presenter, anchor, moderator or interviewer ("AILSA MORROW, HOST:"). */
    private final java.util.Set<String> labelPresenters = new java.util.HashSet<>();

    /** The ids of the speakers labelled by a presenter's role alone ("MODERATOR:", "PRESENTER:"). */
    private final java.util.Set<String> roleOnlyPresenters = new java.util.HashSet<>();

    /** The ids of the speakers labelled with an outlet in brackets ("SELIN ÖZTÜRK (TRT World):"): journalists. */
    private final java.util.Set<String> outletLabelled = new java.util.HashSet<>();

    /** The ids of the hosts a header names together ("Hosts: Maya Collins, Tom Reyes"). */
    private final java.util.Set<String> pluralPresenters = new java.util.HashSet<>();

    /** Registers each name of the tokens [lo, hi) of a header's plural presenter line, between commas, "and" or "&amp;". */
    private void headerPresenters(int lo, int hi) {
      for (int from = lo, x = lo; x <= hi; x++) {
        if (x < hi && !tokens.text(x).equals(",") && !tokens.lower(x).equals("and") && !tokens.text(x).equals("&")) continue;
        Mention who = x > from ? parser.forward(tokens, from, x, text) : null;
        from = x + 1;
        if (who == null || who.kind != Mention.Kind.NAME || !who.conjuncts.isEmpty() || who.name == null || !who.name.contains(" ")) continue;
        speakers.observe(who, who.start);
        ArticleSpeakers.Resolution r = speakers.resolve(who, who.start);
        if (r != null && !r.speaker.plural && !Speaker.OUTLET.equals(r.speaker.type)) pluralPresenters.add(asPerson(r.speaker).id);
      }
    }

    /** A court record's line naming the counsel who examines a witness: "Cross-examination by MS OKAFOR"; group 1 the surname. */
    private static final Pattern EXAMINATION_BY = Pattern.compile(
        "(?m)^[ \\t]*(?:(?:Cross|Re)-)?[Ee]xamination(?:-in-chief)? by ((?:MR|MS|MRS|MISS|DR|Mr|Ms|Mrs|Miss|Dr)\\.? \\p{L}[\\p{L}'\u2019\\-]+)(?: KC| QC)?[ \\t]*$");

    /**
     * Whether the speaker of these labelled {@code turns} is counsel an examination line names: the honorific and surname of
     * the line ("MS OKAFOR") open the label of the speaker's first turn ("MS OKAFOR:"; "MRS HUGHES" is someone else).
     */
    private boolean examining(java.util.Collection<List<Statement>> turns) {
      if (examiners == null) {
        examiners = new java.util.HashSet<>();
        for (Matcher m = EXAMINATION_BY.matcher(view); m.find(); ) examiners.add(m.group(1).replace(".", "").toLowerCase(Locale.ROOT));
      }
      if (examiners.isEmpty() || turns.isEmpty()) return false;
      Statement s = turns.iterator().next().get(0);
      int ps = tv.paragraphStart(s.paragraphIndex);
      if (s.start <= ps || s.start - ps > 80) return false;
      String label = view.substring(ps, s.start).replace(".", "").replaceAll("[:\u2013\u2014-].*$", "").strip().toLowerCase(Locale.ROOT);
      return examiners.contains(label.replaceAll("\\s+(kc|qc)$", ""));
    }

    /** Per surname a full label gave ({@link #labelSpeakers}), that label in lower case: "minister of national defence yaşar güler". */
    private final java.util.Map<String, String> fullLabels = new java.util.HashMap<>();

    /** The surnames of {@link #EXAMINATION_BY} lines, found on first need. */
    private java.util.Set<String> examiners;

    /** A subject after an opening phrase that {@link #observeNames} observed at once (not again when the sentence is done). */
    private Mention observedEarly;

    /** Registers the names of a sentence; returns a subject found after an opening phrase, to be observed once the sentence is done. */
    private SentenceSubject observeNames(int lo, int hi) {
      SentenceSubject later = null;
      Mention subject = parser.forward(tokens, lo, hi, text);
      // a sentence inside a quote ("Assad is gone.") names no subject "he said" goes to; its names are still observed below
      if (subject != null && inQuote.get(subject.start)) subject = null;
      else if (subject != null && subject.kind == Mention.Kind.NAME && subject.conjuncts.isEmpty() && !SentenceSubject.opensWithAdverbial(tokens, lo, hi)) {
        speakers.observeSubject(subject, tokens.start(lo));
      }
      else if (lo < hi && !inQuote.get(tokens.start(lo))) {
        later = SentenceSubject.find(tokens, parser, descriptors, cues, text, lo, hi, false, true);
      }
      // "Protesters gathered outside": a group that opens the sentence is whom a later "one of them" may mean
      if (subject != null && subject.kind == Mention.Kind.DESCRIPTOR && subject.conjuncts.isEmpty() && subject.head != null
          && descriptors.head(subject.head) != null && descriptors.head(subject.head).plural) {
        speakers.observeSubject(subject, tokens.start(lo));
      }
      for (int i = lo; i < hi; i++) {
        if (!tokens.isWord(i) || !nameWord(i)) continue;
        if (i + 1 < hi && tokens.isWord(i + 1) && nameWord(i + 1)) continue;
        Mention m = parser.backward(tokens, lo, i, text);
        if (m != null) speakers.observe(m, tokens.start(i));
      }
      // "In a post on X, opposition leader Moshe Gal-On backed the strikes but criticized ... what he called ...": a subject
      // whose verb says nothing is whom "he" in its own sentence means; one with a speech verb waits for the rules of
      // reported speech to read the sentence
      // (after an opening phrase only: "His cousin, he added, was among the dead" is no one's subject for "he")
      CueLexicon.Cue verb = later == null || later.verb >= hi ? null : cues.at(tokens, later.verb, hi);
      if (later != null && later.mention.start > tokens.start(lo) && SentenceSubject.opensWithAdverbial(tokens, lo, hi)
          && !(verb != null && verb.speaks())) {
        speakers.observeSubject(later.mention, later.mention.start);
        observedEarly = later.mention;
      }
      return later;
    }

    /** Whether token {@code i} may end a name: capitalised, or a surname after a particle ("al-Shammari", "el-Sisi"). */
    private boolean nameWord(int i) {
      return tokens.isCapitalized(i) || PARTICLE_SURNAME.matcher(tokens.text(i)).matches();
    }

    /** The person a Q&A interview is with: the first person named as a sentence's subject before the first question. */
    Mention interviewee;
    Speaker intervieweeSpeaker;
    int answerCueStart = -1, answerCueEnd = -1;

    /** The last paragraph that asks ("Q:"): unlabelled paragraphs after the last answer are the outlet's again. */
    int lastQuestion = -1;

    /**
     * A magazine Q&A without labels: per paragraph, the offset of the question mark that ends the
     * paragraph before it when that paragraph is a question (ends in '?', holds no quote mark, at most
     * 40 words, not the headline) and this one opens with a quote mark; -1 otherwise. Null unless at
     * least two paragraphs answer a question so: one rhetorical question before a quote is no interview.
     */
    int[] questionBefore;

    private int[] questionLed() {
      int n = tv.paragraphCount(), found = 0;
      int[] at = new int[n];
      java.util.Arrays.fill(at, -1);
      for (int p = 2; p < n; p++) {
        int qe = tv.paragraphEnd(p - 1);
        while (qe > tv.paragraphStart(p - 1) && Character.isWhitespace(view.charAt(qe - 1))) qe--;
        if (qe == tv.paragraphStart(p - 1) || view.charAt(qe - 1) != '?') continue; // most paragraphs: no substring
        String q = view.substring(tv.paragraphStart(p - 1), tv.paragraphEnd(p - 1)).strip();
        String a = view.substring(tv.paragraphStart(p), tv.paragraphEnd(p)).strip();
        if (q.isEmpty() || a.isEmpty() || q.charAt(q.length() - 1) != '?' || "\"\u201c\u2018'".indexOf(a.charAt(0)) < 0) continue;
        if (q.indexOf('"') >= 0 || q.indexOf('\u201c') >= 0 || q.indexOf('\u201d') >= 0 || q.indexOf('\u2018') >= 0) continue;
        if (Tokens.splitSpaces(q).length > 40) continue;
        at[p] = tv.paragraphStart(p - 1) + view.substring(tv.paragraphStart(p - 1), tv.paragraphEnd(p - 1)).lastIndexOf('?');
        found++;
      }
      return found >= 2 ? at : null;
    }

    /** The last paragraph that opens with a transcript label: paragraphs after it are no speaker's turn. */
    int lastLabel = -1;
    /** The first such paragraph: the lines before it are the transcript's header. */
    int firstLabel = -1;
    /** How many paragraphs each one-word label opens ("Nicky:" three times, a dateline "Dubai:" once). */
    private final java.util.Map<String, Integer> labelWords = new java.util.HashMap<>();

    /**
     * How many paragraphs after the first open with a transcript label: a name ({@link #NAME_LABEL}: "Okafor:",
     * "Mr Hale:", "MR. RIDGEWAY:"), a person's role ("Spokesperson:", "Moderator:") or a briefing's
     * question ("QUESTION:", "Question (Hassan Obeid, Al-Mashriq TV):"); not furniture ("Update:", "Read more:",
     * "Photo:"). Sets {@link #lastLabel}.
     */
    private int nameLabels() {
      int n = 0;
      int f = 0;
      lineLabels = lineLabels();
      for (int p = 1; p < tv.paragraphCount(); p++) {
        int ps = tv.paragraphStart(p);
        if (lineLabels != null && lineLabels[p] != null) {
          n++;
          lastLabel = p;
          if (firstLabel < 0) firstLabel = p;
          continue;
        }
        String head = view.substring(ps, Math.min(tv.paragraphEnd(p), ps + 120));
        if (QUESTION_LABEL.matcher(head).find()) {
          n++;
          lastLabel = p;
          if (firstLabel < 0) firstLabel = p;
          continue;
        }
        // "STERLING HEIGHTS, Mich. — Rep. ...", "Contributing: Jane Roe, Detroit Free Press": a dateline or a credit line
        // opens no speaker's turn (the furniture is in text order, so the scan goes on from the last paragraph's)
        int at = ps;
        while (at < tv.paragraphEnd(p) && Character.isWhitespace(view.charAt(at))) at++;
        while (f < furniture.size() && furniture.get(f).end() <= at) f++;
        if (f < furniture.size() && furniture.get(f).start() <= at && wireFurniture(furniture.get(f))) continue;
        Matcher lm = nameLabel(head);
        if (lm == null) continue;
        // "HEARING ON U.S. POLICY TOWARD SYRIA: SANCTIONS, RETURNS AND ...": a heading in capitals, no one's turn
        String whole = view.substring(ps, tv.paragraphEnd(p));
        if (whole.length() > lm.end() && inCapitals(whole.substring(lm.end())) && !endsSentence(ps, lastMark(ps, trimEnd(ps, tv.paragraphEnd(p))))) continue;
        int lo = tokens.indexFrom(ps + lm.start(1)), nameEnd = tokens.indexFrom(ps + nameEnd(lm, head));
        // "Broadcast: Sunday, 7 December", "Date: ...": a header's line of furniture (label-furniture) opens no turn
        if (nameEnd == lo + 1 && LABEL_FURNITURE.contains(tokens.lower(lo))) continue;
        if (nameEnd == lo + 1) labelWords.merge(tokens.text(lo), 1, Integer::sum);
        if (labelMention(lo, nameEnd) != null || titledHolder(lo, nameEnd, ps) != null) {
          // "Yair Lapid (@yairlapid): "..."": a post printed under its author's name and handle is a label even alone
          n += lm.group().contains("(@") ? 2 : 1;
          // "Catriona Bell (Glasgow) (Lab):": a member's label with a party, a debate's (known before its first turn is read)
          if (endsInParty(head.substring(lm.end(1), lm.start(2)).strip())) {
            partyMembers.add(head.substring(lm.start(1), lm.end(1)).toLowerCase(java.util.Locale.ROOT));
          }
          lastLabel = p;
          if (firstLabel < 0) firstLabel = p;
        }
      }
      partyLabels = partyMembers.size() >= 2; // two members with parties: a debate (one is a guest's label on a programme)
      return n;
    }

    /** The names of the labels that give a member's party ("Catriona Bell (Glasgow) (Lab):"), lowered. */
    private final java.util.Set<String> partyMembers = new java.util.HashSet<>();

    /** Per paragraph, the person a label alone on its line names ({@link #LINE_LABEL}); null when the article is no such record. */
    private Mention[] lineLabels;
    /**
     * Whether the turn under way was opened by such a label: past the record's last label it goes on through paragraphs
     * with "I" or "we", even those that report others ({@link #continued}).
     */
    private boolean lineTurn;

    /**
     * The labels alone on their line of a record that prints them so ({@link #LINE_LABEL}): a name with a seat and a party
     * in brackets ("Dr Helen Marsh (Stroud) (Lab)"), a role with its holder in brackets ("Madam Deputy Speaker (Dame
     * Rosalind Ellery)"), and later the short label of someone such a label named ("Dr Marsh"). A record needs two of
     * the long labels and two labels whose next paragraph speaks (has "I", "we", "you": data/speaker-words.tsv
     * speech-persons), so a list of candidates with their seats, each described below, is none; and no label may have a
     * quotation below it (a round-up of quotes under each name is read as quotes). A press conference's label with a colon
     * ("Minister al-Shammari:") counts as a long label once per speaker. Null when there is none.
     */
    private Mention[] lineLabels() {
      Mention[] at = new Mention[tv.paragraphCount()];
      lineShort = new boolean[tv.paragraphCount()];
      java.util.Map<String, Integer> surnames = new java.util.HashMap<>(); // how many long labels have each surname
      java.util.Map<String, Mention> roles = new java.util.HashMap<>(); // "the prime minister" -> its holder's name
      java.util.Set<String> colonLabels = new java.util.HashSet<>(); // "minister al-shammari" once, however often it labels
      java.util.Set<String> longLabels = new java.util.HashSet<>(); // "lord brayfield" once, however often it labels
      java.util.Map<String, Mention> peers = new java.util.HashMap<>(); // "baroness thornbury" -> "Baroness Thornbury of Eyam"
      int full = 0, speaking = 0, quoted = 0, labels = 0, parties = 0;
      List<Integer> partyOnly = new ArrayList<>(); // paragraphs of labels with only a party after the name
      int partyOnlySpeaking = 0, partyOnlyLong = 0;
      for (int p = 1; p + 1 < tv.paragraphCount(); p++) {
        int ps = tv.paragraphStart(p), b = trimEnd(ps, tv.paragraphEnd(p));
        if (b - ps > 200) continue;
        Matcher m = LINE_LABEL.matcher(view.substring(ps, b));
        if (!m.matches() || m.end(1) == m.start(1)) continue;
        int lo = tokens.indexFrom(ps + m.start(1)), hi = tokens.indexFrom(ps + m.end(1));
        String brackets = m.group(2).strip();
        String words = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Mention who;
        if (!m.group(3).isEmpty()) {
          // "Minister al-Shammari:": a name after its titles, the colon's label (a stage direction in brackets is no seat)
          who = titledName(lo, hi);
          if (who == null) continue;
          // (a speaker's label again is one label: two speakers make a record, and a later short label finds its surname)
          if (colonLabels.add(words)) {
            full++;
            String[] w = Tokens.splitSpaces(who.name);
            surnames.merge(w[w.length - 1].toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
          }
        } else if (brackets.isEmpty()) {
          // "Dr Marsh": someone a long label named, the only one of that surname; "The Prime Minister": the role a long
          // label gave its holder ("The Prime Minister (Keir Starmer)")
          who = roles.get(words);
          if (who == null) who = peers.get(words); // "Baroness Thornbury" after "(Baroness Thornbury of Eyam) (Lab)"
          if (who == null) {
            who = lineName(lo, hi);
            if (who == null || surnames.getOrDefault(tokens.lower(hi - 1), 0) != 1) continue;
          }
          lineShort[p] = true;
        } else {
          int close = brackets.indexOf(')');
          boolean partyOnlyLabel = false; // a name and a party only: "Lord Brayfield (Con)"
          // the last bracket a party's ("Lord Brayfield (Con)", "... (Baroness Thornbury of Eyam) (Lab)"): no seat, no holder
          boolean party = endsInParty(brackets);
          boolean one = close == brackets.length() - 1;
          // one bracket holding a full name after a role, or that and a party: the role's holder ("Madam Deputy Speaker
          // (Dame Rosalind Ellery)", "The Parliamentary Under-Secretary of State, ... (Baroness Thornbury of Eyam) (Lab)")
          int open = ps + m.start(2) + m.group(2).indexOf('(') + 1;
          Mention holder = one || party ? lineName(tokens.indexFrom(open), tokens.indexFrom(ps + m.start(2) + m.group(2).indexOf(')'))) : null;
          Mention named = lineName(lo, hi);
          // (before a party, the words must be no name: "Ms Harriet Beddoe (Bristol East) (Lab)" has a seat in brackets)
          if (holder != null && holder.name != null && holder.name.contains(" ") && (named == null || one && roleWords(lo, hi))) {
            who = holder;
            roles.put(words, holder);
          // a seat and a party: "Andrew Fenwick (Stratford-on-Avon) (Con)"; a peer and a party: "Baroness Okafor of Lambeth
          // (LD)" (not a role: "Tolga Arikan (head coach)" heads a round-up of what people said, in quotes and prose)
          } else if (named != null && named.name != null && named.name.contains(" ") && (!one || party)) {
            who = named;
            // (a party alone after a name, "Jane Doe (Green)", heads a candidate's profile as well as a peer's speech: below
            // half such labels at least, someone must speak in the first person)
            if (one) {
              partyOnly.add(p);
              partyOnlyLabel = true;
              if (firstPerson(p + 1)) partyOnlySpeaking++;
            }
          } else {
            continue;
          }
          // a member's long label again is one label (a peer's is printed at every speech); the surname is the one before a
          // peer's place, and the peer's whole title names them ("Baroness Okafor of Lambeth (LD)"), short labels too
          if (longLabels.add(words)) {
            full++;
            if (party) parties++;
            if (partyOnlyLabel) partyOnlyLong++;
            String[] w = Tokens.splitSpaces(who.name);
            surnames.merge(w[w.length - 1].toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
          }
          Mention peer = who.asPeer();
          if (peer != who) {
            peers.put(who.name.toLowerCase(java.util.Locale.ROOT), peer);
            peers.put(peer.name.toLowerCase(java.util.Locale.ROOT), peer);
          }
          who = peer;
        }
        at[p] = who;
        labels++;
        if (speaks(p + 1)) speaking++;
        int next = tv.paragraphStart(p + 1);
        if (next < tv.paragraphEnd(p + 1) && QuoteMarks.isDouble(view.charAt(next))) quoted++;
      }
      if (2 * partyOnlySpeaking < partyOnly.size()) { // candidates' profiles, no one's speech: not labels
        for (int p : partyOnly) {
          at[p] = null;
          labels--;
          if (speaks(p + 1)) speaking--;
          int next = tv.paragraphStart(p + 1);
          if (next < tv.paragraphEnd(p + 1) && QuoteMarks.isDouble(view.charAt(next))) quoted--;
        }
        full -= partyOnlyLong;
        parties -= partyOnlyLong;
      }
      // a record prints speech without quote marks: a round-up of quotes under each name is read as quotes (a member
      // reading out a letter now and then is still a record)
      boolean record = full >= 2 && speaking >= 2 && quoted * 3 <= labels;
      partyRecord = record && parties >= 1; // (a minister's label gives no party: one member with a party is a debate)
      return record ? at : null;
    }

    /**
     * Whether the record's labels give members' parties ("Lord Brayfield (Con)", "Dr Helen Marsh (Stroud) (Lab)"): a
     * parliament's debate, whose members' questions to a minister are their contributions, not an interviewer's (the gold
     * conventions, section 10), however many of their turns ask.
     */
    private boolean partyRecord;

    /** Whether two members' labels give their parties ("Catriona Bell (Glasgow) (Lab):"), as a debate's record inline does. */
    private boolean partyLabels;

    /** Whether paragraph {@code p} speaks in the first person ("I", "we", "My Lords": data/speaker-words.tsv first-persons). */
    private boolean firstPerson(int p) {
      for (int i = tokens.indexFrom(tv.paragraphStart(p)), hi = tokens.indexFrom(tv.paragraphEnd(p)); i < hi; i++) {
        if (FIRST_PERSONS.contains(tokens.lower(i))) return true;
      }
      return false;
    }

    /** Whether a label's brackets end in a party's: "(Glasgow) (Lab)", "(Baroness Thornbury of Eyam) (Lab)". */
    private static boolean endsInParty(String brackets) {
      int open = brackets.lastIndexOf('(');
      return brackets.endsWith(")") && open >= 0 && isParty(brackets.substring(open + 1, brackets.length() - 1));
    }

    /** Whether a bracket's words are a party's abbreviation (data/speaker-words.tsv record-parties): "Con", "Lab Co-op". */
    private static boolean isParty(String bracket) {
      String[] w = Tokens.splitSpaces(bracket.strip().toLowerCase(java.util.Locale.ROOT));
      if (w.length == 0 || w.length > 3) return false;
      for (String x : w) if (!RECORD_PARTIES.contains(x)) return false;
      return true;
    }

    /**
     * The person a label "D. Volkov:" names: the article's full name of that surname whose given name has the initial
     * ("Dmitry Volkov", not his brother "Sergei Volkov"); {@code surname} when the article names no one of that surname in
     * full; null when it names only people of that surname with other initials.
     */
    private Mention initialled(char initial, Mention surname) {
      // (read twice per label paragraph, and a transcript repeats its labels: one search of the text per initial and surname)
      String key = initial + " " + surname.name;
      if (initialledNames.containsKey(key)) return initialledNames.get(key);
      Mention found = findInitialled(initial, surname);
      initialledNames.put(key, found);
      return found;
    }

    /** {@link #initialled}'s answers by initial and surname. */
    private final java.util.Map<String, Mention> initialledNames = new java.util.HashMap<>();

    private Mention findInitialled(char initial, Mention surname) {
      Matcher fm = Pattern.compile("\\b(\\p{Lu})\\p{Ll}+ " + Pattern.quote(surname.name) + "\\b").matcher(text);
      boolean other = false;
      while (fm.find()) {
        if (fm.group(1).charAt(0) != initial) { other = true; continue; }
        int a = tokens.indexFrom(fm.start()), b = tokens.indexFrom(fm.end());
        Mention full = parser.forward(tokens, a, b, text);
        if (full != null && full.kind == Mention.Kind.NAME && full.name != null && full.name.endsWith(surname.name)) return full;
      }
      return other ? null : surname;
    }

    /** Per paragraph, whether its label alone on its line is a short one ("Dr Marsh", "The Prime Minister"). */
    private boolean[] lineShort;

    /** A person's name that is all of the words [lo, hi), perhaps after an honorific ("Dr Helen Marsh", "Dame Rosalind Ellery"). */
    private Mention lineName(int lo, int hi) {
      if (lo >= hi) return null;
      Mention m = parser.forward(tokens, lo, hi, text);
      if (m == null || m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty() || Grammar.after(tokens, m) != hi) return null;
      int first = tokens.indexFrom(m.start);
      return first == lo || descriptors.titleBeforeSurname(text.substring(tokens.start(lo), m.start).strip()) ? m : null;
    }

    /** A person's name that ends the words [lo, hi), only titles before it ("Minister al-Shammari", "Dr Helen Marsh"); or null. */
    private Mention titledName(int lo, int hi) {
      Mention named = lineName(lo, hi);
      if (named != null) return named;
      Mention m = lo < hi ? parser.forward(tokens, lo, hi, text) : null;
      if (m == null || m.kind != Mention.Kind.NAME || m.name == null || !m.conjuncts.isEmpty() || Grammar.after(tokens, m) != hi) return null;
      int first = tokens.indexFrom(m.start);
      if (first == lo) return null;
      for (int i = lo; i < first; i++) if (!tokens.isWord(i) || descriptors.title(tokens.lower(i)) == null) return null;
      return m;
    }

    /** Whether the words [lo, hi) hold a title or end in a person's role ("Madam Deputy Speaker", "The Minister for Security"). */
    private boolean roleWords(int lo, int hi) {
      for (int i = lo; i < hi; i++) if (descriptors.title(tokens.lower(i)) != null) return true;
      Descriptors.Head h = descriptors.head(tokens.lower(hi - 1));
      return h != null && !Speaker.ORGANIZATION.equals(h.type);
    }

    /** Whether paragraph {@code p} is someone speaking: a sentence with "I", "we" or "you" among its words. */
    private boolean speaks(int p) {
      int ps = tv.paragraphStart(p), b = trimEnd(ps, tv.paragraphEnd(p));
      return endsSentence(ps, lastMark(ps, b)) && speaking(ps, b);
    }

    /**
     * Whether [ps, b) quotes or reports someone: a quote mark, a copyright line, a source ("according to"), or a plain
     * speech cue after anything but "I", "we", "you" ("PC Shaw said ..." reports; "I said" and "We call on" are the speech;
     * "that" cues are not counted: "The State deeply regrets ..." is a delegate's own).
     */
    private boolean reporting(int ps, int b) {
      for (int i = ps; i < b; i++) if (QuoteMarks.isDouble(view.charAt(i)) || view.charAt(i) == '\u00a9') return true;
      for (int i = tokens.indexFrom(ps), lo = i, hi = tokens.indexFrom(b); i < hi; i++) {
        CueLexicon.Cue c = cues.at(tokens, i, hi);
        if (c == null) continue;
        if (CueLexicon.SOURCE.equals(c.role)) return true;
        if (CueLexicon.SPEECH.equals(c.role) && (i == lo || !SPEECH_PERSONS.contains(tokens.lower(i - 1)))) return true;
      }
      return false;
    }

    /** Whether "I" or "we" stands in [ps, b) before a word (data/speaker-words.tsv speech-subjects; "with us" has none). */
    private boolean firstPersonSubject(int ps, int b) {
      for (int i = tokens.indexFrom(ps), hi = tokens.indexFrom(b); i + 1 < hi; i++) {
        if (SPEECH_SUBJECTS.contains(tokens.lower(i)) && tokens.isWord(i + 1)) return true;
      }
      return false;
    }

    /** Whether the words of [ps, b) include "I", "we", "you" (data/speaker-words.tsv speech-persons). */
    private boolean speaking(int ps, int b) {
      for (int i = tokens.indexFrom(ps), hi = tokens.indexFrom(b); i < hi; i++) if (SPEECH_PERSONS.contains(tokens.lower(i))) return true;
      return false;
    }

    /**
     * A record's label alone on its line ({@link #lineLabels}): the turn of the person it names opens, their speech in the
     * paragraphs below; the label itself is no one's words. Null: the label is no statement.
     */
    private Statement lineTurn(int p, int ps, int pe) {
      Mention m = lineLabels[p];
      String surname = tokens.lower(tokens.indexFrom(m.end) - 1);
      String key = text.substring(m.start, m.end).toLowerCase(java.util.Locale.ROOT);
      // a long label names its own speaker ("Kevan Jones (North Durham) (Lab)" after "Mr David Jones (Clwyd West) (Con)");
      // a short one ("Dr Marsh") the speaker a long label of that surname named
      ArticleSpeakers.Resolution r = labelSpeakers.containsKey(key) ? new ArticleSpeakers.Resolution(labelSpeakers.get(key), true)
          : lineShort[p] && labelSpeakers.containsKey(surname) ? new ArticleSpeakers.Resolution(labelSpeakers.get(surname), true)
          : speakers.resolve(m, m.start);
      if (r != null && !r.speaker.plural && Speaker.ORGANIZATION.equals(r.speaker.type)) {
        r = new ArticleSpeakers.Resolution(asPerson(r.speaker), r.coreference);
      }
      for (int k = Sentences.indexAt(sentences, ps); k >= 0 && k < sentences.length && sentences[k][0] < pe; k++) claimed[k] = true;
      if (r == null || !Speaker.PERSON.equals(r.speaker.type) || r.speaker.plural) return endTurn();
      labelSpeakers.putIfAbsent(key, r.speaker);
      if (!lineShort[p]) labelSpeakers.putIfAbsent(surname, r.speaker);
      asking = false;
      turn = r.speaker;
      turnMention = m;
      turnCueStart = ps;
      turnCueEnd = trimEnd(ps, pe);
      turnSpeakerStart = turnSpeakerEnd = -1;
      turnMethod = r.coreference ? Statement.COREFERENCE : Statement.EXPLICIT;
      lineTurn = true;
      return null;
    }

    /**
     * Whether a piece of furniture is plainly the wire's and no transcript label: a credit, byline or notice, or a
     * dateline with a date, an outlet's tag, or a region and a dash ("STERLING HEIGHTS, Mich. —"). Words in capitals
     * before a colon read as a dateline too ("THE JUDGE:", "MARIA ZAKHAROVA, SPOKESWOMAN:", "DMITRY PESKOV (via
     * interpreter):"), but in a transcript they are labels.
     */
    private boolean wireFurniture(Datelines.Furniture f) {
      if (f.kind() != Datelines.Kind.DATELINE || f.date() != null || datelines.knownTag(f.tag())) return true;
      String d = view.substring(f.start(), f.end()).strip();
      return d.indexOf(',') >= 0 && !d.endsWith(":");
    }

    /**
     * The speaker a label's words [lo, nameEnd) name: a person's name ("Okafor", "MR. RIDGEWAY": an honorific may
     * stand before it) or a person's role alone ("Spokesperson", "The Moderator"); null for other words.
     */
    private Mention labelMention(int lo, int nameEnd) {
      // "SEN. CALLOWAY", "GEN. HALE": a title's abbreviation in capitals, then the name
      // (the period its own token, or kept by the abbreviation: "SEN." is one token)
      int named = lo + 1 < nameEnd && tokens.text(lo + 1).equals(".") ? lo + 2 : tokens.text(lo).endsWith(".") ? lo + 1 : -1;
      if (named > lo && named < nameEnd && inCapitals(tokens.text(lo)) && descriptors.titleBeforeSurname(tokens.text(lo))) {
        Mention after = parser.forward(tokens, named, nameEnd, text);
        if (after != null && after.kind == Mention.Kind.NAME && after.conjuncts.isEmpty() && Grammar.after(tokens, after) == nameEnd
            && tokens.indexFrom(after.start) == named) return after;
      }
      // "V.Putin:", "A. Khinshtein:" (a Kremlin transcript's labels): an initial, then the surname the article names in full
      if (named > lo && named < nameEnd && tokens.text(lo).length() == (named == lo + 1 ? 2 : 1) && Character.isUpperCase(tokens.text(lo).charAt(0))) {
        Mention after = parser.forward(tokens, named, nameEnd, text);
        if (after != null && after.kind == Mention.Kind.NAME && after.conjuncts.isEmpty() && Grammar.after(tokens, after) == nameEnd
            && tokens.indexFrom(after.start) == named && after.name != null) return initialled(tokens.text(lo).charAt(0), after);
      }
      // "SPEAKER –", "CHAIR:" in capitals: the record's word for whoever presides
      if (nameEnd == lo + 1 && inCapitals(tokens.text(lo)) && descriptors.isPresiding(tokens.lower(lo))) {
        return Mention.role(tokens.start(lo), tokens.end(lo), tokens.text(lo), tokens.lower(lo), descriptors.title(tokens.lower(lo)));
      }
      Mention m = parser.forward(tokens, lo, nameEnd, text);
      if (m == null || !m.conjuncts.isEmpty() || Grammar.after(tokens, m) != nameEnd) return null;
      // "THE JUDGE:", "THE WITNESS:": capitals read as a name, but "the" and a role are a role
      if (m.kind == Mention.Kind.NAME && nameEnd == lo + 2 && tokens.lower(lo).equals("the") && inCapitals(tokens.text(lo + 1))) {
        Descriptors.Head h = descriptors.head(tokens.lower(lo + 1));
        // "THE COURT:" is the presiding judge, though "the court" is a body elsewhere
        boolean presides = descriptors.isPresiding(tokens.lower(lo + 1));
        return h == null || h.plural || Speaker.ORGANIZATION.equals(h.type) && !presides ? null
            : Mention.role(tokens.start(lo), tokens.end(lo + 1), text.substring(tokens.start(lo), tokens.end(lo + 1)), tokens.lower(lo + 1), h.roleClass);
      }
      // "The Minister:", "THE JUDGE:": a role after "the"; other capitalised function words open no label
      if (MentionParser.isStopCap(tokens.lower(lo)) && !(tokens.lower(lo).equals("the") && m.kind == Mention.Kind.DESCRIPTOR)) return null;
      int first = tokens.indexFrom(m.start);
      if (m.kind == Mention.Kind.NAME) {
        if (first == lo) return m;
        // "MR. RIDGEWAY", "MR ASHWORTH" (British, no full stop), "Senator ALVAREZ" (a name in capitals): the honorific is
        // left out of the name
        String before = text.substring(tokens.start(lo), m.start).strip();
        return first <= lo + 2 && (before.endsWith(".") || !before.isEmpty() && inCapitals(before) || inCapitals(text.substring(m.start, m.end)))
            && descriptors.titleBeforeSurname(before) ? m : null;
      }
      if (m.kind != Mention.Kind.DESCRIPTOR || first != lo && !tokens.lower(lo).equals("the")) return null;
      Descriptors.Head h = descriptors.head(tokens.lower(nameEnd - 1));
      // a person's role ("Spokesperson:", "Moderator:"), not a body ("Commission:" leads a newsletter's item in)
      return h != null && !h.plural && !Speaker.ORGANIZATION.equals(h.type) && nameEnd - lo <= 2 ? m.asDefinite() : null;
    }

    /** The speaker of the transcript turn under way (a label's, kept by its unlabelled paragraphs); null when none. */
    private Speaker turn;
    private Mention turnMention;
    private int turnCueStart, turnCueEnd, turnSpeakerStart = -1, turnSpeakerEnd = -1;
    private String turnMethod;
    /** Speakers a transcript label with a role introduced ("WOLF BLITZER, CNN ANCHOR:"), by name and by surname, lower case. */
    private final java.util.Map<String, Speaker> labelSpeakers = new java.util.HashMap<>();
    /** Keys of {@link #labelSpeakers} that are a title the person's first label put before their name ("nato spokesperson"). */
    private final java.util.Set<String> titleLabels = new java.util.HashSet<>();
    /** Presiding words a bracketed holder named ("The Chair (Ms. Name):"): a later label with its own bracket names the new holder. */
    private final java.util.Set<String> bracketRoles = new java.util.HashSet<>();
    /** Speakers whose labels are the outlet's own reporter (", BYLINE:"): their turns are the outlet's narrative. */
    private final java.util.Set<String> reporters = new java.util.HashSet<>();
    /** The speaker id of a briefing's unnamed questioner. */
    private static final String REPORTER = "reporter";

    /**
     * A transcript's paragraph under a speaker's label ({@code speaker-label}): "Okafor: It is a character.",
     * "Mr Hale: \"Could you see ...?\"", "Spokesperson: Turning to Syria, ...", "QUESTION: Is the embassy going to
     * reopen?" (a reporter's, or the person the brackets name). A name label must be a name alone, of a person the
     * article named before (or the speaker table knows), or carry an honorific ("Mr Hale"); a label that is the
     * outlet, "The Meridian", or a newsletter's lead-in ("Clock's ticking:") is not. The rest of the paragraph is
     * the speaker's direct statement (inside its quote marks when it is one quote), returned. A paragraph without
     * a label before the transcript's last label continues the turn under way (a long answer, a president's
     * remarks), unless it is a heading or a stage direction ("(Laughter.)"). The outlet's own reporter
     * ("LEILA HADDAD, BYLINE:") speaks in the outlet's voice: no statement. Null when the paragraph is no such one.
     * {@code from}: the index of the paragraph's first quote.
     */
    private Statement labelled(int p, String para, int from) {
      int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
      int b = trimEnd(ps, pe);
      // "Putin: strikes on Syria are act of aggression": a subhead in a headline's style, no one's words
      int f = lastMark(ps, b);
      boolean sentence = endsSentence(ps, f);
      Speaker sp;
      Mention m = null;
      boolean coreference = false;
      int a, cueStart, cueEnd;
      if (lineLabels != null && lineLabels[p] != null) return lineTurn(p, ps, pe);
      Matcher qm = QUESTION_LABEL.matcher(para);
      Matcher lm = nameLabel(para);
      boolean question = qm.find();
      if (question || lm != null) lineTurn = false;
      if (question) {
        asking = true;
        a = ps + qm.end();
        int g = qm.group(1) != null ? 1 : qm.group(2) != null ? 2 : qm.group(3) != null ? 3 : 0; // the asker named, if any
        boolean colon = qm.group().indexOf(':') >= 0; // not the White House's "Q Thanks, ..."
        cueStart = colon ? ps + para.indexOf(':', g == 0 ? 0 : qm.end(g)) : ps; // the colon, as a name label's; else the Q
        cueEnd = cueStart + 1;
        sp = null;
        if (g > 0) { // "Question (Hassan Obeid, Al-Mashriq TV):", "Question 2 \u2013 Ahmad Karimi, Tasnim:", "Q (Fanatik):"
          int lo = tokens.indexFrom(ps + qm.start(g)), hi = tokens.indexFrom(ps + qm.end(g));
          Mention who = parser.forward(tokens, lo, hi, text);
          ArticleSpeakers.Resolution r = who == null || who.kind != Mention.Kind.NAME ? null : speakers.resolve(who, who.start);
          if (r != null && (Speaker.PERSON.equals(r.speaker.type) || ArticleSpeakers.outletName(who.name))) { // "Q (Fanatik):", an outlet
            sp = r.speaker;
            m = who;
          }
        }
        if (g == 0) { // "Question: Yelena Sokolova, Channel One. Mr Putin, ...", "Question: Good afternoon. Anadolu Agency. ...": who asks
          Mention who = askerOpening(ps + qm.end(), b);
          ArticleSpeakers.Resolution r = who == null ? null : speakers.resolve(who, who.start);
          // a full name, or a body the table knows ("TASS."); not "Thanks." or "Okay."
          if (r != null && !r.speaker.plural && (who.name.contains(" ") || !Speaker.PERSON.equals(r.speaker.type) && (SpeakerTable.load().find(who.name) != null || ArticleSpeakers.outletName(who.name)))) {
            sp = r.speaker;
            m = who;
          }
        }
        turnSpeakerStart = m == null ? ps : -1; // an unnamed asker: the label word names them ("QUESTION"), a reporter
        turnSpeakerEnd = m == null ? g == 0 ? ps + (colon ? para.indexOf(':') : 1) : trimEnd(ps, ps + qm.start(g) - 2) : -1;
        if (sp == null) sp = new Speaker(view.substring(turnSpeakerStart, turnSpeakerEnd), REPORTER, Speaker.ANONYMOUS, null, false, "media");
      } else if (lm != null) {
        asking = false;
        turnSpeakerStart = turnSpeakerEnd = -1;
        // "Okafor:", "DANIEL OKAMOTO, HOST:": the name, then perhaps a role after a comma, then the colon
        int lo = tokens.indexFrom(ps + lm.start(1)), nameEnd = tokens.indexFrom(ps + nameEnd(lm, para)), colon = tokens.indexFrom(ps + lm.end(2) - 1);
        // a label that names no speaker ("SPIEGEL:", "The Meridian:", "Update:") ends the turn under way
        if (colon >= tokens.size() || !(lm.pattern() == RECORD_LABEL ? "." : ":\u2013\u2014-").contains(tokens.text(colon))) return endTurn();
        // "NATO Secretary General:", "Minister of Foreign Affairs of T\u00fcrkiye [Interpretation]:": a title alone, held by the
        // person the article named with it before ("by NATO Secretary General Henrik Vaaland and the Minister of Foreign
        // Affairs of T\u00fcrkiye, Kaan Aydemir")
        Mention titleHolder = titledHolder(lo, nameEnd, ps);
        m = titleHolder != null ? titleHolder : labelMention(lo, nameEnd);
        if (m == null) return endTurn();
        ArticleSpeakers.Resolution r;
        String role = para.substring(lm.end(1), lm.start(2));
        String key = text.substring(m.start, m.end).toLowerCase(java.util.Locale.ROOT);
        Speaker given = m.kind == Mention.Kind.NAME && nameEnd == lo + 1
            ? speakers.byGivenName(tokens.text(lo), ps, labelWords.getOrDefault(tokens.text(lo), 0) > 1) : null;
        // "RM:" after "Rania Mansour:", as explainers shorten an expert's label
        if (given == null && m.kind == Mention.Kind.NAME && nameEnd == lo + 1) given = speakers.byInitials(tokens.text(lo), ps);
        ArticleSpeakers.Resolution held = titleHolder == null ? null : speakers.resolve(titleHolder, titleHolder.start);
        if (held != null && Speaker.PERSON.equals(held.speaker.type) && !held.speaker.plural) {
          r = new ArticleSpeakers.Resolution(held.speaker, true);
        } else if (labelSpeakers.containsKey(key) && !(bracketRoles.contains(key) && role.strip().startsWith("("))) {
          // "BLITZER:" after "WOLF BLITZER, CNN ANCHOR:"; "NATO Spokesperson:" for her ("The Chair (Mr. X):" names its own holder)
          r = new ArticleSpeakers.Resolution(labelSpeakers.get(key), titleLabels.contains(key));
        } else if (m.kind == Mention.Kind.NAME && nameEnd - lo == 2 && descriptors.title(tokens.lower(lo)) != null
            && labelSpeakers.containsKey(tokens.lower(nameEnd - 1))
            && Tokens.hasWord(fullLabels.getOrDefault(tokens.lower(nameEnd - 1), ""), tokens.lower(lo))) {
          // "MINISTER GÜLER –" after "MINISTER OF NATIONAL DEFENCE YAŞAR GÜLER –": a title and the surname a full label gave,
          // the title among that label's words ("SENATOR COLLINS" is not "SECRETARY ... DOUG COLLINS")
          r = new ArticleSpeakers.Resolution(labelSpeakers.get(tokens.lower(nameEnd - 1)), true);
        } else if (given != null) { // "Claire:" in a podcast that introduced "Host Claire Hadley"
          r = new ArticleSpeakers.Resolution(given, true);
        } else if (m.kind == Mention.Kind.NAME) {
          // a name, known or carrying an honorific or a person's role after it ("WOLF BLITZER, CNN ANCHOR:")
          boolean roled = roleAfter(role);
          // minutes and records name each member in capitals with party or seat in brackets, broadcasts each guest with a
          // description: "SELIN AKGUL (CHP, Izmir) \u2013", "MAHMOUD AL-ALI, Returned to Aleppo in 2025:"
          String label = text.substring(m.start, m.end);
          // (a newsletter's lead-in in capitals, "SHADOW FLEET, SHADOW DEAL:", is no one: the description must be in prose)
          String described = role.strip();
          boolean member = (described.startsWith("(") || described.startsWith(",") && !inCapitals(described)) && nameEnd - lo >= 2
              && (inCapitals(label) || described.matches("\\([^()]+\\) \\([^()]+\\)")); // Hansard's "Naz Hussain (Bradford Hillside) (Lab):"
          // a full name that opens with a given name ("REBECCA LINDQVIST:", "Selin Arslan:"), as a panel's first turns give them
          boolean fullName = nameEnd - lo >= 2 && nameEnd - lo <= 4 && givenName(tokens.text(lo));
          // a title, then a name in capitals ("Senator ALVAREZ", "General HALE"), as hearing records print them
          if (!fullName && nameEnd - lo >= 2 && descriptors.title(tokens.text(lo)) != null && !inCapitals(tokens.text(lo))) {
            fullName = inCapitals(text.substring(tokens.start(lo + 1), tokens.end(nameEnd - 1)));
          }
          // a title before a full name ("NATO Spokesperson Marta Lindgren:", "Foreign Minister Hakan Fidan:")
          String titleWords = m.name == null || m.roleClass == null || !m.name.contains(" ") || !label.endsWith(m.name) ? null
              : label.substring(0, label.length() - m.name.length()).strip();
          boolean titledName = titleWords != null && !titleWords.isEmpty() && givenName(Tokens.splitSpaces(m.name)[0]);
          if (!fullName && titledName) fullName = true;
          // the surname of someone the header lists ("RAJAN:" under "Presenters: Nick Robinson, Amol Rajan")
          if (!fullName && nameEnd == lo + 1 && headerSurnames.contains(tokens.lower(lo))) fullName = true;
          // a podcast's host known by a given name alone, labelling several turns ("Mira (00:00):", "Mira:")
          if (!fullName && nameEnd == lo + 1 && givenName(tokens.text(lo)) && labelWords.getOrDefault(tokens.text(lo), 0) > 1) fullName = true;
          // "RANA:" three times in a phone-in that names its callers by first name: a word in capitals labelling several
          // turns, no furniture ("UPDATE:", "WATCH:"; data/speaker-words.tsv label-furniture) and never a lower-case word of the text
          if (!fullName && nameEnd == lo + 1 && repeatedCapitalName(lo)) fullName = true;
          if (!descriptors.titleBeforeSurname(tokens.text(lo)) && !speakers.knownPerson(m, ps) && !roled && !member && !fullName) return endTurn();
          r = speakers.resolve(m, m.start);
          // a name in capitals read as a body's, under a title ("Senator ALVAREZ", "Mr. OKAFOR") or a label's other marks
          boolean titled = m.start > tokens.start(lo);
          if (r != null && (roled || member || fullName || titled) && !r.speaker.plural && Speaker.ORGANIZATION.equals(r.speaker.type)) {
            r = new ArticleSpeakers.Resolution(asPerson(r.speaker), r.coreference);
          }
          if (r == null || !Speaker.PERSON.equals(r.speaker.type) || r.speaker.plural) return endTurn();
          // a full name the article named before ("ARIEL SHOHAM:" after "Minister Ariel Shoham said") gives its surname
          // to the later short labels ("SHOHAM:") as a given name the list knows would
          if (roled || member || fullName || nameEnd - lo >= 2 && m.name != null && m.name.contains(" ")) {
            labelSpeakers.put(key, r.speaker);
            labelSpeakers.put(tokens.lower(nameEnd - 1), r.speaker);
            fullLabels.put(tokens.lower(nameEnd - 1), key);
            // "NATO Spokesperson:" later: the title alone is the person it named
            if (titledName && labelSpeakers.putIfAbsent(titleWords.toLowerCase(java.util.Locale.ROOT), r.speaker) == null) {
              titleLabels.add(titleWords.toLowerCase(java.util.Locale.ROOT));
            }
          }
        } else {
          Mention who = bracketName(ps, para, lm);
          r = who == null ? null : speakers.resolve(who, who.start);
          Speaker holder = r == null && m.head != null ? headerHolder(m.head) : null;
          if (r != null && Speaker.PERSON.equals(r.speaker.type) && !r.speaker.plural) {
            m = who; // "Caller (Gary, Leeds):": Gary
            labelSpeakers.put(text.substring(who.start, who.end).toLowerCase(java.util.Locale.ROOT), r.speaker);
            // "The Chair:" later, after "The Chair (Mr. Owen Hartley):": a presiding word is the person it named (not a
            // phone-in's "Caller (Gary, Leeds):", whose next caller is someone else)
            // (the latest holder: the chair may change during a sitting)
            if (descriptors.isPresiding(key.substring(key.lastIndexOf(' ') + 1))) {
              labelSpeakers.put(key, r.speaker);
              titleLabels.add(key); // (a coreference: the label names the role, not the person)
              bracketRoles.add(key);
            }
          } else if (holder != null) {
            r = new ArticleSpeakers.Resolution(holder, true); // "CHAIR \u2013" under a header's "Chair: Orhan KAYA (AK PARTY, Ankara)"
          } else if (labelSpeakers.containsKey(key)) { // "The CHAIRMAN." again: the role the first such label named
            r = new ArticleSpeakers.Resolution(labelSpeakers.get(key), false);
          } else {
            r = speakers.resolve(m, m.start);
            // "THE CLERK:" is not whoever was named last ("The People call Marisol Ortega."): a role of no class of its own
            // is the role, not a person found by coreference
            Descriptors.Head h = m.head == null ? null : descriptors.head(m.head);
            String roleClass = m.roleClass != null ? m.roleClass : h == null ? null : h.roleClass;
            if (r != null && r.coreference && (roleClass == null || "other".equals(roleClass))) {
              String surface = text.substring(m.start, m.end).strip();
              r = new ArticleSpeakers.Resolution(new Speaker(surface, SpeakerTable.slug(surface), Speaker.ANONYMOUS, null, false, roleClass), false);
            }
            // a role no one named holds stays that role in every turn, not whoever spoke of a chairman last
            if (r != null && !r.coreference && !r.speaker.plural && !Speaker.OUTLET.equals(r.speaker.type)) labelSpeakers.put(key, r.speaker);
          }
          if (r == null || r.speaker.plural || Speaker.OUTLET.equals(r.speaker.type)) return endTurn();
        }
        sp = r.speaker;
        coreference = r.coreference; // "Spokesperson:" for the spokesperson the article named
        a = ps + lm.end();
        cueStart = tokens.start(colon);
        cueEnd = tokens.end(colon);
        String described = role.strip().replace(",", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (described.equals("byline")) reporters.add(sp.id);
        // "AILSA MORROW, HOST:", "LAURA BENNETT, CNN ANCHOR:", "PRESENTER:": the label itself names the turn's speaker the
        // programme's host
        String[] roleWords = Tokens.splitSpaces(described);
        if (roleWords.length > 0 && roleWords.length <= 3 && PRESENTER_ROLES.contains(roleWords[roleWords.length - 1])
            || PRESENTER_ROLES.contains(key)) labelPresenters.add(sp.id);
        if (PRESENTER_ROLES.contains(key)) roleOnlyPresenters.add(sp.id); // "MODERATOR:": no name, only the role
        // "SELIN ÖZTÜRK (TRT World):": a journalist named with their outlet, whose questions are no one's statements
        if (described.startsWith("(") && described.endsWith(")") && described.indexOf('(', 1) < 0
            && org.stancemap.speakers.ArticleSpeakers.outletName(described.substring(1, described.length() - 1).strip())) {
          outletLabelled.add(sp.id);
        }
        if (reporters.contains(sp.id)) return endTurn(); // the outlet's reporter: the outlet's narrative
      } else if (CAPS_LABEL.matcher(para).find()) {
        return endTurn();
      } else {
        return continued(p, ps, b, sentence, from);
      }
      // a turn may open with an address that ends in a comma ("Vladimir Putin: Mr President, friends, ladies and gentlemen,")
      boolean address = !sentence && f > ps && view.charAt(f - 1) == ',' && lastLabel > p;
      if (!sentence && !address || a >= b) return endTurn();
      // a stage direction opening the turn ("(Through interpreter)") is no one's words; one that is the whole turn
      // ("(Speaking Arabic).") ends it
      Matcher sd = STAGE_OPENING.matcher(view).region(a, b);
      if (sd.lookingAt()) {
        if (sd.end() >= b) return endTurn();
        a = sd.end();
      }
      turn = sp;
      turnMention = m;
      turnCueStart = cueStart;
      turnCueEnd = cueEnd;
      turnMethod = coreference ? Statement.COREFERENCE : Statement.EXPLICIT;
      turnStamped = stamp(ps, b) > ps;
      return turnStatement(p, a, b, from, turnMethod);
    }

    /** Whether the turn under way opened with a time stamp before its label ("[00:00:42] OLEG FURMAN:"). */
    private boolean turnStamped;

    /** Where the words after a time stamp in brackets at {@code ps} start ("[00:01:05] Then ..."); {@code ps} when none. */
    private int stamp(int ps, int b) {
      if (b <= ps + 1 || view.charAt(ps) != '[' || !Character.isDigit(view.charAt(ps + 1))) return ps;
      int close = view.indexOf(']', ps);
      if (close < 0 || close >= b || close - ps > 12) return ps;
      for (int i = ps + 1; i < close; i++) if (!Character.isDigit(view.charAt(i)) && view.charAt(i) != ':') return ps;
      int a = close + 1;
      while (a < b && Character.isWhitespace(view.charAt(a))) a++;
      return a;
    }

    /** How far into the article a title's holder is looked for (characters). */
    private static final int HOLDER_REACH = 3000;

    /**
     * The person named, earlier in the article, right after the title a label's words [lo, nameEnd) spell: "NATO
     * Secretary General:" after "by NATO Secretary General Henrik Vaaland", "Minister of Foreign Affairs of T\u00fcrkiye:"
     * after "the Minister of Foreign Affairs of T\u00fcrkiye, Kaan Aydemir". The label must hold a title word and no given
     * name; the name (after the title, perhaps after a comma) must be a person's of two words or more. Null when none.
     */
    private Mention titledHolder(int lo, int nameEnd, int before) {
      // read twice per label paragraph (counting labels, then reading the turn): the first answer is kept
      long key = (long) lo << 32 | nameEnd;
      if (holders.containsKey(key)) return holders.get(key);
      Mention holder = findTitledHolder(lo, nameEnd, before);
      holders.put(key, holder);
      return holder;
    }

    /** {@link #titledHolder}'s answers by the label's tokens (its paragraph fixes {@code before}). */
    private final java.util.Map<Long, Mention> holders = new java.util.HashMap<>();

    private Mention findTitledHolder(int lo, int nameEnd, int before) {
      if (nameEnd <= lo) return null;
      boolean title = false;
      for (int i = lo; i < nameEnd; i++) {
        if (givenName(tokens.text(i))) return null;
        Descriptors.Head h = descriptors.head(tokens.lower(i));
        title |= descriptors.title(tokens.lower(i)) != null || h != null && !h.plural && Speaker.PERSON.equals(h.type);
      }
      if (!title) return null;
      // "The Deputy Presiding Officer (Moira Gallacher):": the holder in brackets right after the title
      Mention bracketed = bracketedName(nameEnd);
      if (bracketed != null) return bracketed;
      String w = text.substring(tokens.start(lo), tokens.end(nameEnd - 1));
      // the title is introduced near the top (a header, a first paragraph): the search reaches HOLDER_REACH characters at most,
      // so a transcript of thousands of labels costs each label a bounded look; compared in place, ignoring case (a lowered
      // copy would shift the offsets after a Turkish "İ")
      int limit = Math.min(Math.min(before, HOLDER_REACH), text.length()) - w.length();
      for (int at = 0; at <= limit; at++) {
        if (!text.regionMatches(true, at, w, 0, w.length())) continue;
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
        int after = tokens.indexFrom(at + w.length());
        if (after < tokens.size() && tokens.text(after).equals(",")) after++;
        // "The Deputy Presiding Officer (Moira Gallacher)" above: the holder in brackets
        Mention inBrackets = bracketedName(after);
        if (inBrackets != null) return inBrackets;
        int end = after;
        while (end < tokens.size() && end - after < 4 && tokens.isWord(end) && tokens.isCapitalized(end) && tokens.start(end) < before
            && (end == after || text.substring(tokens.end(end - 1), tokens.start(end)).indexOf('\n') < 0)) end++;
        if (end - after < 2) continue;
        Mention n = parser.forward(tokens, after, end, text);
        if (n != null && n.kind == Mention.Kind.NAME && n.conjuncts.isEmpty() && n.name != null && n.name.contains(" ")
            && tokens.indexFrom(n.start) == after && givenName(tokens.text(after))) return n;
      }
      return null;
    }

    /** A person's full name in brackets from token {@code open} ("(Moira Gallacher)"), opening with a given name; or null. */
    private Mention bracketedName(int open) {
      if (open >= tokens.size() || !tokens.text(open).equals("(")) return null;
      int a = open + 1, e = a;
      while (e < tokens.size() && e - a < 5 && !tokens.text(e).equals(")")) e++;
      if (e >= tokens.size() || !tokens.text(e).equals(")") || e - a < 2 || !givenName(tokens.text(a))) return null;
      Mention n = parser.forward(tokens, a, e, text);
      return n != null && n.kind == Mention.Kind.NAME && n.conjuncts.isEmpty() && n.name != null && n.name.contains(" ")
          && tokens.indexFrom(n.start) == a && Grammar.after(tokens, n) == e ? n : null;
    }

    /** The article's words in lower case, and the capitalised words right after another (surnames); built on first need. */
    private Set<String> lowerWords, surnames;

    /**
     * Whether the one-word label at token {@code lo} is a name in capitals that labels at least two turns: three letters
     * or more, no furniture word, no speaker head or title, and never written in lower case in the article.
     */
    private boolean repeatedCapitalName(int lo) {
      String w = tokens.text(lo);
      if (w.length() < 3 || !inCapitals(w) || labelWords.getOrDefault(w, 0) < 2) return false;
      String lower = w.toLowerCase(Locale.ROOT);
      if (LABEL_FURNITURE.contains(lower) || descriptors.head(lower) != null || descriptors.title(lower) != null) return false;
      String cap = w.charAt(0) + lower.substring(1);
      if (ArticleSpeakers.outletName(w) || ArticleSpeakers.outletName(cap)) return false; // "SPIEGEL:"
      // "NATO:", "HAMAS:", "KREMLIN:" in a live blog: a body, a state or an entry of the entity table is no caller
      if (SpeakerTable.load().find(w) != null || SpeakerTable.load().find(cap) != null || descriptors.affiliation(cap) != null
          || MentionParser.looksLikeOrganization(cap)) return false;
      if (lowerWords == null) {
        lowerWords = new java.util.HashSet<>();
        surnames = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.isWord(i) && !tokens.isCapitalized(i)) lowerWords.add(tokens.text(i));
          // a word after another capitalised word is a surname ("ELISE CARVER, HOST:"): its own rules read it
          if (i > 0 && tokens.isWord(i) && tokens.isCapitalized(i) && tokens.isWord(i - 1) && tokens.isCapitalized(i - 1)
              && text.substring(tokens.end(i - 1), tokens.start(i)).equals(" ")) surnames.add(tokens.lower(i));
        }
      }
      return !lowerWords.contains(lower) && !surnames.contains(lower);
    }

    /** Whether a word is a given name of {@code data/given-names.tsv}, as written or in capitals ("REBECCA"). */
    private static boolean givenName(String word) {
      if (GivenNames.of(word) != null) return true;
      if (word.length() < 2 || !inCapitals(word)) return false;
      return GivenNames.of(word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT)) != null;
    }

    /** The persons a transcript's header names for a role, by the role's head word (null: none); filled on first need. */
    private java.util.Map<String, Speaker> headerRoles;

    /** Reads the header's role lines once into {@link #headerRoles} (and {@link #pluralPresenters}, "Hosts: A, B"). */
    private void readHeader() {
      if (headerRoles != null) return;
      headerRoles = new java.util.LinkedHashMap<>(); // in the header's order: its first presiding word names who presides
      // the lines before the first turn, the first label's paragraph included: a header's "Chair: ..." is a label too
      int end = firstLabel >= 0 ? tv.paragraphEnd(firstLabel) : 0;
      // ("Guest: Mehmet Orhun, former ambassador" on a line of its own before "Host: Selin Aydemir": the header's role lines
      // after the first label belong to it too)
      for (int p = firstLabel + 1; firstLabel >= 0 && p < tv.paragraphCount() && HEADER_ROLE_LINE.matcher(view.substring(tv.paragraphStart(p),
          tv.paragraphEnd(p))).matches(); p++) end = tv.paragraphEnd(p);
      String header = text.substring(0, end); // the text: a header's lines, which the view joins
      Matcher hm = HEADER_ROLE.matcher(header);
      while (hm.find()) {
        String role = hm.group(1).toLowerCase(java.util.Locale.ROOT);
        Descriptors.Head h = descriptors.head(role);
        if (role.endsWith("s") && PRESENTER_ROLES.contains(role.substring(0, role.length() - 1))) { // "Hosts:"
          headerPresenters(tokens.indexFrom(hm.start(2)), tokens.indexFrom(hm.end()));
          continue;
        }
        if (h == null || h.plural || Speaker.ORGANIZATION.equals(h.type) || headerRoles.containsKey(role)) continue;
        Speaker named = headerName(hm.start(2), hm.end(2), true);
        if (named != null && !Speaker.OUTLET.equals(named.type)) headerRoles.put(role, asPerson(named));
      }
      // "Members in attendance: Senator Ellen Whitford (Chair), Senator Rosa Bianchi": a name in the header with a presiding
      // word in brackets names who presides
      Matcher bracketRole = BRACKETED_ROLE.matcher(header);
      while (bracketRole.find()) {
        String role = bracketRole.group(2).toLowerCase(java.util.Locale.ROOT);
        if (!descriptors.isPresiding(role) || headerRoles.containsKey(role)) continue;
        // only on a line of the members present ("Members in attendance:", "Present:"): a witness's own title is no chair's
        // ("Witnesses: Mark Doyle (Chairman), Northern Rail")
        boolean members = false;
        for (String w : text.substring(text.lastIndexOf('\n', bracketRole.start()) + 1, bracketRole.start()).toLowerCase(java.util.Locale.ROOT)
            .split("[^\\p{L}]+")) members |= ATTENDANCE_WORDS.contains(w);
        if (!members) continue;
        Speaker named = headerName(bracketRole.start(1), bracketRole.end(1), true);
        if (named != null && Speaker.PERSON.equals(named.type)) headerRoles.put(role, asPerson(named));
      }
      // "AILSA MORROW, HOST:" alone on its line, the host's first words below it: the host, as the label's role says
      Matcher host = HOST_LINE.matcher(text);
      while (host.find()) {
        if (!PRESENTER_ROLES.contains(host.group(2).toLowerCase(java.util.Locale.ROOT))) continue;
        Speaker named = headerName(host.start(1), host.end(1), false);
        if (named != null && Speaker.PERSON.equals(named.type)) labelPresenters.add(named.id);
      }
      // "IN THE CHAIR: KATARINA HOLMQVIST": whoever presides, whatever the record calls them ("President.")
      Matcher pm = PRESIDING_HEADER.matcher(header); // the text: its line ends where the name does
      if (pm.find()) {
        Speaker named = headerName(pm.start(1), pm.end(1), true);
        if (named != null && !Speaker.OUTLET.equals(named.type)) headerRoles.put(PRESIDES, asPerson(named));
      }
    }

    /**
     * The one speaker a header's name at characters [{@code a}, {@code b}) of the text resolves to, the name observed first
     * when {@code observe}; null when the words are no single name or resolve to several speakers.
     */
    private Speaker headerName(int a, int b, boolean observe) {
      Mention who = parser.forward(tokens, tokens.indexFrom(a), tokens.indexFrom(b), text);
      if (who == null || who.kind != Mention.Kind.NAME || !who.conjuncts.isEmpty()) return null;
      if (observe) speakers.observe(who, who.start);
      ArticleSpeakers.Resolution r = speakers.resolve(who, who.start);
      return r == null || r.speaker.plural ? null : r.speaker;
    }

    /**
     * The person the transcript's header (the lines up to its first label's paragraph) names, a name alone on its line, for
     * the role {@code head}: "Chair: Orhan
     * KAYA (AK PARTY, Ankara)", "President: Mr. Dumont ........ (France)", "Moderator: Jane Roe"; null when none.
     */
    private Speaker headerHolder(String head) {
      readHeader();
      Speaker named = headerRoles.get(head.toLowerCase(java.util.Locale.ROOT));
      if (named == null && descriptors.isPresiding(head)) named = headerRoles.get(PRESIDES);
      // "SPEAKER –" under a header "CHAIR: Deputy Speaker Bekir BOZDAĞ": whoever a presiding word of the header names
      if (named == null && descriptors.isPresiding(head)) {
        for (var e : headerRoles.entrySet()) {
          if (descriptors.isPresiding(e.getKey())) { named = e.getValue(); break; }
        }
      }
      // "THE WITNESS:" in a court's examination is the witness examined
      if (examiner != null && intervieweeSpeaker != null && head.equalsIgnoreCase("witness")) return intervieweeSpeaker;
      return named;
    }

    /**
     * The names a transcript's header lists after a word and a colon, before its first label ("Presenters: Nick
     * Robinson, Amol Rajan. Guest: Sir Dominic Harcourt, former ambassador"): observed as people named there, so that
     * a label of a surname alone ("RAJAN:") is a known person's.
     */
    private void observeHeaderNames() {
      int end = firstLabel >= 0 ? tv.paragraphStart(firstLabel) : 0;
      observeHeaderBlocks(end);
      Matcher hm = HEADER_LIST.matcher(view.substring(0, end));
      while (hm.find()) {
        int stop = hm.end();
        while (stop < end && view.charAt(stop) != '\n' && !(view.charAt(stop) == '.' && (stop + 1 >= end || Character.isWhitespace(view.charAt(stop + 1))))
            && view.charAt(stop) != ';') stop++;
        Matcher part = LIST_PART.matcher(view.substring(hm.end(), stop));
        while (part.find()) {
          int lo = tokens.indexFrom(hm.end() + part.start()), hi = tokens.indexFrom(hm.end() + part.end());
          if (lo < hi) observeHeaderPerson(lo, hi, false);
        }
      }
    }

    /**
     * One person a transcript's header lists, in tokens [lo, hi): observed when the words parse as one name; the last
     * word's a surname that labels turns then, or always with {@code anyWords} (a name in capitals, "SEN. MARK
     * HOLLOWAY", which need not parse).
     */
    private void observeHeaderPerson(int lo, int hi, boolean anyWords) {
      Mention who = parser.forward(tokens, lo, hi, text);
      boolean name = who != null && who.kind == Mention.Kind.NAME && who.conjuncts.isEmpty() && Grammar.after(tokens, who) == hi;
      if (name) speakers.observe(who, who.start);
      if (name || anyWords) headerSurnames.add(tokens.lower(hi - 1));
    }

    /**
     * The people a transcript's header lists one a line under a lead-in of its own ("SPEAKERS:" over "SEN. MARK
     * HOLLOWAY (R-IND.), CHAIRMAN" and "SEN. DIANE CASTELLANOS (D-N.M.), RANKING MEMBER"): their surnames label turns
     * ("HOLLOWAY:"). The block ends at a blank line.
     */
    private void observeHeaderBlocks(int end) {
      Matcher hm = HEADER_BLOCK.matcher(view.substring(0, end));
      while (hm.find()) {
        int at = hm.end() + 1;
        while (at < end) {
          int eol = view.indexOf('\n', at);
          if (eol < 0 || eol > end) eol = end;
          String line = view.substring(at, eol);
          if (line.isBlank()) break;
          Matcher pm = BLOCK_PERSON.matcher(line);
          if (pm.matches()) {
            int lo = tokens.indexFrom(at + pm.start(1)), hi = tokens.indexFrom(at + pm.end(1));
            if (hi - 1 > lo && tokens.isWord(hi - 1)) observeHeaderPerson(lo, hi, true);
          }
          at = eol + 1;
        }
      }
    }

    /** The surnames of the people a transcript's header lists (lower case): "RAJAN:" is Amol Rajan's label. */
    private final java.util.Set<String> headerSurnames = new java.util.HashSet<>();

    /** The key of {@link #headerRoles} for whoever a header puts in the chair. */
    private static final String PRESIDES = " presides";

    /**
     * The person a role label's brackets name first: "Caller (Gary, Leeds):", "Caller (Ana Ruiz, Seville):"; null when
     * the brackets hold no name alone before a comma or their end ("The President (spoke in French):").
     */
    private Mention bracketName(int ps, String para, Matcher lm) {
      int open = para.indexOf('(', lm.end(1));
      if (open < 0 || open > lm.start(2)) return null;
      int close = para.indexOf(')', open);
      int comma = para.indexOf(',', open);
      int end = comma > open && comma < close ? comma : close;
      int lo = tokens.indexFrom(ps + open + 1), hi = tokens.indexFrom(ps + end);
      if (lo >= hi || !Character.isUpperCase(view.charAt(ps + open + 1))) return null;
      Mention who = parser.forward(tokens, lo, hi, text);
      return who != null && who.kind == Mention.Kind.NAME && who.conjuncts.isEmpty() && Grammar.after(tokens, who) == hi
          && tokens.indexFrom(who.start) == lo ? who : null;
    }

    /** No turn goes on past this paragraph; it is no labelled statement. */
    private Statement endTurn() {
      turn = null;
      lineTurn = false;
      return null;
    }

    /** A person's role after a label's name (", CNN ANCHOR", ", HOST"): one of its words a title, or its last a speaker's head. */
    private boolean roleAfter(String role) {
      String r = role.strip();
      if (!r.startsWith(",")) return false;
      int paren = r.indexOf('(');
      String[] w = Tokens.splitSpaces((paren > 0 ? r.substring(1, paren) : r.substring(1)).strip());
      if (w.length == 0) return false;
      String last = w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
      for (String x : w) if (descriptors.title(x.toLowerCase(java.util.Locale.ROOT)) != null) return true;
      // a member speaking for a group: "Rasa Mikalauskien\u0117, on behalf of the PPE Group. \u2013" (a verbatim report)
      if (w.length >= 4 && w[0].equalsIgnoreCase("on") && w[1].equalsIgnoreCase("behalf") && w[2].equalsIgnoreCase("of")
          && ON_BEHALF_HEADS.contains(last.replaceAll("\\.$", ""))) return true;
      return descriptors.head(last) != null;
    }

    /** A paragraph without a label: the turn under way goes on when it is a sentence before the last label. */
    private Statement continued(int p, int ps, int b, boolean sentence, int from) {
      if (turn == null) return null;
      // the paragraph after a labelled question is its answer, not more of the question: the asker's turn ends
      if (asking) return endTurn();
      // "[6:02] And then ...", "[2:40]" alone: a new segment of a video, no turn goes on; but in a transcript whose labels carry
      // time stamps ("[00:00:42] OLEG FURMAN: ..."), a stamp alone ("[00:01:05] Then ...") goes on with the turn under way
      if (b > ps + 1 && view.charAt(ps) == '[' && Character.isDigit(view.charAt(ps + 1))) {
        int words = stamp(ps, b);
        if (!turnStamped || words == ps || words >= b) return endTurn();
        ps = words;
      }
      if (stageDirection(ps, b)) return null; // "(SOUNDBITE OF ...)"
      if (lineTurn && TIME_STAMP.matcher(view.substring(ps, b)).matches()) return null; // "2.31 pm" inside a speech
      if (lineTurn && RECORD_PROCEDURE.matcher(view.substring(ps, b)).matches()) return endTurn();
      // "I beg to move," before the motion's words: a speech's opening formula, in the speaker's own person
      boolean opening = (lineTurn || partyLabels) && !sentence && b > ps && ",:".indexOf(view.charAt(b - 1)) >= 0 && speaking(ps, b);
      // past the last label, a paragraph with "I" or "we" still continues the last speech (a record's last speaker); the
      // first without, or that quotes or reports someone (the outlet's narrative again), ends it. A member's speech under
      // a label alone on its line may report others ("The shadow Minister asks about the review. I can tell him ...")
      if (!sentence && !opening || p >= lastLabel && !(firstPersonSubject(ps, b) && (lineTurn || !reporting(ps, b)))) return endTurn();
      return turnStatement(p, ps, b, from, Statement.COREFERENCE.equals(turnMethod) ? turnMethod : Statement.CONTINUATION);
    }

    private Statement turnStatement(int p, int a, int b, int from, String method) {
      for (int i = from; i < quotes.size() && quotes.get(i).open <= a; i++) {
        Quote q = quotes.get(i);
        if (q.open == a && q.close == b - 1) { a = q.contentStart; b = q.contentEnd; break; }
      }
      Statement s = statement(Statement.DIRECT, a, b, Sentences.indexAt(sentences, a), p);
      if (asking) questionTurns.add(s); // "QUESTION:", "Q (Fanatik):": an asker's turn whatever the count
      set(s, turn, method, text.substring(turnCueStart, turnCueEnd), RuleNames.SPEAKER_LABEL); // ":", or a dash in minutes
      spans(s, turnCueStart, turnCueEnd, turnMention);
      if (turnMention == null && turnSpeakerStart >= 0) {
        s.speakerStart = turnSpeakerStart;
        s.speakerEnd = turnSpeakerEnd;
      }
      quoteLast = true;
      return s;
    }

    /**
     * At least two paragraphs open with "Q:" and two with "A:"; or, with no "A:", three or more open
     * with "Q:" (or are questions in bold, {@link #boldQuestion}) and each is followed by a paragraph no label opens
     * ({@link #questionsOnly}).
     */
    private boolean isInterview() {
      int q = 0, a = 0, answered = 0;
      boolean asked = false;
      for (int p = 0; p < tv.paragraphCount(); p++) {
        int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
        Matcher m = QA_LABEL.matcher(view.substring(ps, Math.min(pe, ps + 10)));
        boolean bold = boldQuestion(ps, pe);
        if (!m.find() && !bold) {
          // a paragraph right after a question that no label opens ("Name:" included): its answer
          if (asked) {
            String para = view.substring(ps, pe);
            if (nameLabel(para) == null && !QUESTION_LABEL.matcher(para).find()) answered++;
          }
          asked = false;
          continue;
        }
        asked = bold || view.charAt(ps) == 'Q';
        if (asked) { q++; lastQuestion = p; if (firstQuestion < 0) firstQuestion = p; }
        else a++;
      }
      // "Q: ..." with the answers unlabelled (a press conference written up): every question answered
      questionsOnly = a == 0 && q >= 3 && answered == q;
      questionLabels = q;
      return q >= 2 && a >= 2 || questionsOnly;
    }

    /**
     * How many paragraphs a briefing's question label opens ({@link #QUESTION_LABEL}: "Question from Anna Kovacs, Euronews:",
     * "QUESTION:"); the first of them is the briefing's first question when no "Q:" label came ({@link #firstQuestion}).
     */
    private int questionTurnLabels() {
      int n = 0;
      for (int p = 0; p < tv.paragraphCount(); p++) {
        int ps = tv.paragraphStart(p);
        if (!QUESTION_LABEL.matcher(view.substring(ps, Math.min(tv.paragraphEnd(p), ps + 200))).find()) continue;
        n++;
        if (firstQuestion < 0) firstQuestion = p;
      }
      return n;
    }

    /**
     * Whether the paragraph [ps, pe) is a question in bold, as a magazine's Q&amp;A prints its questions above unlabelled
     * answers ("**Why come back at all?**", Markdown's bold): a question's label. The whole paragraph is bold and asks.
     */
    private boolean boldQuestion(int ps, int pe) {
      if (!boldInterview()) return false;
      return boldAsks(ps, pe);
    }

    /** Whether [ps, pe) is a paragraph in bold that asks ({@link #boldQuestion} without the article's check). */
    private boolean boldAsks(int ps, int pe) {
      int b = trimEnd(ps, pe);
      if (b - ps <= 6 || !view.startsWith("**", ps) || !view.startsWith("**", b - 2) || view.indexOf("**", ps + 2) != b - 2) return false;
      int q = view.indexOf('?', ps);
      return q > ps && q < b; // "**Why come back at all? Your readers are in France.**"
    }

    /** Whether the article's bold questions are an interview's: decided on first need ({@link #boldInterview}). */
    private Boolean boldInterview;

    /** A word of someone speaking for themselves: an interviewee's answer has one, an explainer's does not. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I'm|I've|I'd|I'll|[Ww]e|[Mm]y|[Oo]ur|me|us)\\b");

    /**
     * Whether the paragraphs in bold that ask are an interview's questions: at least two, and most of the paragraphs right
     * after them speak in the first person ("I wish it were that simple."). An explainer's bold questions ("**What does the deal
     * include?**") are answered in the outlet's voice.
     */
    private boolean boldInterview() {
      if (boldInterview == null) {
        int asks = 0, firstPerson = 0;
        for (int p = 0; p + 1 < tv.paragraphCount(); p++) {
          if (!boldAsks(tv.paragraphStart(p), tv.paragraphEnd(p))) continue;
          asks++;
          if (FIRST_PERSON.matcher(view.substring(tv.paragraphStart(p + 1), tv.paragraphEnd(p + 1)).replace('\u2019', '\'')).find()) firstPerson++;
        }
        boldInterview = asks >= 2 && 2 * firstPerson > asks;
      }
      return boldInterview;
    }

    /** Paragraphs {@link #isInterview} found opening with a question's label ("Q:", "Question:"), and the first of them. */
    private int questionLabels, firstQuestion = -1;

    /** Whether the turn under way is a labelled question's ("Question: ..."), which the next paragraph does not continue. */
    boolean asking;

    /** Who speaks the paragraph being read, a labelled turn or an answer: "I" in its reported speech (null: the outlet's). */
    Speaker firstPerson;

    /** The counsel who examines in a court's transcript ("Cross-examined by MS HARGREAVES"), and the label that names them. */
    Speaker examiner;
    Mention examinerMention;

    /**
     * Whether this Q&A is a court's examination: a line "Cross-examined by MS HARGREAVES" (or "Examined by",
     * "Re-examined by") after a line naming the witness ("ARKADY VOLKOV (continued)", "JANE ROE, sworn"). Sets the
     * witness as the one who answers and {@link #examiner} as the one who asks.
     */
    private boolean examination() {
      // a US reporter's transcript: the witness "called as a witness", then "BY MS. REYES:" before the questions
      Matcher wc = WITNESS_CALLED.matcher(view);
      if (wc.find()) {
        Mention witness = parser.forward(tokens, tokens.indexFrom(wc.start(1)), tokens.indexFrom(wc.end(1)), text);
        for (int p = 0; p < tv.paragraphCount() && witness != null && witness.kind == Mention.Kind.NAME && witness.conjuncts.isEmpty(); p++) {
          int ps = tv.paragraphStart(p);
          if (ps < wc.end() || !byExaminer(ps, tv.paragraphEnd(p))) continue;
          ArticleSpeakers.Resolution answers = speakers.resolve(witness, witness.start);
          if (answers == null || answers.speaker.plural) break;
          interviewee = witness;
          intervieweeSpeaker = asPerson(answers.speaker);
          return true;
        }
      }
      Matcher em = EXAMINED_BY.matcher(view);
      while (em.find()) {
        Mention who = labelMention(tokens.indexFrom(em.start(2)), tokens.indexFrom(em.end(2)));
        Mention witness = parser.forward(tokens, tokens.indexFrom(em.start(1)), tokens.indexFrom(em.end(1)), text);
        if (who == null || witness == null || witness.kind != Mention.Kind.NAME || !witness.conjuncts.isEmpty()) continue;
        ArticleSpeakers.Resolution asks = speakers.resolve(who, who.start), answers = speakers.resolve(witness, witness.start);
        if (asks == null || answers == null || asks.speaker.plural || answers.speaker.plural) continue;
        examiner = asPerson(asks.speaker);
        examinerMention = who;
        interviewee = witness;
        intervieweeSpeaker = asPerson(answers.speaker);
        return true;
      }
      return false;
    }

    /**
     * Whether the paragraph [ps, pe) is a line "BY MS. REYES:" (after "DIRECT EXAMINATION", or after a break for an
     * objection): its counsel asks the questions from here on ({@link #examiner}); false when it names nobody.
     */
    private boolean byExaminer(int ps, int pe) {
      Matcher m = BY_EXAMINER.matcher(view.substring(ps, trimEnd(ps, pe)));
      if (!m.find()) return false;
      Mention who = labelMention(tokens.indexFrom(ps + m.start(1)), tokens.indexFrom(ps + m.end(1)));
      ArticleSpeakers.Resolution asks = who == null ? null : speakers.resolve(who, who.start);
      if (asks == null || asks.speaker.plural) return false;
      examiner = asPerson(asks.speaker);
      examinerMention = who;
      return true;
    }

    /**
     * The name a question opens with in one of its first two sentences, a sentence that is the name alone or the name and
     * an outlet after a comma ("Yelena Sokolova, Channel One.", "RIA Novosti.", after "Good afternoon."); null when none.
     */
    private Mention askerOpening(int a, int b) {
      int k = Sentences.indexAt(sentences, a);
      for (int n = 0; n < 2 && k < sentences.length && sentences[k][0] < b; n++, k++) {
        int lo = tokens.indexFrom(Math.max(a, sentences[k][0])), hi = tokens.indexFrom(Math.min(b, sentences[k][1]));
        while (hi > lo && !tokens.isWord(hi - 1)) hi--; // past the full stop
        if (hi - lo < 1 || hi - lo > 7 || Math.min(b, sentences[k][1]) <= a) continue;
        String end = text.substring(tokens.end(hi - 1), Math.min(b, sentences[k][1])).strip();
        if (!end.equals(".")) continue; // a question or an exclamation is the question itself
        Mention who = parser.forward(tokens, lo, hi, text);
        if (who == null || who.kind != Mention.Kind.NAME || !who.conjuncts.isEmpty()) continue;
        int after = Grammar.after(tokens, who);
        boolean outletAfter = after < hi && tokens.text(after).equals(",");
        for (int x = after + 1; outletAfter && x < hi; x++) outletAfter = tokens.isWord(x) && MentionParser.capitalized(tokens, x);
        if (after == hi || outletAfter) return who;
      }
      return null;
    }

    /** Whether the briefer was named by a line saying whose remarks follow ({@link #REMARKS_FOLLOW}). */
    private boolean remarksMode;
    /** Whether those remarks have ended: a paragraph below the line that speaks in no first or second person. */
    private boolean remarksOver;

    /** Where a briefing's opening statements end: its first question, else its first label, else (remarks only) the end. */
    private int openingEnd() {
      if (firstQuestion >= 0) return firstQuestion;
      if (firstLabel >= 0) return firstLabel;
      return remarksMode ? tv.paragraphCount() : -1;
    }

    /**
     * Whether the remarks a line announced ended before paragraph {@code p}, or end there: "President Erdoğan then answered
     * questions from journalists." speaks of him, in no first or second person (data/speaker-words.tsv speech-persons).
     */
    private boolean remarksEnded(int p, int ps, int pe) {
      if (!remarksMode) return false;
      if (!remarksOver && !speaking(ps, trimEnd(ps, pe))) remarksOver = true;
      return remarksOver;
    }

    /** The paragraph among the first six that says whose remarks follow ({@link #REMARKS_FOLLOW}), or -1; found once. */
    private int remarksFollow() {
      if (remarksLine == -2) {
        remarksLine = -1;
        for (int p = 1; p < Math.min(6, tv.paragraphCount()) && remarksLine < 0; p++) {
          int ps = tv.paragraphStart(p), b = trimEnd(ps, tv.paragraphEnd(p));
          if (b - ps < 200 && REMARKS_FOLLOW.matcher(view.substring(ps, b)).find()) remarksLine = p;
        }
      }
      return remarksLine;
    }

    /** {@link #remarksFollow}'s answer (-2: not looked for yet). */
    private int remarksLine = -2;

    /** Whether the first paragraph is a briefing's title ({@link #BRIEFING_TITLE}), naming its giver or not. */
    private boolean briefingTitle() {
      return tv.paragraphCount() >= 2 && BRIEFING_TITLE.matcher(view.substring(tv.paragraphStart(0), tv.paragraphEnd(0))).find();
    }

    /**
     * Whether the first paragraph is a briefing's title naming a person ("Briefing by Foreign Ministry Spokeswoman Maria
     * Zakharova, Moscow, ..."), or a title naming none and one of the next three lines naming the spokesperson who briefs
     * ({@link #BRIEFING_BY}): the person is then the interviewee, the word "Briefing" the answers' cue.
     */
    private boolean briefer() {
      if (tv.paragraphCount() < 2) return false;
      // "Remarks of President Erdoğan at the press conference are as follows:": the speaker of the paragraphs below
      int rf = remarksFollow();
      if (rf > 0) {
        Matcher lm = REMARKS_FOLLOW.matcher(view.substring(tv.paragraphStart(rf), trimEnd(tv.paragraphStart(rf), tv.paragraphEnd(rf))));
        if (lm.find() && brieferIn(rf, lm, true)) return remarksMode = true;
      }
      Matcher bm = BRIEFING_TITLE.matcher(view.substring(tv.paragraphStart(0), tv.paragraphEnd(0)));
      if (!bm.find()) return false;
      if (bm.group(2) != null && brieferIn(0, bm, false)) return true;
      // "Daily Press Briefing by the Office of the Spokesperson ...": no person in the title; the lines under it may name one
      for (int p = 1; p < Math.min(4, tv.paragraphCount()); p++) {
        Matcher by = BRIEFING_BY.matcher(view.substring(tv.paragraphStart(p), tv.paragraphEnd(p)));
        if (by.find() && brieferIn(p, by, false)) return true;
      }
      return false;
    }

    /** The paragraph that names the briefer (the title's, or a line under it): the briefing's own words come after it. */
    private int brieferParagraph;

    /**
     * Whether group 2 (or 3, "The briefing was given by X.") of {@code bm}, matched in paragraph {@code p}, names a person, who
     * then answers (group 1: the answers' cue); {@code titledSurname}: a surname after its titles will do ("President Erdoğan").
     */
    private boolean brieferIn(int p, Matcher bm, boolean titledSurname) {
      int ps = tv.paragraphStart(p), g = bm.group(2) != null ? 2 : 3; // "briefing by X, Spokesman", "The briefing was given by X."
      Mention who = parser.backward(tokens, tokens.indexFrom(ps + bm.start(g)), tokens.indexFrom(ps + bm.end(g)) - 1, text);
      // "Remarks by President António Costa at the press conference following ...": the name, then a preposition
      if (who == null || who.kind != Mention.Kind.NAME || who.name == null) {
        int from = tokens.indexFrom(ps + bm.start(g)), to = tokens.indexFrom(ps + bm.end(g));
        Mention first = parser.forward(tokens, from, to, text);
        int after = first == null ? -1 : Grammar.after(tokens, first);
        if (first != null && after < to && tokens.isWord(after) && words.prepositions.contains(tokens.lower(after))) who = first;
      }
      // "by Press and Public Relations Adviser Rear Admiral Kemal Ertuğrul": a title with "and" read as two; its holder is last
      if (who != null && who.conjuncts.size() == 2 && who.conjuncts.get(0).name != null && !who.conjuncts.get(0).name.contains(" ")) {
        who = who.conjuncts.get(1);
      }
      // (a surname alone only after a title, in a line that says whose remarks follow: "Remarks of President Erdoğan ...")
      if (who == null || who.kind != Mention.Kind.NAME || !who.conjuncts.isEmpty() || who.name == null
          || !who.name.contains(" ") && !(titledSurname && titledName(tokens.indexFrom(who.start), tokens.indexFrom(who.end)) != null
              && who.surface.length() > who.name.length())) return false;
      intervieweeOf(who);
      if (intervieweeSpeaker == null) return false;
      answerCue(ps + bm.start(1), bm.end(1) - bm.start(1));
      brieferParagraph = p;
      return true;
    }

    /**
     * Where the words of the paragraph [ps, b) end, {@code b} already trimmed: before closing quote marks and brackets, and
     * before a stage direction after its last sentence ("... whenever he comes to this rostrum. (Applause from the CHP
     * benches)"), not one after a leader of dots ("Mr. Dumont ........ (France)" in a record's list of members).
     */
    private int lastMark(int ps, int b) {
      int f = b;
      if (f > ps && ")]".indexOf(view.charAt(f - 1)) >= 0) {
        int open = view.lastIndexOf(view.charAt(f - 1) == ')' ? '(' : '[', f - 1);
        int before = trimEnd(ps, open);
        boolean leader = before - 2 >= ps && view.charAt(before - 1) == '.' && view.charAt(before - 2) == '.';
        if (open > ps && before > ps && !leader && ".?!\u2026\"\u201d".indexOf(view.charAt(before - 1)) >= 0) f = before;
      }
      while (f > ps && "\"'\u201d\u2019)".indexOf(view.charAt(f - 1)) >= 0) f--;
      return f;
    }

    /** Whether the words of a paragraph starting at {@code ps} end at {@code f} ({@link #lastMark}) with ".", "?", "!" or "\u2026". */
    private boolean endsSentence(int ps, int f) {
      return f > ps && ".?!\u2026".indexOf(view.charAt(f - 1)) >= 0;
    }

    /** A paragraph [ps, pe) wholly in brackets: "(Pause)", "[crosstalk]", "(SOUNDBITE OF ...)": no one's words. */
    private boolean stageDirection(int ps, int pe) {
      int b = trimEnd(ps, pe);
      return b > ps && "([".indexOf(view.charAt(ps)) >= 0 && ")]".indexOf(view.charAt(b - 1)) >= 0;
    }

    /** {@code end} moved back over the whitespace before it, not past {@code from}. */
    private int trimEnd(int from, int end) {
      while (end > from && Character.isWhitespace(view.charAt(end - 1))) end--;
      return end;
    }

    /** A name in capitals the table took for a body's ("ARKADY VOLKOV") is a person's where only a person can be meant. */
    private Speaker asPerson(Speaker sp) {
      return Speaker.PERSON.equals(sp.type) ? sp : new Speaker(sp.surface, sp.id, Speaker.PERSON, sp.affiliation, false, sp.roleClass);
    }

    /** A Q&A whose questions are labelled ("Q: ...") and whose answers are not: each question opens the answer after it. */
    boolean questionsOnly;
    /** Whether the interviewee was named by the headline only so far (a name in the body goes first). */
    boolean intervieweeInHeadline;

    /** The interviewee of a Q&A without labels, before it is resolved ({@link #answerer}). */
    Mention candidate;

    /** The interviewee who answers a bare question: the candidate, resolved on first need (a person); null if none. */
    private Speaker answerer() {
      if (intervieweeSpeaker == null && candidate != null) {
        intervieweeOf(candidate);
        candidate = null;
      }
      return intervieweeSpeaker;
    }

    /**
     * The sentence's subject as the interviewee: the name it opens with, else the subject after an opening phrase
     * ("At a weekly briefing, Foreign Ministry Spokesperson Ani Badalyan answered ..."); never a name in capitals
     * alone (a section label "POLITICS", a dateline "NEW YORK").
     */
    private void interviewee(int lo, int hi, SentenceSubject later) {
      Mention m = parser.forward(tokens, lo, hi, text);
      if ((m == null || m.kind != Mention.Kind.NAME) && later != null) m = later.mention;
      if (m == null || m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty() || inCapitals(m.surface)) return;
      // "Interview by Clara Benedetti", "Photographs by ...": a credit line names no interviewee
      int after = tokens.indexFrom(m.end);
      if (after < hi && tokens.lower(after).equals("by")) return;
      intervieweeOf(m);
    }

    private void intervieweeOf(Mention m) {
      // a word before a time or a date ("Updated 6:12 AM EDT, June 3") is no interviewee
      int after = m.end;
      while (after < text.length() && text.charAt(after) == ' ') after++;
      if (m.name != null && !m.name.contains(" ") && after < text.length() && Character.isDigit(text.charAt(after))) return;
      ArticleSpeakers.Resolution r = speakers.resolve(m, m.start);
      if (r == null || !Speaker.PERSON.equals(r.speaker.type) || r.speaker.plural) return;
      interviewee = m;
      intervieweeSpeaker = r.speaker;
    }

    /** Paragraph kinds of {@link #dashTurns}. */
    private static final int DASH_QUESTION = 1, DASH_ANSWER = 2, DASH_CONTINUED = 3;

    /** Where the last dash answer's dash is: the cue of the paragraphs that go on with it. */
    private int dashCue;

    /** The interviewee of a Q&A whose turns open with a dash ({@link #dashTurns}), and the mention that named them. */
    private Speaker dashAnswerer;
    private Mention dashAnswererMention;

    /**
     * A Q&A whose turns open with a dash, as Russian-language outlets print interviews: "— Why now?" / "— There is
     * no single reason. ..." Per paragraph: {@link #DASH_QUESTION} (a dash, ends in "?"), {@link #DASH_ANSWER} (a dash
     * paragraph after a question or another answer, not a question), {@link #DASH_CONTINUED} (a paragraph without a dash
     * after an answer, in the first person, when a dash turn follows), else 0. Null unless at least two questions are each
     * followed by an answer.
     */
    private int[] dashTurns() {
      int[] kind = new int[tv.paragraphCount()];
      int answered = 0;
      for (int p = 1; p < tv.paragraphCount(); p++) {
        int ps = tv.paragraphStart(p), b = trimEnd(ps, tv.paragraphEnd(p));
        if (b - ps < 3 || !(view.charAt(ps) == '\u2014' || view.charAt(ps) == '\u2013') || view.charAt(ps + 1) != ' ') continue;
        if (view.charAt(b - 1) == '?') kind[p] = DASH_QUESTION;
        else if (kind[p - 1] == DASH_QUESTION || kind[p - 1] == DASH_ANSWER) {
          if (kind[p - 1] == DASH_QUESTION) answered++;
          kind[p] = DASH_ANSWER;
        }
      }
      if (answered < 2) return null;
      // a paragraph without a dash after an answer goes on with it when another dash turn follows and it speaks in the first
      // person, a sentence to its end ("— Look at the facts. ..." / "This is what we call interference. ..." / "— And the
      // sanctions?"); the outlet's own paragraphs between turns ("Orlov was appointed in 2020.", a subhead, a caption) and the
      // paragraphs after the last turn are the outlet's
      for (int p = 1, next = -1; p < tv.paragraphCount(); p++) {
        if (kind[p] != 0 || kind[p - 1] != DASH_ANSWER && kind[p - 1] != DASH_CONTINUED) continue;
        if (next <= p) for (next = p + 1; next < tv.paragraphCount() && kind[next] == 0; next++) { }
        int ps = tv.paragraphStart(p), b = trimEnd(ps, tv.paragraphEnd(p));
        if (next < tv.paragraphCount() && b > ps && !stageDirection(ps, b) && endsSentence(ps, lastMark(ps, b)) && firstPersonSubject(ps, b)) {
          kind[p] = DASH_CONTINUED;
        }
      }
      return kind;
    }

    /**
     * The interviewee of a dash Q&A, read before its first question at paragraph {@code p}: the first person the
     * paragraph before names ("Meltem Aksoy, an immigration lawyer ..., explained what can be done.", "Novaya Gazeta
     * spoke to lawyer Elvira Gainutdinova about ..."; an outlet is no interviewee), else the one before it.
     */
    private void dashAnswerer(int p) {
      for (int q = p - 1; q >= 0 && q >= p - 2; q--) {
        int lo = tokens.indexFrom(tv.paragraphStart(q)), hi = tokens.indexFrom(tv.paragraphEnd(q));
        for (int i = lo; i < hi; i++) {
          if (!tokens.isWord(i) || !tokens.isCapitalized(i) || i > lo && tokens.isWord(i - 1) && tokens.isCapitalized(i - 1)) continue;
          Mention m = parser.forward(tokens, i, hi, text);
          if (m == null || m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty() || m.name == null || ArticleSpeakers.outletName(m.name)) continue;
          ArticleSpeakers.Resolution r = speakers.resolve(m, m.start);
          if (r == null || !Speaker.PERSON.equals(r.speaker.type) || r.speaker.plural || !m.name.contains(" ") && !r.coreference) continue;
          dashAnswerer = r.speaker;
          dashAnswererMention = m;
          return;
        }
      }
    }

    /** An answer of a dash Q&A: the paragraph after its dash, the interviewee's direct statement ({@code interview-answer}). */
    private Statement dashAnswer(int p) {
      int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
      int from = ps + 1;
      while (from < pe && view.charAt(from) == ' ') from++;
      dashCue = ps;
      return answerStatement(p, from, dashAnswerer, dashAnswererMention, ps, ps + 1, Statement.EXPLICIT);
    }

    /**
     * An answer of a Q&A interview: the paragraph after its "A:" label ({@code from} characters in), or a
     * further paragraph of the same answer before the next question (after the last answer only its
     * labelled paragraph); a direct statement of the interviewee ({@code interview-answer}).
     */
    private Statement answer(int p, int from, boolean labelled) {
      int ps = tv.paragraphStart(p);
      if (labelled) answerCue(ps, from); // "A:", "A.", "Answer:"
      return answerStatement(p, ps + from, intervieweeSpeaker, interviewee, answerCueStart, answerCueEnd,
          labelled ? Statement.EXPLICIT : Statement.CONTINUATION);
    }

    /**
     * An interviewee's answer ({@code interview-answer}): paragraph {@code p} from {@code from} to its end, a direct
     * statement of {@code sp} named by {@code m}, its cue the label at [{@code cueStart}, {@code cueEnd}); null when
     * nothing follows the label.
     */
    private Statement answerStatement(int p, int from, Speaker sp, Mention m, int cueStart, int cueEnd, String method) {
      int pe = tv.paragraphEnd(p);
      if (from >= pe) return null;
      Statement s = statement(Statement.DIRECT, from, pe, Sentences.indexAt(sentences, from), p);
      set(s, sp, method, view.substring(cueStart, cueEnd).toLowerCase(java.util.Locale.ROOT), RuleNames.INTERVIEW_ANSWER);
      spans(s, cueStart, cueEnd, m);
      quoteLast = true;
      return s;
    }

    /** The answers' cue from here on: the label of {@code length} characters opening the paragraph at {@code ps}, trimmed. */
    private void answerCue(int ps, int length) {
      answerCueStart = ps;
      answerCueEnd = trimEnd(ps, ps + length);
    }

    /** {@code authorAt}: where {@code author} starts in the text (the signature line). */
    private void social(int p, String author, int authorAt) {
      int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
      String body = view.substring(ps, pe);
      int end = body.length();
      for (Matcher m = TRAIL_URL.matcher(body.substring(0, end)); m.find(); m = TRAIL_URL.matcher(body.substring(0, end))) {
        end = m.start();
        if (end == 0) break;
      }
      String speakerName = author;
      int nameAt = authorAt;
      String cue = "post";
      Matcher inner = INNER_AUTHOR.matcher(body.substring(0, end));
      if (inner.find() && inner.start() > 0) {
        speakerName = inner.group(1);
        nameAt = ps + inner.start(1);
        end = inner.start();
        cue = "quoted in post";
      }
      if (end <= 0) return;
      int k = Sentences.indexAt(sentences, ps);
      Statement s = statement(Statement.SOCIAL, ps, ps + end, k, p);
      Tokens at = Tokens.of(speakerName, 0, speakerName.length());
      Mention m = parser.forward(at, 0, at.size(), speakerName);
      ArticleSpeakers.Resolution r = m == null ? null : speakers.resolve(m, ps);
      Speaker sp = r != null ? r.speaker : new Speaker(speakerName, SpeakerTable.slug(speakerName), Speaker.PERSON, null, false, null);
      set(s, sp, Statement.EXPLICIT, cue, RuleNames.SOCIAL_POST);
      if (!speakerName.isEmpty()) { // the cue ("post") is the embed itself: no cue span
        s.speakerStart = nameAt;
        s.speakerEnd = nameAt + speakerName.length();
      }
    }

    /** Where the cue and the speaker phrase {@code m} stand (spans into the text; -1 when not known). */
    private void spans(Statement s, int cueStart, int cueEnd, Mention m) {
      s.cueStart = cueStart;
      s.cueEnd = cueEnd;
      if (m == null) return;
      s.speakerStart = m.start;
      s.speakerEnd = m.end;
      // "the analyst, Yury Barmin": the speaker was named in the appositive
      if (m.kind == Mention.Kind.DESCRIPTOR && m.appositive != null && m.appositive.name != null && m.appositive.end > m.end) {
        s.speakerEnd = m.appositive.end;
      }
      // "One of the sources, an Iraqi official,": the source is the appositive's description
      if (m.kind == Mention.Kind.DESCRIPTOR && m.appositive != null && m.appositive.name == null && s.speaker != null
          && m.appositive.end > m.end && text.startsWith(s.speaker, m.appositive.start)) {
        s.speakerStart = m.appositive.start;
        s.speakerEnd = m.appositive.start + s.speaker.length();
      }
    }

    private void set(Statement s, Speaker sp, String method, String cue, String sieve) {
      s.speaker = sp.surface;
      s.speakerId = sp.id;
      s.speakerType = sp.type;
      s.speakerAffiliation = sp.affiliation;
      s.attributionMethod = method;
      s.cue = cue;
      s.sieve = sieve;
    }

    private void lastQuoteSpans(Statement s) {
      lastQuoteCueStart = s.cueStart;
      lastQuoteCueEnd = s.cueEnd;
      lastQuoteSpeakerStart = s.speakerStart;
      lastQuoteSpeakerEnd = s.speakerEnd;
    }

    private int sentenceOf(int offset) {
      return Sentences.indexAt(sentences, offset);
    }

    private void quote(Quote q, int k, int p) {
      if (q.open < directEnd) return; // nested inside a direct quote
      int headLo = tokens.indexFrom(sentences[k][0]);
      int headHi = tokens.indexFrom(q.open);
      int closeSentence = sentenceOf(Math.max(q.open, q.after() - 1));
      int tailLo = tokens.indexFrom(q.after());
      int tailHi = Math.max(tailLo, tokens.indexFrom(sentences[closeSentence][1]));
      int prevLo = -1, prevHi = -1;
      if (k > 0) { prevLo = tokens.indexFrom(sentences[k - 1][0]); prevHi = tokens.indexFrom(sentences[k - 1][1]); }
      boolean samePara = lastQuoteParagraph == p;
      // "Quote: \"...\"": a label some outlets set before a quotation paragraph opens it as well (QuoteContext.headEmpty)
      boolean opensParagraph = q.open <= tv.paragraphStart(p) + 1
          || QuoteContext.quoteLabel(tokens, tokens.indexFrom(tv.paragraphStart(p)), tokens.indexFrom(q.open));
      Speaker prev = (samePara || (lastQuoteParagraph == p - 1 && opensParagraph && quoteLast)) ? lastQuoteSpeaker : null;
      QuoteContext c = new QuoteContext(text, tokens, parser, cues, headLo, headHi, tailLo, tailHi, prevLo, prevHi, prev, lastQuoteCue);

      String content = view.substring(q.contentStart, q.contentEnd);
      boolean cap = startsCapitalized(content);
      boolean headEmpty = c.headEmpty();
      boolean tailEmpty = true;
      for (int i = tailLo; i < tailHi; i++) if (tokens.isWord(i)) { tailEmpty = false; break; }
      Attribution tail = quoteRules.trailing.attribute(c);
      boolean term = isTermQuote(headLo, headHi, content, headEmpty);
      boolean scareSingle = q.single && !singleStyle;
      boolean headPunct = headHi - 1 >= headLo && (tokens.text(headHi - 1).equals(":") || tokens.text(headHi - 1).equals(","));
      boolean direct = !term && !scareSingle && cap
          && (q.continues || tail != null || headEmpty || (headPunct && tailEmpty) || multiSentence(content));
      Attribution label = direct || nameLike(content.strip().replaceAll("[.,;]+$", "")) ? null : quoteRules.label.attribute(c);
      if (!direct && label == null && (term || scareSingle)) { scare[k] = true; return; }

      Attribution a = null;
      if (direct) {
        a = tail;
        if (a == null) a = quoteRules.direct(c);
      } else {
        a = label;
        if (a == null) a = quoteRules.fragment(c);
        if (a == null) { pending.add(new int[] {q.contentStart, q.contentEnd, k}); return; } // reported speech may claim it
      }
      Statement s = statement(direct ? Statement.DIRECT : Statement.PARTIAL, q.contentStart, q.contentEnd, k, p);
      Speaker sp = null;
      String method = null;
      if (a != null && a.isContinuation()) {
        sp = a.speaker;
        method = Statement.CONTINUATION;
      } else if (a != null) {
        ArticleSpeakers.Resolution r = resolve(a.mention, headLo, tokens.indexFrom(sentences[k][1]), q.open);
        if (r != null) {
          sp = r.speaker;
          method = r.coreference ? Statement.COREFERENCE : Statement.EXPLICIT;
        }
      }
      if (sp != null) {
        set(s, sp, method, a.cue, a.sieve);
        if (a.isContinuation()) {
          s.cueStart = lastQuoteCueStart;
          s.cueEnd = lastQuoteCueEnd;
          s.speakerStart = lastQuoteSpeakerStart;
          s.speakerEnd = lastQuoteSpeakerEnd;
        } else {
          spans(s, a.cueStart, a.cueEnd, a.mention);
        }
        speakers.spoke(sp, q.open);
      } else if (direct && opensParagraph && questionBefore != null && questionBefore[p] >= 0 && answerer() != null) {
        // a quote that answers the question before it, in a Q&A: the interviewee's ("?" is the cue)
        sp = intervieweeSpeaker;
        set(s, sp, Statement.COREFERENCE, "?", RuleNames.INTERVIEW_ANSWER);
        spans(s, questionBefore[p], questionBefore[p] + 1, interviewee);
        speakers.spoke(sp, q.open);
      } else {
        s.sieve = RuleNames.NONE;
      }
      if (direct && sp != null && tail != null && a == tail) participleAfterQuote(tailLo, tailHi, s, k, p);
      if (direct) {
        directEnd = q.after();
        for (int i = k; i <= closeSentence && i < claimed.length; i++) claimed[i] = true;
        lastQuoteSpeaker = sp;
        lastQuoteCue = a != null ? a.cue : s.cue; // an interview answer's "?" carries to its next paragraph
        lastQuoteSpans(s);
        lastQuoteParagraph = q.continues ? p + 1 : p;
        quoteLast = sp != null;
        if (q.continues) lastQuoteParagraph = p; // the next paragraph reopens: continuation from p
      }
    }

    /** {@code "…," Zarif said in Tehran, adding that Iran was ready to mediate.}: the clause is reported speech too. */
    private void participleAfterQuote(int tailLo, int tailHi, Statement quote, int k, int p) {
      for (int x = tailLo; x + 1 < tailHi && x < tailLo + 20; x++) {
        if (!tokens.text(x).equals(",") || inQuote.get(tokens.start(x)) || clauses.participleAt(x, tailHi) < 0) continue;
        clauses.participleAfter(x, tailHi, tokens.end(tailHi - 1), quote, k, p, 2);
        return;
      }
    }

    private boolean startsCapitalized(String content) {
      for (int i = 0; i < content.length(); i++) {
        char ch = content.charAt(i);
        if (Character.isLetter(ch)) return Character.isUpperCase(ch) || Character.isTitleCase(ch) || !Character.isLowerCase(ch);
        if (Character.isDigit(ch) || ch == '#' || ch == '@') return true;
      }
      return false;
    }

    private boolean multiSentence(String content) {
      for (int i = 0; i + 2 < content.length(); i++) {
        char ch = content.charAt(i);
        if ((ch == '.' || ch == '!' || ch == '?') && content.charAt(i + 1) == ' ' && Character.isUpperCase(content.charAt(i + 2))) return true;
      }
      return false;
    }

    private boolean isTermQuote(int headLo, int headHi, String content, boolean headEmpty) {
      if (headHi - 1 >= headLo && TERM_WORDS.contains(tokens.lower(headHi - 1))) return true;
      if (headHi - 2 >= headLo && tokens.lower(headHi - 1).equals("as")
          && (tokens.lower(headHi - 2).equals("known") || tokens.lower(headHi - 2).equals("referred") || tokens.lower(headHi - 2).equals("dubbed"))) return true;
      if (headEmpty) return false;
      return nameLike(content);
    }

    /** A quoted name in title case ("Peace Spring", "Operation Olive Branch"): up to six words, no final punctuation. */
    private boolean nameLike(String content) {
      String c = content.strip();
      if (c.isEmpty() || ".!?,".indexOf(c.charAt(c.length() - 1)) >= 0) return false;
      String[] words = Tokens.splitSpaces(c);
      if (words.length > 6) return false;
      boolean anyCap = false;
      for (String w : words) {
        if (w.isEmpty()) continue;
        if (TITLE_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
        if (!Character.isUpperCase(w.charAt(0))) return false;
        anyCap = true;
      }
      return anyCap;
    }

    /** Reported speech in a sentence no direct quote claimed: the rules of {@link ReportedSpeechRules}, in their order. */
    private void indirect(int k, int p, int lo, int hi) {
      int before = out.size();
      reported.report(clauses, k, p, lo, hi, sentences[k][1]);
      // "Does she agree that the problem is enforcement?": a yes-no question asks whether someone says it, and its own
      // clause (up to the first comma) reports nothing; "..., as the Red Cross said yesterday, ...?" still does
      int last = lastMark(sentences[k][0], trimEnd(sentences[k][0], sentences[k][1]));
      if (out.size() == before || lo >= hi || last <= sentences[k][0] || view.charAt(last - 1) != '?'
          || !(words.aux.contains(tokens.lower(lo)) || words.doForms.contains(tokens.lower(lo)))) return;
      int comma = sentences[k][1];
      for (int i = lo; i < hi; i++) if (tokens.text(i).equals(",") && !inQuote.get(tokens.start(i))) { comma = tokens.start(i); break; }
      for (int i = out.size() - 1; i >= before; i--) {
        Statement s = out.get(i);
        if (Statement.INDIRECT.equals(s.kind) && s.cueStart >= 0 && s.cueStart < comma) out.remove(i);
      }
    }

    @Override
    public void nested(int k, int p, int lo, int hiExclusive, Statement outer) {
      int before = out.size();
      Speaker ls = lastQuoteSpeaker;
      String lc = lastQuoteCue;
      int[] spans = {lastQuoteCueStart, lastQuoteCueEnd, lastQuoteSpeakerStart, lastQuoteSpeakerEnd};
      int lp = lastQuoteParagraph;
      boolean ql = quoteLast;
      if (!reported.subjectCueClause.report(clauses, k, p, lo, hiExclusive, tokens.end(hiExclusive - 1))) return;
      // the outer source stays the latest speaker
      lastQuoteSpeaker = ls; lastQuoteCue = lc; lastQuoteParagraph = lp; quoteLast = ql;
      lastQuoteCueStart = spans[0]; lastQuoteCueEnd = spans[1]; lastQuoteSpeakerStart = spans[2]; lastQuoteSpeakerEnd = spans[3];
      for (int i = before; i < out.size(); i++) {
        Statement s = out.get(i);
        if (s.start == outer.start && s.end == outer.end) { out.remove(i); break; } // same span: the outer one stays
      }
      // a quoted fragment inside the inner clause is the inner speaker's words: 'X said the army was built "on
      // national foundations," the statement said'
      for (int i = before; i < out.size(); i++) {
        Statement s = out.get(i);
        if (s.kind.equals(Statement.INDIRECT)) claimPartials(s);
      }
    }

    @Override
    public Statement add(String kind, int a, int b, int k, int p) {
      return statement(kind, a, b, k, p);
    }

    @Override
    public Statement latest() {
      return out.get(out.size() - 1);
    }

    @Override
    public Statement startingAt(int start) {
      for (int i = out.size() - 1; i >= 0 && i >= out.size() - 8; i--) {
        Statement s = out.get(i);
        if (s.start == start && Statement.INDIRECT.equals(s.kind)) return s;
      }
      return null;
    }

    /** Quoted fragments inside reported speech belong to its reporter (only this sentence's statements, at the end of the list, are read). */
    @Override
    public void claimPartials(Statement s) {
      for (int i = out.size() - 1; i >= 0; i--) {
        Statement q = out.get(i);
        if (q.sentenceIndex < s.sentenceIndex) break;
        if (q.kind.equals(Statement.PARTIAL) && q.sentenceIndex == s.sentenceIndex && q.start >= s.start && q.end <= s.end) {
          q.speakerFrom(s);
          q.cueFrom(s);
          q.sieve = RuleNames.INSIDE_REPORTED_SPEECH;
        }
      }
    }

    /**
     * Resolves a speaker phrase; a pronoun first looks for a compatible subject opening its own
     * sentence ("The Russian military had no comment, but it denied that ..." → the military;
     * "Opposition activists said ... that they said ..." → the activists), then at earlier speakers.
     */
    private ArticleSpeakers.Resolution resolve(Mention m, int sentenceLo, int sentenceHi, int pos) {
      if (m != null && m.kind == Mention.Kind.PRONOUN && firstPerson != null && m.surface.strip().equals("I")) {
        return new ArticleSpeakers.Resolution(firstPerson, true);
      }
      if (m != null && m.kind == Mention.Kind.PRONOUN) {
        Mention first = parser.forward(tokens, sentenceLo, sentenceHi, text);
        if (first != null && first.end <= m.start && first.kind != Mention.Kind.PRONOUN && compatible(m, first)) {
          ArticleSpeakers.Resolution r = speakers.resolve(first, pos);
          if (r != null) return new ArticleSpeakers.Resolution(r.speaker, true);
        }
      }
      return speakers.resolve(m, pos);
    }

    private boolean compatible(Mention pronoun, Mention m) {
      Descriptors.Head h = m.head == null ? null : descriptors.head(m.head);
      switch (pronoun.surface.toLowerCase(Locale.ROOT)) {
        case "they":
        case "them":
          return m.isPlural() || (h != null && h.plural);
        case "it":
          return !m.isPlural() && ((h != null && h.type.equals(Speaker.ORGANIZATION) && !h.plural)
              || (m.kind == Mention.Kind.NAME && m.name != null && MentionParser.looksLikeOrganization(m.name)));
        default:
          return false;
      }
    }

    @Override
    public boolean emit(int k, int p, int a, int b, Mention m, CueLexicon.Cue cue, String sieve, int cueToken, int minWords) {
      if (clauses.words(a, b) < minWords) return false;
      ArticleSpeakers.Resolution r = resolve(m, tokens.indexFrom(sentences[k][0]), tokens.indexFrom(sentences[k][1]), tokens.start(cueToken));
      if (r == null) return false;
      Statement s = statement(Statement.INDIRECT, a, b, k, p);
      // quoted fragments inside reported speech belong to its reporter (only this sentence's statements,
      // at the end of the list, are read: linear in the article)
      for (int i = out.size() - 1; i >= 0; i--) {
        Statement q = out.get(i);
        if (q.sentenceIndex < k) break;
        if (q.kind.equals(Statement.PARTIAL) && q.sentenceIndex == k && q.start >= a && q.end <= b) {
          boolean ownCue = q.cue != null; // a fragment no rule could attribute takes the reporter's cue too
          // "dismissed the report as "pure fiction"": the fragment's own label verb named the same speaker
          boolean ownRule = ownCue && RuleNames.LABEL_VERB.equals(q.sieve) && r.speaker.id.equals(q.speakerId);
          set(q, r.speaker, r.coreference ? Statement.COREFERENCE : Statement.EXPLICIT, ownCue ? q.cue : cue.text,
              ownRule ? RuleNames.LABEL_VERB : RuleNames.INSIDE_REPORTED_SPEECH);
          spans(q, ownCue ? q.cueStart : cue.start, ownCue ? q.cueEnd : cue.end, m);
        }
      }
      set(s, r.speaker, r.coreference ? Statement.COREFERENCE : Statement.EXPLICIT, cue.text, sieve);
      spans(s, cue.start, cue.end, m);
      speakers.spoke(r.speaker, a);
      claimed[k] = true;
      lastQuoteSpeaker = r.speaker;
      lastQuoteCue = cue.text;
      lastQuoteSpans(s);
      lastQuoteParagraph = p;
      quoteLast = true;
      return true;
    }
  }
}
