package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event-shape test on invented segments. */
class EventShapeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      BogConf 2022                  | true
      BogConf EU 2022               | true
      (RegionalPy 2015)             | true
      Rivertown Cloud Summit        | true
      Rivertown Cloud Days          | true
      Harbor Gophers Meetup         | true
      GopherishCon                  | true
      QUEUECONF                     | true
      BOGCONF19                     | true
      Fernway Day Europe 2022       | true
      Ancient Harbor Ruby 2016      | true
      Cost Models in 2030           | false
      Java 21                       | false
      What's New                    | false
      Ann Lee                       | false
      Queues at Scale               | false
      Lightning Talks - May 18, 5pm | false
      A Small Parser in a Weekend   | false
      Caching in the Weekend        | false
      Caching in the Weekend 2019   | true
      Festival of Queues            | true
      Rivertown Rails Weekend       | true
      """)
  void events(String segment, boolean expected) {
    assertThat(EventShape.isEvent(segment)).isEqualTo(expected);
  }
}
