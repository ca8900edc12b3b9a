package io.github.talkcatalog.internal.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.internal.plan.Structure;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Video;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The immutable hand-offs: a builder filled while reading, a record handed on, and back. */
class TalkDraftTest {

  private static TalkDraft.Builder full() {
    TalkDraft.Builder b = new TalkDraft.Builder();
    b.line = 7;
    b.column = 4;
    b.heading = "Keynote: Caching - Ann Lee";
    b.labels = List.of("Keynote");
    b.title = "Caching";
    b.speakerPart = "Ann Lee";
    b.index = 3;
    b.section = "Day 1";
    b.video = Video.youtube("aaaaaaaaaaa");
    b.links.add(Link.of("Slides", "https://example.org/s.pdf"));
    b.image = Image.of("img/a.png", "A");
    b.imageLine = 9;
    b.imageColumn = 1;
    b.imageChecked = true;
    b.summary = "About caching.";
    b.summaryLine = 10;
    b.summaryTruncated = true;
    b.detailLink = "talks/a.md";
    b.detailLine = 8;
    b.detailColumn = 5;
    b.duration = 600;
    b.year = 2031;
    b.event = "Widget Summit";
    return b;
  }

  @Test
  void everyValueGoesThroughTheRecordAndBack() {
    TalkDraft d = full().build();
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.column()).isEqualTo(4);
    assertThat(d.heading()).isEqualTo("Keynote: Caching - Ann Lee");
    assertThat(d.labels()).containsExactly("Keynote");
    assertThat(d.title()).isEqualTo("Caching");
    assertThat(d.speakerPart()).isEqualTo("Ann Lee");
    assertThat(d.index()).isEqualTo(3);
    assertThat(d.section()).isEqualTo("Day 1");
    assertThat(d.video()).isEqualTo(Video.youtube("aaaaaaaaaaa"));
    assertThat(d.links()).containsExactly(Link.of("Slides", "https://example.org/s.pdf"));
    assertThat(d.image()).isEqualTo(Image.of("img/a.png", "A"));
    assertThat(d.imageLine()).isEqualTo(9);
    assertThat(d.imageColumn()).isEqualTo(1);
    assertThat(d.imageChecked()).isTrue();
    assertThat(d.summary()).isEqualTo("About caching.");
    assertThat(d.summaryLine()).isEqualTo(10);
    assertThat(d.summaryTruncated()).isTrue();
    assertThat(d.detailLink()).isEqualTo("talks/a.md");
    assertThat(d.detailLine()).isEqualTo(8);
    assertThat(d.detailColumn()).isEqualTo(5);
    assertThat(d.duration()).isEqualTo(600);
    assertThat(d.year()).isEqualTo(2031);
    assertThat(d.event()).isEqualTo("Widget Summit");
    assertThat(d.toBuilder().build()).isEqualTo(d);
  }

  @Test
  void aBuiltDraftDoesNotChangeWithItsBuilder() {
    TalkDraft.Builder b = full();
    TalkDraft d = b.build();
    b.links.add(Link.of("More", "https://example.org/m"));
    b.title = "Changed";
    assertThat(d.links()).hasSize(1);
    assertThat(d.title()).isEqualTo("Caching");
    assertThatThrownBy(() -> d.links().add(Link.of("x", "https://x.org"))).isInstanceOf(UnsupportedOperationException.class);

    TalkDraft.Builder again = d.toBuilder();
    again.links.add(Link.of("More", "https://example.org/m"));
    assertThat(d.links()).hasSize(1);
    assertThat(again.build().links()).hasSize(2);
  }

  @Test
  void aCatalogDraftCopiesItsTalksAndKeepsItsStructureWithOtherTalks() {
    List<TalkDraft> talks = new ArrayList<>(List.of(full().build()));
    Structure structure = new Structure(2, 1, 0, false);
    CatalogDraft c = new CatalogDraft("Talks", "Intro.", 3, null, 1, false, talks, structure);
    talks.clear();
    assertThat(c.talks()).hasSize(1);
    CatalogDraft none = c.withTalks(List.of());
    assertThat(none.talks()).isEmpty();
    assertThat(none.structure()).isSameAs(structure);
    assertThat(none.title()).isEqualTo("Talks");
    assertThat(none.description()).isEqualTo("Intro.");
    assertThat(none.declaredCount()).isEqualTo(1);
    assertThatNullPointerException().isThrownBy(
        () -> new CatalogDraft("T", null, 0, null, null, false, List.of(), null));
  }
}
