package org.stancemap.notebooks;

/** A notebook cell that did not compile, threw, or used something the runner refuses. */
public final class NotebookCellFailure extends RuntimeException {
  private final String notebook;
  private final int cellIndex;

  NotebookCellFailure(Notebook notebook, Notebook.Cell cell, String what, String detail, Throwable cause) {
    super(notebook.name() + ", cell " + cell.index() + " (code cell " + notebook.codeCellNumber(cell) + " of "
        + notebook.codeCellCount() + "): " + what + "\n--- cell source ---\n" + cell.source()
        + "\n--- interpreter output ---\n" + detail, cause);
    this.notebook = notebook.name();
    this.cellIndex = cell.index();
  }

  /** The notebook's file name, e.g. {@code compare-outlets.ipynb}. */
  public String notebook() {
    return notebook;
  }

  /** The failing cell's 0-based position in the notebook's cells array. */
  public int cellIndex() {
    return cellIndex;
  }
}
