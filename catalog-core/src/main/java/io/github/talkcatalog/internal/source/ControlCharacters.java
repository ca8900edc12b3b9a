package io.github.talkcatalog.internal.source;

/**
 * Takes out of a text the characters that are not text: C0 control characters other than tab,
 * line feed and carriage return (ESC, BEL, backspace…), DEL, C1 control characters, and byte-order
 * marks (U+FEFF) after the first character. A control character would reach a terminal raw from a
 * title or summary; a byte-order mark in the middle of a file hides the heading it stands before.
 * NUL is left to the Markdown reader, which reads it as U+FFFD, as CommonMark says.
 *
 * @param text the text without them; the same instance when there were none
 * @param count how many were taken out
 * @param firstLine the 1-based line of the first one, or 0 when there was none
 * @param firstColumn the 1-based column of the first one, or 0 when there was none
 */
public record ControlCharacters(String text, int count, int firstLine, int firstColumn) {

  /**
   * Takes the characters out of {@code text}, in one pass.
   *
   * @param text the decoded text; a byte-order mark as its first character is kept (it is the
   *     encoding's, not the text's)
   * @return the text without them and where the first one was
   */
  public static ControlCharacters strip(String text) {
    StringBuilder b = null;
    int count = 0;
    int line = 1;
    int lineStart = 0;
    int firstLine = 0;
    int firstColumn = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
      if (!isDropped(c, i)) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(n);
        b.append(text, 0, i);
        firstLine = line;
        firstColumn = i - lineStart + 1;
      }
      count++;
    }
    return b == null ? new ControlCharacters(text, 0, 0, 0) : new ControlCharacters(b.toString(), count, firstLine, firstColumn);
  }

  private static boolean isDropped(char c, int at) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r' && c != '\0';
    }
    return c == 0x7F || c >= 0x80 && c <= 0x9F || c == '\uFEFF' && at > 0;
  }
}
