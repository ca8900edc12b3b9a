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
  private final int firstCutLine;
  private final int cutLines;

  private SourceText(String name, List<String> lines, int firstCutLine, int cutLines) {
    this.name = name;
    this.lines = lines;
    this.firstCutLine = firstCutLine;
    this.cutLines = cutLines;
  }

  /**
   * Splits {@code text} into lines.
   *
   * @param name the source name used in diagnostics
   * @param text the decoded text
   * @return the source
   */
  public static SourceText of(String name, String text) {
    return of(name, text, Integer.MAX_VALUE);
  }

  /**
   * Splits {@code text} into lines, cutting each line to at most {@code maxLineLength} characters
   * (never between the two halves of a surrogate pair); see {@link #firstCutLine()}.
   *
   * @param name the source name used in diagnostics
   * @param text the decoded text
   * @param maxLineLength the longest line kept, at least 1
   * @return the source
   */
  public static SourceText of(String name, String text, int maxLineLength) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    List<String> lines = new ArrayList<>();
    int firstCut = 0;
    int cut = 0;
    int start = 0;
    int n = t.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? t.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (i == n && start == n) {
          break;
        }
        int end = i;
        if (end - start > maxLineLength) {
          end = start + maxLineLength;
          if (Character.isHighSurrogate(t.charAt(end - 1)) && Character.isLowSurrogate(t.charAt(end))) {
            end--;
          }
          cut++;
          if (firstCut == 0) {
            firstCut = lines.size() + 1;
          }
        }
        lines.add(t.substring(start, end));
        if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return new SourceText(name, List.copyOf(lines), firstCut, cut);
  }

  /**
   * The same source with other lines, e.g. lines rewritten by a guard; line cuts are kept.
   *
   * @param newLines the lines, as many as this source has
   * @return the new source
   */
  public SourceText withLines(List<String> newLines) {
    return new SourceText(name, List.copyOf(newLines), firstCutLine, cutLines);
  }

  /** The 1-based number of the first line cut to the maximum line length, or 0 when none was. */
  public int firstCutLine() {
    return firstCutLine;
  }

  /** How many lines were cut to the maximum line length. */
  public int cutLines() {
    return cutLines;
  }

  /** The lines, without terminators. */
  public List<String> lines() {
    return lines;
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
