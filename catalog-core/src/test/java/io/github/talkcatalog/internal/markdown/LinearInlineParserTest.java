package io.github.talkcatalog.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearInlineParserTest {

  private final MarkdownReader reader = new MarkdownReader();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "[a]            | 3",
      "[a]: /u        | 3",
      "[]             | 2",
      "[a\\]b]        | 6",
      "[a\\\\]b]      | 5",
      "[a\\#b]        | 6",
      "[a\\qb]        | 6",
      "[a[b]          | 0",
      "[a\\[b]        | 6",
      "[abc           | 0",
      "[a\\]          | 0",
      "x[a]           | 0",
  })
  void linkLabelsEndAtTheFirstUnescapedBracket(String text, int length) {
    assertThat(LinearInlineParser.labelLength(text, 0)).isEqualTo(length);
  }

  @Test
  void aLinkLabelHoldsAtMost999Characters() {
    assertThat(LinearInlineParser.labelLength("[" + "a".repeat(999) + "]", 0)).isEqualTo(1001);
    assertThat(LinearInlineParser.labelLength("[" + "a".repeat(1000) + "]", 0)).isZero();
    // an escape is one unit, as in flexmark's pattern
    assertThat(LinearInlineParser.labelLength("[" + "\\#".repeat(999) + "]", 0)).isEqualTo(2000);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "~\"t\"~        | 3",
      "~'t'~          | 3",
      "(t)            | 3",
      "~\"a\\\"b\"~   | 6",
      "~\"a\\\"b~     | 0",
      "(a(b)          | 5",
      "~\"a~          | 0",
      "t              | 0",
  })
  void linkTitlesEndAtTheirFirstUnescapedClosingCharacter(String text, int length) {
    assertThat(LinearInlineParser.titleLength(text, 0)).isEqualTo(length);
  }

  @Test
  void aNulCharacterEndsATitleAndAnAngleDestination() {
    assertThat(LinearInlineParser.titleLength("\"a\0b\"", 0)).isZero();
    assertThat(LinearInlineParser.angleDestinationLength("<a\0b>", 0)).isZero();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "<a b>          | 0",
      "<u>            | 3",
      "<a\\>b>        | 6",
      "<a\\>          | 0",
      "<a<b>          | 0",
      "u              | 0",
  })
  void angleDestinationsEndAtTheFirstUnescapedBracket(String text, int length) {
    assertThat(LinearInlineParser.angleDestinationLength(text, 0)).isEqualTo(length);
  }

  @Test
  void referenceLinksTitlesAndAngleDestinationsReadAsBefore() {
    String markdown = """
        See [the talk][t] and [the slides](<https://example.com/a b> "Slides \\"v2\\"").

        [t]: https://youtu.be/AAAAAAAAAA1 'Talk'
        """;
    Block.Paragraph p = (Block.Paragraph) reader.readWithFlexmark(markdown, 3).get(0);
    assertThat(p.inline().text()).isEqualTo("See the talk and the slides.");
    assertThat(p.inline().links()).extracting(InlineLink::text, InlineLink::url).containsExactly(
        org.assertj.core.groups.Tuple.tuple("the talk", "https://youtu.be/AAAAAAAAAA1"),
        org.assertj.core.groups.Tuple.tuple("the slides", "https://example.com/a b"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void unclosedConstructsFollowedByManyEscapesAreReadAsText() {
    // an unclosed label, title and <destination>: each would make flexmark's patterns backtrack
    // through 2^40 readings
    String escapes = "\\#".repeat(40);
    List<Block> blocks = reader.readWithFlexmark(
        "[a " + escapes + "\n\n[b](u \"" + escapes + "\0\n\n[c](<" + escapes + " x)", 1);
    assertThat(blocks).extracting(b -> ((Block.Paragraph) b).inline().text()).containsExactly(
        "[a " + "#".repeat(40),
        "[b](u \"" + "#".repeat(40) + "\uFFFD",
        "c"); // with spaces allowed in destinations, flexmark reads "<###… x" as one
  }
}
