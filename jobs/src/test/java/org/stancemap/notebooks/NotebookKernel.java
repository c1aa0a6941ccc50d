package org.stancemap.notebooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * What the runner binds as {@code kernel} in the interpreter: the subset of Toree's
 * {@code org.apache.toree.kernel.api.Kernel} that notebooks use ({@code kernel.sparkSession},
 * {@code kernel.sparkContext}, {@code kernel.display.content(mime, data)} / {@code .html(..)}).
 * Display calls are recorded, so tests can check that a chart really was shown.
 */
public final class NotebookKernel {
  private final SparkSession session;
  private final Display display = new Display();

  public NotebookKernel(SparkSession session) {
    this.session = session;
  }

  public SparkSession sparkSession() {
    return session;
  }

  public SparkContext sparkContext() {
    return session.sparkContext();
  }

  public Display display() {
    return display;
  }

  /** One display message sent by a cell: its MIME type and content. */
  public record Shown(String mimeType, String data) {}

  /** Toree's {@code DisplayMethodsLike}. */
  public static final class Display {
    private final List<Shown> shown = Collections.synchronizedList(new ArrayList<>());

    public void content(String mimeType, String data) {
      if (mimeType == null || mimeType.isBlank()) throw new IllegalArgumentException("display without a MIME type");
      if (data == null) throw new IllegalArgumentException("display of null " + mimeType);
      shown.add(new Shown(mimeType, data));
    }

    public void html(String data) {
      content("text/html", data);
    }

    public void javascript(String data) {
      content("application/javascript", data);
    }

    public void clear(boolean await) {
      // nothing is shown anywhere: there is no front end
    }

    public void clear() {
      clear(false);
    }

    public List<Shown> shown() {
      synchronized (shown) {
        return List.copyOf(shown);
      }
    }

    void reset() {
      shown.clear();
    }
  }
}
