package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the entries of a region of lines (the part of a document before its first heading, or the
 * body of one heading) at line level: list items with their continuation lines and nested items,
 * paragraph lines that stand for one talk each, HTML {@code <li>} items, and pipe tables.
 *
 * <p>One pass over the lines; what the {@link LineMap} hides (code, HTML comments, front matter)
 * is skipped. Nothing here decides
 * whether an entry is a talk: see {@link ListLayout}.
 */
final class EntryScanner {

  private EntryScanner() {}

  /** What a region holds, in document order. */
  sealed interface Piece {}

  /** The kind of an entry. */
  enum Kind { BULLET, ORDERED, EMOJI_LINE, LINK_LINE, TEXT_AND_URL, HTML_ITEM }

  /** A nested item or continuation under an entry. */
  record Child(int line, int column, String markdown) {}

  /**
   * One entry.
   *
   * @param kind how it was written
   * @param number the number of an ordered item, else 0
   * @param line 1-based line of its first character
   * @param column 1-based column of its text
   * @param markdown its own text (first line and continuation lines, joined by newlines)
   * @param children nested items, each with its continuation lines, in order
   */
  record Entry(Kind kind, int number, int line, int column, String markdown, List<Child> children)
      implements Piece {}

  /** A grouping heading written in HTML ({@code <h5>Category</h5>}). */
  record HtmlHeading(int line, String text) implements Piece {}

  /** A pipe table: its header cells and rows of cells. */
  record Table(int line, List<String> header, List<Row> rows) implements Piece {}

  /** One table row. */
  record Row(int line, List<String> cells) {}

  /** A paragraph line that is none of the entries above, e.g. an introduction or a note. */
  record Text(int line, String markdown) implements Piece {}

  private static final class Open {
    Kind kind;
    int number;
    int line;
    int column;
    int indent;
    final StringBuilder text = new StringBuilder();
    final List<int[]> childPos = new ArrayList<>();
    final List<StringBuilder> childText = new ArrayList<>();
    final List<Integer> childIndent = new ArrayList<>();

    Entry close() {
      List<Child> children = new ArrayList<>();
      for (int i = 0; i < childText.size(); i++) {
        children.add(new Child(childPos.get(i)[0], childPos.get(i)[1], childText.get(i).toString()));
      }
      return new Entry(kind, number, line, column, text.toString(), children);
    }
  }

  /**
   * Scans lines {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param map the document's line map
   * @param from first line, 1-based
   * @param to line after the last
   * @return the pieces in order
   */
  static List<Piece> scan(LineMap map, int from, int to) {
    SourceText source = map.source();
    List<Piece> pieces = new ArrayList<>();
    Open open = null;
    boolean previousBlank = true;
    int last = Math.min(to, source.lineCount() + 1);
    for (int n = Math.max(1, from); n < last; n++) {
      String line = source.line(n);
      String stripped = line.strip();
      if (map.hidden(n)) {
        if (map.kind(n) == LineMap.Kind.FENCE) {
          open = close(open, pieces);
        }
        continue;
      }
      if (stripped.isEmpty()) {
        previousBlank = true;
        continue;
      }
      int indent = LineMap.indent(line);
      int[] marker = LineMap.listMarker(line);
      if (marker != null) {
        String content = line.substring(marker[2]).strip();
        if (open != null && (open.kind == Kind.BULLET || open.kind == Kind.ORDERED) && indent > open.indent) {
          open.childPos.add(new int[] {n, marker[2] + 1});
          open.childText.add(new StringBuilder(content));
          open.childIndent.add(indent);
        } else {
          close(open, pieces);
          open = new Open();
          open.kind = marker[0] > 0 ? Kind.ORDERED : Kind.BULLET;
          open.number = Math.max(0, marker[1]);
          open.line = n;
          open.column = marker[2] + 1;
          open.indent = indent;
          open.text.append(content);
        }
        previousBlank = false;
        continue;
      }
      if (open != null && (open.kind == Kind.BULLET || open.kind == Kind.ORDERED)
          && (indent > open.indent || !previousBlank) && !map.tableStart(n, last)) {
        // a continuation line: of the last nested item when indented under it
        int k = open.childText.size() - 1;
        if (k >= 0 && indent > open.childIndent.get(k)) {
          open.childText.get(k).append('\n').append(stripped);
        } else if (k >= 0 && !previousBlank && indent > open.indent) {
          open.childText.get(k).append('\n').append(stripped);
        } else {
          open.text.append('\n').append(stripped);
        }
        previousBlank = false;
        continue;
      }
      open = close(open, pieces);
      if (map.tableStart(n, last)) {
        List<String> header = cells(stripped);
        List<Row> rows = new ArrayList<>();
        int start = n;
        n += 2;
        while (n < last && source.line(n).contains("|") && !source.line(n).isBlank()) {
          rows.add(new Row(n, cells(source.line(n).strip())));
          n++;
        }
        n--;
        pieces.add(new Table(start, header, rows));
        previousBlank = false;
        continue;
      }
      String lower = stripped.toLowerCase(Locale.ROOT);
      if (lower.contains("<li")) {
        n = htmlItems(source, n, last, pieces);
        previousBlank = false;
        continue;
      }
      int h = htmlHeading(lower);
      if (h > 0) {
        pieces.add(new HtmlHeading(n, stripTags(stripped)));
        previousBlank = false;
        continue;
      }
      if (startsWithSymbol(stripped)) {
        pieces.add(new Entry(Kind.EMOJI_LINE, 0, n, indent + 1, stripped, List.of()));
      } else if (!isBareUrl(stripped) && n + 1 < last && isBareUrl(source.line(n + 1).strip())
          && !stripped.endsWith(":")) {
        pieces.add(new Entry(Kind.TEXT_AND_URL, 0, n, indent + 1,
            stripped + "\n" + source.line(n + 1).strip(), List.of()));
        n++;
      } else if (stripped.startsWith("[") && !stripped.startsWith("[!") && !stripped.startsWith("[[")) {
        pieces.add(new Entry(Kind.LINK_LINE, 0, n, indent + 1, stripped, List.of()));
      } else {
        pieces.add(new Text(n, stripped));
      }
      previousBlank = false;
    }
    close(open, pieces);
    return pieces;
  }

