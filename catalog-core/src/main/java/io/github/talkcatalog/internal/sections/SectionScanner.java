package io.github.talkcatalog.internal.sections;

import io.github.talkcatalog.internal.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds heading lines without parsing the whole document as Markdown.
 *
 * <p>Follows CommonMark's rules for what can hide a heading: fenced code blocks, indented code (four
 * or more spaces), HTML comments and YAML front matter. Runs in time linear in the input.
 */
public final class SectionScanner {

  private SectionScanner() {}

  /**
   * Returns the headings of {@code source} in document order.
   *
   * @param source the document
   * @return the headings, possibly none
   */
  public static List<Heading> headings(SourceText source) {
    List<Heading> headings = new ArrayList<>();
    int n = source.lineCount();
    int i = 1;
    if (n > 0 && source.line(1).strip().equals("---")) {
      for (int j = 2; j <= n; j++) {
        String l = source.line(j).strip();
        if (l.equals("---") || l.equals("...")) {
          i = j + 1;
          break;
        }
      }
    }
    char fence = 0;
    int fenceLength = 0;
    boolean inComment = false;
    boolean previousParagraph = false;
    for (; i <= n; i++) {
      String line = source.line(i);
      if (fence != 0) {
        if (closesFence(line, fence, fenceLength)) {
          fence = 0;
        }
        continue;
      }
      if (inComment) {
        if (line.contains("-->")) {
          inComment = false;
        }
        continue;
      }
      int indent = indent(line);
      if (indent >= 4) {
        previousParagraph = previousParagraph && !line.isBlank();
        continue;
      }
      String t = line.substring(firstNonBlank(line));
      if (t.startsWith("```") || t.startsWith("~~~")) {
        fence = t.charAt(0);
        fenceLength = run(t, 0, fence);
        if (fence == '`' && t.indexOf('`', fenceLength) >= 0) {
          fence = 0; // not a fence: backticks in the info string
        } else {
          previousParagraph = false;
          continue;
        }
      }
      if (t.startsWith("<!--")) {
        inComment = !t.contains("-->");
        previousParagraph = false;
        continue;
      }
      Heading atx = atx(t, i, firstNonBlank(line));
      if (atx != null) {
        headings.add(atx);
        previousParagraph = false;
        continue;
      }
      if (previousParagraph && isSetextUnderline(t)) {
        String text = source.line(i - 1).strip();
        int level = t.charAt(0) == '=' ? 1 : 2;
        headings.add(new Heading(level, i - 1, firstNonBlank(source.line(i - 1)) + 1, i, text, false));
        previousParagraph = false;
        continue;
      }
      previousParagraph = !t.isBlank() && startsParagraph(t) && !lineBeforeContinues(source, i);
    }
    return headings;
  }

  /** Fewest words of a setext "heading" that is read as a summary followed by a rule. */
  static final int SUMMARY_WORDS = 8;

  /**
   * The underline lines of setext headings that a person reads as a summary followed by a rule: a
   * {@code ---} underline under a sentence of at least {@value #SUMMARY_WORDS} words, after a
   * heading of level 2 or deeper (a talk's fields and summary). CommonMark makes such a paragraph
   * a heading, which would start a new talk.
   *
   * @param source the document
   * @return 1-based line numbers of the underlines, in document order
   */
  public static List<Integer> summaryRules(SourceText source) {
    List<Integer> rules = new ArrayList<>();
    boolean inTalk = false;
    for (Heading h : headings(source)) {
      boolean setext = h.lastLine() != h.line();
      if (setext && h.level() == 2 && inTalk && words(h.rawText()) >= SUMMARY_WORDS) {
        rules.add(h.lastLine());
        continue;
      }
      inTalk = h.level() >= 2;
    }
    return rules;
  }

  private static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** A setext heading's text is one line here: only a single-line paragraph can become one. */
  private static boolean lineBeforeContinues(SourceText source, int i) {
    return i > 1 && !source.line(i - 1).isBlank() && startsParagraph(source.line(i - 1).strip());
  }

  private static boolean startsParagraph(String t) {
    char c = t.charAt(0);
    if (c == '-' || c == '*' || c == '+') {
      return !(t.length() == 1 || t.charAt(1) == ' ' || t.charAt(1) == '\t');
    }
    if (c == '>' || c == '|' || c == '<' || c == '!') {
      return false;
    }
    if (Character.isDigit(c)) {
      int j = 0;
      while (j < t.length() && j < 9 && Character.isDigit(t.charAt(j))) {
        j++;
      }
      if (j < t.length() && (t.charAt(j) == '.' || t.charAt(j) == ')')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSetextUnderline(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (c != '=' && c != '-') {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  private static Heading atx(String t, int lineNumber, int indent) {
    int hashes = run(t, 0, '#');
    if (hashes == 0 || hashes > 6) {
      return null;
    }
    boolean withoutSpace = false;
    if (hashes < t.length()) {
      char next = t.charAt(hashes);
      if (next != ' ' && next != '\t') {
        // "##NoSpace": not a heading in CommonMark, but a person reads one. "#hashtag" at level 1
        // and "#1" stay text.
        if (hashes < 2 || !Character.isLetter(next)) {
          return null;
        }
        withoutSpace = true;
      }
    }
    int start = hashes;
    while (start < t.length() && (t.charAt(start) == ' ' || t.charAt(start) == '\t')) {
      start++;
    }
    int end = t.length();
    while (end > start && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\t')) {
      end--;
    }
    // closing sequence: spaces then #s at the end
    int closing = end;
    while (closing > start && t.charAt(closing - 1) == '#') {
      closing--;
    }
    if (closing < end && (closing == start || t.charAt(closing - 1) == ' ' || t.charAt(closing - 1) == '\t')) {
      end = closing;
      while (end > start && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\t')) {
        end--;
      }
    }
    return new Heading(hashes, lineNumber, indent + start + 1, lineNumber, t.substring(start, end), withoutSpace);
  }

  private static boolean closesFence(String line, char fence, int length) {
    int indent = indent(line);
    if (indent >= 4) {
      return false;
    }
    String t = line.substring(firstNonBlank(line));
    int r = run(t, 0, fence);
    return r >= length && t.substring(r).isBlank();
  }

  private static int run(String s, int from, char c) {
    int i = from;
    while (i < s.length() && s.charAt(i) == c) {
      i++;
    }
    return i - from;
  }

  private static int firstNonBlank(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int indent(String line) {
    int col = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        col++;
      } else if (c == '\t') {
        col += 4 - (col % 4);
      } else {
        return col;
      }
    }
    return col;
  }
}
