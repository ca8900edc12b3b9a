package io.github.talkcatalog.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.lines.LineMap.Kind;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More of CommonMark's block rules, one rule per row (examples written for this project in the
 * manner of the specification), and the map's line-level helpers.
 */
class LineMapBlockRulesTest {

  private static List<Kind> kinds(String text) {
    return LineMapTest.kinds(text);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // fences: an info string, up to three spaces of indentation, a closing fence at least as long
        Arguments.of("```java\n# code\n```", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("   ```\n# code\n   ```", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("    ```\n    x", List.of(Kind.INDENTED_CODE, Kind.INDENTED_CODE)),
        Arguments.of("~~~~\n~~~\n~~~~", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("``` a`b\nx", List.of(Kind.TEXT, Kind.TEXT)),
        Arguments.of("~~~ a`b\nx\n~~~", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("text\n```\ncode\n```", List.of(Kind.TEXT, Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        Arguments.of("```\n\n```", List.of(Kind.FENCE, Kind.FENCED_CODE, Kind.FENCE)),
        // indented code cannot interrupt a paragraph; a blank line ends the paragraph
        Arguments.of("para\n\n    code", List.of(Kind.TEXT, Kind.BLANK, Kind.INDENTED_CODE)),
        Arguments.of("\tcode", List.of(Kind.INDENTED_CODE)),
        // ATX headings: one to six marks, a space or the end after them
        Arguments.of("# one\n###### six\n####### seven", List.of(Kind.ATX_HEADING, Kind.ATX_HEADING, Kind.TEXT)),
        Arguments.of("#", List.of(Kind.ATX_HEADING)),
        Arguments.of("   ### indented", List.of(Kind.ATX_HEADING)),
        Arguments.of("\\# escaped", List.of(Kind.TEXT)),
        // thematic breaks, not list items or setext underlines after a blank line
        Arguments.of("***\n_ _ _\n- - -", List.of(Kind.THEMATIC_BREAK, Kind.THEMATIC_BREAK, Kind.THEMATIC_BREAK)),
        Arguments.of("--", List.of(Kind.TEXT)),
        // setext underlines of any length, with up to three spaces before them
        Arguments.of("Title\n=", List.of(Kind.SETEXT_HEADING, Kind.SETEXT_UNDERLINE)),
        Arguments.of("Title\n   ------", List.of(Kind.SETEXT_HEADING, Kind.SETEXT_UNDERLINE)),
        Arguments.of("# Atx\n---", List.of(Kind.ATX_HEADING, Kind.THEMATIC_BREAK)),
        // HTML blocks: raw-text elements run to their end tag, blank lines included
        Arguments.of("<script>\n\n# x\n</script>\n# y",
            List.of(Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.ATX_HEADING)),
        Arguments.of("<table>\n<tr><td>x</td></tr>\n</table>\n\ntext",
            List.of(Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.HTML_BLOCK, Kind.BLANK, Kind.TEXT)),
        Arguments.of("<!-- one line -->\n# after", List.of(Kind.COMMENT, Kind.ATX_HEADING)),
        Arguments.of("   <div>\nx", List.of(Kind.HTML_BLOCK, Kind.HTML_BLOCK)),
        // blank lines, list items of both kinds, a number too long for a list
        Arguments.of(" \t \n+ plus\n10) ten\n1234567890. no",
            List.of(Kind.BLANK, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.TEXT)));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void eachBlockRule(String text, List<Kind> expected) {
    assertThat(kinds(text)).as(text).containsExactlyElementsOf(expected);
  }

  @Test
  void indentCountsTabsToTheNextMultipleOfFour() {
    assertThat(LineMap.indent("")).isZero();
    assertThat(LineMap.indent("x")).isZero();
    assertThat(LineMap.indent("  x")).isEqualTo(2);
    assertThat(LineMap.indent("\tx")).isEqualTo(4);
    assertThat(LineMap.indent("  \tx")).isEqualTo(4);
    assertThat(LineMap.indent("     \tx")).isEqualTo(8);
    assertThat(LineMap.indent("   ")).isEqualTo(3);
  }

  @Test
  void listMarkersGiveKindNumberAndWhereTheContentStarts() {
    assertThat(LineMap.listMarker("- item")).containsExactly(0, -1, 2);
    assertThat(LineMap.listMarker("  * item")).containsExactly(0, -1, 4);
    assertThat(LineMap.listMarker("12. item")).containsExactly(1, 12, 4);
    assertThat(LineMap.listMarker("3) item")).containsExactly(1, 3, 3);
    assertThat(LineMap.listMarker("-item")).isNull();
    assertThat(LineMap.listMarker("* * *")).isNull();
    assertThat(LineMap.listMarker("12.item")).isNull();
    assertThat(LineMap.listMarker("   ")).isNull();
    assertThat(LineMap.listMarker("text")).isNull();
  }

  @Test
  void fencedIsCodeAndFencesOnly() {
    LineMap map = LineMap.of(SourceText.of("t.md", "```\nx\n```\n    y\n<!-- z -->"));
    assertThat(List.of(1, 2, 3, 4, 5)).filteredOn(map::fenced).containsExactly(1, 2, 3);
    assertThat(List.of(1, 2, 3, 4, 5)).filteredOn(map::hidden).containsExactly(1, 2, 3, 4, 5);
    assertThat(map.hidden(0)).isFalse();
    assertThat(map.hidden(6)).isFalse();
  }

  @Test
  void headingsWrittenWithoutSpaceAreMarked() {
    LineMap map = LineMap.of(SourceText.of("t.md", "##Two\n# One\n"));
    assertThat(map.headings()).containsExactly(
        new Heading(2, 1, 3, 1, "Two", true), new Heading(1, 2, 3, 2, "One", false));
  }

  @Test
  void theMapKeepsItsSource() {
    SourceText source = SourceText.of("t.md", "# T\n");
    assertThat(LineMap.of(source).source()).isSameAs(source);
  }
}
