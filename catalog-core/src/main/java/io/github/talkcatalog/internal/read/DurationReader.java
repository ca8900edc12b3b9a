package io.github.talkcatalog.internal.read;

import java.util.Optional;

/**
 * Finds a recording's length written next to a talk: {@code [00:41:12]}, {@code `38:02`},
 * {@code 27:05}, {@code 00h 27m 40s}. A hand scan, linear in the text's length.
 */
public final class DurationReader {

  private DurationReader() {}

  /**
   * A length found in a text.
   *
   * @param seconds the length in seconds
   * @param start index of the first character, including an enclosing {@code [}, {@code (} or backtick
   * @param end index after the last character, including the closing bracket
   */
  public record Found(int seconds, int start, int end) {}

  /**
   * The first length in {@code text}: {@code H:MM:SS} or {@code M:SS} standing as a word of its own
   * (possibly in brackets or backticks), or {@code Hh Mm Ss} with at least two of the three parts.
   *
   * @param text plain text
   * @return the length, or empty
   */
  public static Optional<Found> find(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
        continue;
      }
      int[] end = new int[1];
      int seconds = colonForm(text, i, end);
      if (seconds < 0) {
        seconds = unitForm(text, i, end);
      }
      if (seconds >= 0) {
        int s = i;
        int e = end[0];
        if (s > 0 && e < text.length() && isOpen(text.charAt(s - 1)) && closes(text.charAt(s - 1), text.charAt(e))) {
          s--;
          e++;
        }
        return Optional.of(new Found(seconds, s, e));
      }
    }
    return Optional.empty();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '.' || c == ',';
  }

  private static boolean isOpen(char c) {
    return c == '[' || c == '(' || c == '`';
  }

  private static boolean closes(char open, char c) {
    return (open == '[' && c == ']') || (open == '(' && c == ')') || (open == '`' && c == '`');
  }

  /** {@code H:MM:SS} or {@code M:SS} at {@code i}; the seconds, or -1. */
  private static int colonForm(String t, int i, int[] end) {
    int[] parts = new int[3];
    int count = 0;
    int at = i;
    while (count < 3) {
      int digits = 0;
      int n = 0;
      while (at < t.length() && Character.isDigit(t.charAt(at)) && digits < 3) {
        n = n * 10 + (t.charAt(at) - '0');
        at++;
        digits++;
      }
      if (digits == 0 || (count > 0 && digits != 2) || (count == 0 && digits > 2)) {
        return -1;
      }
      parts[count++] = n;
      if (at < t.length() && t.charAt(at) == ':' && at + 1 < t.length() && Character.isDigit(t.charAt(at + 1))) {
        at++;
      } else {
        break;
      }
    }
    if (count < 2 || (at < t.length() && isWordChar(t.charAt(at)))) {
      return -1;
    }
    if (parts[count - 1] >= 60 || (count == 3 && parts[1] >= 60)) {
      return -1;
    }
    end[0] = at;
    return count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
  }

  /** {@code 00h 27m 40s} at {@code i}; the seconds, or -1. */
  private static int unitForm(String t, int i, int[] end) {
    int at = i;
    int total = 0;
    int partsSeen = 0;
    String units = "hms";
    int unitAt = 0;
    int lastEnd = i;
    while (at < t.length() && unitAt < 3) {
      int digits = 0;
      int n = 0;
      int p = at;
      while (p < t.length() && Character.isDigit(t.charAt(p)) && digits < 3) {
        n = n * 10 + (t.charAt(p) - '0');
        p++;
        digits++;
      }
      if (digits == 0 || p >= t.length()) {
        break;
      }
      int u = units.indexOf(Character.toLowerCase(t.charAt(p)), unitAt);
      if (u < 0 || (p + 1 < t.length() && Character.isLetterOrDigit(t.charAt(p + 1)))) {
        break;
      }
      total += n * (u == 0 ? 3600 : u == 1 ? 60 : 1);
      partsSeen++;
      unitAt = u + 1;
      lastEnd = p + 1;
      at = lastEnd;
      if (at < t.length() && t.charAt(at) == ' ') {
        at++;
      }
    }
    if (partsSeen < 2) {
      return -1;
    }
    end[0] = lastEnd;
    return total;
  }
}
