package io.github.talkcatalog.internal.read;

import java.util.Optional;

/**
 * Finds where the speakers start in a heading that lost its title/speaker separator, as index
 * lines do ({@code "Streaming Joins Bo Tran & Kai Moreno"}).
 *
 * <p>Best effort: the first speaker is the leftmost run of two (else three) words after the first
 * word that reads as a personal name and ends where a speaker list continues or ends (a
 * {@code ,}, {@code ;}, {@code &}, {@code and}, or the end of the text). Linear in the number of
 * words.
 */
public final class SpeakerBoundary {

  private SpeakerBoundary() {}

  /**
   * Splits {@code text} (without labels) into title and speaker part.
   *
   * @param text plain text, labels already removed
   * @return the character index where the speaker part starts, or empty when no name is found
   */
  public static Optional<Integer> find(String text) {
    String[] words = text.split(" ");
    int[] starts = new int[words.length];
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      starts[i] = at;
      at += words[i].length() + 1;
    }
    for (int size = 2; size <= 3; size++) {
      for (int k = 1; k + size <= words.length; k++) {
        if (isNameRun(words, k, size)) {
          return Optional.of(starts[k]);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isNameRun(String[] words, int k, int size) {
    StringBuilder name = new StringBuilder();
    for (int i = k; i < k + size; i++) {
      String w = words[i];
      boolean last = i == k + size - 1;
      if (w.isEmpty()) {
        return false;
      }
      if (!last && endsList(w)) {
        return false;
      }
      if (last && endsList(w)) {
        w = w.substring(0, w.length() - 1);
      } else if (last) {
        int next = k + size;
        boolean ends = next == words.length || words[next].equals("&") || words[next].equals("and")
            || words[next].equals(";") || words[next].startsWith("(");
        if (!ends) {
          return false;
        }
      }
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(w);
    }
    return SpeakerReader.isPersonName(name.toString());
  }

  private static boolean endsList(String w) {
    char c = w.charAt(w.length() - 1);
    return c == ',' || c == ';';
  }
}
