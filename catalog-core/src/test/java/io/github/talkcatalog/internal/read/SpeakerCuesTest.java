package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speaker cues in invented body lines. */
class SpeakerCuesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Speaker: Ann Lee                                        | Ann Lee
      Speakers: Ann Lee, Bo Tran                              | Ann Lee, Bo Tran
      Authors: Ann Lee, Bo Tran                               | Ann Lee, Bo Tran
      Date: May 2, 2024, Authors: A. Lee                      | A. Lee
      with Ann Lee                                            | Ann Lee
      With Ann Lee - https://example.org/ann                  | Ann Lee
      Presented by Ann Lee, Acme Corp                         | Ann Lee, Acme Corp
      by Ann Lee (Acme)                                       | Ann Lee (Acme)
      Ann Lee, Bo Tran, and Kai Moreno Presented May 1, 2017 at Harbor Meetup | Ann Lee, Bo Tran, and Kai Moreno
      Video + Slides Ann Lee Presented May 1, 2017 at Harbor Meetup | Ann Lee
      """)
  void cues(String line, String speakers) {
    assertThat(SpeakerCues.read(line)).contains(speakers);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      with Fernway and Bluestem University
      by the way, this talk is great
      Date: May 2, 2024
      Queues are hard and we presented a fix
      ``
      """)
  void notCues(String line) {
    assertThat(SpeakerCues.read(line == null ? "" : line)).isEmpty();
  }
}
