package io.github.talkcatalog.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/** Whatever the fast path accepts, it reads exactly as flexmark does. */
class MarkdownReaderDifferentialFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  private static final MarkdownReader READER = new MarkdownReader();

  private static final String[] PIECES = {
      "- Link: https://www.youtube.com/watch?v=", "- Video: https://youtu.be/", "![", "](imgs/",
      "](https://www.youtube.com/watch?v=", "| ", "\n- [", " https://e.org/a ",
      ".png)", "Keynote: ", " - ", " & ", ", ", "Ada Quill", "Northwind Labs", "_", "*", "&amp;",
      "&", "#", "1. ", "  ", "\n", "\n\n", "https://", "www.", "[", "]", "(", ")", "~", "`", "<", ">",
      "-", "=", "Summary text that runs on", "é", "’", "\t", ":", "@", "\\", "!",
  };

  @FuzzTest(maxDuration = "30s")

  @Timeout(PER_INPUT_SECONDS)
  void theFastPathReadsAsFlexmarkDoes(FuzzedDataProvider data) {
    StringBuilder body = new StringBuilder();
    int parts = data.consumeInt(0, 40);
    for (int i = 0; i < parts && data.remainingBytes() > 0; i++) {
      if (data.consumeBoolean()) {
        body.append(PIECES[data.consumeInt(0, PIECES.length - 1)]);
      } else {
        body.append(data.consumeString(12));
      }
    }
    String markdown = body.toString();
    int firstLine = data.consumeInt(1, 1000);
    Optional<List<Block>> plain = PlainMarkdown.read(markdown, firstLine);
    if (plain.isPresent()) {
      assertThat(plain.get()).as(markdown).isEqualTo(READER.readWithFlexmark(markdown, firstLine));
    }
    Optional<Inline> inline = PlainMarkdown.readInline(markdown, firstLine, 4);
    if (inline.isPresent()) {
      assertThat(inline.get()).as(markdown).isEqualTo(READER.readInlineWithFlexmark(markdown, firstLine, 4));
    }
  }
}
