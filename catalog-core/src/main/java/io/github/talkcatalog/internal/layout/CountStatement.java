package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.model.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the count an introduction states: {@code "There are 53 videos ..."}, {@code "at least 3
 * talks"}. The collection's own count ({@code "117 videos"} in its link) is not the catalog's, and
 * a number written as a year (four digits, 1900 to 2099: {@code "Slides for 2031 talks"}) is none.
 */
final class CountStatement {

  private static final Set<String> NOUNS = Set.of(
      "video", "videos", "talk", "talks", "session", "sessions", "recording", "recordings",
      "presentation", "presentations", "lecture", "lectures", "entries", "items", "keynotes");

  private CountStatement() {}

  /**
   * A stated count.
   *
   * @param count the number as stated
   * @param lowerBound whether the text says it is a lower bound
   */
  record Count(int count, boolean lowerBound) {}

  static Optional<Count> read(String text, Collection collection) {
    String[] words = text.split(" ");
    String lower = text.toLowerCase(Locale.ROOT);
    boolean open = lower.contains("non-exhaustive") || lower.contains("not exhaustive")
        || lower.contains("incomplete");
    for (int i = 0; i < words.length; i++) {
      String w = stripPunctuation(words[i]);
      if (w.isEmpty() || w.length() > 7 || !w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      int n = Integer.parseInt(w);
      if (w.length() == 4 && n >= 1900 && n <= 2099) {
        continue; // a year ("Slides for 2031 talks"), not a count
      }
      // the noun may follow after up to two words ("53 short videos")
      for (int j = i + 1; j < words.length && j <= i + 3; j++) {
        String noun = stripPunctuation(words[j]).toLowerCase(Locale.ROOT);
        if (NOUNS.contains(noun)) {
          boolean inCollection = collection != null && collection.label().isPresent()
              && collection.size().isPresent() && collection.size().getAsInt() == n
              && collection.label().get().toLowerCase(Locale.ROOT).contains(w + " " + noun);
          if (inCollection) {
            break;
          }
          boolean atLeast = i >= 2 && stripPunctuation(words[i - 2]).equalsIgnoreCase("at")
              && stripPunctuation(words[i - 1]).equalsIgnoreCase("least");
          boolean over = i >= 1 && (words[i - 1].equalsIgnoreCase("over")
              || words[i - 1].equalsIgnoreCase("more") || words[i - 1].equalsIgnoreCase("than"));
          return Optional.of(new Count(n, open || atLeast || over));
        }
      }
    }
    return Optional.empty();
  }

  private static String stripPunctuation(String w) {
    int s = 0;
    int e = w.length();
    while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(s, e);
  }
}
