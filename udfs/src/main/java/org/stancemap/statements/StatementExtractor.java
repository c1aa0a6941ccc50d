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
import org.stancemap.text.Sentences;
import org.stancemap.text.TextView;
import org.stancemap.text.Tokens;

/**
 * Splits an article into statements: direct quotes, partial quotes, reported speech (indirect),
 * embedded social posts, and narrative (every other sentence, spoken by the outlet), each with its
 * speaker. Wire furniture ({@link Datelines}: datelines, agency tags, bylines, credit lines) is cut
 * from the sentences first, so it is never a statement. Plain Java, thread-safe, no exception escapes {@link #extract}.
 *
 * <p>Offsets: {@code start}/{@code end} index the article's original text; a quote's span is the
 * content between its marks without surrounding whitespace (marks excluded); other statements are
 * trimmed of whitespace.
 */
public final class StatementExtractor {
  private static final Pattern SIGNATURE = Pattern.compile("^[\u2014\u2013-]+\\s*([^()\\n]{1,80}?)\\s*\\((@\\w{1,40})\\)");
  /** A Q&A interview paragraph: "Q: ..." (the outlet asks) or "A: ..." (the interviewee answers). */
  private static final Pattern QA_LABEL = Pattern.compile("^([QA]):\\s+");
  private static final Pattern TRAIL_URL = Pattern.compile("\\s*(?:pic\\.twitter\\.com/\\S+|https?://\\S+)\\s*$");
  private static final Pattern INNER_AUTHOR = Pattern.compile("\\s+[\u2014\u2013-]\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})(?:#\\S*)?\\s*$");
  private static final Set<String> TERM_WORDS = Set.of("named", "dubbed", "so-called", "titled", "entitled", "codenamed",
      "code-named", "nicknamed", "branded", "labelled", "labeled", "called", "term", "word", "words", "phrase", "slogan",
      "hashtag", "banner", "motto");
  private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "&");
  /** Pronouns an inverted attribution may have: "..., he said", "..., they added", "..., it said". */
  private static final Set<String> PRONOUN_SPEAKERS = Set.of("he", "she", "they", "it");
  /** Words that open a time phrase between a cue and its "that": "last week", "this month", "a few days later". */
  private static final Set<String> ADVERBIAL_START = Set.of("last", "this", "earlier", "later", "a");
  /** Verbs of a clause's rest besides AUX's: "did not reflect". */
  private static final Set<String> DO_FORMS = Set.of("did", "does", "do");
  /** Pronouns that open a reported clause without "that": "said in a statement he was ...". */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we");
  /** Cues whose object is the one spoken to ("told Reuters"), so ", told X" is no inverted attribution. */
  private static final Set<String> LISTENER_CUES = Set.of("told", "tells", "tell", "telling");
  private static final Set<String> TELL = Set.of("told", "tells", "tell", "telling", "warned", "warns", "warn", "warning",
      "urged", "urges", "assured", "informed", "reminded", "accused");
  private static final Set<String> PP_START = Set.of("in", "at", "on", "during", "after", "before", "to", "from", "with",
      "via", "by", "over", "through", "ahead", "late", "early", "earlier", "later", "last", "this", "separately", "also");
  /** Words that open an adjunct after a trailing attribution ("..., Putin said following talks with ..."). */
  private static final Set<String> ADJUNCT_START = Set.of("following", "after", "during", "at", "in", "on", "before", "ahead",
      "amid");
  private static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "tonight", "earlier", "later", "recently", "previously", "separately");
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Set<String> AUX = Set.of("would", "will", "is", "was", "are", "were", "has", "have", "had", "could",
      "should", "can", "may", "might", "must");
  private static final Set<String> PREPOSITIONS = Set.of("from", "of", "at", "in", "by", "on", "with");
  /** Auxiliaries of a passive "was quoted by". */
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being");
  /** Words that cannot open the object of a cue like "denied" or "called for" ("denied on Tuesday"). */
  private static final Set<String> OBJECT_STOP = Set.of("on", "in", "at", "by", "to", "from", "after", "before", "during",
      "following", "it", "this", "that", "them", "him", "her", "being", "having");
  private static final Set<String> BAD_CLAUSE_START = Set.of("following", "amid", "to", "for", "of", "with", "about", "on", "in", "at", "by", "from",
      "a", "an", "as", "up", "out", "off", "into", "over", "after", "before", "during");

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

  public StatementExtractor(CueLexicon cues, SpeakerTable table, Descriptors descriptors) {
    this.cues = cues;
    this.table = table;
    this.descriptors = descriptors;
    this.quoteRules = new QuoteRules(descriptors, LabelVerbs.load());
    this.parser = new MentionParser(descriptors, (t, i) -> {
      CueLexicon.Cue c = cues.at(t, i, t.size());
      return c != null && !c.role.equals(CueLexicon.LABEL);
    });
  }

  private static volatile StatementExtractor defaults;

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
   * Never throws: on an internal error the article falls back to one narrative statement per sentence.
   */
  public List<Statement> extract(String articleId, String text, String outlet, int[][] rawSentences) {
    String t = text == null ? "" : text;
    List<Statement> out;
    try {
      out = extractStrict(t, outlet, rawSentences);
    } catch (RuntimeException | StackOverflowError e) {
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
  private final class Run {
    final String text, outlet;
    final TextView tv;
    final String view;
    final int[][] sentences;
    final Tokens tokens;
    final List<Quote> quotes;
    final boolean usesDouble;
    final ArticleSpeakers speakers = new ArticleSpeakers(table, descriptors);
    final List<Statement> out = new ArrayList<>();
    final BitSet inQuote = new BitSet();
    final boolean[] claimed;
    final boolean[] scare;
    final List<int[]> pending = new ArrayList<>();
    Speaker lastQuoteSpeaker;
    String lastQuoteCue;
    /** Cue and speaker spans of the latest attribution (a continuation inherits them). */
    int lastQuoteCueStart = -1, lastQuoteCueEnd = -1, lastQuoteSpeakerStart = -1, lastQuoteSpeakerEnd = -1;
    int lastQuoteParagraph = -1;
    boolean quoteLast; // the latest statement of the article is an attributed quote or reported speech
    int directEnd = -1;

    Run(String text, String outlet, int[][] raw) {
      this.text = text;
      this.outlet = outlet;
      this.tv = TextView.of(text);
      this.view = tv.view();
      this.sentences = Datelines.trim(Sentences.refine(tv, raw != null ? raw : Sentences.detect(view)), view, datelines.find(tv));
      this.tokens = Tokens.of(view, 0, view.length());
      this.quotes = QuoteFinder.find(tv, sentences);
      this.usesDouble = view.indexOf('"') >= 0;
      this.claimed = new boolean[sentences.length];
      this.scare = new boolean[sentences.length];
      for (Quote q : quotes) inQuote.set(q.contentStart, q.contentEnd);
    }

    List<Statement> run() {
      int qi = 0;
      int si = 0;
      boolean interview = isInterview();
      boolean questionSeen = false, answering = false;
      for (int p = 0; p < tv.paragraphCount(); p++) {
        int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
        String para = view.substring(ps, pe);
        speakers.paragraph(ps);
        int firstSentence = si;
        while (si < sentences.length && sentences[si][0] < pe) si++;
        if (interview) {
          Matcher qa = QA_LABEL.matcher(para);
          boolean labelled = qa.find();
          if (labelled && qa.group(1).equals("Q")) { questionSeen = true; answering = false; }
          else if (questionSeen && interviewee != null && (labelled || answering && p < lastQuestion)) {
            answer(p, labelled ? qa.end() : 0, labelled);
            answering = true;
            for (int k = firstSentence; k < si; k++) claimed[k] = true;
            while (qi < quotes.size() && quotes.get(qi).open < pe) qi++;
            continue;
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
        for (int k = firstSentence; k < si; k++) {
          int ss = sentences[k][0], se = sentences[k][1];
          int lo = tokens.indexFrom(ss), hi = tokens.indexFrom(se);
          speakers.sentence(ss);
          SentenceSubject subject = observeNames(lo, hi);
          if (interview && !questionSeen && interviewee == null) interviewee(lo, hi);
          while (qi < quotes.size() && quotes.get(qi).open < se) {
            quote(quotes.get(qi), k, p);
            qi++;
          }
          if (!claimed[k]) indirect(k, p, lo, hi);
          resolvePending(k, p);
          if (!claimed[k] && boilerplate.match(view.substring(ss, se)) == null) {
            Statement s = statement(Statement.NARRATIVE, ss, se, k, p);
            outlet(s, outlet, scare[k] ? "scare quote" : null);
            quoteLast = false;
          }
          // "Back in Ras al-Ain, a teenage fighter ... summed up the mood.": "he" in a later sentence
          if (subject != null) speakers.observeSubject(subject.mention, subject.mention.start);
        }
      }
      out.sort(Comparator.comparingInt((Statement s) -> s.start).thenComparingInt(s -> kindOrder(s.kind)).thenComparingInt(s -> s.end));
      return out;
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

    /** Registers the names of a sentence; returns a subject found after an opening phrase, to be observed once the sentence is done. */
    private SentenceSubject observeNames(int lo, int hi) {
      SentenceSubject later = null;
      Mention subject = parser.forward(tokens, lo, hi, text);
      if (subject != null && subject.kind == Mention.Kind.NAME && subject.conjuncts.isEmpty() && !SentenceSubject.opensWithAdverbial(tokens, lo, hi)) {
        speakers.observeSubject(subject, tokens.start(lo));
      }
      else {
        later = SentenceSubject.find(tokens, parser, descriptors, cues, text, lo, hi, false);
      }
      for (int i = lo; i < hi; i++) {
        if (!tokens.isWord(i) || !tokens.isCapitalized(i)) continue;
        if (i + 1 < hi && tokens.isWord(i + 1) && tokens.isCapitalized(i + 1)) continue;
        Mention m = parser.backward(tokens, lo, i, text);
        if (m != null) speakers.observe(m, tokens.start(i));
      }
      return later;
    }

    /** The person a Q&A interview is with: the first person named as a sentence's subject before the first question. */
    Mention interviewee;
    Speaker intervieweeSpeaker;
    int answerCueStart = -1, answerCueEnd = -1;

    /** The last paragraph that asks ("Q:"): unlabelled paragraphs after the last answer are the outlet's again. */
    int lastQuestion = -1;

    /** At least two paragraphs open with "Q:" and two with "A:". */
    private boolean isInterview() {
      int q = 0, a = 0;
      for (int p = 0; p < tv.paragraphCount(); p++) {
        Matcher m = QA_LABEL.matcher(view.substring(tv.paragraphStart(p), Math.min(tv.paragraphEnd(p), tv.paragraphStart(p) + 4)));
        if (!m.find()) continue;
        if (m.group(1).equals("Q")) { q++; lastQuestion = p; }
        else a++;
      }
      return q >= 2 && a >= 2;
    }

    private void interviewee(int lo, int hi) {
      Mention m = parser.forward(tokens, lo, hi, text);
      if (m == null || m.kind != Mention.Kind.NAME || !m.conjuncts.isEmpty()) return;
      ArticleSpeakers.Resolution r = speakers.resolve(m, m.start);
      if (r == null || !Speaker.PERSON.equals(r.speaker.type) || r.speaker.plural) return;
      interviewee = m;
      intervieweeSpeaker = r.speaker;
    }

    /**
     * An answer of a Q&A interview: the paragraph after its "A:" label ({@code from} characters in), or a
     * further paragraph of the same answer before the next question (after the last answer only its
     * labelled paragraph); a direct statement of the interviewee ({@code interview-answer}).
     */
    private void answer(int p, int from, boolean labelled) {
      int ps = tv.paragraphStart(p), pe = tv.paragraphEnd(p);
      if (labelled) {
        answerCueStart = ps;
        answerCueEnd = ps + 2;
      }
      if (ps + from >= pe) return;
      Statement s = statement(Statement.DIRECT, ps + from, pe, Sentences.indexAt(sentences, ps + from), p);
      set(s, intervieweeSpeaker, labelled ? Statement.EXPLICIT : Statement.CONTINUATION, view.substring(answerCueStart, answerCueEnd).toLowerCase(java.util.Locale.ROOT), RuleNames.INTERVIEW_ANSWER);
      spans(s, answerCueStart, answerCueEnd, interviewee);
      quoteLast = true;
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
      boolean opensParagraph = q.open <= tv.paragraphStart(p) + 1;
      Speaker prev = (samePara || (lastQuoteParagraph == p - 1 && opensParagraph && quoteLast)) ? lastQuoteSpeaker : null;
      QuoteContext c = new QuoteContext(text, tokens, parser, cues, headLo, headHi, tailLo, tailHi, prevLo, prevHi, prev, lastQuoteCue);

      String content = view.substring(q.contentStart, q.contentEnd);
      boolean cap = startsCapitalized(content);
      boolean headEmpty = c.headEmpty();
      boolean tailEmpty = true;
      for (int i = tailLo; i < tailHi; i++) if (tokens.isWord(i)) { tailEmpty = false; break; }
      Attribution tail = quoteRules.trailing.attribute(c);
      boolean term = isTermQuote(headLo, headHi, content, headEmpty);
      boolean scareSingle = q.single && usesDouble;
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
      } else {
        s.sieve = RuleNames.NONE;
      }
      if (direct && sp != null && tail != null && a == tail) participleAfterQuote(tailLo, tailHi, s, k, p);
      if (direct) {
        directEnd = q.after();
        for (int i = k; i <= closeSentence && i < claimed.length; i++) claimed[i] = true;
        lastQuoteSpeaker = sp;
        lastQuoteCue = a == null ? null : a.cue;
        lastQuoteSpans(s);
        lastQuoteParagraph = q.continues ? p + 1 : p;
        quoteLast = sp != null;
        if (q.continues) lastQuoteParagraph = p; // the next paragraph reopens: continuation from p
      }
    }

    /** {@code "…," Zarif said in Tehran, adding that Iran was ready to mediate.}: the clause is reported speech too. */
    private void participleAfterQuote(int tailLo, int tailHi, Statement quote, int k, int p) {
      for (int x = tailLo; x + 1 < tailHi && x < tailLo + 20; x++) {
        if (!tokens.text(x).equals(",") || inQuote.get(tokens.start(x))) continue;
        if (!cueStarts(x + 1, tailHi) || !tokens.lower(x + 1).endsWith("ing")) continue;
        CueLexicon.Cue part = cues.at(tokens, x + 1, tailHi);
        int j = contentStart(part, x + 1, tailHi);
        if (j < 0) return;
        int[] split = nextCue(j, tailHi);
        int end = split == null ? tokens.end(tailHi - 1) : tokens.start(split[0]);
        if (words(tokens.start(j), end) < 2) return;
        Statement s2 = statement(Statement.INDIRECT, tokens.start(j), end, k, p);
        s2.speakerFrom(quote);
        s2.cue = part.text;
        s2.cueStart = part.start;
        s2.cueEnd = part.end;
        s2.sieve = RuleNames.PARTICIPLE_AFTER_ATTRIBUTION;
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
      String[] words = c.split("\\s+");
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

    /** Whether token {@code j} (before {@code hi}) starts a name or a determined phrase: "Reuters", "the ministry", "a statement". */
    private boolean namedOrDetermined(int j, int hi) {
      if (j >= hi || !tokens.isWord(j)) return false;
      return Character.isUpperCase(tokens.first(j)) || MentionParser.DETERMINERS.contains(tokens.lower(j));
    }

    /** Reported speech in a sentence with no direct quote: according to X, SUBJ CUE (that) CLAUSE, CLAUSE, SUBJ CUE. */
    private void indirect(int k, int p, int lo, int hi) {
      int se = sentences[k][1];
      // reported speech only in real sentences: a headline or a line ending in ':' is not one
      char last = view.charAt(se - 1);
      if (".!?\"')\u2026".indexOf(last) < 0) return;
      // according to X
      for (int i = lo; i < hi; i++) {
        if (inQuote.get(tokens.start(i))) continue;
        CueLexicon.Cue cue = cues.at(tokens, i, hi);
        if (cue == null || !cue.role.equals(CueLexicon.SOURCE)) continue;
        // a one-word source cue is also a preposition ("per the ministry" / "barrels per day"):
        // it names a source only before a capitalised word or a determiner
        if (cue.length == 1 && !namedOrDetermined(i + 1, hi)) continue;
        Mention m = parser.source(tokens, i + cue.length, hi, text);
        if (m == null && i > lo + 2) m = looseSource(i + cue.length, hi); // "according to figures published by the ministry."
        // the source opens the sentence, after at most a mark or one word and its comma ("Meanwhile, according to")
        boolean opens = i == lo || (i == lo + 1 && !tokens.isWord(lo)) || openingWordAndComma(lo, i);
        if (m == null && opens) m = sourceBy(i + cue.length, hi); // "According to data compiled by X, ..."
        if (m == null) continue;
        int after = Grammar.after(tokens, m);
        int a, b;
        if (opens) {
          a = after;
          while (a < hi && !tokens.isWord(a) && tokens.first(a) != '"') a++;
          if (a >= hi) continue;
          if (!emit(k, p, tokens.start(a), se, m, cue, RuleNames.ACCORDING_TO, i)) continue;
          return;
        }
        // "according to Rosstat, the state statistics agency.": an appositive to the end
        if (m.appositive != null && m.appositive.end > m.end) {
          boolean toEnd = true;
          for (int x = tokens.indexFrom(m.appositive.end); x < hi; x++) if (tokens.isWord(x)) { toEnd = false; break; }
          if (toEnd) after = hi;
        }
        // "according to X." or "according to X from the ministry." or "according to NHS figures seen by the Mail."
        int rest = 0;
        boolean clause = false;
        boolean verb = false;
        for (int j = after; j < hi; j++) {
          if (tokens.isWord(j)) rest++;
          if (AUX.contains(tokens.lower(j))) verb = true;
          if ((tokens.text(j).equals(",") && j > after) || tokens.lower(j).equals("that") || tokens.first(j) == '"' || cueStarts(j, hi)) clause = true;
        }
        // "according to the United Nations, in the largest exodus of the war.": a comma, then a phrase with no verb
        int pp = after < hi && tokens.text(after).equals(",") ? after + 1 : after;
        boolean atEnd = rest == 0 || (rest <= 6 && pp < hi && PREPOSITIONS.contains(tokens.lower(pp)))
            || (!clause && !verb && pp == after && rest <= 12);
        if (!atEnd) continue;
        b = i;
        while (b > lo && !tokens.isWord(b - 1) && tokens.first(b - 1) != '"' && tokens.first(b - 1) != ')') b--;
        if (b <= lo) continue;
        if (emit(k, p, tokens.start(lo), tokens.end(b - 1), m, cue, RuleNames.CLAUSE_ACCORDING_TO, i)) {
          nested(k, p, lo, b, out.get(out.size() - 1));
          return;
        }
      }
      // CLAUSE, SUBJ CUE [time], (adding that CLAUSE2)   /   CLAUSE, CUE SUBJ.
      if (inverted(k, p, lo, hi)) return;
      // SUBJ CUE (obj) (that) CLAUSE
      subjectCueClause(k, p, lo, hi, se);
    }

    /**
     * {@code SUBJ CUE (obj) (that) CLAUSE} within tokens [lo, hi), the statement ending at {@code end}:
     * speech cues ("said", "told reporters that"), cues with a content rule of their own ("urged X to",
     * "called for N", "pledged to", "accused X of", {@link #contentStart}), and "X was quoted by Y as
     * saying" / "Y quoted X as saying" ({@code quoted-as-saying}). A second cue of the same subject in
     * the content ("..., adding that", "... and urged X to") reports a second statement ({@link #emitChain}).
     */
    private boolean subjectCueClause(int k, int p, int lo, int hi, int end) {
      for (int i = lo; i < hi; i++) {
        if (inQuote.get(tokens.start(i))) continue;
        CueLexicon.Cue cue = cues.at(tokens, i, hi);
        if (cue == null) continue;
        if (cue.role.equals(CueLexicon.QUOTED)) {
          if (quotedAsSaying(k, p, lo, hi, end, i, cue)) return true;
          continue;
        }
        if (!(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT) || cue.reports())) continue;
        if (cue.role.equals(CueLexicon.THREAT)) continue; // "Tensions threatened to ...": only after another cue
        Mention subj = Grammar.speakerOfCue(tokens, parser, text, lo, i);
        if (subj == null) continue;
        // a phrase with an unlisted head speaks only with "said"-like cues: "The peace plan calls for ..." reports nothing
        if (subj.kind == Mention.Kind.DESCRIPTOR && descriptors.head(subj.head) == null && descriptors.title(subj.head) == null
            && !(cue.role.equals(CueLexicon.SPEECH) || cue.role.equals(CueLexicon.THAT))) continue;
        int j = contentStart(cue, i, hi);
        if (j < 0) continue;
        if (emitChain(k, p, j, hi, end, subj, cue, RuleNames.SUBJECT_CUE_CLAUSE, i)) return true;
      }
      return false;
    }

    /**
     * Where the reported content of the cue at token {@code i} starts (a token index), or -1 when the
     * cue reports nothing here ("denied the claims" is content, "urged restraint" is not, "said on
     * Tuesday" alone is not).
     */
    private int contentStart(CueLexicon.Cue cue, int i, int hi) {
      int j = Grammar.skipForward(tokens, i + cue.length, hi);
      if (j >= hi) return -1;
      switch (cue.role) {
        case CueLexicon.URGE:
        case CueLexicon.ACCUSE: {
          if (tokens.lower(j).equals("that")) return clauseStart(j + 1, hi, true);
          String marker = cue.role.equals(CueLexicon.URGE) ? "to" : "of";
          if (!tokens.isWord(j) && tokens.first(j) != '"' && tokens.first(j) != '\'') return -1;
          for (int x = j + 1; x < hi && x <= j + 12; x++) {
            if (!tokens.isWord(x) && ",.;:".indexOf(tokens.first(x)) >= 0) return -1;
            if (tokens.lower(x).equals(marker)) return j;
          }
          return -1;
        }
        case CueLexicon.OBJECT: {
          if (tokens.lower(j).equals("that")) return clauseStart(j + 1, hi, true);
          if (!tokens.isWord(j) && tokens.first(j) != '"' && tokens.first(j) != '\'') return -1;
          if (tokens.isWord(j) && OBJECT_STOP.contains(tokens.lower(j))) {
            if (PP_START.contains(tokens.lower(j))) break; // "stressed in a speech last month that ...": as a speech cue
            return -1; // "denied it on Monday", "denied having ...": no object statement
          }
          return j;
        }
        case CueLexicon.COMMIT:
        case CueLexicon.THREAT: {
          if (tokens.lower(j).equals("to") && j + 1 < hi && tokens.isWord(j + 1)) return j;
          if (tokens.lower(j).equals("that")) return clauseStart(j + 1, hi, true);
          return -1;
        }
        default:
          break;
      }
      if (TELL.contains(cue.text)) {
        Mention obj = parser.forward(tokens, j, hi, text);
        if (obj != null) j = Grammar.after(tokens, obj);
        else if (j < hi && tokens.isWord(j) && !tokens.lower(j).equals("that")) j++; // "told reporters"
      }
      // an aside between the cue and "that": "reported, without citing sources, that"
      if (j < hi && tokens.text(j).equals(",")) {
        int x = j + 1;
        while (x < hi && x <= j + 8 && tokens.isWord(x)) x++;
        if (x > j + 1 && x + 1 < hi && tokens.text(x).equals(",") && tokens.lower(x + 1).equals("that")) j = x + 1;
      }
      // "that" right here, or after a prepositional phrase ("said in a statement that")
      boolean that = false;
      if (j < hi && tokens.lower(j).equals("that")) { j++; that = true; }
      else if (j < hi && (PP_START.contains(tokens.lower(j)) || TIME.contains(tokens.lower(j)) || ADVERBIAL_START.contains(tokens.lower(j)))) {
        // "said in an interview with an Arabic-language channel that", "told Reuters a few days later that"
        boolean article = tokens.lower(j).equals("a");
        for (int x = j + 1; x < hi && x < j + 10; x++) {
          if (tokens.text(x).equals(",") || tokens.first(x) == '"' || (AUX.contains(tokens.lower(x)) && !tokens.isCapitalized(x))) break;
          if (tokens.lower(x).equals("that")) {
            if (!article || tokens.lower(x - 1).equals("later") || tokens.lower(x - 1).equals("ago")) { j = x + 1; that = true; }
            break;
          }
          if (article && x >= j + 4) break; // "a few days later": a short time phrase only
        }
      }
      // "said in a statement he was deeply alarmed": a short phrase, then a clause opening with a subject pronoun
      if (!that && j < hi && PP_START.contains(tokens.lower(j))) {
        for (int x = j + 1; x < hi && x <= j + 5; x++) {
          if (!tokens.isWord(x)) break;
          if (SUBJECT_PRONOUNS.contains(tokens.lower(x)) && !PREPOSITIONS.contains(tokens.lower(x - 1)) && finiteClause(x, hi)) { j = x; break; }
        }
      }
      if (!that && cue.role.equals(CueLexicon.THAT)) return -1;
      return clauseStart(j, hi, that);
    }

    /**
     * The source of "According to ..., clause" when it is no plain speaker phrase: "data compiled by the
     * Human Rights Association," (the body after "by"), "a spreadsheet dated January 2023," (the phrase up
     * to its comma); null when a verb, "that" or a cue comes first.
     */
    private Mention sourceBy(int a, int hi) {
      for (int x = a; x < hi && x < a + 10; x++) {
        if (tokens.text(x).equals(",")) return x > a ? parser.describe(tokens, a, x, text) : null; // "a spreadsheet dated January 2023,"
        if (!tokens.isWord(x) || AUX.contains(tokens.lower(x)) || tokens.lower(x).equals("that") || cueStarts(x, hi)) return null;
        if (!tokens.lower(x).equals("by") || x == a) continue;
        Mention m = parser.forward(tokens, x + 1, hi, text);
        if (m == null) return null;
        int e = Grammar.after(tokens, m);
        return e < hi && tokens.text(e).equals(",") ? m : null;
      }
      return null;
    }

    /** The whole phrase from token {@code a} to the sentence end as a source, when it is no clause ("figures published by ..."). */
    private Mention looseSource(int a, int hi) {
      int b = hi;
      while (b > a && !tokens.isWord(b - 1)) b--;
      if (b <= a || b - a > 12) return null;
      for (int x = a; x < b; x++) {
        if (!tokens.isWord(x) || tokens.lower(x).equals("that") || cueStarts(x, hi) || AUX.contains(tokens.lower(x))) return null;
      }
      return parser.describe(tokens, a, b, text);
    }

    /** The start of a reported clause at {@code j}, or -1 when what follows is no clause ("said on Tuesday", a quote). */
    private int clauseStart(int j, int hi, boolean that) {
      // after "that" the clause starts at once: "that not a single piece of evidence", "that it never"
      if (!that) j = Grammar.skipForward(tokens, j, hi);
      if (j < hi && tokens.text(j).equals(",")) j++;
      // after "that" a clause may open with a quoted word: 'said that "militants" had violated'
      if (that && j + 1 < hi && (tokens.first(j) == '"' || tokens.first(j) == '\'') && tokens.isWord(j + 1)) return j;
      if (j >= hi || tokens.first(j) == '"' || tokens.first(j) == '\'') return -1;
      if (!tokens.isWord(j)) return -1;
      String w = tokens.lower(j);
      if (!that && BAD_CLAUSE_START.contains(w) && !(ARTICLES.contains(w) && finiteVerbSoon(j, hi))
          && !((w.equals("at") || w.equals("about") || w.equals("up")) && j + 1 < hi && (tokens.lower(j + 1).equals("least")
              || tokens.lower(j + 1).equals("most") || Character.isDigit(tokens.first(j + 1))))) return -1;
      if (w.equals("not") && !that) return -1; // "asking not to be named"
      return j;
    }

    /** {@code X was quoted by Y as saying (that) ...} (X speaks), {@code Y quoted X as saying ...} (X speaks). */
    private boolean quotedAsSaying(int k, int p, int lo, int hi, int end, int i, CueLexicon.Cue cue) {
      Mention speaker;
      int j = i + cue.length;
      int aux = i - 1;
      while (aux >= lo && Grammar.skippable(tokens, aux) && !PASSIVE.contains(tokens.lower(aux))) aux--;
      if (aux >= lo && PASSIVE.contains(tokens.lower(aux)) && j < hi && tokens.lower(j).equals("by")) {
        int s0 = aux;
        while (s0 - 1 >= lo && Grammar.skippable(tokens, s0 - 1)) s0--;
        speaker = Grammar.speakerOfCue(tokens, parser, text, lo, s0);
        Mention medium = parser.forward(tokens, j + 1, hi, text);
        if (medium == null) return false;
        j = Grammar.after(tokens, medium);
      } else {
        if (Grammar.speakerOfCue(tokens, parser, text, lo, i) == null) return false; // the medium quotes: "Al-Watan quoted a source"
        speaker = parser.forward(tokens, j, hi, text);
        if (speaker == null) return false;
        j = Grammar.after(tokens, speaker);
      }
      if (speaker == null || j + 1 >= hi || !tokens.lower(j).equals("as") || !tokens.lower(j + 1).startsWith("say")) return false;
      int c = clauseStart(j + 2, hi, false);
      if (c >= 0 && tokens.lower(c).equals("that")) c = clauseStart(c + 1, hi, true);
      if (c < 0) return false;
      CueLexicon.Cue saying = cues.at(tokens, j + 1, hi);
      return emitChain(k, p, c, hi, end, speaker, saying != null ? saying : cue, RuleNames.QUOTED_AS_SAYING, i);
    }

    /**
     * Emits the content from token {@code c} to {@code end} for {@code subj}, cut where a second cue of the
     * same subject starts: a participle after a comma (", adding that ...", ", warning of ...", ", urging X
     * to ...") or a verb after "and"/"but" with no subject of its own ("... and urged Moscow to ...",
     * "... but warned against ..."). Each further content is its own statement with the same speaker
     * ({@code participle-after-attribution} / {@code coordinated-cue}). Linear: the scan only moves forward.
     */
    private boolean emitChain(int k, int p, int c, int hi, int end, Mention subj, CueLexicon.Cue cue, String sieve, int cueToken) {
      Statement first = null;
      String rule = sieve;
      while (true) {
        int[] split = nextCue(c, hi);
        int that = nextThat(c, split == null ? hi : split[0]);
        // a participle ends the content before it; after "and"/"but" the content stays whole (the older gold
        // keeps "said A and called on B to C" as one statement) and the second cue adds its own
        int stop = split == null || !tokens.text(split[0]).equals(",") || !tokens.lower(split[1]).endsWith("ing") ? end : tokens.start(split[0]);
        // "said A and that B": two complement clauses of one cue are two statements
        if (that >= 0) stop = tokens.start(that > c && tokens.text(that - 1).equals(",") ? that - 1 : that);
        int min = cue.role.equals(CueLexicon.OBJECT) ? 2 : 3;
        if (first == null) {
          if (!emit(k, p, tokens.start(c), stop, subj, cue, sieve, cueToken, min)) return false;
          first = out.get(out.size() - 1);
        } else if (words(tokens.start(c), stop) >= min) {
          Statement s2 = statement(Statement.INDIRECT, tokens.start(c), stop, k, p);
          s2.speakerFrom(first);
          s2.cue = cue.text;
          s2.cueStart = cue.start;
          s2.cueEnd = cue.end;
          s2.sieve = rule;
          claimPartials(s2);
        }
        if (that >= 0) {
          c = clauseStart(that + 2, hi, true);
          if (c < 0) return true;
          rule = RuleNames.COORDINATED_CUE;
          continue;
        }
        if (split == null) return true;
        cue = cues.at(tokens, split[1], hi);
        rule = tokens.lower(split[1]).endsWith("ing") ? RuleNames.PARTICIPLE_AFTER_ATTRIBUTION : RuleNames.COORDINATED_CUE;
        c = contentStart(cue, split[1], hi);
        if (c < 0) return true;
      }
    }

    /**
     * The token of "and"/"but" that coordinates a second "that" clause of the same cue after token {@code c}
     * and before {@code hi} ("said A(,) and that B"), outside quotes; -1 if none.
     */
    private int nextThat(int c, int hi) {
      for (int x = c + 1; x + 2 < hi; x++) {
        if (inQuote.get(tokens.start(x))) continue;
        String w = tokens.lower(x);
        if ((w.equals("and") || w.equals("but")) && tokens.lower(x + 1).equals("that") && clauseStart(x + 2, hi, true) >= 0) return x;
      }
      return -1;
    }

    /** The next split {token where the content ends, cue token} after token {@code c}, or null. */
    private int[] nextCue(int c, int hi) {
      for (int x = c + 1; x + 1 < hi; x++) {
        if (inQuote.get(tokens.start(x))) continue;
        String w = tokens.text(x);
        boolean comma = w.equals(",");
        boolean conj = tokens.lower(x).equals("and") || tokens.lower(x).equals("but");
        if (!comma && !conj) continue;
        int y = x + 1;
        if (comma && y < hi && (tokens.lower(y).equals("and") || tokens.lower(y).equals("but"))) { conj = true; y++; }
        while (y < hi && y < x + 4 && Grammar.skippable(tokens, y) && !cueStarts(y, hi)) y++;
        if (y >= hi || !cueStarts(y, hi)) continue;
        boolean participle = tokens.lower(y).endsWith("ing");
        if (participle ? !(comma || conj) : !conj) continue;
        return new int[] {x, y};
      }
      return null;
    }

    private boolean cueStarts(int y, int hi) {
      CueLexicon.Cue c = cues.at(tokens, y, hi);
      return c != null && (c.role.equals(CueLexicon.SPEECH) || c.role.equals(CueLexicon.THAT) || c.reports());
    }

    private int words(int a, int b) {
      int n = 0;
      for (int i = tokens.indexFrom(a); i < tokens.size() && tokens.start(i) < b; i++) if (tokens.isWord(i)) n++;
      return n;
    }

    /** Quoted fragments inside reported speech belong to its reporter (only this sentence's statements, at the end of the list, are read). */
    private void claimPartials(Statement s) {
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
     * Attribution after the reported clause: "Turkey will not withdraw, President Erdogan said on
     * Tuesday, adding that ..." / "The ceasefire is fragile, said the envoy." The earliest comma
     * followed by such an attribution (and then the sentence end or a comma) wins; a participle cue
     * after it ("adding that ...") reports a second clause by the same speaker.
     */
    private boolean inverted(int k, int p, int lo, int hi) {
      int se = sentences[k][1];
      for (int c = lo + 1; c < hi && c < lo + 400; c++) {
        if (!tokens.text(c).equals(",") || inQuote.get(tokens.start(c))) continue;
        boolean shortHead = c < lo + 3; // "But, he admitted, ...": only a parenthetical attribution
        int i = c + 1;
        Mention m = null;
        CueLexicon.Cue cue = Grammar.speechCue(cues, tokens, i, hi);
        int after;
        if (cue != null) {
          // ", told Israeli radio that ...": after "told" comes the listener, never an inverted speaker
          if (LISTENER_CUES.contains(cue.text)) continue;
          int f = Grammar.skipForward(tokens, i + cue.length, hi);
          m = parser.forward(tokens, f, hi, text);
          if (m == null && cue.role.equals(CueLexicon.SPEECH)) m = looseAtEnd(f, hi); // ", said the authors."
          if (m == null) continue;
          after = Grammar.after(tokens, m);
          if (after < hi && tokens.lower(after).equals("that")) continue; // a reported clause follows: no inversion
        } else {
          m = parser.forward(tokens, i, hi, text);
          int ma = m == null ? -1 : Grammar.after(tokens, m);
          // ", Ibrahim Kalin, the presidential spokesman, told ...": past the appositive and its comma
          if (m != null && m.appositive != null && m.appositive.end > m.end) {
            int ae = tokens.indexFrom(m.appositive.end);
            if (ae < hi && tokens.text(ae).equals(",")) ma = ae + 1;
          }
          int j = m == null ? -1 : Grammar.skipForward(tokens, ma, hi);
          cue = j < 0 ? null : Grammar.speechCue(cues, tokens, j, hi);
          // ", Turkey's coast guard said", ", the authors found": a head no list has, right before the cue
          for (int b = i + 2; cue == null && b <= i + 4 && b < hi; b++) {
            Mention l = parser.loose(tokens, i, b, text);
            if (l == null) continue;
            j = b;
            cue = Grammar.speechCue(cues, tokens, j, hi);
            if (cue != null) m = l;
          }
          if (cue == null) continue;
          after = j + cue.length;
        }
        // ", a senior official told AFP that ...": a reported clause follows the listener, no inversion
        if (TELL.contains(cue.text) && thatSoon(after, hi)) continue;
        // ", Miller told reporters at the daily briefing on Tuesday, but ...": the listener, then the adjunct
        if (TELL.contains(cue.text) && after < hi && tokens.isWord(after)) {
          Mention listener = parser.forward(tokens, after, hi, text);
          int la = listener != null ? Grammar.after(tokens, listener) : after + 1;
          if (la < hi && ADJUNCT_START.contains(tokens.lower(la))) after = la;
        }
        // the attribution ends the sentence or is followed by a comma within a few words ("on Tuesday"),
        // or by an adjunct to the end ("said following talks in the Kremlin on Thursday", "said on Wednesday at the opening of ...")
        int x = after, words = 0;
        while (x < hi && !tokens.text(x).equals(",") && words <= 6) { if (tokens.isWord(x)) words++; x++; }
        boolean endsHere = x >= hi || (x < hi && tokens.text(x).equals(","));
        if ((!endsHere || words > 6) && after < hi && ADJUNCT_START.contains(tokens.lower(after))) {
          int y = after;
          while (y < hi && !tokens.text(y).equals(",") && !tokens.lower(y).equals("that") && tokens.first(y) != '"' && !cueStarts(y, hi)) y++;
          if (y >= hi || tokens.text(y).equals(",")) { x = y; endsHere = true; words = 0; }
        }
        if (!endsHere || words > 6) continue;
        // what follows the attribution is a time or place phrase, not a clause of its own
        if (after < hi && tokens.isWord(after) && !PP_START.contains(tokens.lower(after)) && !TIME.contains(tokens.lower(after))
            && !ADJUNCT_START.contains(tokens.lower(after)) && !TELL.contains(cue.text)) continue;
        // "..., they added." / "..., it said.": the pronoun must find its speaker (emit drops it otherwise)
        if (m.kind == Mention.Kind.PRONOUN && !PRONOUN_SPEAKERS.contains(m.surface.toLowerCase(Locale.ROOT))) continue;
        if (tokens.first(lo) == '"' || tokens.first(lo) == '\'') return false;
        // a parenthetical attribution: "The figures, he argued, did not reflect ...", "But, he admitted, Syria had ..."
        if (x + 1 < hi && tokens.text(x).equals(",") && !tokens.lower(x + 1).equals("but") && !cueStarts(x + 1, hi)
            && parentheticalRest(x + 1, hi)) {
          boolean before = words(tokens.start(lo), tokens.end(c - 1)) >= 3;
          return emit(k, p, before ? tokens.start(lo) : tokens.start(x + 1), se, m, cue, RuleNames.CLAUSE_SUBJECT_CUE, c);
        }
        if (shortHead) continue;
        if (!emit(k, p, tokens.start(lo), tokens.end(c - 1), m, cue, RuleNames.CLAUSE_SUBJECT_CUE, c)) return false;
        Statement first = out.get(out.size() - 1);
        // nested: "Erdogan said Turkey would respond ..., the Kremlin said": the inner attribution is a statement too
        nested(k, p, lo, c, first);
        // ", but CLAUSE2": "Ankara would share what it learns, Uraloglu said, but it was too early to assign blame"
        if (x + 2 < hi && tokens.text(x).equals(",") && tokens.lower(x + 1).equals("but") && finiteClause(x + 2, hi)) {
          Statement s2 = statement(Statement.INDIRECT, tokens.start(x + 2), se, k, p);
          s2.speakerFrom(first);
          s2.cueFrom(first);
          s2.sieve = RuleNames.CLAUSE_AFTER_ATTRIBUTION;
          claimPartials(s2);
          return true;
        }
        // ", adding that CLAUSE2", ", warning of ...", ", urging X to ..."
        if (x < hi && tokens.text(x).equals(",")) {
          CueLexicon.Cue part = cues.at(tokens, x + 1, hi);
          if (part != null && cueStarts(x + 1, hi) && tokens.lower(x + 1).endsWith("ing")) {
            int j = contentStart(part, x + 1, hi);
            if (j >= 0) {
              int[] split = nextCue(j, hi);
              Statement s2 = statement(Statement.INDIRECT, tokens.start(j), split == null ? se : tokens.start(split[0]), k, p);
              s2.speakerFrom(first);
              s2.cue = part.text;
              s2.cueStart = part.start;
              s2.cueEnd = part.end;
              s2.sieve = RuleNames.PARTICIPLE_AFTER_ATTRIBUTION;
              claimPartials(s2);
            }
          }
        }
        return true;
      }
      return false;
    }

    /**
     * An attribution inside a statement already attributed to another source ("Mr. Putin told his guest that
     * ..., according to a transcript released by the Kremlin"; "the Turkish leader told reporters that ...,
     * the state broadcaster TRT reported"): the inner speaker's clause is a statement too.
     */
    private void nested(int k, int p, int lo, int hiExclusive, Statement outer) {
      int before = out.size();
      Speaker ls = lastQuoteSpeaker;
      String lc = lastQuoteCue;
      int[] spans = {lastQuoteCueStart, lastQuoteCueEnd, lastQuoteSpeakerStart, lastQuoteSpeakerEnd};
      int lp = lastQuoteParagraph;
      boolean ql = quoteLast;
      if (!subjectCueClause(k, p, lo, hiExclusive, tokens.end(hiExclusive - 1))) return;
      // the outer source stays the latest speaker
      lastQuoteSpeaker = ls; lastQuoteCue = lc; lastQuoteParagraph = lp; quoteLast = ql;
      lastQuoteCueStart = spans[0]; lastQuoteCueEnd = spans[1]; lastQuoteSpeakerStart = spans[2]; lastQuoteSpeakerEnd = spans[3];
      for (int i = before; i < out.size(); i++) {
        Statement s = out.get(i);
        if (s.start == outer.start && s.end == outer.end) { out.remove(i); break; } // same span: the outer one stays
      }
    }

    /**
     * Resolves a speaker phrase; a pronoun first looks for a compatible subject opening its own
     * sentence ("The Russian military had no comment, but it denied that ..." → the military;
     * "Opposition activists said ... that they said ..." → the activists), then at earlier speakers.
     */
    private ArticleSpeakers.Resolution resolve(Mention m, int sentenceLo, int sentenceHi, int pos) {
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

    /** "Meanwhile, according to ...": one opening word and its comma before token {@code i}. */
    private boolean openingWordAndComma(int lo, int i) {
      return i == lo + 2 && tokens.isWord(lo) && tokens.text(lo + 1).equals(",");
    }

    /** "that" within the six tokens at token {@code a}, before any comma ("told AFP that", "told the BBC on Sunday that"). */
    private boolean thatSoon(int a, int hi) {
      for (int x = a; x < hi && x < a + 6; x++) {
        if (tokens.lower(x).equals("that")) return true;
        if (tokens.text(x).equals(",")) return false;
      }
      return false;
    }

    /** A phrase with a head no list has, from token {@code a} to the sentence's end: ", said the authors." */
    private Mention looseAtEnd(int a, int hi) {
      int b = hi;
      while (b > a && !tokens.isWord(b - 1)) b--;
      return parser.loose(tokens, a, b, text);
    }

    /**
     * What follows a parenthetical attribution: the rest of the broken clause, a verb phrase ("did not
     * reflect ...") or a clause ("Syria currently had no means ..."), with an auxiliary or a past-tense verb
     * in its first words and no cue.
     */
    private boolean parentheticalRest(int j, int hi) {
      if (j >= hi || !tokens.isWord(j) || tokens.lower(j).endsWith("ing") || PP_START.contains(tokens.lower(j))) return false;
      for (int x = j; x < hi && x <= j + 5; x++) {
        if (!tokens.isWord(x) || cueStarts(x, hi)) return false;
        if (AUX.contains(tokens.lower(x)) || DO_FORMS.contains(tokens.lower(x))) return true;
      }
      return false;
    }

    /** A clause at token {@code j}: a subject (a pronoun or a phrase of a few words) and an auxiliary or a verb soon after. */
    private boolean finiteClause(int j, int hi) {
      if (j >= hi || !tokens.isWord(j) || cueStarts(j, hi)) return false;
      for (int x = j + 1; x < hi && x <= j + 6; x++) {
        if (!tokens.isWord(x)) return false;
        if (AUX.contains(tokens.lower(x))) return true;
      }
      return false;
    }

    /** "a cease-fire would begin": an auxiliary within twelve tokens, before any comma, makes an article-initial clause. */
    private boolean finiteVerbSoon(int j, int hi) {
      // "said a ground operation against Kurdish militants in northern Syria could begin": up to 12 words, no comma
      for (int x = j + 1; x < hi && x <= j + 12; x++) {
        if (tokens.text(x).equals(",") || tokens.text(x).equals(".")) return false;
        if (AUX.contains(tokens.lower(x)) && !tokens.isCapitalized(x)) return true;
      }
      return false;
    }

    private boolean emit(int k, int p, int a, int b, Mention m, CueLexicon.Cue cue, String sieve, int cueToken) {
      return emit(k, p, a, b, m, cue, sieve, cueToken, 3);
    }

    private boolean emit(int k, int p, int a, int b, Mention m, CueLexicon.Cue cue, String sieve, int cueToken, int minWords) {
      if (words(a, b) < minWords) return false;
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
          set(q, r.speaker, r.coreference ? Statement.COREFERENCE : Statement.EXPLICIT, ownCue ? q.cue : cue.text, RuleNames.INSIDE_REPORTED_SPEECH);
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
