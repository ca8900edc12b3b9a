package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds talks written as blocks of lines under one heading (the talks of one event), at line level:
 *
 * <pre>
 * ## RiverConf 2031
 *
 * Tiny Queues - Ann Lee, Acme
 * {{&lt; youtube id="Tq1fake01Aa" &gt;}}
 *
 * **Caches at Dawn**
 *
 * Bo Kim shows how caches warm up.
 *
 * &lt;iframe src="/files/caches.pdf"&gt;&lt;/iframe&gt;
 * </pre>
 *
 * <p>A block starts with a title line — the first line of a paragraph, either bold as a whole
 * ({@code **Title**}) or plain text that splits into a title and speakers — and runs over prose
 * lines to its media line: a site-generator embed, an {@code <iframe>}, a bare URL or a line of
 * links only. A list item, a table or another title line ends a block. One pass; what the
 * {@link LineMap} hides is skipped. Whether the blocks are the heading's talks is the caller's
 * question.
 */
final class TalkBlocks {

  private TalkBlocks() {}

  /**
   * One block.
   *
   * @param line 1-based line of the title line
   * @param column 1-based column where its text starts
   * @param titleLine the title line's Markdown, stripped
   * @param bold whether the title line is bold as a whole
   * @param prose the 1-based lines between the title line and the media line, in order
   * @param media 1-based line of the media line, 0 when the block has none
   */
  record Block(int line, int column, String titleLine, boolean bold, List<Integer> prose, int media) {}

  /**
   * The blocks of lines {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param map the document's line map
   * @param from first line, 1-based
   * @param to the line after the last
   * @param splits whether a plain text line splits into a title and speakers
   * @return the blocks in order, with or without a media line
   */
  static List<Block> find(LineMap map, int from, int to, Predicate<String> splits) {
    SourceText source = map.source();
    List<Block> blocks = new ArrayList<>();
    Open open = null;
    boolean paragraphStart = true;
    int last = Math.min(to, source.lineCount() + 1);
    for (int n = Math.max(1, from); n < last; n++) {
      String stripped = source.line(n).strip();
      LineMap.Kind kind = map.kind(n);
      if (stripped.isEmpty() || map.hidden(n)) {
        paragraphStart = true;
        continue;
      }
      boolean start = paragraphStart;
      paragraphStart = false;
      if (kind == LineMap.Kind.LIST_ITEM || kind == LineMap.Kind.ATX_HEADING || kind == LineMap.Kind.SETEXT_HEADING
          || map.tableStart(n, last)) {
        open = close(open, blocks);
        continue;
      }
      if (isMedia(stripped)) {
        if (open != null) {
          open.media = n;
          open = close(open, blocks);
        }
        continue;
      }
      boolean bold = isBoldLine(stripped);
      if (start && kind == LineMap.Kind.TEXT && (bold || splits.test(stripped))) {
        close(open, blocks);
        open = new Open(n, LineMap.indent(source.line(n)) + 1, stripped, bold);
      } else if (open != null) {
        open.prose.add(n);
      }
    }
    close(open, blocks);
    return blocks;
  }

  private static final class Open {
    final int line;
    final int column;
    final String title;
    final boolean bold;
    final List<Integer> prose = new ArrayList<>();
    int media;

    Open(int line, int column, String title, boolean bold) {
      this.line = line;
      this.column = column;
      this.title = title;
      this.bold = bold;
    }
  }

  private static Open close(Open open, List<Block> blocks) {
    if (open != null) {
      blocks.add(new Block(open.line, open.column, open.title, open.bold, List.copyOf(open.prose), open.media));
    }
    return null;
  }

  /** A line bold as a whole: {@code **Title**} or {@code __Title__}, with no other bold run inside. */
  static boolean isBoldLine(String s) {
    for (String mark : new String[] {"**", "__"}) {
      if (s.length() > 4 && s.startsWith(mark) && s.endsWith(mark)
          && s.indexOf(mark, 2) == s.length() - 2) {
        return true;
      }
    }
    return false;
  }

  /** A site-generator embed, an iframe, a bare URL, or a line of links and punctuation only. */
  static boolean isMedia(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("{{<") || lower.startsWith("{{%") || lower.startsWith("<iframe")
        || lower.startsWith("<youtube") || lower.startsWith("<video")) {
      return true;
    }
    return EntryScanner.isBareUrl(s) || s.startsWith("[") && onlyLinks(s);
  }

  /** Whether a line is only {@code [text](url)} links and the punctuation between them. */
  static boolean onlyLinks(String line) {
    int i = 0;
    boolean link = false;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '[') {
        int close = line.indexOf("](", i);
        int end = close < 0 ? -1 : line.indexOf(')', close);
        if (end < 0) {
          return false;
        }
        link = true;
        i = end + 1;
      } else if (Character.isLetterOrDigit(c)) {
        return false;
      } else {
        i++;
      }
    }
    return link;
  }
}
