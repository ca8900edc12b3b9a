package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.OrganizationProfile;
import io.github.talkcatalog.model.SpeakerProfile;
import io.github.talkcatalog.model.Video;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Talk, speaker and organization ids survive a Markdown round trip; video ids read from links. */
class IdsRoundTripTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static final String MARKDOWN = """
      # Invented-Summit

      ## Keynote: Поиск без боли - Сергей Йорданов, Northwind Labs
      - Link: https://youtu.be/CyrTalk0001?t=30

      ## Fast Queues at the Edge - Ana Lima, Fernway Labs & Bo Chen, Fernway Labs
      - Link: https://www.youtube.com/watch_popup?v=EdgeTalk001

      ## Fast Queues at the Edge - Cy Diaz, Bluestem University
      - Link: https://m.youtube.com/#/watch?v=EdgeTalk002
      """;

  @Test
  void idsSurviveAMarkdownRoundTrip() {
    Catalog read = PARSER.parse(MARKDOWN).catalog();
    assertThat(read.talksById().keySet())
        .containsExactly("поиск-без-боли", "fast-queues-at-the-edge", "fast-queues-at-the-edge-2");
    assertThat(read.speakers()).extracting(SpeakerProfile::id)
        .containsExactly("сергей-йорданов", "ana-lima", "bo-chen", "cy-diaz");
    assertThat(read.organizations()).extracting(OrganizationProfile::id)
        .containsExactly("northwind-labs", "fernway-labs", "bluestem-university");
    assertThat(read.talks()).extracting(t -> t.video().flatMap(Video::id).orElse("-"))
        .containsExactly("CyrTalk0001", "EdgeTalk001", "EdgeTalk002");

    Catalog back = PARSER.parse(CatalogWriter.builder().build().write(read).markdown()).catalog();
    assertThat(List.copyOf(back.talksById().keySet())).isEqualTo(List.copyOf(read.talksById().keySet()));
    assertThat(back.speakers()).extracting(SpeakerProfile::id)
        .isEqualTo(read.speakers().stream().map(SpeakerProfile::id).toList());
    assertThat(back.organizations()).extracting(OrganizationProfile::id)
        .isEqualTo(read.organizations().stream().map(OrganizationProfile::id).toList());
  }
}
