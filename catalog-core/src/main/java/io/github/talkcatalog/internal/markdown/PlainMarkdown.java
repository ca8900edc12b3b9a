package io.github.talkcatalog.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fast path: reads the few exactly-recognized simple forms without flexmark, and declines
 * everything else.
 *
 * <p>Most of a catalog in the seed's layout is text without any Markdown markup: a heading, a
 * {@code - Link: URL} field, an {@code ![](src)} image, a summary paragraph. flexmark costs
 * microseconds per call even on a tiny input, so these forms are read here, and a section goes to
 * flexmark only when one of its lines is anything else. {@code MarkdownReaderDifferentialFuzzTest}
 * checks that whatever this class accepts reads exactly as flexmark reads it.
 *
 * <p>Accepted: blank lines; paragraph lines of plain text (no {@code \ ` * _ [ ] < >}, no
 * {@code &name;} entity, no bare URL, not starting like a block: {@code # - + = > | ~ ! 0-9.} or an
 * indent of four); {@code - Label: URL} list items whose URL is a plain {@code http(s)} token;
 * {@code ![alt](src)} image lines with plain alt text and a plain path. Everything runs in linear
 * time.
 */
final class PlainMarkdown {

  private PlainMarkdown() {}

  /**
   * Reads a section body made only of accepted forms.
   *
   * @param markdown lines joined by {@code \n}
   * @param firstLine 1-based source line of the first line
   * @return the blocks, or empty when any line needs flexmark
   */
  static Optional<List<Block>> read(String markdown, int firstLine) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    StringBuilder paragraph = null;
    List<InlineLink> paragraphLinks = new ArrayList<>();
    int paragraphLine = 0;
    int paragraphColumn = 0;
    // after a list item or an image, a text line would continue it (a lazy continuation)
    boolean afterItem = false;
    boolean afterImage = false;
    boolean seenItem = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNumber = firstLine + i;
      if (isBlank(line)) {
        afterItem = false;
        afterImage = false;
        if (paragraph != null) {
          blocks.add(paragraph(paragraph, paragraphLinks, paragraphLine, paragraphColumn));
          paragraph = null;
          paragraphLinks = new ArrayList<>();
        }
        continue;
      }
      int indent = indent(line);
      if (indent < 0 || indent > 3) {
        return Optional.empty();
      }
      String t = line.substring(indent);
      if (paragraph != null) {
        // a continuation line: only text and links (a list item or image would need flexmark's rules)
        paragraph.append(' ');
        if (startsParagraphBlock(t) || !scanLine(t, 0, lineNumber, indent, paragraph, paragraphLinks)) {
          return Optional.empty();
        }
        continue;
      }
      if (afterImage) {
        return Optional.empty();
      }
      Block item = field(t, lineNumber, indent);
      if (item == null) {
        item = item(t, lineNumber, indent);
      }
      if (item != null) {
        if (seenItem && indent > 0) {
          return Optional.empty(); // it could be nested in the item before it
        }
        blocks.add(item);
        afterItem = true;
        seenItem = true;
        continue;
      }
      if (afterItem) {
        return Optional.empty();
      }
      Block image = image(t, lineNumber, indent);
      if (image != null) {
        blocks.add(image);
        afterImage = true;
        continue;
      }
      paragraph = new StringBuilder();
      if (startsParagraphBlock(t) || !scanLine(t, 0, lineNumber, indent, paragraph, paragraphLinks)) {
        return Optional.empty();
      }
      paragraphLine = lineNumber;
      paragraphColumn = indent + 1;
    }
    if (paragraph != null) {
      blocks.add(paragraph(paragraph, paragraphLinks, paragraphLine, paragraphColumn));
    }
    return Optional.of(blocks);
  }

  /**
   * Whether a paragraph line starting with this text could start another block or end the
   * paragraph; a line starting with {@code |} is paragraph text (the parser has no table
   * extension), so a pipe table reads as the one paragraph flexmark makes of it.
   */
  private static boolean startsParagraphBlock(String t) {
    return startsBlock(t) && !(t.charAt(0) == '|' && !t.endsWith("  "));
  }

  /**
   * Reads one line of inline text: plain text, or plain text with inline links and bare URLs.
   *
   * @return the inline, or empty when the text needs flexmark
   */
  static Optional<Inline> readInline(String text, int line, int column) {
    String t = text.strip();
    if (startsBlock(t)) {
      return Optional.empty();
    }
    if (isPlainText(t)) {
      return Optional.of(new Inline(MarkdownReader.collapse(t), List.of(), line, column));
    }
    return linkedInline(t, line, column);
  }

  /**
   * Plain text with inline links {@code [plain text](destination)} and bare {@code http(s)} URL
   * tokens, on one or more lines (an entry and its URL line), as flexmark reads it on its own: the
   * link's text in the text, a bare URL as itself; each link at the line and column of its
   * {@code [} or first URL character within {@code t}, as flexmark's positions count them.
   *
   * @param t stripped inline Markdown that is not plain text
   * @return the inline, or empty for anything else
   */
  private static Optional<Inline> linkedInline(String t, int line, int column) {
    StringBuilder text = new StringBuilder(t.length());
    List<InlineLink> links = new ArrayList<>(2);
    int lineIndex = 0;
    int lineStart = 0;
    while (lineStart <= t.length()) {
      int lineEnd = t.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = t.length();
      }
      String l = t.substring(lineStart, lineEnd);
      if (l.isEmpty() || l.charAt(0) == ' ' || l.charAt(l.length() - 1) == ' ' || (lineIndex > 0 && startsBlock(l))) {
        return Optional.empty(); // a blank line, an indent or hard break, a block start: flexmark's rules
      }
      if (lineIndex > 0) {
        text.append(' ');
      }
      if (!scanLine(l, 0, line + lineIndex, 0, text, links)) {
        return Optional.empty();
      }
      lineIndex++;
      lineStart = lineEnd + 1;
    }
    return Optional.of(new Inline(MarkdownReader.collapse(text.toString()), links, line, column));
  }

  /**
   * The spaces between a {@code - } bullet and its content (0 to 3), or -1 when {@code t} is no
   * {@code - } item whose content starts within four columns (CommonMark: more is indented code).
   */
  private static int itemIndent(String t) {
    if (t.length() < 3 || t.charAt(0) != '-' || t.charAt(1) != ' ') {
      return -1;
    }
    int spaces = 0;
    while (2 + spaces < t.length() && t.charAt(2 + spaces) == ' ') {
      spaces++;
    }
    return spaces > 3 ? -1 : spaces;
  }

  /** A one-line {@code - item} of text and links, that starts no other block. */
  private static Block item(String t, int line, int indent) {
    int itemIndent = itemIndent(t);
    if (itemIndent < 0) {
      return null;
    }
    String item = t.substring(2 + itemIndent);
    if (item.isEmpty() || startsBlock(item) || item.endsWith(" ")) {
      return null;
    }
    StringBuilder text = new StringBuilder(item.length());
    List<InlineLink> links = new ArrayList<>(2);
    if (!scanLine(item, 0, line, indent + 2 + itemIndent, text, links)) {
      return null;
    }
    return new Block.ListItem(false, 0, 0,
        new Inline(MarkdownReader.collapse(text.toString()), links, line, indent + 3 + itemIndent));
  }

  /**
   * Scans one line of text from {@code from}: plain text tokens, inline links
   * {@code [plain text](destination)} and bare {@code http(s)} URL tokens between spaces. Appends
   * the line's text (a link's collapsed text, a URL as written) and its links, placed at source
   * line {@code line}, column {@code offset} + their index + 1.
   *
   * @return false when the line holds anything else
   */
  private static boolean scanLine(String t, int from, int line, int offset, StringBuilder text,
      List<InlineLink> links) {
    int n = t.length();
    int i = from;
    while (i < n) {
      char c = t.charAt(i);
      if (c == '[') {
        int close = t.indexOf(']', i + 1);
        if (close < 0 || close + 1 >= n || t.charAt(close + 1) != '(' || (i > 0 && t.charAt(i - 1) == '!')) {
          return false;
        }
        int end = t.indexOf(')', close + 2);
        if (end < 0) {
          return false;
        }
        String label = t.substring(i + 1, close);
        String url = t.substring(close + 2, end);
        if (label.isBlank() || !isPlainText(label) || !isPlainDestination(url)) {
          return false;
        }
        String linkText = MarkdownReader.collapse(label);
        text.append(linkText);
        links.add(new InlineLink(linkText, url, false, false, false, line, offset + i + 1));
        i = end + 1;
      } else if (c == ' ') {
        text.append(c);
        i++;
      } else {
        int tokenEnd = i;
        while (tokenEnd < n && t.charAt(tokenEnd) != ' ' && t.charAt(tokenEnd) != '[') {
          tokenEnd++;
        }
        String token = t.substring(i, tokenEnd);
        if (token.startsWith("http://") || token.startsWith("https://")) {
          boolean spaced = (i == 0 || t.charAt(i - 1) == ' ') && (tokenEnd == n || t.charAt(tokenEnd) == ' ');
          if (!spaced || !isPlainUrl(token) || !isPlainUrlToken(token)) {
            return false;
          }
          links.add(new InlineLink("", token, false, true, false, line, offset + i + 1));
        } else if (!isPlainText(token)) {
          return false;
        }
        text.append(token);
        i = tokenEnd;
      }
    }
    return true;
  }

  /**
   * A bare URL that autolinking takes whole, as {@link #isPlainUrl} and with no {@code //} or
   * {@code :} after the scheme and no {@code .} before anything but a letter or digit (autolinking
   * ends a URL early there).
   */
  private static boolean isPlainUrlToken(String url) {
    int host = url.indexOf("://") + 3;
    if (url.indexOf("//", host) >= 0 || url.indexOf(':', host) >= 0) {
      return false;
    }
    for (int i = host; i < url.length(); i++) {
      if (url.charAt(i) == '.' && (i + 1 == url.length() || !Character.isLetterOrDigit(url.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A link destination taken literally by every reader: an {@code http(s)} URL or a path of
   * letters, digits and {@code - . / : ? = # % + _}, and {@code &} that starts no entity.
   */
  private static boolean isPlainDestination(String url) {
    if (url.isEmpty() || url.length() > 2000) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-./:?=#%+_".indexOf(c) >= 0 || (c == '&' && !isEntity(url, i));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static Block paragraph(StringBuilder text, List<InlineLink> links, int line, int column) {
    return new Block.Paragraph(new Inline(MarkdownReader.collapse(text.toString()), links, line, column));
  }

  /** {@code - Label: URL}: a one-line list item with a plain label and a plain URL token. */
  private static Block field(String t, int line, int indent) {
    int itemIndent = itemIndent(t);
    if (itemIndent < 0) {
      return null;
    }
    String item = t.substring(2 + itemIndent).stripTrailing();
    int colon = item.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String label = item.substring(0, colon);
    String url = item.substring(colon + 2).strip();
    if (!isPlainText(label) || label.isEmpty() || !isWord(label.charAt(0)) || !isPlainUrl(url)
        || !isPlainUrlToken(url)) {
      return null;
    }
    int urlColumn = indent + 2 + itemIndent + item.indexOf(url, colon) + 1;
    String text = label + ": " + url;
    InlineLink link = new InlineLink("", url, false, true, false, line, urlColumn);
    return new Block.ListItem(false, 0, 0, new Inline(text, List.of(link), line, indent + 3 + itemIndent));
  }

  /** {@code ![alt](src)} alone on its line. */
  private static Block image(String t, int line, int indent) {
    String s = t.stripTrailing();
    if (!s.startsWith("![") || !s.endsWith(")")) {
      return null;
    }
    int close = s.indexOf("](");
    if (close < 0) {
      return null;
    }
    String alt = s.substring(2, close);
    String src = s.substring(close + 2, s.length() - 1);
    if (!(alt.isEmpty() || (isPlainText(alt) && !startsBlock(alt))) || !isPlainPath(src)) {
      return null;
    }
    InlineLink link = new InlineLink(MarkdownReader.collapse(alt), src, true, false, false, line, indent + 1);
    return new Block.Paragraph(new Inline("", List.of(link), line, indent + 1));
  }

  private static boolean isWord(char c) {
    return Character.isLetter(c);
  }

  /** No inline markup: no {@code \ ` * _ [ ] < >}, no entity, no bare URL or e-mail address. */
  static boolean isPlainText(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '@', '\t', '\r', '\u0000' -> {
          return false;
        }
        case '&' -> {
          if (isEntity(s, i)) {
            return false;
          }
        }
        case ':' -> {
          if (s.startsWith("//", i + 1)) {
            return false;
          }
        }
        case 'w', 'W' -> {
          if (s.regionMatches(true, i, "www.", 0, 4)) {
            return false;
          }
        }
        default -> {
          if (Character.isSurrogate(c) && !validSurrogate(s, i)) {
            return false;
          }
          if (Character.isISOControl(c)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** Whether a line starting with this text could start a block other than a paragraph. */
  static boolean startsBlock(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    if ("#-+=>|~!".indexOf(c) >= 0) {
      return true;
    }
    if (c >= '0' && c <= '9') {
      return true;
    }
    return t.length() > 1 && t.endsWith("  ");
  }

  private static boolean isEntity(String s, int amp) {
    int i = amp + 1;
    int n = Math.min(s.length(), amp + 34);
    while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '#')) {
      i++;
    }
    return i < s.length() && i > amp + 1 && s.charAt(i) == ';';
  }

  /** An http(s) URL token that autolinking takes whole and emphasis cannot split. */
  private static boolean isPlainUrl(String url) {
    if (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 2000
        || url.indexOf("://", 8) >= 0) {
      return false;
    }
    int host = url.indexOf("://") + 3;
    if (url.indexOf("www.", url.startsWith("www.", host) ? host + 4 : host) >= 0) {
      return false; // a second link start inside the token
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-./?=#%+".indexOf(c) >= 0 || (c == '&' && !isEntity(url, i))
          || (c == '_' && intraword(url, i))
          // a colon after the scheme only before a digit (a port, a time): autolinking may end
          // the URL at another ("…/v::/" ends before the colons)
          || (c == ':' && (i == host - 3 || i + 1 < url.length() && Character.isDigit(url.charAt(i + 1))));
      if (!ok) {
        return false;
      }
    }
    char last = url.charAt(url.length() - 1);
    return Character.isLetterOrDigit(last) || last == '/';
  }

  /** An underscore between two letters or digits can neither open nor close emphasis. */
  private static boolean intraword(String s, int i) {
    return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
        && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  /** A relative or absolute path with no characters that Markdown link destinations treat specially. */
  private static boolean isPlainPath(String src) {
    if (src.isEmpty() || src.length() > 2000) {
      return false;
    }
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-./:?=#%+".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Blank as CommonMark means it: spaces only (other white space is declined elsewhere). */
  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i < line.length() && line.charAt(i) == '\t' ? -1 : i;
  }
}
