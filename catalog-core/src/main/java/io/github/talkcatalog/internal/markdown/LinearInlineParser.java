package io.github.talkcatalog.internal.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser with its costs made linear; it reads everything else as
 * flexmark does.
 *
 * <ul>
 *   <li><b>A match costs its length, not the paragraph's.</b> flexmark takes every inline match
 *       (an entity, an HTML tag, a code span, the white space before a link destination) through
 *       {@code Matcher.toMatchResult()}, which copies the whole paragraph, so a paragraph of
 *       {@code n} characters and {@code m} matches costs {@code n * m}. Here the match is read from
 *       the matcher itself.
 *   <li><b>Link labels, titles and {@code <destinations>} are scanned once.</b> flexmark matches
 *       them with patterns such as {@code \[(?:[^\\\[\]]|\\[punct]|\\){0,999}\]} that can read
 *       an escape ({@code \#}) two ways, so an unclosed {@code [}, quote or {@code <} followed by
 *       {@code k} escapes backtracks through {@code 2^k} readings (a few dozen escapes hang the
 *       parser). Here each is scanned once, left to right, which is the first reading flexmark's
 *       pattern tries: a backslash before ASCII punctuation escapes it, the first unescaped
 *       closing character ends the construct. Where that reading fails (no closing character),
 *       the pattern would backtrack and end the construct at an escaped one ({@code \]},
 *       {@code \"}, {@code \>}), which CommonMark forbids; this parser finds no construct there.
 * </ul>
 */
final class LinearInlineParser extends CommonmarkInlineParser {

  /** The longest link label CommonMark allows, in characters between the brackets. */
  private static final int MAX_LABEL = 999;

  /** Makes this parser for flexmark's {@code Parser.INLINE_PARSER_FACTORY}. */
  static final InlineParserFactory FACTORY = LinearInlineParser::new;

  private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
        inlineParserExtensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    int length = re == myParsing.LINK_LABEL ? labelLength(input, index)
        : re == myParsing.LINK_TITLE ? titleLength(input, index)
        : re == myParsing.LINK_DESTINATION_ANGLES ? angleDestinationLength(input, index)
        : -1;
    if (length >= 0) {
      if (length == 0) {
        return null;
      }
      index += length;
      return input.subSequence(index - length, index);
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    groups[0] = input.subSequence(matcher.start(), matcher.end());
    for (int i = 1; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }

  /**
   * The length of the link label at {@code from}, brackets included, or 0 when none starts there.
   *
   * @param s the text
   * @param from where the {@code [} should be
   * @return the label's length, or 0
   */
  static int labelLength(CharSequence s, int from) {
    int n = s.length();
    if (from >= n || s.charAt(from) != '[') {
      return 0;
    }
    int units = 0;
    int i = from + 1;
    while (i < n && units <= MAX_LABEL) {
      char c = s.charAt(i);
      if (c == ']') {
        return i + 1 - from;
      }
      if (c == '[') {
        return 0;
      }
      i += c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1)) ? 2 : 1;
      units++;
    }
    return 0;
  }

  /**
   * The length of the link title at {@code from} ({@code "title"}, {@code 'title'} or
   * {@code (title)}), or 0 when none starts there; a NUL character ends the scan, as in flexmark.
   */
  static int titleLength(CharSequence s, int from) {
    int n = s.length();
    if (from >= n) {
      return 0;
    }
    char open = s.charAt(from);
    char close = open == '(' ? ')' : open;
    if (open != '"' && open != '\'' && open != '(') {
      return 0;
    }
    int i = from + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == close) {
        return i + 1 - from;
      }
      if (c == '\0') {
        return 0;
      }
      i += c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1)) ? 2 : 1;
    }
    return 0;
  }

  /**
   * The length of the link destination in angle brackets at {@code from} ({@code <url>}), or 0
   * when none starts there; {@code <}, a space, a tab, a line end or NUL end the scan.
   */
  static int angleDestinationLength(CharSequence s, int from) {
    int n = s.length();
    if (from >= n || s.charAt(from) != '<') {
      return 0;
    }
    int i = from + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '>') {
        return i + 1 - from;
      }
      if (c == '<' || c == ' ' || c == '\t' || c == '\n' || c == '\0') {
        return 0;
      }
      i += c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1)) ? 2 : 1;
    }
    return 0;
  }

  private static boolean isAsciiPunctuation(char c) {
    return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
