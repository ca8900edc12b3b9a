package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Talk;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every talk of the seed: the speakers, roles and organizations a person reads, as listed in
 * {@code seed-speakers.txt} ({@code POSITION :: Name {role @ organization} | Name ...}).
 */
class SeedSpeakersTest {

  static Stream<Arguments> rows() {
    return Seed.resource("io/github/talkcatalog/seed-speakers.txt").lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> {
          int sep = l.indexOf("::");
          return Arguments.of(Integer.parseInt(l.substring(0, sep).strip()), l.substring(sep + 2).strip());
        });
  }

  @ParameterizedTest(name = "talk {0}: {1}")
  @MethodSource("rows")
  void speakersAreReadAsAPersonReadsThem(int position, String expected) {
    Talk talk = Seed.catalog().talks().get(position - 1);
    assertThat(Seed.render(talk.speakers())).as(talk.heading()).isEqualTo(expected);
  }


}
