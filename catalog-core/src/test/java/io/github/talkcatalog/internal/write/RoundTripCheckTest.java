package io.github.talkcatalog.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.WriteResult.Loss;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Talk;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundTripCheckTest {

  @Test
  void everyStoredAttributeOfTheModelIsCompared() {
    assertThat(RoundTripCheck.attributes(Talk.class)).extracting(RoundTripCheck.Attribute::name)
        .startsWith("position", "index", "section", "heading", "labels", "title", "speakers", "video",
            "links", "image", "summary", "summaryTruncated", "duration", "year")
        .doesNotContain("line");
    assertThat(RoundTripCheck.attributes(Catalog.class)).extracting(RoundTripCheck.Attribute::name)
        .startsWith("title", "description", "collection", "declaredCount", "talks")
        // lazy views are not attributes
        .doesNotContain("speakers", "organizations", "index");
  }

  @Test
  void eachLossNamesTheTalkTheFieldWhatWasWrittenAndWhatReadsBack() {
    Talk written = Talk.builder().position(4).title("Undo Trees").duration(2472).year(2018)
        .addLinks(Link.of("Slides", "https://example.org/s")).line(12).build();
    Talk read = Talk.builder().position(4).title("Undo Trees").heading("Undo Trees (2018)").year(2018)
        .addLinks(Link.of("", "https://example.org/s")).line(30).build();

    var losses = RoundTripCheck.talkLosses(written, read, Set.of());

    assertThat(losses).extracting(Loss::toString).containsExactly(
        "talk 4 heading: wrote Undo Trees, reads back as Undo Trees (2018) (talk 'Undo Trees')",
        "talk 4 links: wrote [Link{label=Slides, url=https://example.org/s}],"
            + " reads back as [Link{label=, url=https://example.org/s}] (talk 'Undo Trees')",
        "talk 4 duration: wrote 2472, reads back as nothing (talk 'Undo Trees')");
    assertThat(losses.get(0).talk()).isEqualTo(OptionalInt.of(4));
    assertThat(RoundTripCheck.talkLosses(written, read, Set.of("heading", "links", "duration"))).isEmpty();
  }

  @Test
  void catalogAttributesAndTheTalkCountAreNamed() {
    Catalog written = Catalog.builder().title("A").declaredCount(2)
        .addTalks(Talk.builder().position(1).title("x").build()).build();
    Catalog read = Catalog.builder().title("B").build();

    assertThat(RoundTripCheck.losses(written, read, Set.of())).extracting(Loss::toString).containsExactly(
        "catalog title: wrote A, reads back as B",
        "catalog declaredCount: wrote 2, reads back as nothing",
        "catalog talks: wrote 1 talks, 0 read back");
  }
}
