package io.github.talkcatalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogViewsTest {

  private static Talk talk(int position, Speaker... speakers) {
    return Talk.builder()
        .position(position)
        .heading("Talk " + position)
        .title("Talk " + position)
        .addSpeakers(speakers)
        .build();
  }

  private static Catalog catalog(Talk... talks) {
    return Catalog.builder().title("Invented").addTalks(talks).build();
  }

  @Test
  void accentsCaseAndSpacingDoNotMakeANewPerson() {
    Catalog c = catalog(
        talk(1, Speaker.of("José Núñez", Affiliation.ofOrganization("Acme Labs"))),
        talk(2, Speaker.of("Jose  Nunez", Affiliation.ofOrganization("acme labs"))),
        talk(3, Speaker.of("JOSÉ NÚÑEZ")));
    assertThat(c.speakers()).hasSize(1);
    SpeakerProfile jose = c.speakers().get(0);
    assertThat(jose.id()).isEqualTo("jose-nunez");
    assertThat(jose.name()).isEqualTo("José Núñez");
    assertThat(jose.talks()).extracting(Talk::position).containsExactly(1, 2, 3);
    assertThat(jose.organizations()).containsExactly(Organization.of("Acme Labs"));
    assertThat(c.organizations()).hasSize(1);
    assertThat(c.organizations().get(0).name()).isEqualTo("Acme Labs");
    assertThat(c.organizations().get(0).talks()).extracting(Talk::position).containsExactly(1, 2);
  }

  @Test
  void theFullNameWinsEvenWhenTheAbbreviationComesFirst() {
    Catalog c = catalog(
        talk(1, Speaker.of("M. Ayoub"), Speaker.of("C Liu")),
        talk(2, Speaker.of("Maroon Ayoub")));
    assertThat(c.speakers()).extracting(SpeakerProfile::toString).containsExactly(
        "SpeakerProfile{maroon-ayoub, Maroon Ayoub, talks=[1,2]}",
        "SpeakerProfile{c-liu, C Liu, talks=[1]}");
  }

  @Test
  void anAmbiguousAbbreviationStaysApart() {
    Catalog c = catalog(
        talk(1, Speaker.of("Jane Smith")),
        talk(2, Speaker.of("John Smith")),
        talk(3, Speaker.of("J. Smith")));
    assertThat(c.speakers()).extracting(SpeakerProfile::id)
        .containsExactly("jane-smith", "john-smith", "j-smith");
  }

  @Test
  void onePersonTwiceInATalkCountsTheTalkOnce() {
    Catalog c = catalog(talk(1, Speaker.of("Ana van der Berg"), Speaker.of("A. van der Berg")));
    assertThat(c.speakers()).hasSize(1);
    assertThat(c.speakers().get(0).talks()).hasSize(1);
  }

  @Test
  void idsFollowTheDocumentedRuleAndStayUnique() {
    assertThat(SpeakerProfile.idOf("Maroon Ayoub")).isEqualTo("maroon-ayoub");
    assertThat(SpeakerProfile.idOf("  Siobhan O'Neill ")).isEqualTo("siobhan-o-neill");
    assertThat(SpeakerProfile.idOf("Jean-Luc Moreau")).isEqualTo("jean-luc-moreau");
    assertThat(SpeakerProfile.idOf("M. Ayoub")).isEqualTo("m-ayoub");
    assertThat(SpeakerProfile.idOf("Zoë Ångström")).isEqualTo("zoe-angstrom");
    assertThat(SpeakerProfile.idOf("李明")).isEqualTo("李明");
    assertThat(SpeakerProfile.idOf("???")).isEqualTo("speaker");
    // "O'Neill" and "O Neill" are different names with the same id shape.
    Catalog c = catalog(talk(1, Speaker.of("Sam O'Neill")), talk(2, Speaker.of("Sam O Neill")));
    assertThat(c.speakers()).extracting(SpeakerProfile::id)
        .containsExactly("sam-o-neill", "sam-o-neill-2");
  }

  @Test
  void aliasesGroupOrganizationsUnderTheirFirstWrittenName() {
    Catalog c = catalog(
        talk(1, Speaker.of("Ada One", Affiliation.ofOrganization("Facebook"))),
        talk(2, Speaker.of("Bo Two", Affiliation.ofOrganization("Meta"))),
        talk(3, Speaker.of("Cy Three", Affiliation.ofOrganization("Meta Platforms"))));
    assertThat(c.organizations()).extracting(OrganizationProfile::name)
        .containsExactly("Facebook", "Meta", "Meta Platforms");
    OrganizationAliases aliases = OrganizationAliases.builder()
        .alias("Meta", "facebook", "MetaPlatforms")
        .build();
    List<OrganizationProfile> grouped = c.organizations(aliases);
    assertThat(grouped).hasSize(1);
    assertThat(grouped.get(0).name()).isEqualTo("Facebook");
    assertThat(grouped.get(0).speakers()).extracting(SpeakerProfile::name)
        .containsExactly("Ada One", "Bo Two", "Cy Three");
    assertThat(grouped.get(0).talks()).extracting(Talk::position).containsExactly(1, 2, 3);
  }

  @Test
  void derivedViewsAreNotPartOfEquality() {
    Catalog a = catalog(talk(1, Speaker.of("Ada One")));
    Catalog b = catalog(talk(1, Speaker.of("Ada One")));
    a.speakers();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString()).doesNotContain("SpeakerProfile");
  }

  @Test
  void aCatalogWithoutSpeakersHasNoPeopleAndNoOrganizations() {
    Catalog c = catalog(talk(1), talk(2));
    assertThat(c.speakers()).isEmpty();
    assertThat(c.organizations()).isEmpty();
    assertThatThrownBy(() -> c.organizations(null)).isInstanceOf(NullPointerException.class);
  }
}
