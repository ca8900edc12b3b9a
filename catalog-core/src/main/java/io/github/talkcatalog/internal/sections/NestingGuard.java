package io.github.talkcatalog.internal.sections;

import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the nesting depth of a document before flexmark reads it, in one linear pass over the
 * lines. flexmark recurses once per level of block quotes, lists, emphasis and image brackets, so
 * a few hundred levels can overflow a thread's stack; this pass keeps every level below the limit.
 *
 * <ul>
 *   <li>At the start of a line, block quote markers ({@code >}) and list markers ({@code -},
 *       {@code *}, {@code +}, {@code 1.}, {@code 1)}) beyond the limit are dropped, and indentation
 *       beyond {@code 2 * limit} columns is cut to that many spaces.
 *   <li>In the text of a paragraph (lines up to a blank line, outside fenced code; each row of a
 *       pipe table on its own), an emphasis delimiter run ({@code *}, {@code _}) or a bracket ({@code [}) that would open beyond the
 *       limit is escaped with a backslash, so that flexmark reads it as a literal character.
 * </ul>
 *
 * <p>After its first {@code [}, a paragraph keeps at most {@value #MAX_ESCAPES} backslash escapes
 * (escapes before any bracket cost nothing and are kept); further ones become
 * numeric character references (see {@link #MAX_ESCAPES}). Inside a code span, where a backslash
 * is literal, this changes the text; it takes a paragraph with more than
 * {@value #MAX_ESCAPES} escapes.
 *
 * <p>A paragraph may also start at most {@value #MAX_INLINE_MATCHES} code spans, entities,
 * inline HTML tags and link destinations, and a long paragraph fewer, in proportion to its length;
 * further {@code `}, {@code &}, {@code <} and the {@code (} of {@code ](} are escaped (see
 * {@link #MAX_INLINE_MATCHES} and {@link #INLINE_MATCH_BUDGET}).
 *
 * <p>The depth of emphasis is estimated from flanking delimiter runs: an opening run adds its
 * length, a closing run removes it. Real text never comes near the limit, so it is never changed.
 */
public final class NestingGuard {

  /**
   * What the guard did.
   *
   * @param source the source, lines rewritten where needed
   * @param firstLine the 1-based first line changed because of a limit, or 0 when none was
   * @param lines how many lines were changed because of a limit (escapes rewritten as character
   *     references, which read the same, do not count)
   */
  public record Result(SourceText source, int firstLine, int lines) {}

  /**
   * How many code spans, entities, inline HTML tags and link destinations ({@code `}, {@code &},
   * {@code <}, {@code ](}) one paragraph may start; further ones are escaped. flexmark copies the whole paragraph for each of
   * them, so without a bound a paragraph of n of them costs time quadratic in n.
   */
  public static final int MAX_INLINE_MATCHES = 1000;

  /**
   * How many characters flexmark may copy for the inline matches of one paragraph: each match
   * ({@link #MAX_INLINE_MATCHES}) copies the whole paragraph and a link destination is looked for
   * up to its end, so a paragraph of {@code c} characters may start at most {@code BUDGET / c}
   * of them (never fewer than {@link #MIN_INLINE_MATCHES}). Paragraphs up to 16,000 characters
   * keep all {@value #MAX_INLINE_MATCHES}; a paragraph of a megabyte keeps
   * {@value #MIN_INLINE_MATCHES}, so that its time stays linear in its size.
   */
  static final long INLINE_MATCH_BUDGET = 16_000_000L;

  /** The fewest inline matches a paragraph may start, however long it is. */
  static final int MIN_INLINE_MATCHES = 16;

  /**
   * How many backslash escapes ({@code \!}, {@code \\}) one paragraph keeps; further ones become
   * numeric character references ({@code &#33;}), which read the same. flexmark's link label and
   * title patterns can match an escape two ways, so an unclosed {@code [} followed by n escapes
   * costs time exponential in n (20 escaped backslashes take seconds).
   */
  public static final int MAX_ESCAPES = 4;

  /**
   * The longest thematic break ({@code ---}, {@code * * *}) kept as written; a longer one is cut to
   * three marks, which reads the same. flexmark matches a thematic break with a pattern that
   * recurses once per mark, so a line of a few thousand marks overflows a thread's stack.
   */
  public static final int MAX_BREAK_LENGTH = 64;

  private final int max;
  private int escapes;
  /** Whether the paragraph has opened a bracket: escapes cost nothing before one. */
  private boolean bracketSeen;
  private int emphasis;
  private int brackets;
  private int matches;
  /** How many inline matches the current paragraph may start (see {@link #INLINE_MATCH_BUDGET}). */
  private int matchLimit = MAX_INLINE_MATCHES;
  /** The 0-based line where the paragraph whose {@link #matchLimit} is known ends. */
  private int segmentEnd;
  /** Whether the line being guarded was changed because of a limit (not only escapes rewritten). */
  private boolean limited;

  private NestingGuard(int max) {
    this.max = max;
  }

  /**
   * Bounds {@code source}'s nesting to {@code maxDepth}.
   *
   * @param map the document's line map; fenced code is left as it is
   * @param maxDepth the deepest nesting kept, at least 1
   * @return the guarded source and what was rewritten
   */
  public static Result apply(LineMap map, int maxDepth) {
    return new NestingGuard(maxDepth).run(map);
  }

  private Result run(LineMap map) {
    SourceText source = map.source();
    List<String> lines = source.lines();
    List<String> out = null;
    int first = 0;
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.stripLeading();
      // a pipe-table row is an inline context of its own: emphasis and brackets do not span rows
      if (startsInlineContext(line)) {
        emphasis = 0;
        brackets = 0;
        matches = 0;
      }
      if (startsInlineContext(line) || i >= segmentEnd) {
        matchLimit = matchLimit(map, lines, i);
      }
      // the escape budget is per paragraph: only what surely ends one resets it (a line such as
      // "#\#", "> \#" or "2. \#" may continue the paragraph and its open bracket)
      if (line.isBlank() || isAtxHeading(t)) {
        escapes = 0;
        bracketSeen = false;
      }
      if (map.fenced(i + 1)) {
        emphasis = 0;
        brackets = 0;
        matches = 0;
        escapes = 0;
        bracketSeen = false;
        continue;
      }
      limited = false;
      String guarded = guard(line);
      if (guarded != line) {
        if (out == null) {
          out = new ArrayList<>(lines);
        }
        out.set(i, guarded);
      }
      if (limited) {
        if (first == 0) {
          first = i + 1;
        }
        count++;
      }
    }
    return out == null ? new Result(source, 0, 0) : new Result(source.withLines(out), first, count);
  }

  /** Whether an inline context (a paragraph, a list item, a heading, a table row) starts at or before this line. */
  private static boolean startsInlineContext(String line) {
    String t = line.stripLeading();
    return line.isBlank() || t.startsWith("#") || t.startsWith(">") || t.startsWith("|") || marker(t, 0) >= 0;
  }

  /**
   * How many inline matches the paragraph starting at 0-based line {@code from} may start: its
   * characters, up to the next line that starts an inline context, bound the matches by
   * {@link #INLINE_MATCH_BUDGET}. Sets {@link #segmentEnd}, so each line is measured once.
   */
  private int matchLimit(LineMap map, List<String> lines, int from) {
    long chars = lines.get(from).length() + 1;
    int j = from + 1;
    while (j < lines.size() && !startsInlineContext(lines.get(j)) && !map.fenced(j + 1)) {
      chars += lines.get(j).length() + 1;
      j++;
    }
    segmentEnd = j;
    return (int) Math.max(MIN_INLINE_MATCHES, Math.min(MAX_INLINE_MATCHES, INLINE_MATCH_BUDGET / chars));
  }

  /** The line with its nesting bounded; the same instance when nothing had to change. */
  private String guard(String line) {
    int n = line.length();
    // leading indentation
    int i = 0;
    int column = 0;
    while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      column += line.charAt(i) == '\t' ? 4 - column % 4 : 1;
      i++;
    }
    StringBuilder b = null;
    int copied = 0;
    if (column > 2 * max) {
      limited = true;
      b = new StringBuilder(n);
      b.append(" ".repeat(2 * max));
      copied = i;
    }
    // container markers
    int depth = 0;
    int keepUntil = i;
    int markersEnd = i;
    int breakFrom = thematicBreakFrom(line);
    if (i < breakFrom) {
      int j = i;
      while (j < breakFrom) {
        int next = marker(line, j);
        if (next < 0) {
          break;
        }
        while (next < n && (line.charAt(next) == ' ' || line.charAt(next) == '\t')) {
          next++;
        }
        depth++;
        j = next;
        if (depth <= max) {
          keepUntil = j;
        }
      }
      markersEnd = j;
    }
    if (depth > max) {
      limited = true;
      if (b == null) {
        b = new StringBuilder(n);
      }
      b.append(line, copied, keepUntil);
      copied = markersEnd;
    }
    // a long thematic break: flexmark's pattern for it recurses once per mark
    if (breakFrom < n && markersEnd >= breakFrom && n - markersEnd > MAX_BREAK_LENGTH) {
      if (b == null) {
        b = new StringBuilder(markersEnd + 8);
      }
      b.append(line, copied, markersEnd);
      char mark = line.charAt(markersEnd);
      boolean spaced = line.strip().indexOf(String.valueOf(mark).repeat(2)) < 0;
      b.append(spaced ? mark + " " + mark + " " + mark : String.valueOf(mark).repeat(3));
      return b.toString();
    }
    // inline delimiters
    int k = markersEnd;
    while (k < n) {
      char c = line.charAt(k);
      if (c == '\\') {
        char next = k + 1 < n ? line.charAt(k + 1) : ' ';
        if (!isEscapable(next)) {
          k++;
          continue;
        }
        if (!bracketSeen || ++escapes <= MAX_ESCAPES) {
          k += 2;
          continue;
        }
        if (b == null) {
          b = new StringBuilder(n + 16);
        }
        b.append(line, copied, k);
        if (++matches <= matchLimit) {
          b.append("&#").append((int) next).append(';');
          copied = k + 2;
          k += 2;
        } else {
          // beyond both budgets the backslash is dropped and the character read as it stands
          limited = true;
          copied = k + 1;
          k++;
        }
        continue;
      }
      if (c == '`' || (c == '&' || c == '<') && startsMatch(line, k + 1)) {
        int end = k + 1;
        while (c == '`' && end < n && line.charAt(end) == '`') {
          end++;
        }
        if (++matches > matchLimit) {
          limited = true;
          if (b == null) {
            b = new StringBuilder(n + 16);
          }
          b.append(line, copied, k);
          for (int m = k; m < end; m++) {
            b.append('\\').append(c);
          }
          copied = end;
        }
        // delimiters inside code spans are counted too, which only makes the estimate larger
        k = end;
        continue;
      }
      if (c == '[') {
        bracketSeen = true;
        if (brackets >= max) {
          limited = true;
          if (b == null) {
            b = new StringBuilder(n + 16);
          }
          b.append(line, copied, k).append('\\');
          copied = k;
        } else {
          brackets++;
        }
        k++;
        continue;
      }
      if (c == ']') {
        brackets = Math.max(0, brackets - 1);
        // "](" starts a link destination, which flexmark looks for up to the paragraph's end
        if (k + 1 < n && line.charAt(k + 1) == '(' && ++matches > matchLimit) {
          limited = true;
          if (b == null) {
            b = new StringBuilder(n + 16);
          }
          b.append(line, copied, k + 1).append('\\');
          copied = k + 1;
        }
        k++;
        continue;
      }
      if (c == '*' || c == '_') {
        int end = k;
        while (end < n && line.charAt(end) == c) {
          end++;
        }
        int length = end - k;
        char before = k > 0 ? line.charAt(k - 1) : ' ';
        char after = end < n ? line.charAt(end) : ' ';
        boolean opens = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
        boolean closes = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
        if (c == '_' && opens && closes && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
          opens = false;
          closes = false;
        }
        if (closes && (emphasis > 0 || !opens)) {
          emphasis = Math.max(0, emphasis - length);
        } else if (opens) {
          if (emphasis + length > max) {
            limited = true;
            if (b == null) {
              b = new StringBuilder(n + 2 * length);
            }
            b.append(line, copied, k);
            for (int m = k; m < end; m++) {
              b.append('\\').append(c);
            }
            copied = end;
          } else {
            emphasis += length;
          }
        }
        k = end;
        continue;
      }
      k++;
    }
    if (b == null) {
      return line;
    }
    b.append(line, copied, n);
    return b.toString();
  }

  /** The index after a container marker starting at {@code i}, or -1 when there is none. */
  private static int marker(String line, int i) {
    int n = line.length();
    char c = line.charAt(i);
    if (c == '>') {
      return i + 1;
    }
    if (c == '-' || c == '*' || c == '+') {
      return i + 1 == n || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t' ? i + 1 : -1;
    }
    int j = i;
    while (j < n && j - i < 9 && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
      j++;
    }
    if (j > i && j < n && (line.charAt(j) == '.' || line.charAt(j) == ')')
        && (j + 1 == n || line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t')) {
      return j + 1;
    }
    return -1;
  }

  /**
   * Where the line's trailing thematic break starts: the first index from which the line is three
   * or more of one of {@code -}, {@code *}, {@code _} and white space only, starting with a mark;
   * the line's length when it ends in none. One pass from the end.
   */
  private static int thematicBreakFrom(String line) {
    int n = line.length();
    int end = n;
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end == 0) {
      return n;
    }
    char c = line.charAt(end - 1);
    if (c != '-' && c != '*' && c != '_') {
      return n;
    }
    int marks = 0;
    int start = n;
    for (int i = end - 1; i >= 0; i--) {
      char d = line.charAt(i);
      if (d == c) {
        marks++;
        if (marks >= 3) {
          start = i;
        }
      } else if (d != ' ' && d != '\t') {
        break;
      }
    }
    return start;
  }

  /** Whether the (left-stripped) line is an ATX heading: 1 to 6 {@code #} and a space or its end. */
  private static boolean isAtxHeading(String t) {
    int h = 0;
    while (h < t.length() && h < 7 && t.charAt(h) == '#') {
      h++;
    }
    return h >= 1 && h <= 6 && (h == t.length() || t.charAt(h) == ' ' || t.charAt(h) == '\t');
  }

  /** ASCII punctuation, which a backslash escapes in CommonMark. */
  private static boolean isEscapable(char c) {
    return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
  }

  /** Whether an {@code &} or {@code <} can start an entity, a tag or an autolink here. */
  private static boolean startsMatch(String line, int next) {
    if (next >= line.length()) {
      return false;
    }
    char c = line.charAt(next);
    return c < 128 && Character.isLetterOrDigit(c) || c == '#' || c == '/' || c == '!' || c == '?';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  private static boolean isPunctuation(char c) {
    int type = Character.getType(c);
    return c < 128 ? !Character.isLetterOrDigit(c) && c > ' ' : type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
  }
}
