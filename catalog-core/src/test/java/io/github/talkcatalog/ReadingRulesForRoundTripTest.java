package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.talkcatalog.model.Talk;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading rules that let the writer's Markdown read back as what was read (issue #19), each on an
 * invented input: an empty grouping heading ends a section.
 */
class ReadingRulesForRoundTripTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  @Test
  void aGroupingHeadingWithoutTextEndsTheSectionAbove() {
    ParseResult r = PARSER.parse("""
        # Conf

        ## Track A

        ### Queues - Ann Lee
        - Link: https://www.youtube.com/watch?v=Qu1fake01Aa

        ##

        ### Caches - Bo Tran
        - Link: https://www.youtube.com/watch?v=Ca1fake01Aa
        """);

    assertThat(r.catalog().talks()).extracting(Talk::title, Talk::section).containsExactly(
        tuple("Queues", Optional.of("Track A")),
        tuple("Caches", Optional.empty()));
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void listEntriesUnderAGroupingHeadingWithoutTextHaveNoSection() {
    ParseResult r = PARSER.parse("""
        # Conf

        ## Track A

        - [Queues](https://www.youtube.com/watch?v=Qu1fake01Aa) - Ann Lee
        - [Locks](https://www.youtube.com/watch?v=Lo1fake01Aa) - Cy Moss

        ##

        - [Caches](https://www.youtube.com/watch?v=Ca1fake01Aa) - Bo Tran
        - [Logs](https://www.youtube.com/watch?v=Lg1fake01Aa) - Di Park
        """);

    assertThat(r.catalog().talks()).extracting(Talk::title, Talk::section).containsExactly(
        tuple("Queues", Optional.of("Track A")),
        tuple("Locks", Optional.of("Track A")),
        tuple("Caches", Optional.empty()),
        tuple("Logs", Optional.empty()));
  }
}
