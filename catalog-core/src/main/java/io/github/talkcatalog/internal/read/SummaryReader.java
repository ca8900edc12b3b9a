package io.github.talkcatalog.internal.read;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Speaker;
import java.util.List;
import java.util.Optional;

/**
 * Reads a talk summary: whether it was cut off by its source, and where it repeats the heading's
 * speaker part.
 */
public final class SummaryReader {

  private SummaryReader() {}

  /**
   * The truncation rule of the catalog JSON format: the summary's source text, counted before
   * trailing white space is trimmed, reaches the cut length, and the summary's text does not end
   * with sentence-final punctuation ({@code . ! ? …}, optionally followed by a closing quote or
   * bracket).
   *
   * <p>The length is that of the source (escapes and markup as written); the ending is that of the
   * text, so markup or an embed after the last sentence ({@code <br>}, a video shortcode on the
   * paragraph's last line) does not make a whole summary look cut. A cut that ended in a space
   * which the author's editor then stripped leaves one character less; a summary of
   * {@code cutLength - 1} characters ending mid-sentence counts as cut too.
   *
   * @param raw the summary's source text, before trimming trailing white space
   * @param text the summary's plain text, as the talk's summary holds it
   * @param cutLength the source's cut length in characters (code points), e.g. 200
   * @return whether the summary was cut off
   */
  public static boolean isTruncated(String raw, String text, int cutLength) {
    String stripped = text.stripTrailing();
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

  /**
   * The abstract: the summary without its echo of the heading. The echo is
   * {@code "Label: Title - "} ({@link #speakerText}) followed by the speakers with their details as
   * the speaker reader read them from it; the abstract starts after the last of those details
   * found in order. Without an echo, the abstract is the whole summary.
   *
   * @param summary the summary's plain text
   * @param title the talk's title
   * @param speakers the speakers read with the summary's details, in order
   * @param truncated whether the summary was cut off: then text that continues the echo (starts
   *     with {@code ,}, {@code ;} or {@code &}) is a cut detail, not an abstract
   * @return the abstract; empty ({@code ""}) when the summary is nothing but the echo
   */
  public static String abstractText(String summary, String title, List<Speaker> speakers, boolean truncated) {
    Optional<String> echo = speakerText(summary, title);
    if (echo.isEmpty()) {
      return summary;
    }
    String text = echo.get();
    int cursor = 0;
    for (Speaker speaker : speakers) {
      int end = find(text, cursor, speaker.name());
      if (end < 0) {
        continue;
      }
      cursor = end;
      for (Affiliation a : speaker.affiliations()) {
        for (String part : new String[] {a.role().orElse(""), a.organization().map(o -> o.name()).orElse("")}) {
          int partEnd = part.isEmpty() ? -1 : find(text, cursor, part);
          cursor = Math.max(cursor, partEnd);
        }
      }
    }
    String rest = text.substring(cursor).strip();
    if (truncated && !rest.isEmpty() && ",;&".indexOf(rest.charAt(0)) >= 0) {
      return "";
    }
    int start = 0;
    while (start < rest.length()
        && (",;&".indexOf(rest.charAt(start)) >= 0 || Character.isWhitespace(rest.charAt(start)))) {
      start++;
    }
    return rest.substring(start);
  }

  /**
   * The end of {@code part} in {@code text} at or after {@code from}, ignoring case, where it
   * starts within a short distance (details follow each other closely); -1 when not there.
   */
  private static int find(String text, int from, String part) {
    int last = Math.min(text.length() - part.length(), from + 80);
    for (int i = from; i <= last; i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return i + part.length();
      }
    }
    return -1;
  }
}
