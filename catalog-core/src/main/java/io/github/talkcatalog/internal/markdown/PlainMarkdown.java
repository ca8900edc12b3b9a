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
    int paragraphLine = 0;
    int paragraphColumn = 0;
    // after a list item or an image, a text line would continue it (a lazy continuation)
    boolean afterItem = false;
    boolean afterImage = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNumber = firstLine + i;
      if (isBlank(line)) {
        afterItem = false;
        afterImage = false;
        if (paragraph != null) {
          blocks.add(paragraph(paragraph, paragraphLine, paragraphColumn));
          paragraph = null;
        }
        continue;
      }
      int indent = indent(line);
      if (indent < 0 || indent > 3) {
        return Optional.empty();
      }
      String t = line.substring(indent);
      if (paragraph != null) {
        // a continuation line: only plain text (a list item or image would need flexmark's rules)
        if (!isPlainText(t) || startsBlock(t)) {
          return Optional.empty();
        }
        paragraph.append(' ').append(t);
        continue;
      }
      if (afterImage) {
        return Optional.empty();
      }
      Block field = field(t, lineNumber, indent);
      if (field != null) {
        blocks.add(field);
        afterItem = true;
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
      if (startsBlock(t) || !isPlainText(t)) {
        return Optional.empty();
      }
      paragraph = new StringBuilder(t);
      paragraphLine = lineNumber;
      paragraphColumn = indent + 1;
    }
    if (paragraph != null) {
      blocks.add(paragraph(paragraph, paragraphLine, paragraphColumn));
    }
    return Optional.of(blocks);
  }

  /**
   * Reads one line of inline text that has no markup at all.
   *
   * @return the inline, or empty when the text needs flexmark
   */
  static Optional<Inline> readInline(String text, int line, int column) {
    String t = text.strip();
    if (!isPlainText(t) || startsBlock(t)) {
      return Optional.empty();
    }
    return Optional.of(new Inline(MarkdownReader.collapse(t), List.of(), line, column));
  }

  private static Block paragraph(StringBuilder text, int line, int column) {
    return new Block.Paragraph(new Inline(MarkdownReader.collapse(text.toString()), List.of(), line, column));
  }

  /** {@code - Label: URL}: a one-line list item with a plain label and a plain URL token. */
  private static Block field(String t, int line, int indent) {
    if (t.length() < 3 || t.charAt(0) != '-' || t.charAt(1) != ' ') {
      return null;
    }
    String item = t.substring(2);
    int itemIndent = 0;
    while (itemIndent < item.length() && item.charAt(itemIndent) == ' ') {
      itemIndent++;
    }
    if (itemIndent > 3) {
      return null;
    }
    item = item.substring(itemIndent).stripTrailing();
    int colon = item.indexOf(": ");
    if (colon <= 0) {
      return null;
    }
    String label = item.substring(0, colon);
    String url = item.substring(colon + 2).strip();
    if (!isPlainText(label) || label.isEmpty() || !isWord(label.charAt(0)) || !isPlainUrl(url)) {
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
