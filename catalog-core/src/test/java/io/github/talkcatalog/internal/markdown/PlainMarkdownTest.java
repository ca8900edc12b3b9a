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
      "A [link](https://example.org \"title\")",
      "See https://example.org.",
      "An ![image](https://example.org/a.png) inline",
      "[link](https://example.org)https://example.org",
      "- Link: https://example.org/x:/",
      "- [Title](https://example.org) - Ada\n  - [Nested](https://example.org/n)",
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

  @Test
  void entriesWithLinksAndBareUrlsTakeTheFastPath() {
    String body = String.join("\n",
        "Intro with a [playlist](https://www.youtube.com/playlist?list=PLx1) of talks.",
        "",
        "- [Keynote: Tide Tables](https://www.youtube.com/watch?v=abc_def-123) \u2014 Ada Quill, Northwind Labs",
        "- [Sharding Kettles](https://youtu.be/xyz) \u2014 Bo Reyes & Cy Lam",
        "",
        "Rolling Queues by Dee Park",
        "https://www.youtube.com/watch?v=q1w2e3r4t5y",
        "",
        "| Title | Speakers | Video |",
        "|---|---|---|",
        "| Tide Tables | Ada Quill | [Video](https://www.youtube.com/watch?v=s5wgs6uadG_) |");
    List<Block> blocks = PlainMarkdown.read(body, 3).orElseThrow();
    assertThat(blocks).isEqualTo(reader.readWithFlexmark(body, 3));
    assertThat(blocks).hasSize(5);
    Block.ListItem first = (Block.ListItem) blocks.get(1);
    assertThat(first.inline().text()).isEqualTo("Keynote: Tide Tables \u2014 Ada Quill, Northwind Labs");
    assertThat(first.inline().links()).containsExactly(new InlineLink("Keynote: Tide Tables",
        "https://www.youtube.com/watch?v=abc_def-123", false, false, false, 5, 3));
    Block.Paragraph plain = (Block.Paragraph) blocks.get(3);
    assertThat(plain.inline().text()).isEqualTo("Rolling Queues by Dee Park https://www.youtube.com/watch?v=q1w2e3r4t5y");
    assertThat(plain.inline().links()).containsExactly(new InlineLink("",
        "https://www.youtube.com/watch?v=q1w2e3r4t5y", false, true, false, 9, 1));
    Block.Paragraph table = (Block.Paragraph) blocks.get(4);
    assertThat(table.inline().line()).isEqualTo(11);
    assertThat(table.inline().links()).extracting(InlineLink::url, InlineLink::line, InlineLink::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("https://www.youtube.com/watch?v=s5wgs6uadG_", 13, 29));

    String entry = "Rolling Queues by Dee Park\nhttps://www.youtube.com/watch?v=q1w2e3r4t5y";
    assertThat(PlainMarkdown.readInline(entry, 40, 1)).contains(reader.readInlineWithFlexmark(entry, 40, 1));
    String cell = "[Video](https://www.youtube.com/watch?v=s5wgs6uadG_)";
    assertThat(PlainMarkdown.readInline(cell, 41, 7)).contains(new Inline("Video", List.of(new InlineLink("Video",
        "https://www.youtube.com/watch?v=s5wgs6uadG_", false, false, false, 41, 1)), 41, 7));
    assertThat(reader.readInlineWithFlexmark(cell, 41, 7)).isEqualTo(PlainMarkdown.readInline(cell, 41, 7).orElseThrow());
  }

  /** Pieces of entries, links, URLs and markup: every combination the fast path accepts reads as flexmark's. */
  private static final String[] PIECES = {"[", "]", "(", ")", "https://www.youtube.com/watch?v=", "abc", "a_b",
      "_x", "x_", " ", "  ", "\n", "\n\n", "!", "\u2014", " & ", "&amp;", "www.", "http://e.org/p", "Keynote: ",
      "Ada Quill", "](", "[Video](https://www.youtube.com/watch?v=s5wgs6uadG_)", "](https://x.org/a_b)", "*", "<",
      ">", "`", "\\", "#", "- ", "1. ", "=", "\u00e9", "e\u0301", ":", "//", "@", ".", ",", "\"", "'", "\t", "[x]",
      "|", "[](u)", "[a]( u)", "( ", "-", "+", "https://youtu.be/x", "?t=1", "&t=2", "#a", "%20", "/", "v=", "a.b",
      "..", "[Talk Title](https://e.org/p?a=1&b=2)", "https://e.org/", "(https://e.org)", "<https://e.org>",
      "https://", "a@b.c", ";", "&#1;", "~", "\n- ", "\n| ", " |", "|---|", "\n  ", "\n- [T](https://e.org/v) \u2014 A",
      "\n\n- Link: https://e.org/x", "\n![](imgs/a.png)\n", "\n-", "\n- [ ] x", "\n---\n", "\n===", "   "};

  @Test
  void everyAcceptedCombinationOfPiecesReadsAsFlexmarkDoes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(24);
    int blocks = 0;
    int inlines = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(14);
      for (int i = 0; i < parts; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String md = b.toString();
      Optional<List<Block>> read = PlainMarkdown.read(md, 7);
      if (read.isPresent()) {
        assertThat(read.get()).as(md).isEqualTo(reader.readWithFlexmark(md, 7));
        blocks++;
      }
      Optional<Inline> inline = PlainMarkdown.readInline(md, 7, 4);
      if (inline.isPresent()) {
        assertThat(inline.get()).as(md).isEqualTo(reader.readInlineWithFlexmark(md, 7, 4));
        inlines++;
      }
    }
    // the check is not empty: a good share of the combinations takes the fast path
    assertThat(blocks).isGreaterThan(2_000);
    assertThat(inlines).isGreaterThan(2_000);
  }
}
