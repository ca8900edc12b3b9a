package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import org.junit.jupiter.api.Test;

/** A bare id (or an unlinked URL) in a {@code Video:} field is the talk's video; elsewhere not. */
class VideoFieldTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  @Test
  void aBareIdInAVideoFieldUnderAHeading() {
    Catalog c = PARSER.parse("""
        # Invented Summit

        ## Fast Queues - Ana Lima, Fernway Labs
        - Video: FieldVideo1
        - Slides: https://example.org/s/1

        ## Slow Queues - Bo Chen, Fernway Labs
        - YouTube: youtu.be/FieldVideo2?t=42

        ## Calm Queues - Cy Diaz, Bluestem University
        - Slides: FieldVideo3
        - Event: https://example.org/e/3
        """).catalog();
    assertThat(c.talks()).extracting(t -> t.video().orElse(null)).containsExactly(
        Video.youtube("FieldVideo1"),
        Video.builder().from(Video.youtube("FieldVideo2")).start(42).build(),
        null);
  }

  @Test
  void aBareIdInAVideoFieldOfAListEntry() {
    Catalog c = PARSER.parse("""
        # Invented Summit

        - Fast Queues - Ana Lima
          - Video: FieldVideo4
        - [Slow Queues](https://example.org/t/5) - Bo Chen
          - Notes: FieldVideo5
        """).catalog();
    assertThat(c.talks()).extracting(Talk::title).containsExactly("Fast Queues", "Slow Queues");
    assertThat(c.talks()).extracting(t -> t.video().flatMap(Video::id).orElse("-"))
        .containsExactly("FieldVideo4", "-");
  }
}
