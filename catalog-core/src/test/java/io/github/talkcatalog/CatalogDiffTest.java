package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.CatalogDiff.FieldChange;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link CatalogDiff}: which talk is which across editions, and which fields changed. */
class CatalogDiffTest {

  @Test
  void theBundledCatalogWithOneTalkRemovedOneAddedAndOneSpeakerRenamed() {
    Catalog seed = Seed.catalog();
    List<Talk> talks = new ArrayList<>(seed.talks());
    Talk removed = talks.remove(4);
    Talk first = talks.get(0);
    talks.set(0, Talk.builder().from(first).speakers(List.of(
        Speaker.of("Matthew White", Affiliation.of("Executive Director", "PyTorch Foundation")))).build());
    Talk added = Talk.builder().position(60).heading("Invented Talk - Ana Ruiz").title("Invented Talk")
        .addSpeakers(Speaker.of("Ana Ruiz")).video(Video.youtube("AAAAAAAAAAA")).build();
    talks.add(added);

    CatalogDiff diff = CatalogDiff.between(seed, Catalog.builder().from(seed).talks(talks).build());

    assertThat(diff.removed()).containsExactly(removed);
    assertThat(diff.added()).containsExactly(added);
    assertThat(diff.changed()).hasSize(1);
    assertThat(diff.changed().get(0).oldTalk()).isEqualTo(first);
    assertThat(diff.changed().get(0).fields()).containsExactly(new FieldChange("speakers",
        Optional.of("Matt White (Executive Director, PyTorch Foundation)"),
        Optional.of("Matthew White (Executive Director, PyTorch Foundation)")));
    assertThat(diff.catalogChanges()).isEmpty();
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void positionHeadingLineAndOrderAreNoChanges() {
    List<Talk> reversed = new ArrayList<>();
    for (Talk t : Seed.catalog().talks()) {
      reversed.add(Talk.builder().from(t).position(54 - t.position()).heading("rewritten " + t.heading()).line(1).build());
    }
    Collections.reverse(reversed);

    CatalogDiff diff = CatalogDiff.between(Seed.catalog(), Catalog.builder().from(Seed.catalog()).talks(reversed).build());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff).hasToString("CatalogDiff{catalog=0, removed=0, added=0, changed=0}");
  }

  @Test
  void aNewVideoIdKeepsTheTalkWhenTitleAndSpeakersAgree() {
    Talk old = talk(1, "Query Planning", "Ana Ruiz").video(Video.youtube("AAAAAAAAAAA")).build();
    Talk now = talk(1, "Query  planning!", "ana ruiz").video(Video.youtube("BBBBBBBBBBB")).build();

    CatalogDiff diff = CatalogDiff.between(catalog(old), catalog(now));

    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed().get(0).fields()).containsExactly(
        new FieldChange("title", Optional.of("Query Planning"), Optional.of("Query  planning!")),
        new FieldChange("speakers", Optional.of("Ana Ruiz"), Optional.of("ana ruiz")),
        new FieldChange("video", Optional.of("https://www.youtube.com/watch?v=AAAAAAAAAAA"),
            Optional.of("https://www.youtube.com/watch?v=BBBBBBBBBBB")));
  }

  @Test
  void withoutVideoATitleSharedByOneTalkOnEachSidePairsThem() {
    Talk old = talk(1, "Caching Without Tears", "Bo Li").build();
    Talk now = talk(1, "Caching without tears", "Bo Li", "Cy Ng").summary("Now with a summary.").build();

    CatalogDiff diff = CatalogDiff.between(catalog(old), catalog(now));

    assertThat(diff.changed()).hasSize(1);
    assertThat(diff.changed().get(0).fields()).extracting(FieldChange::field).containsExactly("title", "speakers", "summary");
    assertThat(diff.changed().get(0).fields().get(2))
        .isEqualTo(new FieldChange("summary", Optional.empty(), Optional.of("Now with a summary.")));
  }

  @Test
  void aTitleSharedByTwoTalksOnASideDoesNotPairByTitleAlone() {
    Talk a = talk(1, "Panel", "Ana Ruiz").build();
    Talk b = talk(2, "Panel", "Bo Li").build();
    Talk c = talk(1, "Panel", "Cy Ng").build();

    CatalogDiff diff = CatalogDiff.between(catalog(a, b), catalog(c));

    assertThat(diff.removed()).containsExactly(a, b);
    assertThat(diff.added()).containsExactly(c);
    assertThat(diff.changed()).isEmpty();
  }

  @Test
  void theSameVideoTwiceOnEachSidePairsInDocumentOrder() {
    Talk a = talk(1, "Part One", "Ana Ruiz").video(Video.youtube("AAAAAAAAAAA")).build();
    Talk b = talk(2, "Part Two", "Ana Ruiz").video(Video.youtube("AAAAAAAAAAA")).build();

    CatalogDiff diff = CatalogDiff.between(catalog(a, b), catalog(a, b));

    assertThat(diff.isEmpty()).isTrue();
  }

  @Test
  void theCatalogTitleAndDeclaredCountAreCompared() {
    Catalog old = Catalog.builder().title("Summit 2025").declaredCount(3).build();
    Catalog now = Catalog.builder().title("Summit 2026").build();

    CatalogDiff diff = CatalogDiff.between(old, now);

    assertThat(diff.catalogChanges()).containsExactly(
        new FieldChange("title", Optional.of("Summit 2025"), Optional.of("Summit 2026")),
        new FieldChange("declaredCount", Optional.of("3"), Optional.empty()));
    assertThat(diff.isEmpty()).isFalse();
  }

  private static Talk.Builder talk(int position, String title, String... speakers) {
    Talk.Builder b = Talk.builder().position(position).heading(title).title(title);
    for (String s : speakers) {
      b.addSpeakers(Speaker.of(s));
    }
    return b;
  }

  private static Catalog catalog(Talk... talks) {
    return Catalog.builder().title("Invented Summit").addTalks(talks).build();
  }
}
