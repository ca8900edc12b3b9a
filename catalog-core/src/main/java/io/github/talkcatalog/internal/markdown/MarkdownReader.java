package io.github.talkcatalog.internal.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads one section of Markdown with flexmark and reduces it to {@link Block}s.
 *
 * <p>One flexmark call per section. The syntax tree is walked with an explicit stack, never by
 * recursion, so deep nesting cannot overflow the Java stack here. Instances are immutable and
 * thread-safe.
 */
public final class MarkdownReader {

  private final Parser parser;

  /**
   * Creates a reader with CommonMark rules plus bare-URL autolinks and spaces in link
   * destinations: {@code ![](imgs/my talk.png)} and {@code ![](<imgs/my talk.png>)} are images
   * (flexmark reads neither without the option).
   */
  public MarkdownReader() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()));
    options.set(Parser.SPACE_IN_LINK_URLS, true);
    this.parser = Parser.builder(options).build();
  }

  /**
   * Parses {@code markdown}, whose first line is source line {@code firstLine}.
   *
   * @param markdown the section's text, lines joined by {@code \n}
   * @param firstLine the 1-based source line of the text's first line
   * @return the top-level blocks in document order; list items are flattened with their depth
   */
  public List<Block> read(String markdown, int firstLine) {
    Optional<List<Block>> plain = PlainMarkdown.read(markdown, firstLine);
    if (plain.isPresent()) {
      return plain.get();
    }
    return readWithFlexmark(markdown, firstLine);
  }

  /**
   * Like {@link #read(String, int)}, always through flexmark (the fast path's reference).
   *
   * @param markdown the section's text, lines joined by {@code \n}
   * @param firstLine the 1-based source line of the text's first line
   * @return the top-level blocks in document order
   */
  List<Block> readWithFlexmark(String markdown, int firstLine) {
    Document document = parse(markdown);
    Positions positions = new Positions(document, firstLine);
    List<Block> blocks = new ArrayList<>();
    // (node, list depth) pairs, walked in document order with an explicit stack
    Deque<Object[]> stack = new ArrayDeque<>();
    pushChildren(stack, document, 0);
    while (!stack.isEmpty()) {
      Object[] entry = stack.pop();
      Node node = (Node) entry[0];
      int depth = (Integer) entry[1];
      if (node instanceof com.vladsch.flexmark.ast.Heading h) {
        blocks.add(new Block.HeadingBlock(h.getLevel(), inline(h, positions)));
      } else if (node instanceof Paragraph p) {
        blocks.add(new Block.Paragraph(inline(p, positions)));
      } else if (node instanceof BulletList || node instanceof OrderedList) {
        pushChildren(stack, node, depth);
      } else if (node instanceof ListItem item) {
        boolean ordered = item instanceof OrderedListItem;
        int number = ordered ? number(item) : 0;
        Node first = item.getFirstChild();
        Inline text = first instanceof Paragraph p
            ? inline(p, positions)
            : new Inline("", List.of(), positions.line(item.getStartOffset()), positions.column(item.getStartOffset()));
        if (first instanceof Paragraph p) {
          text = rawUrlField(p, text);
        }
        blocks.add(new Block.ListItem(ordered, number, depth, text));
        // nested content after the item's own paragraph
        List<Node> rest = new ArrayList<>();
        for (Node c = first instanceof Paragraph ? first.getNext() : first; c != null; c = c.getNext()) {
          rest.add(c);
        }
        for (int i = rest.size() - 1; i >= 0; i--) {
          stack.push(new Object[] {rest.get(i), depth + 1});
        }
      } else if (node instanceof HtmlCommentBlock) {
        continue;
      } else if (node instanceof HtmlBlock html) {
        String raw = html.getChars().toString();
        blocks.add(new Block.Html(raw, HtmlUrls.find(raw), positions.line(html.getStartOffset())));
      } else if (node.hasChildren() && isContainer(node)) {
        pushChildren(stack, node, depth);
      } else {
        String text = collapse(node.getChars().toString());
        blocks.add(new Block.Other(node.getClass().getSimpleName(), text, positions.line(node.getStartOffset())));
      }
    }
    return blocks;
  }

  /**
   * Parses one line of inline Markdown (a heading text, a list item's text) on its own.
   *
   * @param markdown inline Markdown
   * @param line 1-based source line
   * @param column 1-based source column of the text's first character
   * @return its text and links
   */
  public Inline readInline(String markdown, int line, int column) {
    Optional<Inline> plain = PlainMarkdown.readInline(markdown, line, column);
    if (plain.isPresent()) {
      return plain.get();
    }
    return readInlineWithFlexmark(markdown, line, column);
  }

  /** Like {@link #readInline(String, int, int)}, always through flexmark. */
  Inline readInlineWithFlexmark(String markdown, int line, int column) {
    Document document = parse(markdown.strip());
    Positions positions = new Positions(document, line);
    Node first = document.getFirstChild();
    if (first == null) {
      return new Inline("", List.of(), line, column);
    }
    Inline in = inline(first, positions);
    return new Inline(in.text(), in.links(), line, column);
  }

  /**
   * A {@code Label: URL} field whose URL is one bare token is taken as written: inline parsing would
   * read underscores in it ({@code v=_abc_}) as emphasis and cut the link.
   */
  private static Inline rawUrlField(Paragraph p, Inline parsed) {
    String raw = p.getChars().toString().strip();
    int colon = raw.indexOf(": ");
    if (colon <= 0 || raw.indexOf('\n') >= 0) {
      return parsed;
    }
    String url = raw.substring(colon + 2).strip();
    if (!(url.startsWith("https://") || url.startsWith("http://")) || url.chars().anyMatch(Character::isWhitespace)
        || url.indexOf('<') >= 0 || url.indexOf('[') >= 0 || url.indexOf('(') >= 0) {
      return parsed;
    }
    boolean intact = parsed.links().size() == 1 && parsed.links().get(0).url().equals(url);
    if (intact || url.indexOf('_') < 0 && url.indexOf('*') < 0) {
      return parsed;
    }
    String label = raw.substring(0, colon);
    int column = parsed.column() + raw.indexOf(url, colon);
    return new Inline(collapse(label + ": " + url),
        List.of(new InlineLink("", url, false, true, false, parsed.line(), column)), parsed.line(), parsed.column());
  }

  /**
   * Parses with flexmark. flexmark matches link labels, titles and some inline constructs with
   * regular expressions that recurse once per character, so a long unclosed label or title
   * ({@code [a](/u "...}) can overflow a small thread stack whatever the nesting guard did. Then the
   * text is parsed again with {@code [}, {@code <}, {@code "}, {@code '} and {@code (} escaped, which
   * reads as the same text without links.
   */
  private Document parse(String markdown) {
    try {
      return parser.parse(markdown);
    } catch (StackOverflowError e) {
      try {
        return parser.parse(escaped(markdown, "[<\"'("));
      } catch (StackOverflowError again) {
        // last resort: every ASCII punctuation character escaped leaves flexmark no markup to match
        return parser.parse(escaped(markdown, null));
      }
    }
  }

  /** {@code markdown} with a backslash before each of {@code chars}, or before all ASCII punctuation. */
  private static String escaped(String markdown, String chars) {
    StringBuilder b = new StringBuilder(markdown.length() + 64);
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (chars == null ? c > ' ' && c < 127 && !Character.isLetterOrDigit(c) : chars.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean isContainer(Node node) {
    return node instanceof com.vladsch.flexmark.ast.BlockQuote;
  }

  private static int number(ListItem item) {
    String marker = item.getOpeningMarker().toString();
    int n = 0;
    for (int i = 0; i < marker.length() && i < 9; i++) {
      char c = marker.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static void pushChildren(Deque<Object[]> stack, Node parent, int depth) {
    List<Node> children = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      children.add(c);
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(new Object[] {children.get(i), depth});
    }
  }

  /** Plain text and links of an inline container, walked iteratively. */
  private static Inline inline(Node container, Positions positions) {
    StringBuilder text = new StringBuilder();
    List<InlineLink> links = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    List<Node> children = new ArrayList<>();
    for (Node c = container.getFirstChild(); c != null; c = c.getNext()) {
      children.add(c);
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(children.get(i));
    }
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Text || node instanceof HtmlEntity) {
        text.append(node.getChars().unescape());
      } else if (node instanceof Code code) {
        text.append(code.getText());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      } else if (node instanceof HtmlInline || node instanceof HtmlInlineComment) {
        String tag = node.getChars().toString().toLowerCase(java.util.Locale.ROOT);
        if (tag.startsWith("<br")) {
          text.append(' ');
        }
      } else if (node instanceof Image image) {
        String alt = collapse(image.getText().unescape());
        boolean insideLink = node.getParent() instanceof Link;
        links.add(new InlineLink(alt, image.getUrl().unescape(), true, false, insideLink,
            positions.line(node.getStartOffset()), positions.column(node.getStartOffset())));
      } else if (node instanceof Link link) {
        Inline inner = inline(link, positions);
        text.append(inner.text());
        links.add(new InlineLink(inner.text(), link.getUrl().unescape(), false, false, false,
            positions.line(node.getStartOffset()), positions.column(node.getStartOffset())));
        links.addAll(inner.links());
      } else if (node instanceof AutoLink auto) {
        String url = auto.getText().unescape();
        text.append(url);
        links.add(new InlineLink("", url, false, true, false,
            positions.line(node.getStartOffset()), positions.column(node.getStartOffset())));
      } else if (node instanceof MailLink mail) {
        text.append(mail.getText().unescape());
      } else if (node.hasChildren()) {
        List<Node> kids = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
          kids.add(c);
        }
        for (int i = kids.size() - 1; i >= 0; i--) {
          stack.push(kids.get(i));
        }
      } else {
        text.append(node.getChars().unescape());
      }
    }
    int offset = container.getStartOffset();
    return new Inline(collapse(text.toString()), links, positions.line(offset), positions.column(offset));
  }

  /**
   * Collapses runs of white space into one space, trims, and normalizes to NFC.
   *
   * @param s any text
   * @return the collapsed text
   */
  public static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    boolean mayNeedNormalizing = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
        // below U+0300 (combining marks start there) every character is already NFC
        mayNeedNormalizing |= c >= '\u0300';
      }
    }
    return mayNeedNormalizing ? Normalizer.normalize(b, Normalizer.Form.NFC) : b.toString();
  }

  /** Maps offsets in the parsed text to source lines and columns, in logarithmic time each. */
  private static final class Positions {
    private final Document document;
    private final int firstLine;
    private int[] lineStarts;

    Positions(Document document, int firstLine) {
      this.document = document;
      this.firstLine = firstLine;
    }

    int line(int offset) {
      return firstLine + document.getLineNumber(offset);
    }

    int column(int offset) {
      CharSequence chars = document.getChars();
      if (lineStarts == null) {
        int count = 1;
        for (int i = 0; i < chars.length(); i++) {
          if (chars.charAt(i) == '\n') {
            count++;
          }
        }
        lineStarts = new int[count];
        for (int i = 0, l = 1; i < chars.length(); i++) {
          if (chars.charAt(i) == '\n') {
            lineStarts[l++] = i + 1;
          }
        }
      }
      int at = Math.min(Math.max(offset, 0), chars.length());
      int index = java.util.Arrays.binarySearch(lineStarts, at);
      int start = index >= 0 ? lineStarts[index] : lineStarts[-index - 2];
      return at - start + 1;
    }
  }
}
