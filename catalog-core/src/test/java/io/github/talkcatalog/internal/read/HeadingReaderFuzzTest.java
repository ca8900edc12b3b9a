package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/** Properties of {@link HeadingReader} on any heading text. */
class HeadingReaderFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  private static final HeadingReader READER = new HeadingReader(HeadingReader.DEFAULT_LABELS);

  /**
   * Never throws; labels, title and speaker part are stripped pieces of the heading in that order,
   * the title is blank only when the heading is, and a speaker part is never blank.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(PER_INPUT_SECONDS)
  void partsComeFromTheHeadingInOrder(byte[] data) {
    String heading = new String(data, StandardCharsets.UTF_8);
    HeadingReader.Parts parts = READER.read(heading);

    int from = 0;
    for (String label : parts.labels()) {
      assertThat(label).isNotBlank();
      int at = heading.indexOf(label, from);
      assertThat(at).as("label '%s'", label).isGreaterThanOrEqualTo(0);
      from = at + label.length();
    }
    assertThat(parts.title()).isEqualTo(parts.title().strip());
    int title = heading.indexOf(parts.title(), from);
    assertThat(title).as("title '%s'", parts.title()).isGreaterThanOrEqualTo(0);
    if (!heading.isBlank()) {
      assertThat(parts.title()).isNotBlank();
    }
    parts.speakerPart().ifPresent(s -> {
      assertThat(s).isNotBlank().isEqualTo(s.strip());
      assertThat(heading.indexOf(s, title + parts.title().length())).as("speakers '%s'", s).isGreaterThanOrEqualTo(0);
    });
  }
}