  private static Open close(Open open, List<Piece> pieces) {
    if (open != null) {
      pieces.add(open.close());
    }
    return null;
  }

  /** The cells of a table row; pipes inside brackets, backticks or after a backslash do not split. */
  static List<String> cells(String row) {
    List<String> out = new ArrayList<>();
    String r = row.strip();
    if (r.startsWith("|")) {
      r = r.substring(1);
    }
    if (r.endsWith("|") && !r.endsWith("\\|")) {
      r = r.substring(0, r.length() - 1);
    }
    StringBuilder cell = new StringBuilder();
    int depth = 0;
    boolean code = false;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\' && i + 1 < r.length() && r.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
        continue;
      }
      if (c == '`') {
        code = !code;
      } else if (c == '[' && !code) {
        depth++;
      } else if (c == ']' && !code && depth > 0) {
        depth--;
      }
      if (c == '|' && depth == 0 && !code) {
        out.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString().strip());
    if (depth > 0 || code) {
      // unbalanced: split on every pipe
      List<String> plain = new ArrayList<>();
      for (String s : r.split("\\|", -1)) {
        plain.add(s.strip());
      }
      return plain;
    }
    return out;
  }

  /** Reads {@code <li>} items from line {@code n} on; returns the last line consumed. */
  private static int htmlItems(SourceText source, int n, int last, List<Piece> pieces) {
    StringBuilder html = new StringBuilder();
    int start = n;
    int itemLine = -1;
    int i = n;
    for (; i < last; i++) {
      String s = source.line(i).strip();
      if (s.isEmpty() && html.length() == 0) {
        break;
      }
      String lower = s.toLowerCase(Locale.ROOT);
      int li = lower.indexOf("<li");
      int h = htmlHeading(lower);
      if (h > 0 && html.length() == 0) {
        pieces.add(new HtmlHeading(i, stripTags(s)));
        continue;
      }
      if (li >= 0) {
        if (html.length() > 0) {
          pieces.add(htmlEntry(itemLine, html.toString()));
          html.setLength(0);
        }
        itemLine = i;
        s = s.substring(li);
        s = s.substring(Math.min(s.length(), s.indexOf('>') < 0 ? s.length() : s.indexOf('>') + 1));
      }
      if (itemLine >= 0) {
        int end = s.toLowerCase(Locale.ROOT).indexOf("</li");
        if (end >= 0) {
          html.append(' ').append(s, 0, end);
          pieces.add(htmlEntry(itemLine, html.toString()));
          html.setLength(0);
          itemLine = -1;
          String after = s.substring(end);
          if (!after.toLowerCase(Locale.ROOT).contains("<li")) {
            if (s.isEmpty()) {
              break;
            }
            continue;
          }
        } else {
          html.append(' ').append(s);
        }
      } else if (!lower.startsWith("<") && !s.isEmpty()) {
        break;
      } else if (s.isEmpty()) {
        break;
      }
    }
    if (html.length() > 0) {
      pieces.add(htmlEntry(itemLine, html.toString()));
    }
    return Math.max(start, i - 1);
  }

  private static Entry htmlEntry(int line, String html) {
    return new Entry(Kind.HTML_ITEM, 0, line, 1, HtmlText.toMarkdown(html), List.of());
  }

  private static int htmlHeading(String lower) {
    if (lower.startsWith("<h") && lower.length() > 3 && lower.charAt(2) >= '1' && lower.charAt(2) <= '6'
        && (lower.charAt(3) == '>' || lower.charAt(3) == ' ')) {
      return lower.charAt(2) - '0';
    }
    return 0;
  }

  private static String stripTags(String s) {
    return HtmlText.toMarkdown(s).strip();
  }

  /** A line starting with a symbol such as an emoji ({@code 🗣 [..](..)}). */
  static boolean startsWithSymbol(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int cp = s.codePointAt(0);
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL;
  }

  /** A line that is only an {@code http(s)} URL (or one in angle brackets). */
  static boolean isBareUrl(String s) {
    String t = s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
    return (t.startsWith("http://") || t.startsWith("https://")) && t.indexOf(' ') < 0 && t.indexOf('\t') < 0;
  }
}
