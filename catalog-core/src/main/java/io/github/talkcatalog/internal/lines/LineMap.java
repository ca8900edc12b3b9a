package io.github.talkcatalog.internal.lines;

import io.github.talkcatalog.internal.source.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every line of a document classified once, by CommonMark's block rules: what hides a line from
 * reading (fenced and indented code, HTML comments, YAML front matter), what starts a block (ATX
 * and setext headings, list markers, HTML blocks, thematic breaks, pipe tables) and what is plain
 * text. Every later line-level decision asks the map instead of scanning again.
 *
 * <p>One pass, linear in the input, no Markdown parser. The map follows CommonMark at the top level
 * of the document; inside list items, indented lines are continuation text, never indented code.
 * Two readings are kept on purpose because a person reads them so: {@code ##Title} (no space after
 * two or more {@code #}) is a heading, and only a one-line paragraph becomes a setext heading.
 */
public final class LineMap {

  /** What a line is. */
  public enum Kind {
    /** Empty or white space only. */
    BLANK,
    /** A line of the YAML front matter, its {@code ---} delimiters included. */
    FRONT_MATTER,
    /** The opening or closing line of a fenced code block. */
    FENCE,
    /** A line inside a fenced code block. */
    FENCED_CODE,
    /** A line of indented code (four or more columns, not continuing a paragraph or list item). */
    INDENTED_CODE,
    /** A line of an HTML comment ({@code <!-- ... -->}). */
    COMMENT,
    /** A line of an HTML block other than a comment. */
    HTML_BLOCK,
    /** An ATX heading ({@code ## Title}). */
    ATX_HEADING,
    /** The text line of a setext heading. */
    SETEXT_HEADING,
    /** The {@code ===} or {@code ---} underline of a setext heading. */
    SETEXT_UNDERLINE,
    /** A thematic break ({@code ---}, {@code ***}, {@code ___}). */
    THEMATIC_BREAK,
    /** A line starting with a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}). */
    LIST_ITEM,
    /** Any other line: paragraph text, a continuation line, a table row. */
    TEXT
  }

  /** HTML block start condition 6: block-level tag names. */
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base",
      "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details",
      "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
      "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
      "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "title", "tr", "track", "ul");
  /** HTML block start condition 1: raw text elements, closed by their end tag. */
  private static final List<String> RAW_TAGS = List.of("script", "pre", "style", "textarea");

  private final SourceText source;
  private final Kind[] kinds;
  private final List<Heading> headings;

  private LineMap(SourceText source, Kind[] kinds, List<Heading> headings) {
    this.source = source;
    this.kinds = kinds;
    this.headings = headings;
  }

  /**
   * Classifies every line of {@code source}.
   *
   * @param source the document
   * @return the map; never null
   */
  public static LineMap of(SourceText source) {
    return new Classifier(source).run();
  }

  /**
   * The document the map describes.
   *
   * @return the source
   */
  public SourceText source() {
    return source;
  }

  /**
   * What line {@code line} is.
   *
   * @param line 1-based line number, 1 to {@link SourceText#lineCount()}
   * @return its kind
   * @throws IndexOutOfBoundsException when the line is out of range
   */
  public Kind kind(int line) {
    return kinds[line - 1];
  }

  /**
   * Whether line {@code line} is hidden from reading: code (fenced, its fences, or indented), an
   * HTML comment or front matter. Out-of-range lines are not hidden.
   *
   * @param line 1-based line number
   * @return true when nothing on the line is read as talk text
   */
  public boolean hidden(int line) {
    if (line < 1 || line > kinds.length) {
      return false;
    }
    Kind k = kinds[line - 1];
    return k == Kind.FENCE || k == Kind.FENCED_CODE || k == Kind.INDENTED_CODE || k == Kind.COMMENT
        || k == Kind.FRONT_MATTER;
  }

  /**
   * Whether line {@code line} is a fence or inside fenced code.
   *
   * @param line 1-based line number
   * @return true for {@link Kind#FENCE} and {@link Kind#FENCED_CODE}
   */
  public boolean fenced(int line) {
    if (line < 1 || line > kinds.length) {
      return false;
    }
    Kind k = kinds[line - 1];
    return k == Kind.FENCE || k == Kind.FENCED_CODE;
  }

  /**
   * The document's headings (ATX and setext), in order.
   *
   * @return the headings, possibly none; unmodifiable
   */
  public List<Heading> headings() {
    return headings;
  }

  /** Fewest words of a setext "heading" that is read as a summary followed by a rule. */
  public static final int SUMMARY_WORDS = 8;

  /**
   * The underline lines of setext headings that a person reads as a summary followed by a rule: a
   * {@code ---} underline under a sentence of at least {@value #SUMMARY_WORDS} words, after a
   * heading of level 2 or deeper (a talk's fields and summary). CommonMark makes such a paragraph
   * a heading, which would start a new talk.
   *
   * @return 1-based line numbers of the underlines, in document order
   */
  public List<Integer> summaryRules() {
    List<Integer> rules = new ArrayList<>();
    boolean inTalk = false;
    for (Heading h : headings) {
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

  /**
   * Whether a pipe table starts at line {@code line}: a row with a {@code |} followed, before line
   * {@code end}, by a delimiter row of {@code -}, {@code :} and {@code |}.
   *
   * @param line 1-based line of the header row
   * @param end the line after the last that may belong to the table
   * @return true when the two lines start a table
   */
  public boolean tableStart(int line, int end) {
    if (line + 1 >= end || line + 1 > kinds.length || hidden(line) || !source.line(line).contains("|")) {
      return false;
    }
    String d = source.line(line + 1).strip();
    if (!d.contains("-") || (!d.contains("|") && !source.line(line).strip().startsWith("|"))) {
      return false;
    }
    for (int i = 0; i < d.length(); i++) {
      if ("|-: \t".indexOf(d.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The width of a line's leading white space, tabs to the next multiple of four.
   *
   * @param line the line's text
   * @return columns of indentation
   */
  public static int indent(String line) {
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

  /**
   * A list marker at the start of {@code line}.
   *
   * @param line the line's text
   * @return {ordered ? 1 : 0, number or -1, index of the content}; null when the line does not
   *     start a list item (a thematic break does not)
   */
  public static int[] listMarker(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (i >= line.length()) {
      return null;
    }
    char c = line.charAt(i);
    if (c == '-' || c == '*' || c == '+') {
      if (i + 1 < line.length() && line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '\t') {
        return null;
      }
      if (isThematicBreak(line.strip())) {
        return null;
      }
      return new int[] {0, -1, Math.min(line.length(), i + 2)};
    }
    int digits = 0;
    int number = 0;
    while (i < line.length() && Character.isDigit(line.charAt(i)) && digits < 9) {
      number = number * 10 + (line.charAt(i) - '0');
      i++;
      digits++;
    }
    if (digits == 0 || i + 1 >= line.length() || (line.charAt(i) != '.' && line.charAt(i) != ')')
        || (line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '\t')) {
      return null;
    }
    return new int[] {1, number, i + 2};
  }

  static boolean isThematicBreak(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (first != '-' && first != '*' && first != '_') {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == first) {
        marks++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return marks >= 3;
  }

  /** The one pass. */
  private static final class Classifier {
    private final SourceText source;
    private final Kind[] kinds;
    private final List<Heading> headings = new ArrayList<>();
    private char fence;
    private int fenceLength;
    /** The end marker of an open HTML block of conditions 1-5, "" for 6-7 (ends at a blank line). */
    private String htmlEnd;
    private Kind htmlKind;
    /** A one-line paragraph is open: the next line may be its setext underline. */
    private boolean setextCandidate;
    /** A paragraph (or a list item's text) is open: indented lines continue it. */
    private boolean paragraph;
    private boolean inList;

    Classifier(SourceText source) {
      this.source = source;
      this.kinds = new Kind[source.lineCount()];
    }

    LineMap run() {
      int n = source.lineCount();
      int i = 1;
      if (n > 0 && source.line(1).strip().equals("---")) {
        for (int j = 2; j <= n; j++) {
          String l = source.line(j).strip();
          if (l.equals("---") || l.equals("...")) {
            for (int k = 1; k <= j; k++) {
              kinds[k - 1] = Kind.FRONT_MATTER;
            }
            i = j + 1;
            break;
          }
        }
      }
      for (; i <= n; i++) {
        kinds[i - 1] = classify(i, source.line(i));
      }
      return new LineMap(source, kinds, Collections.unmodifiableList(headings));
    }

    private Kind classify(int number, String line) {
      boolean wasSetextCandidate = setextCandidate;
      setextCandidate = false;
      if (fence != 0) {
        if (closesFence(line)) {
          fence = 0;
          return Kind.FENCE;
        }
        return Kind.FENCED_CODE;
      }
      if (htmlEnd != null) {
        if (htmlEnd.isEmpty()) {
          if (line.isBlank()) {
            htmlEnd = null;
            return Kind.BLANK;
          }
          return htmlKind;
        }
        if (line.toLowerCase(Locale.ROOT).contains(htmlEnd)) {
          htmlEnd = null;
        }
        return htmlKind;
      }
      if (line.isBlank()) {
        paragraph = false;
        return Kind.BLANK;
      }
      int indent = indent(line);
      if (indent >= 4) {
        setextCandidate = wasSetextCandidate;
        if ((paragraph || inList) && line.strip().startsWith("<!--")) {
          return htmlStart(line.strip());
        }
        if (paragraph || inList) {
          return Kind.TEXT; // a continuation line, not code
        }
        return Kind.INDENTED_CODE;
      }
      String t = line.substring(firstNonBlank(line));
      if (t.startsWith("```") || t.startsWith("~~~")) {
        char c = t.charAt(0);
        int length = run(t, c);
        if (c == '~' || t.indexOf('`', length) < 0) {
          fence = c;
          fenceLength = length;
          paragraph = false;
          return Kind.FENCE;
        }
      }
      Kind html = htmlStart(t);
      if (html != null) {
        paragraph = false;
        return html;
      }
      Heading atx = atx(t, number, firstNonBlank(line));
      if (atx != null) {
        headings.add(atx);
        paragraph = false;
        inList = false;
        return Kind.ATX_HEADING;
      }
      if (wasSetextCandidate && isSetextUnderline(t)) {
        String text = source.line(number - 1).strip();
        int level = t.charAt(0) == '=' ? 1 : 2;
        headings.add(new Heading(level, number - 1, firstNonBlank(source.line(number - 1)) + 1, number, text,
            false));
        kinds[number - 2] = Kind.SETEXT_HEADING;
        paragraph = false;
        return Kind.SETEXT_UNDERLINE;
      }
      if (isThematicBreak(t)) {
        paragraph = false;
        inList = false;
        return Kind.THEMATIC_BREAK;
      }
      if (listMarker(line) != null) {
        paragraph = true;
        inList = true;
        return Kind.LIST_ITEM;
      }
      if (indent == 0 && !paragraph) {
        inList = false;
      }
      String before = number > 1 ? source.line(number - 1) : "";
      setextCandidate = startsParagraph(t) && (before.isBlank() || !startsParagraph(before.strip()));
      paragraph = true;
      return Kind.TEXT;
    }

    /** An HTML block starting at {@code t} (conditions 1 to 7 of CommonMark), or null. */
    private Kind htmlStart(String t) {
      if (!t.startsWith("<")) {
        return null;
      }
      if (t.startsWith("<!--")) {
        if (t.indexOf("-->", 4) < 0) {
          htmlEnd = "-->";
          htmlKind = Kind.COMMENT;
        }
        return Kind.COMMENT;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      for (String raw : RAW_TAGS) {
        if (lower.startsWith("<" + raw) && boundary(lower, raw.length() + 1)) {
          return open("</" + raw + ">", lower, Kind.HTML_BLOCK);
        }
      }
      if (lower.startsWith("<?")) {
        return open("?>", lower.substring(2), Kind.HTML_BLOCK);
      }
      if (lower.startsWith("<![cdata[")) {
        return open("]]>", lower.substring(9), Kind.HTML_BLOCK);
      }
      if (lower.length() > 2 && lower.charAt(1) == '!' && Character.isLetter(lower.charAt(2))) {
        return open(">", lower.substring(2), Kind.HTML_BLOCK);
      }
      int nameStart = lower.startsWith("</") ? 2 : 1;
      int nameEnd = nameStart;
      while (nameEnd < lower.length() && (Character.isLetterOrDigit(lower.charAt(nameEnd)) || lower.charAt(nameEnd) == '-')) {
        nameEnd++;
      }
      if (nameEnd == nameStart || !Character.isLetter(lower.charAt(nameStart))) {
        return null;
      }
      String name = lower.substring(nameStart, nameEnd);
      boolean end = nameEnd == lower.length() || " \t>".indexOf(lower.charAt(nameEnd)) >= 0
          || lower.startsWith("/>", nameEnd);
      if (BLOCK_TAGS.contains(name) && end) {
        htmlEnd = "";
        htmlKind = Kind.HTML_BLOCK;
        return Kind.HTML_BLOCK;
      }
      if (!paragraph && RAW_TAGS.stream().noneMatch(name::equals) && wholeTag(t)) {
        htmlEnd = "";
        htmlKind = Kind.HTML_BLOCK;
        return Kind.HTML_BLOCK;
      }
      return null;
    }

    private Kind open(String endMarker, String rest, Kind kind) {
      if (!rest.contains(endMarker)) {
        htmlEnd = endMarker;
        htmlKind = kind;
      }
      return kind;
    }

    private static boolean boundary(String s, int at) {
      return at >= s.length() || " \t>".indexOf(s.charAt(at)) >= 0;
    }

    /**
     * Condition 7: the line is one complete open tag ({@code <name attr="v">}, {@code <name/>}) or
     * closing tag ({@code </name>}) and white space. Attribute values may be quoted.
     */
    private static boolean wholeTag(String t) {
      String s = t.strip();
      if (!s.endsWith(">")) {
        return false;
      }
      char quote = 0;
      for (int i = 1; i < s.length() - 1; i++) {
        char c = s.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '<' || c == '>') {
          return false;
        }
      }
      return quote == 0;
    }

    private boolean closesFence(String line) {
      if (indent(line) >= 4) {
        return false;
      }
      String t = line.substring(firstNonBlank(line));
      int r = run(t, fence);
      return r >= fenceLength && t.substring(r).isBlank();
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
      int hashes = run(t, '#');
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

    private static int run(String s, char c) {
      int i = 0;
      while (i < s.length() && s.charAt(i) == c) {
        i++;
      }
      return i;
    }

    private static int firstNonBlank(String line) {
      int i = 0;
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }
  }
}
