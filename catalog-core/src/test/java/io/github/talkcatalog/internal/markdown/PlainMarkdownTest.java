package io.github.talkcatalog.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path reads the seed's sections exactly as flexmark does, and declines what it must. */
class PlainMarkdownTest {

  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void seedSectionsTakeTheFastPathAndReadAsFlexmarkDoes() {
    List<String> lines = Seed.text().lines().toList();
    int start = -1;
    int sections = 0;
    int fast = 0;
    List<Integer> declined = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || lines.get(i).startsWith("## ")) {
        if (start >= 0) {
          int bodyStart = start + 1;
          String body = String.join("\n", lines.subList(bodyStart, i));
          Optional<List<Block>> plain = PlainMarkdown.read(body, bodyStart + 1);
          if (plain.isPresent()) {
            assertThat(plain.get()).as("section at line %d", start + 1)
                .isEqualTo(reader.readWithFlexmark(body, bodyStart + 1));
            fast++;
          } else {
            declined.add(start + 1);
          }
          String heading = lines.get(start).substring(3);
          Optional<Inline> inline = PlainMarkdown.readInline(heading, start + 1, 4);
          if (inline.isPresent()) {
            assertThat(inline.get()).isEqualTo(reader.readInlineWithFlexmark(heading, start + 1, 4));
          }
          sections++;
        }
        start = i;
      }
    }
    assertThat(sections).isEqualTo(53);
    // only the summary with a bare URL in it (talk 23) needs flexmark's autolinking
    assertThat(declined).containsExactly(159);
    assertThat(fast).isEqualTo(52);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Some *emphasis* here",
      "A [link](https://example.org)",
      "See https://example.org",
      "Tom &amp; Jerry",
      "- Link: https://www.youtube.com/watch?v=_eTOfUpS59_",
      "1. numbered",
      "Summary\n---",
      "    indented code",
      "> quote",
      "<iframe src=\"x\"></iframe>",
      "![alt](path with spaces.png)",
      "line with hard break  \nnext",
  })
  void formsThatNeedFlexmarkAreDeclined(String markdown) {
    assertThat(PlainMarkdown.read(markdown, 1)).isEmpty();
  }

  @Test
  void theSeedsFormsAreRead() {
    String body = String.join("\n",
        "- Link: https://www.youtube.com/watch?v=ACxHFY_zUb8".replace("_", "x"),
        "",
        "![](imgs/image1.png)",
        "",
        "Keynote: Welcome & Opening Remarks - Matt White, Executive Director",
        "and more.");
    List<Block> blocks = new ArrayList<>(PlainMarkdown.read(body, 6).orElseThrow());
    assertThat(blocks).isEqualTo(reader.readWithFlexmark(body, 6));
    assertThat(blocks).hasSize(3);
    assertThat(((Block.Paragraph) blocks.get(2)).inline().text())
        .isEqualTo("Keynote: Welcome & Opening Remarks - Matt White, Executive Director and more.");
  }
}
