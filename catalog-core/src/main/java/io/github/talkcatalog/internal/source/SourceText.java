package io.github.talkcatalog.internal.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded source document split into lines, with its name for diagnostics.
 *
 * <p>A leading byte-order mark is dropped; lines end at {@code \n}, {@code \r\n} or {@code \r},
 * which are not part of the line. Line numbers are 1-based.
 */
public final class SourceText {

  private final String name;
  private final List<String> lines;

  private SourceText(String name, List<String> lines) {
    this.name = name;
    this.lines = lines;
  }

  /**
   * Splits {@code text} into lines.
   *
   * @param name the source name used in diagnostics
   * @param text the decoded text
   * @return the source
   */
  public static SourceText of(String name, String text) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(t.substring(start, i));
        if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(t.substring(start));
    }
    return new SourceText(name, List.copyOf(lines));
  }

  /** The source name used in diagnostics. */
  public String name() {
    return name;
  }

  /** The number of lines. */
  public int lineCount() {
    return lines.size();
  }

  /**
   * Returns one line.
   *
   * @param lineNumber 1-based
   * @return the line without its terminator
   */
  public String line(int lineNumber) {
    return lines.get(lineNumber - 1);
  }

  /** Whether the document holds nothing but white space. */
  public boolean isBlank() {
    return lines.stream().allMatch(String::isBlank);
  }

  /**
   * Joins lines {@code from} (inclusive) to {@code to} (exclusive) with {@code \n}.
   *
   * @param from 1-based first line
   * @param to 1-based line after the last
   * @return the text of the lines
   */
  public String text(int from, int to) {
    return String.join("\n", lines.subList(from - 1, to - 1));
  }
}
