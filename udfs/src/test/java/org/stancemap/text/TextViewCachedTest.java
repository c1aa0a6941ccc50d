package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link TextView#cached}: the same view for an equal text on one thread, a fresh one otherwise. */
class TextViewCachedTest {
  @Test
  void equalTextReusesTheViewOtherTextDoesNot() throws InterruptedException {
    String a = "\u201cWe will stay,\u201d he said.\n\nThe talks\nresumed.";
    TextView first = TextView.cached(a);
    // an equal text in another String object, as Spark hands each UDF its own copy
    assertSame(first, TextView.cached(new String(a.toCharArray())));
    TextView other = TextView.cached("Another article.");
    assertNotSame(first, other);
    assertEquals("Another article.", other.view());
    TextView again = TextView.cached(a);
    assertNotSame(first, again); // only the last view is kept
    for (String t : new String[] {a, "", "x\ty"}) {
      assertEquals(TextView.of(t).view(), TextView.cached(t).view());
      assertEquals(TextView.of(t).paragraphCount(), TextView.cached(t).paragraphCount());
    }
    assertEquals("", TextView.cached(null).view());
    // another thread keeps its own
    AtomicReference<TextView> seen = new AtomicReference<>();
    Thread t = new Thread(() -> seen.set(TextView.cached(a)));
    t.start();
    t.join();
    assertNotSame(TextView.cached(a), seen.get());
  }
}
