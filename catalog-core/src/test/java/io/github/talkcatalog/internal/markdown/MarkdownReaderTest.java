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
}
