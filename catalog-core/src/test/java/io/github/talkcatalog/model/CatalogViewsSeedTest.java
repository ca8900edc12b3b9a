package io.github.talkcatalog.model;

import static io.github.talkcatalog.query.SeedCatalog.positions;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.query.SeedCatalog;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogViewsSeedTest {

  private final Catalog seed = SeedCatalog.catalog();

  @Test
  void everyPersonOfTheSeedIsListedOnceInOrderOfFirstAppearance() {
    List<SpeakerProfile> speakers = seed.speakers();
    assertThat(speakers).hasSize(76);
    assertThat(speakers.stream().map(SpeakerProfile::id).distinct().count()).isEqualTo(76);
    assertThat(speakers.subList(0, 5)).extracting(SpeakerProfile::name)
        .containsExactly("Matt White", "Simon Mo", "Tunji Ruwase", "Robert Nishihara", "Ion Stoica");
    assertThat(speakers.get(speakers.size() - 1).name()).isEqualTo("Aurick Qiao");
  }

  @Test
  void sixPeopleSpeakTwiceAndNobodyMore() {
    List<String> twice = seed.speakers().stream()
        .filter(p -> p.talks().size() >= 2)
        .map(p -> p.name() + " " + positions(p.talks()))
        .collect(Collectors.toList());
    assertThat(twice).containsExactly(
        "Simon Mo [2, 21]",
        "Robert Nishihara [3, 17]",
        "Luca Antiga [7, 20]",
        "Joe Spisak [12, 31]",
        "Mark Saroufim [14, 42]",
        "Lysandre Debut [31, 33]");
    assertThat(seed.speakers()).allMatch(p -> p.talks().size() <= 2);
  }

  @Test
  void abbreviatedHeadingNamesJoinTheFullName() {
    // Talk 42's heading writes "M Saroufim"; talk 14 spells it out.
    SpeakerProfile mark = profile("mark-saroufim");
    assertThat(mark.name()).isEqualTo("Mark Saroufim");
    assertThat(positions(mark.talks())).containsExactly(14, 42);
    assertThat(mark.organizations()).containsExactly(Organization.of("Meta"));
    assertThat(profile("maroon-ayoub").talks()).extracting(Talk::position).containsExactly(36);
  }

  @Test
  void speakerOrganizationsAreCollectedAcrossTalks() {
    assertThat(profile("joe-spisak").organizations()).extracting(Organization::name)
        .containsExactly("Meta Superintelligence Labs", "Meta");
    assertThat(profile("simon-mo").organizations()).extracting(Organization::name)
        .containsExactly("UC Berkeley", "vLLM");
    assertThat(profile("lin-sun").organizations()).extracting(Organization::name)
        .containsExactly("Solo.io", "CNCF");
    assertThat(profile("nitin-perumbeti").organizations()).isEmpty();
  }

  @Test
  void organizationsGroupTheirSpeakersAndTalks() {
    assertThat(seed.organizations()).hasSize(43);
    OrganizationProfile meta = organization("Meta");
    assertThat(positions(meta.talks())).containsExactly(6, 10, 14, 18, 23, 25, 31, 43, 51);
    assertThat(meta.speakers()).hasSize(16);
    assertThat(meta.speakers().get(0).name()).isEqualTo("Ke Wen");
    OrganizationProfile ibmResearch = organization("IBM Research");
    assertThat(positions(ibmResearch.talks())).containsExactly(11, 29, 32, 36);
    assertThat(ibmResearch.speakers()).extracting(SpeakerProfile::name).containsExactly(
        "Linsong Chu", "Garrett Goon", "Mert Toslali", "Yu Chin Fabian Lim", "Thomas Parnell",
        "Maroon Ayoub");
    // "IBM" is a different organization from "IBM Research".
    assertThat(positions(organization("IBM").talks())).containsExactly(47);
    assertThat(positions(organization("Hugging Face").talks())).containsExactly(31, 33);
  }

  @Test
  void viewsAreComputedOnceAndKeptByTheInstance() {
    assertThat(seed.speakers()).isSameAs(seed.speakers());
    assertThat(seed.organizations()).isSameAs(seed.organizations());
    assertThat(seed.organizations(OrganizationAliases.none())).isSameAs(seed.organizations());
  }

  private SpeakerProfile profile(String id) {
    return seed.speakers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private OrganizationProfile organization(String name) {
    return seed.organizations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
  }
}
