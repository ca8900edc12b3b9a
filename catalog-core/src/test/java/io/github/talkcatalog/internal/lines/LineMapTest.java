package io.github.talkcatalog.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.lines.LineMap.Kind;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The line map against examples in the manner of the CommonMark specification (written for this
 * project): each row is a document and the kind of each of its lines.
 */
class LineMapTest {

  /** The kind of each line of {@code text}, line 1 first; shared with {@link LineMapBlockRulesTest}. */
  static List<Kind> kinds(String text) {
    LineMap map = LineMap.of(SourceText.of("t.md", text));
    List<Kind> out = new ArrayList<>();
    for (int i = 1; i <= map.source().lineCount(); i++) {
      out.add(map.kind(i));
    }
    return out;
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        // fenced code
        Arguments.of("```\n# not a heading\n```\n# heading",
            List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE, Kind.ATX_HEADING)),
        Arguments.of("````\n```\n- item\n```\n````\n- item",
            List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCED_CODE, Kind.FENCED_CODE, Kind.FENCE, Kind.LIST_ITEM)),
        Arguments.of("~~~\n```\n~~~", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("```\naaa\n  ```` ", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("```\naaa\n    ```", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCED_CODE)),
        Arguments.of("``` ```\naaa", List.of(Kind.TEXT, Kind.TEXT)),
        Arguments.of("```\n``` not closing\n```", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("```\nnever closed", List.of(Kind.FENCE, Kind.FENCED_CODE)),
        // indented code
        Arguments.of("    code\n\n    more", List.of(Kind.INDENTED_CODE, Kind.BLANK, Kind.INDENTED_CODE)),
        Arguments.of("text\n    continues", List.of(Kind.TEXT, Kind.TEXT)),
        Arguments.of("- item\n\n    still the item", List.of(Kind.LIST_ITEM, Kind.BLANK, Kind.TEXT)),
        Arguments.of("    # not a heading", List.of(Kind.INDENTED_CODE)),
        // setext headings
        Arguments.of("Title\n=====", List.of(Kind.SETEXT_HEADING, Kind.SETEXT_UNDERLINE)),
        Arguments.of("Title\n---", List.of(Kind.SETEXT_HEADING, Kind.SETEXT_UNDERLINE)),
        Arguments.of("- item\n---", List.of(Kind.LIST_ITEM, Kind.THEMATIC_BREAK)),
        Arguments.of("\n---", List.of(Kind.BLANK, Kind.THEMATIC_BREAK)),
        Arguments.of("Title\n= =", List.of(Kind.TEXT, Kind.TEXT)),
        // HTML blocks
        Arguments.of("<div>\n# inside\n</div>\n\n# outside",
            List.of(Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.BLANK, Kind.ATX_HEADING)),
        Arguments.of("<!-- a\n# hidden\n-->\n# shown", List.of(Kind.COMMENT, Kind.COMMENT, Kind.COMMENT, Kind.ATX_HEADING)),
        Arguments.of("<pre>\n\n# code\n</pre>", List.of(Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.HTML_BLOCK)),
        Arguments.of("<custom-card size=\"2\">\ntext", List.of(Kind.HTML_BLOCK, Kind.HTML_BLOCK)),
        Arguments.of("text\n<custom-card>", List.of(Kind.TEXT, Kind.TEXT)),
        Arguments.of("<a href=\"x\">link</a> text", List.of(Kind.TEXT)),
        // front matter
        Arguments.of("---\ntitle: x\n---\n# T", List.of(Kind.FRONT_MATTER, Kind.FRONT_MATTER, Kind.FRONT_MATTER, Kind.ATX_HEADING)),
        // list markers and headings
        Arguments.of("1. one\n2) two\n-not\n#5", List.of(Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.TEXT, Kind.TEXT)),
        Arguments.of("##NoSpace", List.of(Kind.ATX_HEADING)));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void classifiesEachLineAsCommonMarkReadsIt(String text, List<Kind> expected) {
    assertThat(kinds(text)).as(text).containsExactlyElementsOf(expected);
  }

  @Test
  void headingsCarryLevelLinesAndText() {
    LineMap map = LineMap.of(SourceText.of("t.md", "# Title #\n\nSub\n---\n\n```\n## no\n```\n### Third"));
    assertThat(map.headings()).containsExactly(
        new Heading(1, 1, 3, 1, "Title", false),
        new Heading(2, 3, 1, 4, "Sub", false),
        new Heading(3, 9, 5, 9, "Third", false));
  }

  @Test
  void hiddenLinesAreCodeCommentsAndFrontMatter() {
    LineMap map = LineMap.of(SourceText.of("t.md", "---\na: b\n---\ntext\n<!-- c -->\n```\nx\n```"));
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8)).filteredOn(map::hidden).containsExactly(1, 2, 3, 5, 6, 7, 8);
  }

  @Test
  void tableStartNeedsADelimiterRow() {
    LineMap map = LineMap.of(SourceText.of("t.md", "| a | b |\n|---|:-:|\n| 1 | 2 |\n\n| x |\n| y |"));
    assertThat(map.tableStart(1, 7)).isTrue();
    assertThat(map.tableStart(5, 7)).isFalse();
    assertThat(map.tableStart(1, 2)).isFalse();
  }

  @Test
  void summaryRuleIsALongSentenceUnderlinedInsideATalk() {
    LineMap map = LineMap.of(SourceText.of("t.md",
        "# T\n\n## Talk\n\nThis sentence has more than eight words in it, really.\n---\n\nShort line\n---"));
    assertThat(map.summaryRules()).containsExactly(6);
  }
}
