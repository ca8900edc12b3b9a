package io.github.talkcatalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The id rule of speakers, organizations and talks ({@link Slug}). */
class IdsTest {

  private static Talk talk(int position, String title, Speaker... speakers) {
    return Talk.builder()
        .position(position)
        .heading(title + " - someone")
        .title(title)
        .addSpeakers(speakers)
        .build();
  }

  private static Catalog catalog(Talk... talks) {
    return Catalog.builder().title("Invented").addTalks(talks).build();
  }

  @Test
  void nonLatinNamesKeepTheirLetters() {
    assertThat(SpeakerProfile.idOf("Сергей")).isEqualTo("сергей");
    assertThat(SpeakerProfile.idOf("Сергей Ёлкин")).isEqualTo("сергей-ёлкин");
    assertThat(SpeakerProfile.idOf("Андрей Йорданов")).isEqualTo("андрей-йорданов");
    assertThat(SpeakerProfile.idOf("Олексій Їжак")).isEqualTo("олексій-їжак");
    assertThat(SpeakerProfile.idOf("अमित शर्मा")).isEqualTo("अमित-शर्मा");
    assertThat(SpeakerProfile.idOf("田中 太郎")).isEqualTo("田中-太郎");
    assertThat(SpeakerProfile.idOf("محمد علي")).isEqualTo("محمد-علي");
    // Latin and Greek accents are still dropped, as in 0.1.0.
    assertThat(SpeakerProfile.idOf("Νίκος Παππάς")).isEqualTo("νικος-παππας");
    assertThat(SpeakerProfile.idOf("Nguyễn Văn Ánh")).isEqualTo("nguyen-van-anh");
    assertThat(SpeakerProfile.idOf("Zoë Ångström")).isEqualTo("zoe-angstrom");
    assertThat(SpeakerProfile.idOf("İpek Şahin")).isEqualTo("ipek-sahin");
    // The id is NFC: a decomposed й gives the same id as a composed one.
    assertThat(SpeakerProfile.idOf("Сергей")).isEqualTo(SpeakerProfile.idOf("Сергей"));
  }

  @Test
  void organizationIdsFollowTheSameRuleAndStayUnique() {
    assertThat(OrganizationProfile.idOf("PyTorch Foundation")).isEqualTo("pytorch-foundation");
    assertThat(OrganizationProfile.idOf("Université Côte d'Azur")).isEqualTo("universite-cote-d-azur");
    assertThat(OrganizationProfile.idOf("Яндекс")).isEqualTo("яндекс");
    assertThat(OrganizationProfile.idOf("&")).isEqualTo("organization");
    Catalog c = catalog(
        talk(1, "One", Speaker.of("Ana Lima", Affiliation.ofOrganization("Fernway Labs"))),
        talk(2, "Two", Speaker.of("Bo Chen", Affiliation.ofOrganization("fernway  labs"))),
        talk(3, "Three", Speaker.of("Cy Diaz", Affiliation.ofOrganization("A&B"))),
        talk(4, "Four", Speaker.of("Di Eng", Affiliation.ofOrganization("A+B"))));
    assertThat(c.organizations()).extracting(OrganizationProfile::id)
        .containsExactly("fernway-labs", "a-b", "a-b-2");
  }

  @Test
  void aTalkIdComesFromItsTitleAlone() {
    Talk t = talk(3, "Serving Models at the Edge: Lessons from a Year", Speaker.of("Ana Lima"));
    assertThat(t.id()).isEqualTo("serving-models-at-the-edge-lessons-from-a-year");
    Talk moved = Talk.builder().from(t).position(9).heading("Keynote: something else").line(120).build();
    assertThat(moved.id()).isEqualTo(t.id());
    assertThat(talk(1, "¿?").id()).isEqualTo("talk");
    assertThat(talk(1, "Как мы строили поиск").id()).isEqualTo("как-мы-строили-поиск");
  }

  @Test
  void aLongTitleIsCutAtAWordWithin64Characters() {
    Talk t = talk(1, "Observability for Distributed Inference Pipelines in Production Environments Today");
    assertThat(t.id()).isEqualTo("observability-for-distributed-inference-pipelines-in-production");
    assertThat(t.id().length()).isLessThanOrEqualTo(64);
    assertThat(talk(1, "x".repeat(100)).id()).isEqualTo("x".repeat(64));
  }

  @Test
  void talksByIdAreUniqueInDocumentOrder() {
    Catalog c = catalog(
        talk(1, "Opening Remarks"), talk(2, "Fast Queues"), talk(3, "Opening remarks!"),
        talk(4, "Opening Remarks 2"));
    assertThat(c.talksById().keySet())
        .containsExactly("opening-remarks", "fast-queues", "opening-remarks-2", "opening-remarks-2-2");
    assertThat(c.talksById().get("opening-remarks-2").position()).isEqualTo(3);
  }
}
