package io.github.talkcatalog.query;

import static io.github.talkcatalog.query.SeedCatalog.positions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.OrganizationAliases;
import io.github.talkcatalog.model.OrganizationProfile;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.SpeakerProfile;
import io.github.talkcatalog.model.Talk;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogIndexTest {

  private final CatalogIndex index = CatalogIndex.of(SeedCatalog.catalog());

  @Test
  void talksBySpeakerOrganizationAndLabel() {
    assertThat(positions(index.talksBySpeaker("Lysandre Debut"))).containsExactly(31, 33);
    assertThat(positions(index.talksBySpeaker("m saroufim"))).containsExactly(14, 42);
    assertThat(positions(index.talksBySpeaker("m. ayoub"))).containsExactly(36);
    assertThat(index.talksBySpeaker("Nobody Here")).isEmpty();
    assertThat(positions(index.talksByOrganization("hugging face"))).containsExactly(31, 33);
    assertThat(positions(index.talksByOrganization("AMD"))).containsExactly(13, 32, 42, 49);
    assertThat(index.talksByOrganization("Nowhere Inc.")).isEmpty();
    assertThat(positions(index.talksByOrganization("ibm",
        OrganizationAliases.builder().alias("IBM", "IBM Research").build())))
        .containsExactly(11, 29, 32, 36, 47);
    assertThat(index.talksByLabel("lightning talk")).hasSize(15);
    assertThat(positions(index.talksByLabel("Keynote Panel"))).containsExactly(42);
  }

  @Test
  void anAbbreviationThatFitsSeveralPeopleFindsTheTalksOfAll() {
    Catalog c = Catalog.builder().title("Invented")
        .addTalks(talk(1, "Jane Smith"), talk(2, "John Smith"), talk(3, "J. Smith"), talk(4, "Al Jones"))
        .build();
    assertThat(positions(CatalogIndex.of(c).talksBySpeaker("j smith"))).containsExactly(1, 2, 3);
    assertThat(positions(CatalogIndex.of(c).talksBySpeaker("John Smith"))).containsExactly(2, 3);
    assertThat(positions(c.filter(TalkQuery.speaker("John Smith")).talks())).containsExactly(2, 3);
    assertThat(positions(CatalogIndex.of(c).talksBySpeaker("al   JONES"))).containsExactly(4);
  }

  private static Talk talk(int position, String speaker) {
    return Talk.builder().position(position).heading("T" + position).title("T" + position)
        .addSpeakers(Speaker.of(speaker)).build();
  }

  @Test
  void labelCountsMostFrequentFirstTiesInOrderOfFirstAppearance() {
    // "Sponsored Session" first appears at talk 7 before "Lightning Talk" (same talk, written first).
    assertThat(index.labelCounts()).containsExactly(
        Map.entry("Sponsored Session", 15),
        Map.entry("Lightning Talk", 15),
        Map.entry("Keynote", 6),
        Map.entry("Sponsor Keynote", 1),
        Map.entry("Keynote Panel", 1));
    assertThat(index.mostFrequentLabels(2)).containsExactly("Sponsored Session", "Lightning Talk");
  }

  @Test
  void mostFrequentOrganizations() {
    assertThat(index.mostFrequentOrganizations(3)).extracting(OrganizationProfile::name)
        .containsExactly("Meta", "IBM Research", "AMD");
    assertThat(index.mostFrequentOrganizations(3)).extracting(o -> o.talks().size())
        .containsExactly(9, 4, 4);
    assertThat(index.organizationsByTalkCount()).hasSize(43);
  }

  @Test
  void mostFrequentSpeakers() {
    assertThat(index.mostFrequentSpeakers(7)).extracting(SpeakerProfile::name).containsExactly(
        "Simon Mo", "Robert Nishihara", "Luca Antiga", "Joe Spisak", "Mark Saroufim",
        "Lysandre Debut", "Matt White");
    assertThat(index.mostFrequentSpeakers(0)).isEmpty();
    assertThat(index.mostFrequentSpeakers(1000)).hasSize(76);
    assertThatThrownBy(() -> index.mostFrequentSpeakers(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be >= 0, was -1");
  }

  @Test
  void theIndexOfAFilteredCatalogCountsOnlyItsTalks() {
    Catalog lightning = SeedCatalog.catalog().filter(TalkQuery.label("Lightning Talk"));
    assertThat(CatalogIndex.of(lightning).labelCounts()).containsExactly(
        Map.entry("Lightning Talk", 15), Map.entry("Sponsored Session", 8));
    // Meta: talks 10, 23, 25, 51; Huawei: talks 30, 41; the rest one each.
    assertThat(CatalogIndex.of(lightning).mostFrequentOrganizations(3)).extracting(OrganizationProfile::toString)
        .containsExactly(
            "OrganizationProfile{Meta, speakers=[eli-uriegas,tianyu-liu,jiani-wang,boyuan-feng,"
                + "driss-guessous,jane-xu], talks=[10,23,25,51]}",
            "OrganizationProfile{Huawei, speakers=[zesheng-zong,fengchun-hua], talks=[30,41]}",
            "OrganizationProfile{Infineon Technologies, speakers=[niall-lyons], talks=[7]}");
  }
}
