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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      Ann Lee shows why caches fail.                                        |                     | Ann Lee             | false
      Ann Lee and Bo Tran of Acme Corp show why caches fail.                |                     | Ann Lee and Bo Tran, Acme Corp | false
      Ola Berg from Fernway explains leases.                                |                     | Ola Berg, Fernway   | false
      Ana van der Berg demonstrates a migration.                            |                     | Ana van der Berg    | false
      Ann Lee (Acme), Bo Tran (Fernway) and Kai Moreno (Gridmark) discuss queues. |               | Ann Lee (Acme), Bo Tran (Fernway) and Kai Moreno (Gridmark) | false
      Ann Lee, staff engineer at Acme, shows how queues fail.               |                     | Ann Lee             | false
      For a deep dive on queues, see Ann Lee's talk:                        | Ann Lee's           | Ann Lee             | true
      Watch the keynote from Ann Lee, Bo Tran, and Kai Moreno:              | Ann Lee;Bo Tran;Kai Moreno | Ann Lee, Bo Tran, Kai Moreno | true
      Ann Lee gave a tour of the new features:                              | Ann Lee             | Ann Lee             | true
      Xu and Kai Moreno present their cluster.                              |                     | Xu and Kai Moreno   | false
      """)
  void proseNamesSpeakers(String paragraph, String links, String speakers, boolean linked) {
    java.util.List<String> texts = links == null ? java.util.List.of() : java.util.List.of(links.split(";"));
    assertThat(SpeakerCues.prose(paragraph, texts)).contains(new SpeakerCues.Prose(speakers, linked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      Slack has grown quickly and its database had to follow.               |
      In the first keynote, we shared the roadmap.                          |
      The Queue Team presents the roadmap.                                  |
      Queues are everywhere; see the slides.                                | slides
      Read more in Queues at Scale and Logs All Day.                        | Queues at Scale;Logs All Day
      Ann Lee and                                                           |
      Tiny, Recoverable Queue Migrations in Practice - Ann Lee, Acme        |
      """)
  void proseWithoutSpeakers(String paragraph, String links) {
    java.util.List<String> texts = links == null ? java.util.List.of() : java.util.List.of(links.split(";"));
    assertThat(SpeakerCues.prose(paragraph, texts)).isEmpty();
  }
}
