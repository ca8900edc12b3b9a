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
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
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
   * (flexmark reads neither without the option). Inline Markdown goes through
   * {@link LinearInlineParser}, whose matches and link labels cost time linear in their length.
   */
  public MarkdownReader() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()));
    options.set(Parser.SPACE_IN_LINK_URLS, true);
    // flexmark adds its link reference definitions only to its own inline parser; added here
    this.parser = Parser.builder(options)
        .customInlineParserFactory(LinearInlineParser.FACTORY)
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
        .build();
  }

  /**
   * Parses {@code markdown}, whose first line is source line {@code firstLine}.
   *
   * @param markdown the section's text, lines joined by {@code \n}
   * @param firstLine the 1-based source line of the text's first line
   * @return the top-level blocks in document order; list items are flattened with their depth
   */
  public List<Block> read(String markdown, int firstLine) {
    markdown = Embeds.rewrite(markdown);
    Optional<List<Block>> plain = PlainMarkdown.read(markdown, firstLine);
    if (plain.isPresent()) {
      return plain.get();
    }
    if (markdown.contains("]:")) {
      return readWithFlexmark(markdown, firstLine);
    }
    // Without HTML, every top-level block may take the fast path on its own (one odd line sends
    // only its block to flexmark, not a whole list of entries); else pieces of CHUNK_CHARS.
    boolean blockByBlock = markdown.indexOf('<') < 0 && onlyInlineLinks(markdown);
    if (!blockByBlock && markdown.length() <= CHUNK_CHARS) {
      return readWithFlexmark(markdown, firstLine);
    }
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    int line = firstLine;
    for (int end : chunkEnds(markdown, blockByBlock ? 0 : CHUNK_CHARS)) {
      String chunk = markdown.substring(start, end);
      Optional<List<Block>> fast = blockByBlock ? PlainMarkdown.read(chunk, line) : Optional.empty();
      blocks.addAll(fast.isPresent() ? fast.get() : readWithFlexmark(chunk, line));
      line += lineCount(chunk);
      start = end;
    }
    return blocks;
  }

  /**
   * Whether every bracket of {@code markdown} belongs to a one-line inline link or image
   * {@code [...](...)}, and it has no code span or fence marker ({@code `}, {@code ~}): an unmatched
   * bracket or a fence the piece finder misjudges can make flexmark read a block differently inside
   * a longer text.
   */
  private static boolean onlyInlineLinks(String markdown) {
    int n = markdown.length();
    for (int i = 0; i < n; i++) {
      char c = markdown.charAt(i);
      if (c == '`' || c == '~' || c == ']') {
        return false;
      }
      if (c == '[') {
        int close = i + 1;
        while (close < n && "[]\n".indexOf(markdown.charAt(close)) < 0) {
          close++;
        }
        if (close + 1 >= n || markdown.charAt(close) != ']' || markdown.charAt(close + 1) != '(') {
          return false;
        }
        int end = close + 2;
        while (end < n && ")\n".indexOf(markdown.charAt(end)) < 0) {
          end++;
        }
        if (end >= n || markdown.charAt(end) != ')') {
          return false;
        }
        i = end;
      }
    }
    return true;
  }

  /**
   * How many characters of a section body flexmark reads at once at most, where the text allows a
   * cut. flexmark's syntax tree takes about a kilobyte per node, so a body of a few hundred
   * thousand list items would need gigabytes if read in one call.
   */
  static final int CHUNK_CHARS = 64 * 1024;

  /**
   * The ends (exclusive offsets, the last being the text's length) of pieces of {@code markdown}
   * that read as the whole does, each {@value #CHUNK_CHARS} characters or more except the last. A
   * piece ends before a line at column 1 that surely starts a new top-level block: a non-blank line
   * after a blank one, or a bullet list item after an item of the same bullet. Never inside a fenced
   * code block or an HTML comment. A text with link reference definitions ({@code ]:}) is not cut,
   * since a definition applies to the whole text.
   */
  static List<Integer> chunkEnds(String markdown) {
    return chunkEnds(markdown, CHUNK_CHARS);
  }

  /** Like {@link #chunkEnds(String)}, with pieces of at least {@code minChars} characters. */
  static List<Integer> chunkEnds(String markdown, int minChars) {
    List<Integer> ends = new ArrayList<>();
    int n = markdown.length();
    int chunkStart = 0;
    int lineStart = 0;
    String fence = null;
    boolean comment = false;
    boolean previousBlank = false;
    char previousBullet = 0;
    while (lineStart < n) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String line = markdown.substring(lineStart, lineEnd);
      boolean blank = line.isBlank();
      char bullet = line.length() > 2 && "-*+".indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' '
          && line.charAt(2) != ' ' && line.charAt(2) != line.charAt(0) ? line.charAt(0) : 0;
      boolean free = fence == null && !comment;
      if (free && lineStart - chunkStart >= minChars && lineStart > chunkStart && !blank && !Character.isWhitespace(line.charAt(0))
          && (previousBlank || bullet != 0 && bullet == previousBullet)) {
        ends.add(lineStart);
        chunkStart = lineStart;
      }
      String t = line.stripLeading();
      if (fence != null) {
        if (t.startsWith(fence)) {
          fence = null;
        }
      } else if (!comment && (t.startsWith("```") || t.startsWith("~~~"))) {
        fence = t.substring(0, 3);
      }
      if (fence == null) {
        int open = line.lastIndexOf("<!--");
        int close = line.lastIndexOf("-->");
        if (open >= 0 && open > close - 2) {
          comment = true;
        } else if (close >= 0) {
          comment = false;
        }
      }
      previousBlank = blank;
      previousBullet = bullet;
      lineStart = lineEnd + 1;
    }
    ends.add(n);
    return ends;
  }

  private static int lineCount(String chunk) {
    int lines = 0;
    for (int i = 0; i < chunk.length(); i++) {
      if (chunk.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
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
        blocks.add(new Block.Html(raw, HtmlFragment.urls(raw), positions.line(html.getStartOffset())));
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
   * Parses one line of inline Markdown (a heading text, a list item's text) on its own; an attribute
   * list at its end ({@code {: .talk}}, {@code {#id}}, MDX {@code {/*id*}{@code /}}) is not text.
   *
   * @param markdown inline Markdown
   * @param line 1-based source line
   * @param column 1-based source column of the text's first character
   * @return its text and links
   */
  public Inline readInline(String markdown, int line, int column) {
    markdown = AttributeLists.withoutTrailing(Embeds.rewrite(markdown));
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
    // an open HTML <a href>: its URL, where its text starts, and its position
    String anchor = null;
    int anchorText = 0;
    int anchorOffset = 0;
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
        String raw = node.getChars().toString();
        String tag = raw.toLowerCase(java.util.Locale.ROOT);
        int offset = node.getStartOffset();
        if (tag.startsWith("<br")) {
          text.append(' ');
        } else if (tag.startsWith("<a ") || tag.startsWith("<a\n")) {
          anchor = HtmlFragment.attribute(raw, "href");
          anchorText = text.length();
          anchorOffset = offset;
        } else if (tag.startsWith("</a") && anchor != null) {
          links.add(new InlineLink(collapse(text.substring(anchorText)), anchor, false, false, false,
              positions.line(anchorOffset), positions.column(anchorOffset)));
          anchor = null;
        } else if (tag.startsWith("<img")) {
          String src = HtmlFragment.attribute(raw, "src");
          if (src != null && !src.isEmpty()) {
            String alt = HtmlFragment.attribute(raw, "alt");
            links.add(new InlineLink(alt == null ? "" : collapse(alt), src, true, false, anchor != null,
                positions.line(offset), positions.column(offset)));
          }
        } else if (!tag.startsWith("</") && tag.contains("src=")) {
          // <iframe src>, <video src>, an MDX component such as <YouTubeIframe src=.../>
          String src = HtmlFragment.attribute(raw, "src");
          if (src != null && !src.isEmpty()) {
            links.add(new InlineLink("", src, false, true, false, positions.line(offset), positions.column(offset)));
          }
        } else if (node instanceof HtmlInline && !isHtmlTag(tag)) {
          // text that merely looks like a tag (Vec<T>, <name>) is text
          text.append(node.getChars());
        }
      } else if (node instanceof RefNode ref && !ref.isDefined()) {
        // an unresolved [text] or [text][ref] is text, as written
        Inline inner = inline(ref, positions);
        int close = ref.getTextClosingMarker().getEndOffset() - ref.getStartOffset();
        String after = close > 0 && close <= ref.getChars().length() ? ref.getChars().subSequence(close).unescape() : "";
        String following = ref.getNext() == null ? "" : ref.getNext().getChars().toString();
        boolean whole = ref.getPrevious() == null && ref.getNext() == null && ref.getParent() == container;
        boolean spacedLink = !following.isEmpty() && Character.isWhitespace(following.charAt(0))
            && following.stripLeading().startsWith("(");
        if (after.isEmpty() && (whole || spacedLink)) {
          // the whole text in brackets ("## [Title - Speaker]") or a link written with a space
          // before its "(url)" reads as its text
          text.append(inner.text());
        } else {
          text.append(ref instanceof ImageRef ? "![" : "[").append(inner.text()).append(']').append(after);
        }
        links.addAll(inner.links());
      } else if (node instanceof RefNode ref) {
        Reference definition = ref.getReferenceNode(ref.getDocument());
        String url = definition == null ? "" : definition.getUrl().unescape();
        int line = positions.line(node.getStartOffset());
        int column = positions.column(node.getStartOffset());
        if (ref instanceof ImageRef) {
          boolean insideLink = node.getParent() instanceof Link || node.getParent() instanceof LinkRef;
          links.add(new InlineLink(collapse(ref.getText().unescape()), url, true, false, insideLink, line, column));
        } else {
          Inline inner = inline(ref, positions);
          text.append(inner.text());
          links.add(new InlineLink(inner.text(), url, false, false, false, line, column));
          links.addAll(inner.links());
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

  /** HTML element names: an inline tag naming one of them is markup, any other is text. */
  private static final java.util.Set<String> HTML_ELEMENTS = java.util.Set.of(
      "a", "abbr", "b", "bdi", "bdo", "big", "blink", "br", "center", "cite", "code", "data", "del", "details",
      "dfn", "div", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd",
      "mark", "meta", "p", "picture", "q", "s", "samp", "script", "small", "source", "span", "strike",
      "strong", "style", "sub", "summary", "sup", "time", "tt", "u", "var", "video", "wbr");

  /** Whether an inline HTML node ({@code <b>}, {@code </span>}, {@code <!-- -->}) is markup. */
  private static boolean isHtmlTag(String lowerCaseTag) {
    if (!lowerCaseTag.startsWith("<") || lowerCaseTag.startsWith("<!") || lowerCaseTag.startsWith("<?")) {
      return true;
    }
    int start = lowerCaseTag.startsWith("</") ? 2 : 1;
    int end = start;
    while (end < lowerCaseTag.length() && Character.isLetterOrDigit(lowerCaseTag.charAt(end))) {
      end++;
    }
    return HTML_ELEMENTS.contains(lowerCaseTag.substring(start, end));
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

  /**
   * Maps offsets in the parsed text to source lines and columns, in logarithmic time each, from a
   * table of line starts built once ({@code Document.getLineNumber} rescans the text from its start
   * on every call, which made a document of many links quadratic).
   */
  private static final class Positions {
    private final Document document;
    private final int firstLine;
    private int[] lineStarts;

    Positions(Document document, int firstLine) {
      this.document = document;
      this.firstLine = firstLine;
    }

    int line(int offset) {
      return firstLine + lineIndex(offset);
    }

    int column(int offset) {
      int at = clamp(offset);
      return at - lineStarts[lineIndex(at)] + 1;
    }

    private int clamp(int offset) {
      return Math.min(Math.max(offset, 0), document.getChars().length());
    }

    /** The 0-based line of {@code offset}. */
    private int lineIndex(int offset) {
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
      int index = java.util.Arrays.binarySearch(lineStarts, clamp(offset));
      return index >= 0 ? index : -index - 2;
    }
  }
}
