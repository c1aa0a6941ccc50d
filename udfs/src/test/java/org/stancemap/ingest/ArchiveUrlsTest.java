package org.stancemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveUrlsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://web.archive.org/web/20190312101010/https://www.aljazeera.com/news/2019/3/12/story|aljazeera.com",
      "http://web.archive.org/web/20190312101010id_/http://www.aljazeera.com/news/story.html|aljazeera.com",
      "https://web.archive.org/web/2019*/https:/www.aa.com.tr/en/story|aa.com.tr",
      "https://archive.ph/2020.03.05-101010/https://tass.com/politics/123|tass.com",
      "https://archive.today/newest/https://www.dailysabah.com/politics/story|dailysabah.com",
      "https://archive.is/o/AbCdE/https://sana.sy/en/?p=1|sana.sy",
      "https://webcache.googleusercontent.com/search?q=cache:Ab12Cd34EfGh:https://www.reuters.com/world/story+&cd=1&hl=en|reuters.com",
      "https://webcache.googleusercontent.com/search?q=cache:www.rt.com/news/story/|rt.com",
      "https://www.aljazeera.com/news/story|aljazeera.com",
  })
  void theDomainIsTheArchivedPages(String url, String host) {
    assertEquals(host, OutletTable.hostOf(url));
  }

  @Test
  void captureDates() {
    assertEquals(Optional.of(LocalDate.of(2019, 3, 12)), ArchiveUrls.captured("https://web.archive.org/web/20190312101010/https://x.com/a"));
    assertEquals(Optional.of(LocalDate.of(2020, 3, 5)), ArchiveUrls.captured("https://archive.ph/2020.03.05-101010/https://x.com/a"));
    assertEquals(Optional.empty(), ArchiveUrls.captured("https://x.com/2020/03/05/a"));
    assertEquals("https://x.com/2020/03/05/a", ArchiveUrls.original("https://x.com/2020/03/05/a"));
  }

  @Test
  void theArchivedOutletIsInferred() {
    OutletTable t = OutletTable.load();
    assertEquals("Al Jazeera", t.infer("Text.", "https://web.archive.org/web/20190312101010/https://www.aljazeera.com/news/x").orElseThrow().outlet().name());
  }
}
