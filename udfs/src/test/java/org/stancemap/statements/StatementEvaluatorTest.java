package org.stancemap.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed-gold figures must stay above the floors reached (see README, section statements). */
class StatementEvaluatorTest {
  @Test
  void seedGoldStaysAboveFloors() throws URISyntaxException {
    Path gold = Path.of(getClass().getResource("/seed-gold.jsonl").toURI());
    Path samples = Path.of("..", "data", "samples");
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(gold), samples);
    String report = r.report();
    assertTrue(r.quoteRecall() >= 0.95, report);
    assertTrue(r.quotePrecision() >= 0.9, report);
    assertTrue(r.recall("indirect") >= 0.8, report);
    assertTrue(r.speakerAccuracy() >= 0.9, report);
    assertTrue(r.recall("direct") >= 0.95 && r.recall("partial") >= 0.95, report);
  }

  /** Invented articles in other outlets' styles (wire, British single quotes, hard-wrapped with a post). */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"/heldout/gold.jsonl", "/heldout2/gold.jsonl", "/heldout3/gold.jsonl", "/heldout4/gold.jsonl"})
  void heldOutArticlesStayAboveFloors(String gold) throws URISyntaxException {
    Path dir = Path.of(getClass().getResource(gold).toURI()).getParent();
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(dir.resolve("gold.jsonl")), dir);
    String report = r.report();
    assertTrue(r.quoteRecall() >= 0.95, report);
    assertTrue(r.quotePrecision() >= 0.9, report);
    assertTrue(r.recall("indirect") >= 0.8, report);
    assertTrue(r.speakerAccuracy() >= 0.9, report);
  }

  /**
   * The blind sets, each written by writers who never saw or ran the code, gold committed before any run;
   * each first run and what came after is in docs/statements.md (and docs/heldoutN-*.txt). Every set
   * is a development set once a rule was written against its misses; the floors are the figures after
   * the latest fixes, rounded down, so a change that loses what was reached fails.
   * <ul>
   *   <li>heldout5: 32 articles, 439 gold. First run 0.970 / 1.000 / 0.678 / 0.815 (quoted recall,
   *       precision, indirect recall, speaker accuracy); now 0.985 / 1.000 / 0.966 / 0.972.
   *   <li>heldout6: 30 articles, 539 gold. First run with the issue 13 rules 0.943 / 1.000 / 0.810 /
   *       0.887; now 0.978 / 1.000 / 0.874 / 0.954.
   *   <li>heldout7: 30 articles, 826 gold. First run 0.967 / 0.997 / 0.820 / 0.918; now 0.973 / 0.997 /
   *       0.893 / 0.949.
   *   <li>heldout8: 24 articles, 677 gold. Before this session's fixes 0.916 / 1.000 / 0.672 / 0.837;
   *       first run with them 0.916 / 1.000 / 0.779 / 0.855; then (with interview answers) 0.949 / 1.000 / 0.781 / 0.875;
   *       now (objects inside a subject's modifier, portfolios, heldout9's and heldout10's fixes) 0.949 / 1.000 / 0.789 / 0.898.
   *   <li>heldout9: 24 articles, 729 gold. Before this stop's fixes and first run with them (the same):
   *       0.926 / 0.992 / 0.777 / 0.867; after the fixes from its misses 0.938 / 0.992 / 0.814 / 0.890.
   *   <li>heldout10: 24 articles, 679 gold. Stop 20's code 0.958 / 0.996 / 0.819 / 0.841; first run with this
   *       stop's fixes 0.962 / 0.996 / 0.836 / 0.844; after the fixes from its misses 0.962 / 0.996 / 0.843 / 0.886.
   *   <li>heldout11: 20 articles, 339 gold. Stop 20's code 0.961 / 1.000 / 0.810 / 0.878; first run with this
   *       stop's fixes 0.961 / 1.000 / 0.814 / 0.895.
   *   <li>heldout12: 24 articles, 604 gold. Stop 21's code 0.968 / 1.000 / 0.778 / 0.869; first run with stop
   *       22's fixes (paragraph-wise sentences, unlisted heads, and the rest made against heldout5-11's misses)
   *       0.977 / 1.000 / 0.799 / 0.883; after the fixes from its misses 0.977 / 1.000 / 0.827 / 0.882.
   *   <li>heldout13: 24 articles, 645 gold (71% reported, many of them objects: "welcomed the decision").
   *       Stop 21's code 0.910 / 0.989 / 0.639 / 0.832; first run with stop 22's fixes, heldout12's
   *       included, 0.947 / 0.989 / 0.691 / 0.848 (0.895 with titles ignored in names, as the evaluator now
   *       does); after the fixes from its misses 0.952 / 0.989 / 0.711 / 0.889.
   *   <li>heldout14: 20 articles, 394 gold. Stop 21's code 0.964 / 1.000 / 0.815 / 0.904 (titles compared);
   *       first run with stop 22's fixes, heldout13's included, 0.964 / 1.000 / 0.854 / 0.909 (titles ignored).
   *   <li>heldout15: 20 articles, 556 gold. Stop 22's code 0.995 / 1.000 / 0.836 / 0.934; first run with stop
   *       23's fixes (made against heldout12-14) the same; after the fixes from its misses 0.995 / 1.000 / 0.865 / 0.933.
   *   <li>heldout16: 20 articles, 564 gold. Stop 22's code 0.966 / 1.000 / 0.780 / 0.910; first run with all of
   *       stop 23's fixes (heldout12-15's) 0.966 / 1.000 / 0.838 / 0.918; after the fixes from its misses 0.966 / 1.000 / 0.850 / 0.934.
   *   <li>heldout17: 20 articles, 522 gold. Stop 22's code 0.972 / 0.995 / 0.825 / 0.920; first run with all of
   *       stop 23's fixes (heldout12-16's) 0.972 / 0.995 / 0.867 / 0.926; after the fixes from its misses 0.972 / 0.995 / 0.870 / 0.931.
   *   <li>heldout18: 16 articles, 281 gold. Stop 22's code 1.000 / 1.000 / 0.823 / 0.872; first run with all of
   *       stop 23's fixes (heldout12-17's) 1.000 / 1.000 / 0.874 / 0.876. No fix made from it.
   * </ul>
   * After stop 23's fixes (quoted recall, precision, indirect recall, speaker): heldout5 0.990 / 1.000 / 0.979 /
   * 0.981, heldout6 0.983 / 1.000 / 0.916 / 0.957, heldout7 0.978 / 0.997 / 0.928 / 0.959, heldout8 0.956 /
   * 1.000 / 0.853 / 0.913, heldout9 0.945 / 0.992 / 0.853 / 0.921, heldout10 0.977 / 0.996 / 0.884 / 0.901,
   * heldout11 0.984 / 1.000 / 0.886 / 0.939, heldout12 0.977 / 1.000 / 0.851 / 0.922, heldout13 0.957 /
   * 0.989 / 0.740 / 0.898, heldout14 0.964 / 1.000 / 0.866 / 0.921.
   * After stop 22's fixes the sets 5-11 stand at (quoted recall, precision, indirect recall, speaker):
   * heldout5 0.985 / 1.000 / 0.975 / 0.984, heldout6 0.983 / 1.000 / 0.910 / 0.953, heldout7 0.973 / 0.997 /
   * 0.917 / 0.958, heldout8 0.953 / 1.000 / 0.843 / 0.907, heldout9 0.941 / 0.992 / 0.842 / 0.906, heldout10
   * 0.977 / 0.996 / 0.877 / 0.902, heldout11 0.977 / 1.000 / 0.881 / 0.923.
   * heldout27 and heldout28 (stop 29), first runs 0.973 / 1.000 / 0.928 / 0.929 and 0.971 / 1.000 / 0.833 /
   * 0.894.
   * heldout29-32 (stop 30; docs/heldoutN-first-run.txt), first runs 0.895 / 1.000 / 0.912 / 0.908, 0.924 / 1.000 /
   * 0.894 / 0.919, 0.961 / 1.000 / 0.962 / 0.920 and 0.930 / 1.000 / 0.913 / 0.959; heldout33 and heldout34 (written
   * after heldout29-32's fixes) 0.903 / 1.000 / 0.918 / 0.909 and 0.967 / 0.978 / 0.893 / 0.901; floors from the
   * figures after the fixes their misses showed.
   * heldout35-38 (stop 31), first runs 0.775 / 1.000 / 0.882 / 0.908, 0.915 / 0.934 / 0.819 / 0.883, 0.900 / 1.000 /
   * 0.917 / 0.953 and 0.942 / 1.000 / 0.755 / 0.927; floors from the figures after transcripts were read.
   * heldout39-42 (stop 31, written after heldout35-38's fixes), first runs 0.990 / 1.000 / 0.927 / 0.934, 0.965 /
   * 1.000 / 0.941 / 0.956, 0.598 / 0.993 / 0.840 / 0.829 (a set of transcripts) and 0.951 / 1.000 / 0.931 / 0.944.
   * heldout43 (transcripts) and heldout44 (conflict news), first runs on 7447e74: 0.628 / 0.985 / 0.943 / 0.917 and
   * 0.971 / 1.000 / 0.904 / 0.961.
   * heldout45 (news in twelve outlets' styles) and heldout46 (twelve kinds of transcript), stop 33, first runs on 09060e9:
   * 0.975 / 0.981 / 0.895 / 0.929 and 0.464 / 0.992 / 0.731 / 0.793; floors after that stop's transcript labels.
   * heldout47 (twelve more kinds of transcript) and heldout48 (news in twelve more outlets' styles), stop 35, first runs
   * on 6ceb73a: 0.543 / 1.000 / 0.732 / 0.770 and 0.981 / 1.000 / 0.910 / 0.896; heldout47 after that stop's labels
   * (panels, hearing records, verbatim reports, header lists, podcasts' given names, "Q:"): 0.869 / 1.000 / 0.732 / 0.824.
   * heldout48 after stop 36's speaker rules (titles before appositive names, "Eng.", descriptions with a relative clause,
   * participle or place, "the source"/"the minister" later, no subjects inside quotes): 0.981 / 1.000 / 0.922 / 0.952.
   * heldout49 (news in twelve more styles) and heldout50 (features, interviews, live blogs, court and markets reports),
   * stop 36, first runs on e99ddfe and on stop 36's rules (the same figures): 0.969 / 1.000 / 0.945 / 0.946 and
   * 0.955 / 1.000 / 0.882 / 0.938; speaker after the rules their misses showed (leanings, envoys "to", kin subjects, a
   * person of a body after the content): 0.962 and 0.948; heldout49's reported speech after the participle cues
   * (", revealing that"): 0.964.
   * heldout51 (twelve more kinds of transcript), stop 36, first run on 94be359: 0.779 / 0.997 / 0.760 / 0.792; after
   * that stop's court, minutes and asker rules: 0.931 / 0.997 / 0.760 / 0.875; after a briefing's unlabelled paragraphs
   * (the briefer's) and reported speech read inside answers: 0.950 / 0.997 / 0.817 / 0.897. heldout45's precision floor
   * is 0.97 since then: an explainer whose question subheads read as a Q&A (a pre-existing misreading) now loses three
   * "answers" that matched gold reported speech by kind only, while that reported speech is now found (0.895 -> 0.906).
   * heldout52 (regional and state media of Turkey, Syria, the Gulf and Russia) and heldout53 (Western wires, papers,
   * radio and a tabloid), stop 38, first runs on 8f03ff6: 0.973 / 1.000 / 0.873 / 0.925 and 0.964 / 0.994 / 0.905 /
   * 0.935; after that stop's speaker-phrase rules: 0.980 / 1.000 / 0.906 / 0.950 and 0.964 / 0.994 / 0.912 / 0.959.
   * heldout55 (investigations, analyses, business, sport, features), first run on 1ccdf2e: 0.973 / 1.000 / 0.886 / 0.919;
   * after the rules its misses showed (85ac5e8): speaker 0.936. heldout54 (readouts, press releases, state agencies, UN
   * News, a rights group, Telegram posts), first run on 85ac5e8: 0.918 / 1.000 / 0.863 / 0.876; speaker 0.909 once the
   * evaluator reads the entity table's names for an entity id ("Fidan" is "Hakan Fidan"); stop 39's readout rules ("agreed
   * that", "confirmed its intention to", "the Turkish side", "Quote from X:"): reported 0.903, speaker 0.921.
   * heldout57 (AP, BBC, a Guardian feature, RT, Al-Monitor, Bloomberg, a NYT analysis, UN News, HRW), stop 39, first run
   * on befac59: 0.981 / 1.000 / 0.902 / 0.954; after the rules its misses showed: speaker 0.974. heldout56 (wires, state
   * agencies, Telegram, a tabloid, a court, a Q&A), first run on ac72924: 0.971 / 0.990 / 0.950 / 0.940; speaker 0.949
   * after "A U.S. Treasury spokesperson" stopped ending a sentence after "U.S.". heldout59 (AP, The Moscow Times, Rudaw,
   * DW, APA, an Observer analysis, CNN, Bloomberg, AFP, sport, a US local paper, a live blog), first run on 3d5ee3f:
   * 0.973 / 1.000 / 0.894 / 0.943; after a live blog's entry headlines and a speaker inside "according to": reported
   * 0.914, speaker 0.952. heldout58 (a Reuters exclusive, Sputnik, Daily Sabah, SANA, The National, a live blog,
   * Politico Europe, a release, a radio write-up, a tabloid, a parliament report), first run on 449c18c: 0.967 / 1.000 /
   * 0.924 / 0.919; speaker 0.928 after "three people with knowledge of the matter" kept its description.
   * Stop 40, first runs on 0ed4e41 (quoted / precision / reported / speaker): heldout60 (Reuters, SANA, Enab Baladi, a
   * State Department briefing, TRT World, The Sun, Kommersant, AP, Haaretz, an Arab News Q&A, a Security Council press
   * release, a BBC live page) 1.000 / 0.897 / 0.871 / 0.912; heldout61 (AFP, Press TV, Hurriyet Daily News, a podcast
   * transcript, Meduza, Daily Mail, Global Times, Kyiv Independent, an Economist-style analysis, Rudaw, a Hansard debate,
   * dpa) 0.922 / 0.929 / 0.879 / 0.933; heldout62 (Anadolu, TASS, a SOHR bulletin, a NYT analysis, an Al Jazeera feature,
   * a Kremlin transcript, Gulf News, The Washington Post, Asharq Al-Awsat, Duvar, The Times of Israel, a local British
   * paper) 0.914 / 1.000 / 0.890 / 0.938; heldout63 (Bloomberg, RIA Novosti, Daily Sabah, a Turkish MFA statement and Q&A,
   * a Guardian feature, Syria TV, Xinhua, CNN, Middle East Eye, Armenpress, an ABC transcript, Al-Monitor) 0.981 / 0.892
   * / 0.917 / 0.933. Their precision counts an interviewer's or a briefing reporter's questions as spurious: this stop's
   * gold convention leaves questions out, the gold of heldout11-51 gives them to the asker, and the extractor keeps them.
   * Stop 41, first runs (quoted / precision / reported / speaker): on e1abad0, heldout64 (Reuters, Interfax, Yeni Safak,
   * a White House briefing, The New Arab, The Telegraph, Novaya Gazeta Europe, an AP explainer, The Jerusalem Post, the
   * FT, an OCHA flash update, North Press) 0.970 / 0.938 / 0.923 / 0.908; heldout65 (AFP, RT, TRT Haber, a Sky News live
   * blog, Turkish Minute, The Independent, an Izvestia Q&A, Euronews, ANHA, Asia Times, Kurdistan24, Bianet) 0.971 / 0.981
   * / 0.928 / 0.991; heldout66 (Anadolu, Sputnik, a Syrian press roundup, Politico Europe, The Times, an AP court story,
   * Kathimerini, IRNA, DW, an NPR transcript, Ahval, Ukrainska Pravda) 0.983 / 1.000 / 0.891 / 0.949; heldout67 (a Reuters
   * exclusive, Gazeta.ru, A Haber, L'Orient Today, a Guardian live blog, VOA, NNA, Al Mayadeen, the WSJ, a Kremlin readout
   * and press conference, The Hill, Middle East Monitor) 0.971 / 0.985 / 0.938 / 0.909. On 02d8147, after this stop's
   * rules: heldout68 (AP, TASS, Hurriyet Daily News, a Security Council press release, an Al Jazeera live blog, the
   * Guardian, Meduza, Reuters, a Daily Sabah Q&A, Kyiv Post, Arab News, Le Monde) 0.983 / 1.000 / 0.942 / 0.962;
   * heldout69 (Bloomberg, RIA Novosti, Anadolu, a State Department briefing, Syria TV, Daily Mail, Kommersant, AFP, The
   * Times of Israel, Euractiv, Rudaw, a Turkish ministry release) 0.985 / 0.937 / 0.898 / 0.945; heldout70 (Reuters,
   * Xinhua, Daily Sabah, a BBC explainer, Enab Baladi, The Sun, a dash Q&A, Al-Monitor, Haaretz, Politico, SANA, an
   * Istanbul court) 0.944 / 0.992 / 0.912 / 0.904; heldout71 (AFP, Interfax-Ukraine, TRT World, an Economist-style
   * analysis, CNN, Asharq Al-Awsat, Middle East Eye, the WSJ, Izvestia, Kurdistan24, a NATO press conference, DW) 0.903 /
   * 0.969 / 0.939 / 0.976. Stop 42, first runs on dca8ca2: heldout72 (US papers: NYT, Washington Post, Politico, AP,
   * USA Today, WSJ, NPR, an Atlantic-style feature, Fox News, Bloomberg Government, LA Times, McClatchy) 0.971 / 0.895 /
   * 0.798 / 0.904; heldout73 (Reuters, TASS, SANA, Al Arabiya, Hurriyet Daily News, the Guardian, RFE/RL, The Times of
   * Israel, France 24, Daily Mail, Kyiv Independent, an Anadolu Q&A) 0.986 / 0.993 / 0.922 / 0.895; heldout74 (AFP, RIA
   * Novosti, a Sabah rally speech, BBC, Al-Monitor, Novaya Gazeta Europe, a Reuters exclusive, The Jerusalem Post, an
   * Anadolu MoD briefing, The Independent, Euronews, an RFE/RL-style transcript) 0.973 / 0.961 / 0.958 / 0.946; heldout75
   * (an AP court story, an Interfax briefing, Yeni Safak, Enab Baladi, The Telegraph, Al Jazeera, Kommersant, Middle East
   * Eye, a CNN Turk panel, a Washington Post analysis, Xinhua, a Kremlin transcript) 0.992 / 0.984 / 0.915 / 0.966. On
   * 6e9b9bb, after most of this stop's rules: heldout76 (US and British papers) 0.960 / 0.988 / 0.912 / 0.914; heldout77
   * (Reuters, TASS, Anadolu, Al Jazeera, Meduza, Daily Sabah, Haaretz, Rudaw, Kyiv Post, The National, Euronews, a Hurriyet
   * Daily News Q&A) 0.980 / 0.990 / 0.942 / 0.912; heldout78 (AFP, RIA Novosti, TRT World, Syria TV, Novaya Gazeta Europe,
   * Al-Monitor, Bloomberg, The Jerusalem Post, Asharq Al-Awsat, DW, Interfax-Ukraine, a White House briefing) 0.984 /
   * 0.933 / 0.903 / 0.966; heldout79 (AP, Izvestia, Yeni Safak, SANA, an Economist-style analysis, Middle East Eye,
   * Kommersant, a Times of Israel live blog, Enab Baladi, Daily Mail, Xinhua, a Kremlin press conference) 0.982 / 0.982 /
   * 0.919 / 0.942. Stop 43, first runs on bfc84f5: heldout80 (Reuters, TASS, Anadolu, Al Jazeera, Meduza, Hurriyet Daily
   * News, The Guardian, Kurdistan24, Ukrainska Pravda, Arab News, AP, a TASS Q&A) 1.000 / 1.000 / 0.955 / 0.953; heldout81
   * (US and British papers, a Senate hearing transcript) 0.934 / 1.000 / 0.885 / 0.958; heldout82 (AFP, RIA Novosti, Daily
   * Sabah, SANA, Novaya Gazeta Europe, Middle East Eye, Bloomberg, Times of Israel, Enab Baladi, DW, Kyiv Independent, a
   * Kremlin readout and Peskov briefing) 1.000 / 0.951 / 0.929 / 0.973; heldout83 (AP, Izvestia, Yeni Safak, Syria TV,
   * Al-Monitor, Interfax, Haaretz, Rudaw, The National, Euronews, Xinhua, a Turkish foreign ministry press conference)
   * 0.991 / 0.983 / 0.925 / 0.937. Stop 44, first runs on e0c939f: heldout84 (Reuters, TASS, Anadolu, Al Jazeera, Meduza,
   * Daily Sabah, The Independent, Rudaw, RFE/RL, Asharq Al-Awsat, AP, a radio interview transcript) 0.992 / 0.984 / 0.938 /
   * 0.954; heldout85 (The Guardian, NYT, an Economist-style briefing, Washington Post, Sky News, Politico, Telegraph, CNN, an
   * Atlantic-style feature, Bloomberg, The Sun, a House committee hearing) 0.975 / 0.985 / 0.917 / 0.937; heldout86 (AFP,
   * RIA Novosti, TRT World, SANA, Novaya Gazeta Europe, Middle East Eye, FT, Jerusalem Post, Enab Baladi, France 24, Kyiv
   * Post, a UN Security Council record) 0.986 / 0.973 / 0.943 / 0.970; heldout87 (AP, Kommersant, Hurriyet Daily News, Syria
   * TV, Al-Monitor, Interfax, Times of Israel, Kurdistan24, Arab News, Euronews, Xinhua, a governor's press conference)
   * 0.990 / 0.952 / 0.944 / 0.930. Then, first runs on 38d8b4e: heldout88 (Reuters, TASS, Anadolu, an Al Jazeera live blog,
   * a Meduza explainer, Hurriyet Daily News, The Guardian, Kurdistan24, Ukrainska Pravda, Arab News, AP, a Kommersant Q&A)
   * 0.985 / 0.993 / 0.944 / 0.922; heldout89 (Washington Post, The Times, NYT, BBC, Politico Europe, Daily Mail, WSJ,
   * Independent, CNN, FT, a Guardian opinion column, a White House briefing) 0.982 / 0.964 / 0.917 / 0.935; heldout90 (AFP,
   * RIA Novosti, Daily Sabah, SANA, Novaya Gazeta Europe, Middle East Eye, Bloomberg, Haaretz, Enab Baladi, DW, Kyiv
   * Independent, a NATO press conference) 0.984 / 0.949 / 0.958 / 0.961; heldout91 (AP, Izvestia, Yeni Safak, Syria TV,
   * Al-Monitor, Interfax, Times of Israel, Rudaw, The National, Euronews, Xinhua, a Turkish parliamentary committee's
   * minutes) 0.950 / 0.983 / 0.934 / 0.929. Then, first runs on 5370a93: heldout93 (NYT, Telegraph, Washington Post, BBC,
   * Politico, The Sun, Bloomberg, NPR, FT, Daily Mail, an Economist-style leader, a Hansard debate extract) 0.915 / 1.000 /
   * 0.922 / 0.905; heldout94 (AFP, RIA Novosti, Anadolu, SANA, Novaya Gazeta Europe, Middle East Eye, a Reuters exclusive,
   * Jerusalem Post, Enab Baladi, DW, Ukrainska Pravda, a Russian foreign ministry briefing) 0.954 / 0.898 / 0.926 / 0.949;
   * heldout95 (AP, Kommersant, Hurriyet Daily News, Syria TV, Al-Monitor, Interfax, Haaretz, Rudaw, The National,
   * Euronews, Xinhua, an Azerbaijani presidential press conference) 0.977 / 0.977 / 0.919 / 0.915; on b655000: heldout92
   * (Reuters, TASS, TRT World, Al Jazeera, Meduza, Daily Sabah, The Guardian, Kurdistan24, Kyiv Post, Arab News, AP, a
   * podcast transcript) 0.992 / 0.971 / 0.932 / 0.940. Stop 45, first runs on 1b18b3b: heldout96 (Reuters, TASS, Anadolu,
   * Al Jazeera, Meduza, Yeni Safak, The Independent, Kurdistan24, RFE/RL, Asharq Al-Awsat, AP, a TV interview transcript)
   * 0.992 / 0.913 / 0.936 / 0.933; heldout97 (Guardian, NYT, WSJ, Sky News, Politico Europe, The Times, CNN, an
   * Atlantic-style feature, Bloomberg, Daily Mirror, USA Today, a State Department briefing) 0.959 / 0.953 / 0.921 / 0.943;
   * heldout98 (AFP, RIA Novosti, TRT World, SANA, Novaya Gazeta Europe, Middle East Eye, FT, Times of Israel, Enab Baladi,
   * France 24, Kyiv Independent, a NATO joint press conference) 0.888 / 0.983 / 0.937 / 0.959; heldout99 (AP, Izvestia,
   * Hurriyet Daily News, Syria TV, Al-Monitor, Interfax, Haaretz, Rudaw, The National, Euronews, Xinhua, Turkish
   * parliament general assembly minutes) 0.903 / 0.983 / 0.933 / 0.992. Then, first runs on 2b08633: heldout100 (Reuters,
   * TASS, Anadolu, Al Jazeera, Meduza, Daily Sabah, The Guardian, Kurdistan24, RFE/RL, Arab News, AP, a radio phone-in)
   * 0.921 / 1.000 / 0.896 / 0.942; heldout101 (The Times, Washington Post, FT, BBC, Politico, The Sun, Bloomberg, NPR, NYT,
   * Daily Mail, an Economist-style briefing, a Commons select committee's evidence) 0.968 / 0.945 / 0.917 / 0.944;
   * heldout102 (AFP, RIA Novosti, TRT World, SANA, Novaya Gazeta Europe, Middle East Eye, a Reuters exclusive, Jerusalem
   * Post, Enab Baladi, DW, Ukrainska Pravda, a Kremlin meeting transcript) 0.991 / 0.983 / 0.933 / 0.921; heldout103 (AP,
   * Kommersant, Hurriyet Daily News, Syria TV, Al-Monitor, Interfax, Haaretz, Rudaw, The National, Euronews, Xinhua, a
   * Turkish presidential spokesman's press conference) 0.991 / 0.966 / 0.954 / 0.969. Stop 46, first runs on a58ca37:
   * heldout104 (KUNA, RT, Anadolu, Al Jazeera, TASS, Yeni Safak, BBC, Enab Baladi, Reuters, Asharq Al-Awsat, CNN, a live
   * blog) 0.974 / 0.992 / 0.936 / 0.965; heldout105 (Politico, The Guardian, Washington Post, Daily Telegraph, NYT, Sky
   * News, a Fox News-style write-up, The Independent, an Axios-style item, a Question Time-style debate, a Spectator-style
   * column, a Commons Hansard extract with each name on its own line) 0.978 / 1.000 / 0.952 / 0.964; heldout106 (AFP,
   * Sputnik, Daily Sabah, SANA, Meduza, Middle East Eye, Bloomberg, Times of Israel, a Syrian Observatory-style report, DW,
   * Kyiv Independent, an Iranian foreign ministry press conference with numbered questions) 0.984 / 0.955 / 0.935 / 0.944;
   * heldout107 (AP, Izvestia, TRT World, an Al-Watan-style daily, North Press Agency, Interfax-Ukraine, Jerusalem Post,
   * L'Orient Today, Arab News, RFE/RL, Xinhua, a UN Security Council verbatim record) 0.973 / 1.000 / 0.913 / 0.976.
   * Then heldout108 (Reuters, TASS, Anadolu, Al Jazeera, RT, Hurriyet Daily News, The Guardian, Enab Baladi, Kurdistan24,
   * Arab News, AP, a Russian MFA briefing) 0.982 / 0.991 / 0.960 / 0.966, heldout109 (The Times, Washington Post, FT, BBC,
   * Politico Europe, The Sun, Bloomberg, NPR, NYT, Daily Mail, an Economist-style briefing, a Senate committee hearing)
   * 0.865 / 0.993 / 0.921 / 0.947 and heldout111 (AP, Kommersant, Daily Sabah, Syria TV, Al-Monitor, Interfax, Times of
   * Israel, Rudaw, The National, Euronews, Xinhua, an Israeli minister's TV interview) 0.912 / 0.991 / 0.962 / 0.977 on
   * 27ca458; heldout110 (AFP, RIA Novosti, TRT World, SANA, Novaya Gazeta Europe, Middle East Eye, a Reuters exclusive,
   * Haaretz, Enab Baladi, France 24, Ukrainska Pravda, a Kremlin press conference) 0.983 / 0.950 / 0.942 / 0.934 on 80a5131.
   * Then, first runs on 6e386e4: heldout112 (Reuters, TASS, Anadolu, Al Jazeera, Meduza, Yeni Safak, The Independent,
   * Kurdistan24, RFE/RL, Asharq Al-Awsat, AP, a Turkish-Syrian joint press conference) 0.931 / 1.000 / 0.918 / 0.965;
   * heldout113 (Guardian, NYT, WSJ, Sky News, Politico, The Times, CNN, an Atlantic-style feature, Bloomberg, Daily Mirror,
   * USA Today, a White House briefing) 0.978 / 0.995 / 0.942 / 0.930; heldout114 (AFP, RIA Novosti, TRT World, SANA,
   * Novaya Gazeta Europe, Middle East Eye, FT, Times of Israel, Enab Baladi, France 24, Kyiv Independent, a European
   * Parliament debate) 0.969 / 0.992 / 0.934 / 0.962; heldout115 (AP, Izvestia, Hurriyet Daily News, Syria TV, Al-Monitor,
   * Interfax, Haaretz, Rudaw, The National, Euronews, Xinhua, a radio phone-in) 0.976 / 0.962 / 0.914 / 0.964.
   * Stop 47, written from docs/gold-conventions.md, first runs on dbfe820: heldout116 (Reuters, TASS, Anadolu, Al Jazeera,
   * RT, Hurriyet Daily News, The Guardian, Enab Baladi, Kurdistan24, Arab News, AP, a Turkish ministry's press conference
   * transcript) 0.962 / 1.000 / 0.918 / 0.923; heldout117 (The Times, Washington Post, FT, BBC, Politico Europe, The Sun,
   * Bloomberg, NPR, NYT, Daily Mail, an Economist-style briefing, a Commons committee's oral evidence) 0.985 / 0.990 /
   * 0.871 / 0.943; heldout118 (AFP, RIA Novosti, TRT World, SANA, Meduza, Middle East Eye, a Reuters exclusive, Haaretz,
   * North Press Agency, France 24, Kyiv Independent, an Iraqi ministry's press conference with each label alone on its
   * line) 0.902 / 1.000 / 0.906 / 0.967; heldout119 (Guardian, NYT, WSJ, Sky News, Politico, Telegraph, CNN, an
   * Atlantic-style feature, Bloomberg, Daily Mirror, USA Today, a Hansard-style committee record) 0.966 / 0.977 / 0.882 /
   * 0.946.
   * Stop 48, from the same page, first runs on b504f1c: heldout120 (Reuters, Sputnik, Daily Sabah, Asharq Al-Awsat, The
   * New Arab, Interfax, Xinhua, Al-Monitor, Jerusalem Post, Rudaw, AFP, a UN Security Council record) 0.983 / 1.000 /
   * 0.906 / 0.958; heldout121 (The Independent, LA Times, The Economist, Axios, a Guardian live blog, New York Post, FT, ABC
   * News, The Hill, Evening Standard, an opinion column, a radio interview) 0.972 / 0.983 / 0.927 / 0.955; heldout122 (The
   * Syrian Observer, Zaman al-Wasl, Novaya Gazeta Europe, Duvar, Bianet, ANHA, Daily Star, Kommersant, Cumhuriyet, Orient
   * News, an exile Turkish site, a State Department briefing) 0.976 / 0.982 / 0.884 / 0.928; heldout123 (a New Yorker-style
   * profile, a Spiegel Q&amp;A, Foreign Policy, Vice, Newsweek, Daily Express, Ahram Online, Kathimerini, Le Monde, CSM, a
   * podcast, Turkish Grand National Assembly minutes with hyphen labels) 0.871 / 0.978 / 0.880 / 0.900. Then on 4ba05e9:
   * heldout124 (AP, RIA Novosti, Anadolu, Al Arabiya, The National, Izvestia, Yeni Safak, Enab Baladi, Times of Israel,
   * Kurdistan24, DW, a Russian Foreign Ministry briefing with named answers) 0.949 / 0.992 / 0.924 / 0.949; heldout125
   * (Guardian, Washington Post, Telegraph, BBC explainer, Sky News, WSJ, The Times, Daily Mirror, NBC, Politico, an
   * Atlantic-style essay, a Commons urgent question) 0.950 / 0.995 / 0.878 / 0.941; heldout126 (TASS, RT, Daily Sabah,
   * SANA, Al Mayadeen, Tehran Times, Sputnik, Hurriyet Daily News, Syria TV, Asharq Al-Awsat, Moscow Times, a Turkish
   * presidential spokesman's press conference) 0.855 / 0.993 / 0.933 / 0.988; heldout127 (a Reuters special report,
   * Bloomberg, an Economist-style briefing, a Guardian long read, a Spiegel-style investigation, MEE, BBC Monitoring, an Al
   * Jazeera live blog, Meduza, NYT, a German war-crimes trial, a TV panel) 0.965 / 0.995 / 0.873 / 0.911.
   * Stop 49, first runs on ed3bbad: heldout128 (Reuters, TASS, Anadolu, Al Jazeera, Kommersant, Yeni Safak, Guardian,
   * Enab Baladi, Kurdistan24, Arab News, AP, a Kremlin spokesman's call with reporters) 0.986 / 0.993 / 0.958 / 0.941;
   * heldout129 (AFP, RIA Novosti, TRT World, SANA, Novaya Gazeta Europe, MEE, FT, Haaretz, North Press, France 24, Kyiv
   * Independent, a UN Security Council record) 0.988 / 0.977 / 0.910 / 0.960; heldout130 (Washington Post, Telegraph, Sky
   * News, WSJ, Politico Europe, The Sun, an NPR-style radio story, an Atlantic-style essay, Newsweek, CNN, a column, a
   * European Parliament debate) 0.966 / 0.993 / 0.883 / 0.969; heldout131 (Sputnik, Daily Sabah, Asharq Al-Awsat, New Arab,
   * Interfax, Xinhua, Al-Monitor, Jerusalem Post, Rudaw, Meduza, Hurriyet Daily News, a radio interview) 1.000 / 0.979 /
   * 0.922 / 0.974. Then on e4ed564: heldout132 (Reuters, IRNA, Anadolu, SANA, an Al-Quds Al-Arabi-style report, Daily Mail,
   * Independent, BBC, Euronews, VOA, a magazine Q&amp;A with questions in bold, a UN noon briefing) 0.865 / 0.987 / 0.950 /
   * 0.961; heldout133 (AP, Sputnik, Hurriyet Daily News, Asharq Al-Awsat, Novaya Gazeta Europe, The Times, FT, Al-Monitor,
   * Rudaw, a Telegraph live blog, a podcast, an English court hearing) 0.960 / 0.972 / 0.889 / 0.967; heldout134 (AFP, TASS,
   * Daily Sabah, Enab Baladi, Moscow Times, NYT, Politico, Guardian, Kurdistan24, TRT World, a feature of anonymous sources,
   * two foreign ministers' press conference) 0.990 / 0.990 / 0.935 / 0.926; heldout135 (Bloomberg, RT, Yeni Safak, Syria
   * TV, Meduza, Washington Post, Sky News, an Economist-style piece, MEE, Daily Express, a radio phone-in, a Turkish
   * parliamentary committee hearing) 0.938 / 0.955 / 0.886 / 0.942. Then on bb3602d: heldout136 (Reuters, Interfax-Ukraine,
   * Anadolu, an Al Jazeera explainer, Izvestia, Turkiye Today, The Observer, a Syria Direct-style report, Rudaw, The National, a
   * CNN interview, a European Commission midday briefing) 0.975 / 0.935 / 0.915 / 0.949; heldout137 (AP, RIA Novosti, Daily
   * Sabah, SANA, Meduza, NYT, Bloomberg, a Times of Israel live blog, Enab Baladi, The Sun, a Spiegel-style Q&amp;A, a Kremlin
   * meeting transcript) 0.965 / 0.994 / 0.945 / 0.947; heldout138 (AFP, TASS, Hurriyet Daily News, Asharq Al-Awsat, Novaya
   * Gazeta Europe, Guardian, FT, MEE, Kurdistan24, Daily Mirror, a Radio 4-style interview, a US Senate hearing) 0.957 / 0.942
   * / 0.933 / 0.896; heldout139 (Sputnik, TRT World, Al-Monitor, The New Arab, Moscow Times, Washington Post, Sky News live
   * updates, an Economist-style piece, North Press, Daily Express, a Turkish TV debate, a joint press conference) 0.968 /
   * 1.000 / 0.927 / 0.948. Then on cdc2ae2: heldout140 (Reuters, TASS, Anadolu, Al Jazeera, Novaya Gazeta Europe, Guardian,
   * WSJ, Enab Baladi, Kurdistan24, Arab News, an AP court story, a White House gaggle) 0.975 / 0.987 / 0.924 / 0.958;
   * heldout141 (AFP, RIA Novosti, Daily Sabah, SANA, Meduza, NYT, Politico, MEE, North Press, Daily Mail, a magazine
   * profile, a Russian Security Council transcript) 0.988 / 1.000 / 0.952 / 0.970; heldout142 (AP, Interfax, TRT World,
   * Asharq Al-Awsat, Moscow Times, Washington Post, FT, Al-Monitor, Rudaw, The Sun, an NPR-style interview, a House of Lords
   * record) 0.913 / 0.982 / 0.925 / 0.955; heldout143 (Bloomberg, RT, Yeni Safak, Syria TV, Novaya Gazeta Europe, The Times,
   * Sky News, New Arab, Hurriyet Daily News, Daily Express, an opposition leader's press conference, a Q:/A: interview)
   * 0.961 / 0.974 / 0.941 / 0.970.
   * Stop 50, on 396cbc8: heldout144 (Deutsche Welle, Tehran Times, Duvar, The Syrian Observer, RFE/RL, LA Times, Irish Times,
   * L'Orient Today, Ahram Online, Daily Star, a Russian foreign ministry briefing, a State Department briefing) 0.945 / 0.985
   * / 0.960 / 0.955; heldout145 (Eurasianet, Press TV, bianet, Gulf News, Kyiv Post, USA Today, Le Monde, The Arab Weekly,
   * Global Times, Metro, a Turkish defence ministry briefing, a TV panel) 0.906 / 0.994 / 0.945 / 0.934; heldout146 (a Reuters
   * exclusive, Al Mayadeen, Daily Sabah, Enab Baladi, The Insider, Boston Globe, ABC News, Middle East Monitor, Times of
   * India, Evening Standard, a State Duma record, a podcast) 0.961 / 0.936 / 0.901 / 0.933; heldout147 (AP, TASS, Anadolu,
   * The National, Meduza, Guardian, CBS, Al-Monitor, Kurdistan24, Daily Mirror, a round-up of posts, European Council
   * remarks) 0.921 / 0.968 / 0.921 / 0.923. Then on f1ed716: heldout148 (Reuters, Sputnik, Hurriyet Daily News, Asharq
   * Al-Awsat, Novaya Gazeta Europe, Washington Post, FT, Syria Direct, Rudaw, The Sun, a Commons Hansard extract, a
   * German-Turkish press conference) 0.975 / 0.981 / 0.961 / 0.980; heldout149 (AP, TASS, TRT World, Al Jazeera, Meduza,
   * NYT, Politico Europe, Enab Baladi, North Press, Daily Mail, an NPR two-way, a Kremlin meeting) 0.848 / 0.987 / 0.866 /
   * 0.892; heldout150 (AFP, RIA Novosti, Yeni Safak, SANA, Moscow Times, Guardian, Bloomberg, MEE, Kurdistan24, Daily
   * Express, a Radio 4 interview, a UN Human Rights Council record) 0.983 / 0.926 / 0.888 / 0.965; heldout151 (Bloomberg,
   * RT, Daily Sabah, The National, Novaya Gazeta Europe, The Times, Sky News, Al-Monitor, Hurriyet Daily News, Daily Mirror,
   * an investigative feature, a Turkish parliament record) 0.966 / 0.994 / 0.920 / 0.931. Then on 1761c69: heldout152 (Reuters,
   * Interfax, Anadolu, an Al Jazeera live blog, Meduza, WSJ, The Independent, Enab Baladi, Rudaw, Daily Star, a Turkish
   * president's press conference abroad, a US House hearing) 0.860 / 0.974 / 0.946 / 0.962; heldout153 (AP, Sputnik, TRT
   * World, The New Arab, Moscow Times, Guardian, Politico, Syria TV, North Press, The Sun, a Kremlin spokesman's call, a
   * dash-turn interview) 0.949 / 0.994 / 0.936 / 0.967; heldout154 (AFP, TASS, Daily Sabah, Asharq Al-Awsat, Novaya Gazeta
   * Europe, NYT, FT, MEE, Kurdistan24, Daily Mail, a CNN-style interview, a European Parliament debate) 0.985 / 0.971 / 0.925
   * / 0.941; heldout155 (Bloomberg, RT, Yeni Safak, SANA, Meduza, Washington Post, Sky News, Al-Monitor, Hurriyet Daily
   * News, Daily Express, a UN Security Council record, a SPIEGEL-style interview) 0.928 / 0.994 / 0.919 / 0.983. Then on
   * 393a28f: heldout156 (Reuters, RIA Novosti, Anadolu, Asharq Al-Awsat, Meduza, FT, a Guardian live blog, Enab Baladi, Rudaw,
   * The Sun, a Lavrov press conference, a Scottish Parliament debate) 0.856 / 1.000 / 0.930 / 0.960; heldout157 (AP, TASS,
   * Daily Sabah, The New Arab, Novaya Gazeta Europe, The Times, Bloomberg, MEE, Kurdistan24, Daily Mirror, a ministry's
   * written answer, a Reuters interview story) 0.933 / 0.994 / 0.953 / 0.948; heldout158 (AFP, Sputnik, TRT World, SANA,
   * Moscow Times, Washington Post, Politico Europe, Al-Monitor, North Press, Daily Express, a radio phone-in, a UN General
   * Assembly record) 0.978 / 0.933 / 0.920 / 0.953; heldout159 (Bloomberg, RT, Yeni Safak, The National, Meduza, NYT, Sky
   * News, a Syria Direct-style report, Hurriyet Daily News, Daily Star, a podcast, a Turkish court record) 0.987 / 0.899 /
   * 0.919 / 0.957. Stop 51, on d2c5618: heldout160 (Reuters, TASS, Anadolu, Asharq Al-Awsat, Novaya Gazeta Europe, Guardian,
   * FT, Enab Baladi, Rudaw, The Sun, a Welsh Senedd record, a BBC World Service interview) 0.873 / 0.962 / 0.951 / 0.963;
   * heldout161 (AP, RIA Novosti, Daily Sabah, SANA, Moscow Times, Washington Post, Politico Europe, MEE, Kurdistan24, Daily
   * Mail, a Security Council secretary's dash-turn interview, a NATO press conference) 0.965 / 0.948 / 0.919 / 0.957;
   * heldout162 (AFP, Sputnik, TRT World, The New Arab, Meduza, The Times, Bloomberg, Al-Monitor, North Press, Daily Express, a
   * Turkish foreign ministry briefing without the spokesman's labels, a CNN-style interview) 0.981 / 0.956 / 0.933 / 0.961;
   * heldout163 (Bloomberg, Interfax, Yeni Safak, The National, Novaya Gazeta Europe, NYT, Sky News, Syria TV, Hurriyet Daily
   * News, Daily Mirror, an Australian Senate estimates hearing, a German-Turkish press conference) 1.000 / 0.953 / 0.939 /
   * 0.931. Stop 52, on d95f77f: heldout164 (AP, RIA Novosti, Daily Sabah, Al-Monitor, Meduza, Washington Post, an
   * Economist-style briefing, SANA, Kurdistan24, Daily Express, a Canadian Commons committee hearing, a Pentagon briefing)
   * 0.974 / 0.995 / 0.922 / 0.943; heldout165 (AFP, Kommersant, TRT World, MEE, Moscow Times, The Times, a Breakingviews-style
   * column, Enab Baladi, Rudaw, The Sun, a European Parliament debate, a news podcast) 0.960 / 0.994 / 0.920 / 0.936;
   * heldout166 (Reuters, Sputnik, Hurriyet Daily News, Asharq Al-Awsat, Novaya Gazeta Europe, The Independent, WSJ, Syria
   * Direct, North Press, Daily Mail, a Security Council record, a Turkish-Russian press conference) 0.972 / 0.989 / 0.892 /
   * 0.977; heldout167 (Bloomberg, TASS, Anadolu, Al Jazeera, Novaya Gazeta Europe, a Guardian long read, Politico Europe,
   * Al-Watan, Kurdistan24, Daily Star, a Dail debate, a CNN-style interview) 0.942 / 0.982 / 0.926 / 0.957.
   * Stop 46 also let a record's last speech run past its last label while its paragraphs speak: heldout96's precision
   * floor fell to 0.95 (a TV host's sign-off after her last labelled turn, which its gold leaves out), heldout93's quoted
   * floor rose to 0.99 (Hansard's labels alone on their lines).
   *
   * <p>Stop 45 also settled the question convention: an interviewer's paragraphs that ask something (a host, an anchor,
   * a briefing's reporters, counsel examining a witness) are the outlet's narrative, as the conventions page every writer
   * since heldout52 followed says ("a question put by a reporter or an interviewer ... is NOT a statement"). The gold of
   * heldout11-51 gives such questions to the asker, so the quoted recall floors of heldout32, 35, 39, 41, 43, 46, 47, 51
   * and 61 were lowered to what the sets now measure (a labelled question, "QUESTION:" or "Q:", is a question whoever
   * asks it) (their questions are counted as misses), and the precision floors of
   * the sets whose briefing questions no longer count against them were raised.
   *
   * <p>Stop 47 made a court's "ruled that" a cue, as seven of eight rulings in the gold are listed; heldout23's gold
   * leaves its one ruling out, so the fragment quoted inside it counts against that set's precision (floor 0.99 → 0.98).
   *
   * <p>Stop 51 made a host whose own label says so ("PRESENTER:", "LAURA BENNETT, CNN ANCHOR:", "AILSA MORROW, HOST:") speak
   * in no turn once they ask, greetings, introductions and thanks too, as the conventions say, and a speaker half of whose
   * turns end in a question asks for the outlet. The older gold of heldout11-51 lists such questions and remarks, so the
   * quoted recall floors of heldout41, 43, 46, 47 and 51 fell to 0.69, 0.77, 0.69, 0.74 and 0.80 (heldout110, 117, 121,
   * 136, 138, 154 and 160-163 gained precision).
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
      "heldout5, 0.98, 0.99, 0.97, 0.97",
      "heldout6, 0.98, 0.99, 0.91, 0.95",
      "heldout7, 0.97, 0.99, 0.92, 0.95",
      "heldout8, 0.95, 0.99, 0.84, 0.91",
      "heldout9, 0.94, 0.99, 0.84, 0.92",
      "heldout10, 0.97, 0.99, 0.88, 0.92",
      "heldout11, 0.98, 0.99, 0.88, 0.93",
      "heldout12, 0.97, 0.99, 0.88, 0.95",
      "heldout13, 0.95, 0.98, 0.73, 0.91",
      "heldout14, 0.96, 0.99, 0.86, 0.92",
      "heldout15, 0.99, 0.99, 0.86, 0.95",
      "heldout16, 0.96, 0.99, 0.84, 0.94",
      "heldout17, 0.98, 0.99, 0.87, 0.95",
      "heldout18, 0.99, 0.99, 0.87, 0.96",
      "heldout19, 0.96, 0.99, 0.82, 0.94",
      "heldout20, 0.97, 0.98, 0.88, 0.92",
      "heldout21, 0.97, 0.98, 0.86, 0.98",
      "heldout22, 0.94, 0.99, 0.87, 0.92",
      "heldout23, 0.92, 0.98, 0.86, 0.94",
      "heldout24, 0.99, 0.99, 0.90, 0.94",
      "heldout25, 0.97, 0.99, 0.92, 0.93",
      "heldout26, 0.98, 0.99, 0.97, 0.93",
      "heldout27, 0.97, 0.99, 0.94, 0.95",
      "heldout28, 0.97, 0.99, 0.87, 0.90",
      "heldout29, 0.97, 0.99, 0.93, 0.92",
      "heldout30, 0.94, 0.99, 0.93, 0.93",
      "heldout31, 0.96, 0.99, 0.96, 0.93",
      "heldout32, 0.92, 0.99, 0.91, 0.95",
      "heldout33, 0.92, 0.99, 0.93, 0.92",
      "heldout34, 0.96, 0.99, 0.89, 0.91",
      "heldout35, 0.91, 0.99, 0.88, 0.92",
      "heldout36, 0.91, 0.98, 0.82, 0.88",
      "heldout37, 0.93, 0.99, 0.91, 0.95",
      "heldout38, 0.96, 0.99, 0.81, 0.92",
      "heldout39, 0.94, 0.99, 0.92, 0.93",
      "heldout40, 0.96, 0.99, 0.94, 0.95",
      "heldout41, 0.69, 0.99, 0.86, 0.95",
      "heldout42, 0.95, 0.99, 0.93, 0.94",
      "heldout43, 0.77, 0.98, 0.94, 0.93",
      "heldout44, 0.97, 0.99, 0.90, 0.96",
      "heldout45, 0.97, 0.97, 0.90, 0.94",
      "heldout46, 0.69, 0.99, 0.73, 0.91",
      "heldout47, 0.74, 0.99, 0.73, 0.82",
      "heldout48, 0.98, 0.99, 0.92, 0.94", // speaker 0.952 -> 0.949 (stop 38): "one of the people" now the group found before it, as heldout53's gold names members
      "heldout49, 0.96, 0.99, 0.96, 0.96",
      "heldout50, 0.95, 0.99, 0.90, 0.95",
      "heldout51, 0.80, 0.99, 0.82, 0.92",
      "heldout52, 0.97, 0.99, 0.90, 0.94",
      "heldout53, 0.96, 0.99, 0.91, 0.95",
      "heldout54, 0.92, 0.99, 0.90, 0.91", // speaker 0.921 -> 0.918 (stop 39): its gold gives "He regretted \"...\", the statement said" to him
      "heldout55, 0.97, 0.99, 0.89, 0.93",
      "heldout56, 0.97, 0.98, 0.94, 0.94",
      "heldout57, 0.98, 0.99, 0.90, 0.97",
      "heldout58, 0.96, 0.99, 0.92, 0.92",
      "heldout59, 0.97, 0.99, 0.91, 0.95",
      "heldout60, 0.99, 0.98, 0.87, 0.97",
      "heldout61, 0.90, 0.97, 0.89, 0.95",
      "heldout62, 0.96, 0.99, 0.88, 0.95",
      "heldout63, 0.98, 0.92, 0.91, 0.96",
      "heldout64, 0.99, 0.98, 0.92, 0.90",
      "heldout65, 0.96, 0.97, 0.93, 0.99",
      "heldout66, 0.97, 0.99, 0.89, 0.94",
      "heldout67, 0.96, 0.99, 0.95, 0.96",
      "heldout68, 0.97, 0.99, 0.93, 0.95",
      "heldout69, 0.97, 0.99, 0.89, 0.94",
      "heldout70, 0.93, 0.98, 0.92, 0.93",
      "heldout71, 0.99, 0.96, 0.93, 0.97",
      "heldout72, 0.97, 0.99, 0.87, 0.90",
      "heldout73, 0.97, 0.98, 0.91, 0.93",
      "heldout74, 0.96, 0.99, 0.95, 0.94",
      "heldout75, 0.99, 0.97, 0.93, 0.96",
      "heldout76, 0.96, 0.98, 0.92, 0.91",
      "heldout77, 0.97, 0.98, 0.93, 0.95",
      "heldout78, 0.97, 0.98, 0.90, 0.95",
      "heldout79, 0.97, 0.99, 0.93, 0.92",
      "heldout80, 0.99, 0.99, 0.94, 0.94",
      "heldout81, 0.98, 0.97, 0.90, 0.95",
      "heldout82, 0.99, 0.98, 0.92, 0.97",
      "heldout83, 0.98, 0.96, 0.93, 0.94",
      "heldout84, 0.98, 0.97, 0.93, 0.94",
      "heldout85, 0.96, 0.98, 0.91, 0.93",
      "heldout86, 0.98, 0.96, 0.93, 0.96",
      "heldout87, 0.98, 0.96, 0.93, 0.93",
      "heldout88, 0.97, 0.98, 0.93, 0.93",
      "heldout89, 0.97, 0.99, 0.91, 0.93",
      "heldout90, 0.97, 0.97, 0.95, 0.95",
      "heldout91, 0.95, 0.97, 0.92, 0.95",
      "heldout92, 0.98, 0.98, 0.92, 0.93",
      "heldout93, 0.99, 0.99, 0.91, 0.93",
      "heldout94, 0.95, 0.98, 0.92, 0.95",
      "heldout95, 0.97, 0.97, 0.91, 0.93",
      "heldout96, 0.99, 0.95, 0.95, 0.92",
      "heldout97, 0.95, 0.99, 0.92, 0.95",
      "heldout98, 0.99, 0.98, 0.94, 0.97",
      "heldout99, 0.99, 0.98, 0.95, 0.99",
      "heldout100, 0.95, 0.99, 0.89, 0.96",
      "heldout101, 0.96, 0.99, 0.91, 0.96",
      "heldout102, 0.99, 0.98, 0.93, 0.92",
      "heldout103, 0.99, 0.99, 0.95, 0.96",
      "heldout104, 0.97, 0.99, 0.94, 0.96",
      "heldout105, 0.97, 0.99, 0.95, 0.96",
      "heldout106, 0.98, 0.99, 0.94, 0.94",
      "heldout107, 0.99, 0.99, 0.93, 0.97",
      "heldout108, 0.98, 0.99, 0.96, 0.96",
      "heldout109, 0.92, 0.97, 0.92, 0.94",
      "heldout110, 0.98, 0.95, 0.94, 0.93",
      "heldout111, 0.97, 0.99, 0.96, 0.97",
      "heldout112, 0.93, 0.99, 0.91, 0.96",
      "heldout113, 0.97, 0.99, 0.94, 0.93",
      "heldout114, 0.96, 0.99, 0.93, 0.96",
      "heldout115, 0.97, 0.96, 0.91, 0.96",
      "heldout116, 0.96, 0.99, 0.93, 0.93",
      "heldout117, 0.98, 0.99, 0.89, 0.94",
      "heldout118, 0.98, 0.99, 0.92, 0.96",
      "heldout119, 0.96, 0.97, 0.89, 0.95",
      "heldout120, 0.98, 0.99, 0.93, 0.96",
      "heldout121, 0.97, 0.98, 0.94, 0.96",
      "heldout122, 0.97, 0.98, 0.90, 0.94",
      "heldout123, 0.99, 0.98, 0.88, 0.90",
      "heldout124, 0.98, 0.99, 0.91, 0.94",
      "heldout125, 0.94, 0.99, 0.89, 0.96",
      "heldout126, 0.95, 0.99, 0.93, 0.98",
      "heldout127, 0.97, 0.99, 0.91, 0.94",
      "heldout128, 0.98, 0.99, 0.95, 0.94",
      "heldout129, 0.98, 0.97, 0.90, 0.95",
      "heldout130, 0.96, 0.99, 0.88, 0.97",
      "heldout131, 0.99, 0.99, 0.92, 0.97",
      "heldout132, 0.97, 0.98, 0.94, 0.96",
      "heldout133, 0.95, 0.97, 0.88, 0.96",
      "heldout134, 0.98, 0.98, 0.93, 0.92",
      "heldout135, 0.97, 0.95, 0.88, 0.94",
      "heldout136, 0.98, 0.93, 0.94, 0.94",
      "heldout137, 0.97, 0.99, 0.95, 0.96",
      "heldout138, 0.96, 0.94, 0.94, 0.89",
      "heldout139, 0.96, 0.99, 0.93, 0.94",
      "heldout140, 0.97, 0.98, 0.92, 0.95",
      "heldout141, 0.98, 0.99, 0.95, 0.96",
      "heldout142, 0.91, 0.98, 0.92, 0.95",
      "heldout143, 0.96, 0.97, 0.94, 0.97",
      "heldout144, 0.96, 0.98, 0.95, 0.95",
      "heldout145, 0.96, 0.99, 0.95, 0.95",
      "heldout146, 0.96, 0.99, 0.90, 0.96",
      "heldout147, 0.97, 0.97, 0.93, 0.92",
      "heldout148, 0.97, 0.98, 0.96, 0.98",
      "heldout149, 0.98, 0.98, 0.86, 0.89",
      "heldout150, 0.98, 0.98, 0.91, 0.97",
      "heldout151, 0.96, 0.99, 0.91, 0.93",
      "heldout152, 0.97, 0.97, 0.94, 0.96",
      "heldout153, 0.94, 0.99, 0.93, 0.96",
      "heldout154, 0.98, 0.97, 0.92, 0.94",
      "heldout155, 0.99, 0.99, 0.91, 0.98",
      "heldout156, 0.85, 0.99, 0.92, 0.96",
      "heldout157, 0.93, 0.99, 0.95, 0.94",
      "heldout158, 0.97, 0.93, 0.92, 0.95",
      "heldout159, 0.98, 0.89, 0.91, 0.95",
      "heldout160, 0.97, 0.97, 0.94, 0.95",
      "heldout161, 0.97, 0.98, 0.90, 0.94",
      "heldout162, 0.97, 0.98, 0.92, 0.95",
      "heldout163, 0.99, 0.97, 0.92, 0.93",
      "heldout164, 0.96, 0.98, 0.91, 0.94",
      "heldout165, 0.97, 0.98, 0.90, 0.94",
      "heldout166, 0.96, 0.97, 0.88, 0.96",
      "heldout167, 0.93, 0.97, 0.91, 0.94"})
  void blindSetsStayAtOrAboveTheirFloors(String set, double quoted, double precision, double indirect, double speaker)
      throws URISyntaxException {
    Path dir = Path.of(getClass().getResource("/" + set + "/gold.jsonl").toURI()).getParent();
    StatementEvaluator.Result r = new StatementEvaluator(StatementExtractor.defaults()).evaluate(StatementEvaluator.readGold(dir.resolve("gold.jsonl")), dir);
    String report = r.report();
    System.out.printf(java.util.Locale.ROOT, "%s: quoted recall %.3f, indirect recall %.3f, precision %.3f, speaker accuracy %.3f%n",
        set, r.quoteRecall(), r.recall("indirect"), r.quotePrecision(), r.speakerAccuracy());
    assertTrue(r.quoteRecall() >= quoted, report);
    assertTrue(r.quotePrecision() >= precision, report);
    assertTrue(r.recall("indirect") >= indirect, report);
    assertTrue(r.speakerAccuracy() >= speaker, report);
  }

  private static Statement pred(String kind, String text, String speaker, String rule) {
    Statement s = new Statement(kind, text, 0, text.length());
    s.speaker = speaker;
    s.speakerId = speaker == null ? null : speaker.toLowerCase(java.util.Locale.ROOT);
    s.sieve = rule;
    return s;
  }

  private static StatementEvaluator.Gold gold(String kind, String speaker, String text) {
    return new StatementEvaluator.Gold("a.txt", kind, speaker.toLowerCase(java.util.Locale.ROOT), speaker, java.util.List.of(), text);
  }

  @Test
  void perRulePrecisionAndOneErrorKindPerError() {
    java.util.List<StatementEvaluator.Gold> g = java.util.List.of(
        gold("direct", "Erdogan", "We will not withdraw from our positions"), // matched, right speaker
        gold("direct", "Peskov", "The negotiations were difficult but useful"), // matched, wrong speaker
        gold("indirect", "Lavrov", "the talks would resume in Geneva next month"), // nothing: missed indirect
        gold("partial", "Akar", "a peaceful situation in accordance with our agreement"), // found as indirect
        gold("partial", "Putin", "useful and informative")); // nothing: missed quote
    java.util.List<Statement> p = java.util.List.of(
        pred("direct", "We will not withdraw from our positions", "Erdogan", "quote-speaker-cue"),
        pred("direct", "The negotiations were difficult but useful", "Putin", "continuation"),
        pred("indirect", "a peaceful situation in accordance with our agreement", "Akar", "subject-cue-clause"),
        pred("indirect", "the weather in Ankara was fine for the ceremony", "Akar", "subject-cue-clause"), // spurious
        pred("narrative", "Fighting went on.", "Outlet", "outlet"));
    StatementEvaluator.Result r = new StatementEvaluator.Result();
    new StatementEvaluator(StatementExtractor.defaults()).evaluateArticle("a.txt", g, p, r);
    String report = r.report();
    assertEquals(1, r.errors(StatementEvaluator.MISSED_QUOTE), report);
    assertEquals(1, r.errors(StatementEvaluator.MISSED_INDIRECT), report);
    assertEquals(1, r.errors(StatementEvaluator.WRONG_SPEAKER), report);
    assertEquals(1, r.errors(StatementEvaluator.KIND_MISMATCH), report);
    assertEquals(1, r.errors(StatementEvaluator.SPURIOUS), report);
    assertEquals(1.0, r.rulePrecision("quote-speaker-cue"), 1e-9);
    assertEquals(0.0, r.rulePrecision("subject-cue-clause"), 1e-9, report); // 0 of 2 matched
    assertEquals(1.0, r.rulePrecision("continuation"), 1e-9);
    assertTrue(Double.isNaN(r.rulePrecision("outlet")), report);
    assertTrue(report.contains("errors: missed quote 1, missed indirect 1, wrong speaker 1, kind mismatch 1, spurious 1"), report);
    assertTrue(report.contains("kind mismatch (1):\n  a.txt [subject-cue-clause] gold partial, predicted indirect: a peaceful"), report);
  }

  @Test
  void matchingRuleNeedsOverlapBothWays() {
    var g = WordBags.bag("it must support Turkey's");
    var longPred = WordBags.bag("it must support Turkey's \"political and humanitarian solutions in Syria' if it wants to avoid a repeat");
    var unrelated = WordBags.bag("the weather was fine");
    int inter = WordBags.inter(g, longPred);
    assertTrue(inter >= StatementEvaluator.GOLD_COVER * WordBags.size(g));
    assertTrue(WordBags.inter(g, unrelated) == 0);
  }
  @Test
  void oneCueReportingTwoClausesMatchesAGoldThatKeepsThemWhole() {
    java.util.List<StatementEvaluator.Gold> g = java.util.List.of(
        gold("indirect", "Kaya", "the bridge had been closed for repairs and that ferries would carry cars until June"));
    Statement a = pred("indirect", "the bridge had been closed for repairs", "Kaya", "subject-cue-clause");
    Statement b = pred("indirect", "ferries would carry cars until June", "Kaya", "coordinated-cue");
    a.cueStart = b.cueStart = 10;
    a.cueEnd = b.cueEnd = 14;
    StatementEvaluator.Result r = new StatementEvaluator.Result();
    new StatementEvaluator(StatementExtractor.defaults()).evaluateArticle("a.txt", g, java.util.List.of(a, b), r);
    assertEquals(0, r.errors(StatementEvaluator.MISSED_INDIRECT), r.report());
    assertEquals(0, r.errors(StatementEvaluator.SPURIOUS), r.report());
    // two clauses of two different cues are two statements, not one segmented differently
    Statement c = pred("indirect", "ferries would carry cars until June", "Kaya", "subject-cue-clause");
    c.cueStart = 40;
    c.cueEnd = 44;
    StatementEvaluator.Result r2 = new StatementEvaluator.Result();
    new StatementEvaluator(StatementExtractor.defaults()).evaluateArticle("a.txt", g, java.util.List.of(a, c), r2);
    assertEquals(1, r2.errors(StatementEvaluator.MISSED_INDIRECT), r2.report());
  }

  /** A speaker matches a gold alias that differs only by leading abbreviated titles ("Mr. Beridze", "Dr Anna Lindqvist"). */
  @org.junit.jupiter.api.Test
  void speakersMatchWithoutLeadingTitles() {
    StatementEvaluator.Gold g = new StatementEvaluator.Gold("a.txt", "direct", "beridze", "Mamuka Beridze",
        java.util.List.of("Mr. Beridze", "Dr Anna Lindqvist"), "We stayed.");
    assertTrue(StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Beridze", "quote-speaker-cue"), g));
    assertTrue(StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Anna Lindqvist", "quote-speaker-cue"), g));
    // negatives: another name, and a title that is the whole name is kept
    assertTrue(!StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Lindqvist", "quote-speaker-cue"), g));
    assertTrue(!StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Gen.", "quote-speaker-cue"), g));
  }

  /** An id of data/entities.tsv matches the gold speaker named as the entity is ("Hakan Fidan" for the surface "Fidan"). */
  @org.junit.jupiter.api.Test
  void entityIdsMatchTheEntitysNames() {
    StatementEvaluator.Gold g = new StatementEvaluator.Gold("a.txt", "indirect", "hakan-fidan", "Hakan Fidan",
        java.util.List.of("Foreign Minister Hakan Fidan"), "talks would resume");
    Statement ok = pred("indirect", "talks would resume", "Fidan", "subject-cue-clause");
    ok.speakerId = "fidan";
    assertTrue(StatementEvaluator.speakerMatches(ok, g));
    // another entity with the same surface is no match
    Statement other = pred("indirect", "talks would resume", "Fidan", "subject-cue-clause");
    other.speakerId = "erdogan";
    assertTrue(!StatementEvaluator.speakerMatches(other, g));
  }

  /** The speaker id made from the full name matches the gold speaker where the surface is a surname the gold does not list. */
  @org.junit.jupiter.api.Test
  void speakerIdsMatchTheGoldSpeakersFullName() {
    StatementEvaluator.Gold g = new StatementEvaluator.Gold("a.txt", "direct", "ozturk", "Nilüfer Öztürk",
        java.util.List.of("Nilüfer Öztürk, 52"), "We stayed.");
    Statement ok = pred("direct", "We stayed.", "Öztürk", "quote-speaker-cue");
    ok.speakerId = org.stancemap.speakers.SpeakerTable.slug("Nilüfer Öztürk");
    assertTrue(StatementEvaluator.speakerMatches(ok, g));
    Statement other = pred("direct", "We stayed.", "Öztürk", "quote-speaker-cue");
    other.speakerId = org.stancemap.speakers.SpeakerTable.slug("Kemal Öztürk");
    assertTrue(!StatementEvaluator.speakerMatches(other, g));
  }

  /** An honorific before a full name is a title: "Sir Malcolm Dawes" matches "Malcolm Dawes"; "Sir Malcolm" alone stays whole. */
  @org.junit.jupiter.api.Test
  void speakersMatchWithoutAnHonorificBeforeAFullName() {
    StatementEvaluator.Gold g = new StatementEvaluator.Gold("a.txt", "direct", "dawes", "Sir Malcolm Dawes",
        java.util.List.of("Sir Malcolm"), "We stayed.");
    assertTrue(StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Malcolm Dawes", "quote-speaker-cue"), g));
    assertTrue(StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Sir Malcolm", "quote-speaker-cue"), g));
    assertTrue(!StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Malcolm", "quote-speaker-cue"), g));
  }

  /** Post-nominal letters are no part of the name either way: "Helen Marsh KC" matches "Helen Marsh". */
  @org.junit.jupiter.api.Test
  void speakersMatchWithoutPostNominals() {
    StatementEvaluator.Gold g = new StatementEvaluator.Gold("a.txt", "direct", "marsh", "Helen Marsh KC", java.util.List.of(), "We stayed.");
    assertTrue(StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Helen Marsh", "quote-speaker-cue"), g));
    assertTrue(!StatementEvaluator.speakerMatches(pred("direct", "We stayed.", "Helen", "quote-speaker-cue"), g));
  }
}

