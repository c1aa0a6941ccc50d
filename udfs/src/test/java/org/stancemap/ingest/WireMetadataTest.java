package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outlet and date from a wire dateline, tag or byline when the input gives none; input fields win. */
class WireMetadataTest {
  final ArticleParser parser = ArticleParser.load(ArticleParser.DEFAULT_MAX_BYTES);

  ParsedArticle parse(String text, Metadata meta) {
    return assertInstanceOf(ParsedArticle.class, parser.fromText("t", text, meta));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MOSCOW (Reuters) – The central bank held rates on Friday.|Reuters",
      "MOSCOW, March 5. /TASS/. The ministry published its figures.|TASS",
      "(AFP) - A storm hit the coast overnight.|Agence France-Presse",
      "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Jan 3 (KUNA) -- The assembly convened.|KUNA",
      "ANKARA (AA) - The minister visited a school.|Anadolu Agency",
      "DAMASCUS, Jan. 3 (SANA) – The governor opened a school.|SANA",
      "TEHRAN, Feb. 2 (IRNA) - The cabinet met.|IRNA",
  })
  void theOutletComesFromTheWireTag(String text, String outlet) {
    ParsedArticle a = parse(text, Metadata.NONE);
    assertEquals(outlet, a.outlet());
    assertEquals(ArticleParser.DATELINE, a.outletSource());
  }

  @Test
  void aBylineNamesItsAgency() {
    ParsedArticle a = parse("By Jane Doe, Reuters\n\nThe council met on Sunday.", Metadata.NONE);
    assertEquals("Reuters", a.outlet());
    assertEquals(ArticleParser.DATELINE, a.outletSource());
  }

  @Test
  void aMentionedAgencyOrAPhotoCreditNamesNoOutlet() {
    assertNull(parse("Reuters reported that the talks had stalled.", Metadata.NONE).outlet());
    assertNull(parse("Leaders met in the Kremlin. Ivan Petrov / TASS\n\nThe talks lasted three hours.", Metadata.NONE).outlet());
  }

  @Test
  void inputFieldsWinOverTextClues() {
    ParsedArticle a = parse("MOSCOW, March 5. /TASS/. The ministry spoke.", new Metadata("The Moscow Times", null, "2021-01-02", null));
    assertEquals("The Moscow Times", a.outlet());
    assertEquals(ArticleParser.MANIFEST, a.outletSource());
    assertEquals(LocalDate.of(2021, 1, 2), a.published());
    assertEquals(ArticleParser.MANIFEST, a.publishedSource());
    // a URL's domain is the publisher even when the copy carries an agency's tag
    ParsedArticle b = parse("ANKARA (AA) - The minister spoke.", new Metadata(null, "https://www.dailysabah.com/politics/x", null, null));
    assertEquals("Daily Sabah", b.outlet());
  }

  @Test
  void theDatelineDateWithItsOwnYear() {
    ParsedArticle a = parse("WASHINGTON, Oct. 9, 2019 (Reuters) - The committee voted.", Metadata.NONE);
    assertEquals(LocalDate.of(2019, 10, 9), a.published());
    assertEquals(ArticleParser.DATELINE, a.publishedSource());
  }

  @Test
  void theYearComesFromOtherClues() {
    // a date in the same month written with its year
    assertEquals(LocalDate.of(2020, 3, 5), parse("MOSCOW, March 5. /TASS/. Talks held on March 3, 2020 were useful.", Metadata.NONE).published());
    // a year in the URL path
    assertEquals(LocalDate.of(2018, 7, 8), parse("SOCHI, July 8. /TASS/. The coach spoke.", new Metadata(null, "https://tass.com/sport/2018/x", null, null)).published());
    // a copyright line
    assertEquals(LocalDate.of(2023, 5, 10), parse("MOSCOW, May 10. /TASS/. The minister spoke.\n\n© 2023 Example", Metadata.NONE).published());
    // an archive capture: the year before when the dateline's day comes after the capture
    assertEquals(LocalDate.of(2018, 12, 28), parse("MOSCOW, December 28. /TASS/. Ministers met.",
        new Metadata(null, "https://web.archive.org/web/20190105000000/https://tass.com/politics/1", null, null)).published());
    // nothing gives the year: unknown rather than a guess (a year of the past mentioned in passing is no clue)
    ParsedArticle none = parse("MOSCOW, March 5. /TASS/. The zone was set up in 2017.", Metadata.NONE);
    assertNull(none.published());
    assertEquals(ArticleParser.UNKNOWN, none.publishedSource());
  }

  @Test
  void anArchiveUrlGivesTheOriginalDomainAndOutlet() {
    ParsedArticle a = parse("Thousands marched on Friday.", new Metadata(null,
        "https://web.archive.org/web/20191012000000/https://www.aljazeera.com/news/2019/10/11/story", null, null));
    assertEquals("aljazeera.com", a.domain());
    assertEquals("Al Jazeera", a.outlet());
    assertEquals(LocalDate.of(2019, 10, 11), a.published());
    assertEquals("url", a.publishedSource());
  }
}
