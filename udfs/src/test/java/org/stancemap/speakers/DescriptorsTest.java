package org.stancemap.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorsTest {
  /** A word listed twice in data/titles.txt would silently take the later line's class: the loader refuses it. */
  @Test
  void aTitleWordListedTwiceIsRefused() {
    List<String[]> none = List.of();
    Descriptors ok = new Descriptors(List.<String[]>of(new String[] {"envoy", "official"}, new String[] {"liberal", "other"}), none);
    assertEquals("official", ok.title("Envoy"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        new Descriptors(List.<String[]>of(new String[] {"liberal", "modifier"}, new String[] {"Liberal", "other"}), none));
    assertTrue(e.getMessage().contains("'liberal' is listed twice"), e.getMessage());
    // the packaged file loads
    assertEquals("official", Descriptors.load().title("envoy"));
  }

  @Test
  void aParentByTheirChildrensNumberHasTheParentsHead() {
    Descriptors d = Descriptors.load();
    assertEquals(d.head("mum"), d.head("mum-of-three"));
    assertEquals(d.head("father"), d.head("Father-of-2"));
    assertEquals("f", d.head("mum-of-three").gender);
    // not any compound with "of": "state-of-the-art", "mum-of-the-year"
    assertEquals(null, d.head("state-of-the-art"));
    assertEquals(null, d.head("mum-of-the-year"));
  }
}
