package io.github.talkcatalog.internal.read;

import java.util.Optional;

/**
 * Reads a talk summary: whether it was cut off by its source, and where it repeats the heading's
 * speaker part.
 */
public final class SummaryReader {

  private SummaryReader() {}

  /**
   * The truncation rule of the catalog JSON format: the summary's length, counted before trailing
   * white space is trimmed, reaches the cut length, and it does not end with sentence-final
   * punctuation ({@code . ! ? …}, optionally followed by a closing quote or bracket).
   *
   * <p>A cut that ended in a space which the author's editor then stripped leaves one character
   * less; a summary of {@code cutLength - 1} characters ending mid-sentence counts as cut too.
   *
   * @param raw the summary's source text, before trimming trailing white space
   * @param cutLength the source's cut length in characters (code points), e.g. 200
   * @return whether the summary was cut off
   */
  public static boolean isTruncated(String raw, int cutLength) {
    String stripped = raw.stripTrailing();
    int length = raw.codePointCount(0, raw.length());
    if (length < cutLength - 1 || stripped.isEmpty()) {
      return false;
    }
    int end = stripped.length();
    while (end > 0 && "\"'”’»)]".indexOf(stripped.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return true;
    }
    char last = stripped.charAt(end - 1);
    return !(last == '.' || last == '!' || last == '?' || last == '…');
  }

  /**
   * The text after a summary's echo of the heading ({@code "Label: Title - "}), where the speakers
   * are repeated with fuller details.
   *
   * @param summary the summary's plain text
   * @param title the talk's title
   * @return the text after the separator, or empty when the summary does not start with the title
   */
  public static Optional<String> speakerText(String summary, String title) {
    if (title.isEmpty()) {
      return Optional.empty();
    }
    int at = -1;
    for (int i = 0; i <= 120 && i + title.length() <= summary.length(); i++) {
      if (summary.regionMatches(true, i, title, 0, title.length())) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return Optional.empty();
    }
    String prefix = summary.substring(0, at).strip();
    if (!prefix.isEmpty() && !prefix.endsWith(":")) {
      return Optional.empty();
    }
    int i = at + title.length();
    while (i < summary.length() && summary.charAt(i) == ' ') {
      i++;
    }
    if (i >= summary.length() || "-–—".indexOf(summary.charAt(i)) < 0) {
      return Optional.empty();
    }
    return Optional.of(summary.substring(i + 1).strip());
  }
}
