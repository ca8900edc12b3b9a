package io.github.talkcatalog.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void underscoresAroundAVideoIdDoNotCutTheFieldsUrl() {
    String url = "https://www.youtube.com/watch?v=_eTOfUpS59_";
    for (List<Block> blocks : List.of(reader.read("- Link: " + url, 7), reader.readWithFlexmark("- Link: " + url, 7))) {
      Block.ListItem item = (Block.ListItem) blocks.get(0);
      assertThat(item.inline().text()).isEqualTo("Link: " + url);
      assertThat(item.inline().links()).extracting(InlineLink::url).containsExactly(url);
      assertThat(item.inline().links().get(0).column()).isEqualTo(9);
    }
  }

  @Test
  void aLongBodyIsReadInPiecesAsItReadsWhole() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 4_000; i++) {
      b.append("- [Talk ").append(i).append("](https://example.com/").append(i).append(") *x*\n");
      if (i % 500 == 0) {
        b.append("  nested text\n\nA paragraph with `code`\nover two lines.\n\n```\n- not an item\n\n- still code\n```\n");
      }
      if (i % 700 == 0) {
        b.append("<!-- a comment\n\n- inside -->\n\n3. ordered\n4. items\n\n");
      }
    }
    String body = b.toString();
    assertThat(body.length()).isGreaterThan(2 * MarkdownReader.CHUNK_CHARS);

    assertThat(MarkdownReader.chunkEnds(body)).hasSizeGreaterThan(2);
    List<Block> pieces = reader.read(body, 10);

    assertThat(pieces).isEqualTo(reader.readWithFlexmark(body, 10));
    assertThat(pieces.get(pieces.size() - 1)).isInstanceOf(Block.ListItem.class);
    assertThat(((Block.ListItem) pieces.get(pieces.size() - 1)).inline().line()).isEqualTo(10 + (int) body.lines().count() - 1);
  }

  @Test
  void oneEntryThatNeedsFlexmarkSendsOnlyItsBlockThereAndReadsAsTheWholeDoes() {
    String body = String.join("\n",
        "Intro of the [list](https://www.youtube.com/playlist?list=PLx1).",
        "",
        "- [Tide Tables](https://www.youtube.com/watch?v=abcdefghij-) \u2014 Ada Quill",
        "- [Kettle *Sharding*](https://www.youtube.com/watch?v=_bcdefghij_) \u2014 Bo Reyes",
        "",
        "Rolling Queues by Dee Park",
        "https://www.youtube.com/watch?v=q1w2e3r4t5_");
    List<Block> blocks = reader.read(body, 10);
    assertThat(blocks).isEqualTo(reader.readWithFlexmark(body, 10));
    assertThat(blocks).hasSize(4);
    assertThat(((Block.ListItem) blocks.get(2)).inline().text()).isEqualTo("Kettle Sharding \u2014 Bo Reyes");
    assertThat(((Block.Paragraph) blocks.get(3)).inline().links()).extracting(InlineLink::url)
        .containsExactly("https://www.youtube.com/watch?v=q1w2e3r4t5_");
  }
}
