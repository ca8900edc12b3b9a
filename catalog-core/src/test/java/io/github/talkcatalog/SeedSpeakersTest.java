package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.util.List;
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
    assertThat(render(talk.speakers())).as(talk.heading()).isEqualTo(expected);
  }

  static String render(List<Speaker> speakers) {
    StringBuilder b = new StringBuilder();
    for (Speaker s : speakers) {
      if (b.length() > 0) {
        b.append(" | ");
      }
      b.append(s.name());
      for (Affiliation a : s.affiliations()) {
        b.append(" {").append(a.role().orElse("")).append(" @ ")
            .append(a.organization().map(Organization::name).orElse("")).append('}');
      }
    }
    return b.toString();
  }
}
