package org.stancemap.notebooks;

/** Hands the runner's kernel to the interpreter, which reads it with {@code NotebookKernelHolder.get()}. */
public final class NotebookKernelHolder {
  private static volatile NotebookKernel current;

  private NotebookKernelHolder() {}

  static void set(NotebookKernel kernel) {
    current = kernel;
  }

  public static NotebookKernel get() {
    if (current == null) throw new IllegalStateException("no notebook kernel bound");
    return current;
  }
}
