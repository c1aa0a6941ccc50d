package org.stancemap.tone;

/**
 * A word or punctuation mark of a text.
 *
 * @param text as written
 * @param lower lower case, curly apostrophes straightened (the lexicon key)
 * @param start offset in the text
 * @param end offset after it (exclusive)
 * @param word true for words and numbers, false for punctuation
 */
public record Token(String text, String lower, int start, int end, boolean word) {
  /** ALL CAPS word of two letters or more (VADER's emphasis rule). */
  public boolean allCaps() {
    if (!word || text.length() < 2) return false;
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letter = true;
    }
    return letter;
  }
}
