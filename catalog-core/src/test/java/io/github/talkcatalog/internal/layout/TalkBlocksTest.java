package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Talk blocks under a heading, found at line level on invented bodies. */
class TalkBlocksTest {

  /** Finds the blocks of the whole text; a line "splits" when it holds " - ". */
  private static List<TalkBlocks.Block> blocks(String text) {
    LineMap map = LineMap.of(SourceText.of("t.md", text));
    return TalkBlocks.find(map, 1, map.source().lineCount() + 1, line -> line.contains(" - "));
  }

  @Test
  void titleLinesWithProseAndMediaLines() {
    List<TalkBlocks.Block> b = blocks("""
        Some words about the event.

        Tiny Queues - Ann Lee, Acme
        {{< youtube id="Tq1fake01Aa" >}}

        **Caches at Dawn**

        Bo Kim shows how caches warm up.
        It takes a while.

        <iframe src="/files/caches.pdf"></iframe>

        **Schemas Unbound**

        Cy Park talks.
        """);
    assertThat(b).containsExactly(
        new TalkBlocks.Block(3, 1, "Tiny Queues - Ann Lee, Acme", false, List.of(), 4),
        new TalkBlocks.Block(6, 1, "**Caches at Dawn**", true, List.of(8, 9), 11),
        new TalkBlocks.Block(13, 1, "**Schemas Unbound**", true, List.of(15), 0));
  }

  @Test
  void listItemsTablesAndLaterParagraphLinesAreNoTitleLines() {
    List<TalkBlocks.Block> b = blocks("""
        - Tiny Queues - Ann Lee
        https://youtu.be/Tq1fake01Aa

        First line of prose
        Caches - a second line
        https://youtu.be/Cd2fake02Bb

        | A - B | C |
        |---|---|
        """);
    assertThat(b).isEmpty();
  }

  @Test
  void aMediaLineWithoutATitleLineStartsNothing() {
    assertThat(blocks("{{< youtube id=\"Tq1fake01Aa\" >}}\n\n**Caches**\n")).containsExactly(
        new TalkBlocks.Block(3, 1, "**Caches**", true, List.of(), 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "{{< youtube id=\"Tq1fake01Aa\" >}}; true", "{{<youtube Tq1fake01Aa>}}; true",
      "<iframe src=\"x.pdf\"></iframe>; true", "<YouTube id=\"Tq1fake01Aa\" />; true",
      "https://youtu.be/Tq1fake01Aa; true", "[Video and Slides](https://example.org/v); true",
      "[Video](https://e.org/v) + [Slides](https://e.org/s); true", "[Video](https://e.org/v) by Ann; false",
      "Ann Lee presents; false", "[broken link; false"})
  void mediaLines(String line, boolean media) {
    assertThat(TalkBlocks.isMedia(line)).isEqualTo(media);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"**Tiny Queues**; true", "__Tiny Queues__; true",
      "**Tiny** and **Queues**; false", "**Tiny Queues** by Ann; false", "****; false"})
  void boldLines(String line, boolean bold) {
    assertThat(TalkBlocks.isBoldLine(line)).isEqualTo(bold);
  }
}
