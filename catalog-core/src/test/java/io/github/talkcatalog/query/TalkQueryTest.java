package io.github.talkcatalog.query;

import static io.github.talkcatalog.query.SeedCatalog.positions;
import static io.github.talkcatalog.query.TalkQuery.hasImage;
import static io.github.talkcatalog.query.TalkQuery.hasVideo;
import static io.github.talkcatalog.query.TalkQuery.label;
import static io.github.talkcatalog.query.TalkQuery.organization;
import static io.github.talkcatalog.query.TalkQuery.speaker;
import static io.github.talkcatalog.query.TalkQuery.text;
import static io.github.talkcatalog.query.TalkQuery.truncated;
import static io.github.talkcatalog.query.TalkQuery.videoId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.OrganizationAliases;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TalkQueryTest {

  private final Catalog seed = SeedCatalog.catalog();

  private List<Integer> matching(Predicate<Talk> query) {
    return positions(seed.filter(query).talks());
  }

  @Test
  void speakerMatchesFullAndAbbreviatedNamesIgnoringCaseAccentsAndSpacing() {
    assertThat(matching(speaker("Mark Saroufim"))).containsExactly(14, 42);
    assertThat(matching(speaker("m saroufim"))).containsExactly(14, 42);
    assertThat(matching(speaker("m. ayoub"))).containsExactly(36);
    assertThat(matching(speaker("  maroon   AYOUB "))).containsExactly(36);
    assertThat(matching(speaker("robertnishihara"))).containsExactly(3, 17);
    assertThat(matching(speaker("Saroufim"))).isEmpty();
    assertThat(matching(speaker("J. Saroufim"))).isEmpty();
  }

  @Test
  void organizationMatchesIgnoringCaseAndSpacingButNotPartOfAName() {
    assertThat(matching(organization("hugging face"))).containsExactly(31, 33);
    assertThat(matching(organization("HuggingFace"))).containsExactly(31, 33);
    assertThat(matching(organization("IBM Research"))).containsExactly(11, 29, 32, 36);
    assertThat(matching(organization("IBM"))).containsExactly(47);
    assertThat(matching(organization("Meta"))).containsExactly(6, 10, 14, 18, 23, 25, 31, 43, 51);
  }

  @Test
  void organizationHonoursAliases() {
    OrganizationAliases aliases = OrganizationAliases.builder().alias("IBM", "IBM Research").build();
    assertThat(matching(organization("ibm", aliases))).containsExactly(11, 29, 32, 36, 47);
    // Talk 12 names "Meta Superintelligence Labs", talk 31 "Meta".
    OrganizationAliases meta = OrganizationAliases.builder().alias("Meta", "Meta Superintelligence Labs").build();
    assertThat(matching(organization("Meta", meta))).containsExactly(6, 10, 12, 14, 18, 23, 25, 31, 43, 51);
  }

  @Test
  void fifteenTalksAreLightningTalks() {
    assertThat(matching(label("Lightning Talk")))
        .containsExactly(7, 10, 15, 19, 23, 25, 26, 27, 30, 38, 41, 47, 48, 49, 51);
    assertThat(matching(label("lightning talk"))).hasSize(15);
    assertThat(matching(label("Keynote"))).containsExactly(1, 2, 3, 4, 14, 31);
    assertThat(matching(label("Lightning"))).isEmpty();
  }

  @Test
  void textSearchesTitlesSummariesSpeakersAndOrganizations() {
    assertThat(matching(text("rocm"))).containsExactly(13, 49);
    assertThat(matching(text("SGLANG"))).containsExactly(5, 35);
    assertThat(matching(text("superintelligence"))).containsExactly(12);
    assertThat(matching(text("Nishihara"))).containsExactly(3, 17);
    assertThat(matching(text("no such words anywhere"))).isEmpty();
    assertThat(matching(text(""))).hasSize(53);
  }

  @Test
  void videoImageAndTruncation() {
    assertThat(matching(videoId("ACxHFY_zUb8"))).containsExactly(1);
    assertThat(matching(videoId("acxhfy_zub8"))).isEmpty();
    assertThat(matching(hasVideo())).hasSize(53);
    assertThat(matching(hasImage())).hasSize(53);
    assertThat(matching(truncated().negate())).containsExactly(1, 12, 31, 32, 53);
  }

  @Test
  void predicatesCompose() {
    assertThat(matching(organization("Meta").and(label("Lightning Talk"))))
        .containsExactly(10, 23, 25, 51);
    assertThat(matching(speaker("Simon Mo").or(speaker("Luca Antiga")))).containsExactly(2, 7, 20, 21);
    assertThat(matching(TalkQuery.allOf(List.of(organization("AMD"), text("rocm"))))).containsExactly(13, 49);
    assertThat(matching(TalkQuery.anyOf(List.of(organization("Oracle"), organization("Snowflake")))))
        .containsExactly(15, 52);
    assertThat(matching(TalkQuery.allOf(List.of()))).hasSize(53);
    assertThat(matching(TalkQuery.anyOf(List.of()))).isEmpty();
    assertThat(matching(Predicate.not(label("Sponsored Session")).and(label("Lightning Talk"))))
        .containsExactly(10, 23, 25, 30, 47, 49, 51);
  }

  @Test
  void filterKeepsPositionsAndCatalogMetadata() {
    Catalog filtered = seed.filter(speaker("Joe Spisak"));
    assertThat(filtered.talks()).containsExactly(seed.talks().get(11), seed.talks().get(30));
    assertThat(positions(filtered.talks())).containsExactly(12, 31);
    assertThat(filtered.title()).isEqualTo("vLLM-in-PyTorch-Conference-2025");
    assertThat(filtered.description()).isEqualTo(seed.description());
    assertThat(filtered.collection()).isEqualTo(seed.collection());
    assertThat(filtered.declaredCount()).hasValue(53);
    assertThat(seed.filter(t -> true)).isSameAs(seed);
    assertThat(seed.filter(t -> false).talks()).isEmpty();
    // The filtered catalog has its own views.
    assertThat(filtered.speakers()).extracting(p -> p.name())
        .containsExactly("Joe Spisak", "Lysandre Debut");
  }

  @Test
  void accentsAndSpacingInInventedNames() {
    Catalog c = Catalog.builder().title("Invented")
        .addTalks(Talk.builder().position(1).heading("Á").title("Árbol de decisión")
            .addSpeakers(Speaker.of("José Núñez", Affiliation.ofOrganization("Universidad de Cádiz")))
            .build())
        .addTalks(Talk.builder().position(2).heading("B").title("Other")
            .addSpeakers(Speaker.of("J. Nunez"))
            .video(Video.youtube("dQw4w9WgXcQ"))
            .build())
        .build();
    assertThat(positions(c.filter(speaker("jose nunez")).talks())).containsExactly(1, 2);
    assertThat(positions(c.filter(speaker("Jose Nunez")).talks())).containsExactly(1, 2);
    assertThat(positions(c.filter(speaker("j nunez")).talks())).containsExactly(1, 2);
    assertThat(positions(c.filter(organization("universidad de cadiz")).talks())).containsExactly(1);
    assertThat(positions(c.filter(text("ARBOL DE")).talks())).containsExactly(1);
    assertThat(positions(c.filter(text("decision")).talks())).containsExactly(1);
    assertThat(positions(c.filter(videoId(" dQw4w9WgXcQ ")).talks())).containsExactly(2);
  }
}
