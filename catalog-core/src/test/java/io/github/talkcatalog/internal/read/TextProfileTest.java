package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text profile of invented documents. */
class TextProfileTest {

  @Test
  void aTrailingSegmentOnManyTalksIsTheEvent() {
    TextProfile p = TextProfile.of(
        List.of("Queues for Everyone | Harbor Gophers", "Leases | Harbor Gophers", "Caches | Harbor Gophers",
            "Plain Title"),
        Arrays.asList("Ann Lee", null, "Bo Tran", "Kai Moreno"));
    assertThat(p.events()).containsExactly("harborgophers");
    assertThat(p.title("Leases | Harbor Gophers")).containsExactly("Leases", "Harbor Gophers");
    assertThat(p.title("Plain Title")).containsExactly("Plain Title", null);
  }

  @Test
  void aSpeakerOnEveryTalkIsNoEventButAVenueIs() {
    TextProfile p = TextProfile.of(List.of("A", "B", "C"),
        List.of("Ann Lee at Harbor Hall", "Bo Tran at Harbor Hall", "Ann Lee at Harbor Hall"));
    assertThat(p.speakerPart("Bo Tran at Harbor Hall")).containsExactly("Bo Tran", "Harbor Hall");
    TextProfile same = TextProfile.of(List.of("A", "B", "C"), List.of("Queues - Ann Lee", "X - Ann Lee", "Y - Ann Lee"));
    assertThat(same.events()).isEmpty();
  }

  @Test
  void commaReadingFollowsTheUnambiguousEntries() {
    TextProfile organizations = TextProfile.of(List.of("A", "B", "C", "D"),
        List.of("Ann Lee, Acme Corp", "Bo Tran, CTO, Fernway", "Kai Moreno, Gridmark Widgets",
            "Ola Berg, Gridmark Widgets"));
    assertThat(organizations.commaMeansOrganization()).isTrue();
    assertThat(organizations.organizations()).containsExactly("Gridmark Widgets");
    TextProfile once = TextProfile.of(List.of("A", "B", "C", "D"),
        List.of("Ann Lee, Acme Corp", "Bo Tran, CTO, Fernway", "Kai Moreno, CEO, Harbor Perception",
            "Ola Berg, Bluestem Gardens"));
    assertThat(once.organizations()).containsExactly("Harbor Perception");
    TextProfile people = TextProfile.of(List.of("A", "B", "C"),
        List.of("Ann Lee, Bo Tran", "Kai Moreno, Ola Berg", "Ann Lee, Acme Corp"));
    assertThat(people.commaMeansOrganization()).isFalse();
    assertThat(people.organizations()).isEmpty();
  }
}
