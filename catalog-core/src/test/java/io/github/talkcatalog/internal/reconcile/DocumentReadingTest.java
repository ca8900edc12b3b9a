package io.github.talkcatalog.internal.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import org.junit.jupiter.api.Test;

/** What the reconciler reads from the whole document, on invented documents. */
class DocumentReadingTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  @Test
  void aTrailingSegmentOnEveryTalkIsTheEventNotPartOfTheTitle() {
    ParseResult r = PARSER.parse("""
        # Talks

        - [Queues for Everyone | Harbor Gophers](https://www.youtube.com/watch?v=Qx7fake01Ab)
        - [Leases Without Clocks | Harbor Gophers](https://www.youtube.com/watch?v=Qx7fake02Ab)
        - [Caches Go Cold | Harbor Gophers](https://www.youtube.com/watch?v=Qx7fake03Ab)
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title)
        .containsExactly("Queues for Everyone", "Leases Without Clocks", "Caches Go Cold");
  }

  @Test
  void aTrailingSegmentOfTheTitleOnEveryTalkIsTheirEvent() {
    ParseResult r = PARSER.parse("""
        # Talks

        - [Queues for Everyone | Harbor Gophers](https://www.youtube.com/watch?v=Qx7fake01Ab) - Ann Lee
        - [Leases Without Clocks | Harbor Gophers](https://www.youtube.com/watch?v=Qx7fake02Ab) - Bo Tran
        - [Caches Go Cold | Harbor Gophers](https://www.youtube.com/watch?v=Qx7fake03Ab) - Kai Moreno
        """);
    assertThat(r.catalog().talks()).extracting(t -> t.title() + " / " + t.speakers().get(0).name() + " / "
            + t.event().orElse("-"))
        .containsExactly("Queues for Everyone / Ann Lee / Harbor Gophers",
            "Leases Without Clocks / Bo Tran / Harbor Gophers", "Caches Go Cold / Kai Moreno / Harbor Gophers");
  }

  @Test
  void aPipeAfterTheSpeakersStartsTheEvent() {
    ParseResult r = PARSER.parse("""
        # Talks

        - [Queues for Everyone](https://www.youtube.com/watch?v=Qx7fake01Ab) - Ann Lee | Harbor Gophers
        - [Caches Go Cold](https://www.youtube.com/watch?v=Qx7fake03Ab) - Kai Moreno | Rivertown Cloud Summit
        """);
    assertThat(r.catalog().talks()).extracting(t -> t.title() + " / " + t.speakers().get(0).name() + " / "
            + t.event().orElse("-"))
        .containsExactly("Queues for Everyone / Ann Lee / Harbor Gophers",
            "Caches Go Cold / Kai Moreno / Rivertown Cloud Summit");
  }

  @Test
  void anEventShapedSegmentIsTheTalksEventInListsHeadingsAndTables() {
    ParseResult r = PARSER.parse("""
        # Talks

        - [Queues for Everyone - Ann Lee (BogConf 2019)](https://www.youtube.com/watch?v=Qx7fake01Ab)
        - [A Small Parser in a Weekend](https://www.youtube.com/watch?v=Qx7fake02Ab) by Bo Tran
        - Leases Without Clocks - Kai Moreno - Rivertown Cloud Summit 2021 [video](https://www.youtube.com/watch?v=Qx7fake03Ab)
        - [Caches Go Cold at BogConf 2016](https://www.youtube.com/watch?v=Qx7fake04Ab) by Ola Berg
        """);
    assertThat(r.catalog().talks()).extracting(t -> t.title() + " / " + t.event().orElse("-"))
        .containsExactly("Queues for Everyone / BogConf 2019", "A Small Parser in a Weekend / -",
            "Leases Without Clocks / Rivertown Cloud Summit 2021", "Caches Go Cold / BogConf 2016");
    ParseResult headings = PARSER.parse("""
        # Talks

        ## Rivertown Cloud Summit 2021: Kai Moreno - Leases Without Clocks
        [Video](https://www.youtube.com/watch?v=Qx7fake03Ab)

        ## A Small Parser in a Weekend - Bo Tran
        [Video](https://www.youtube.com/watch?v=Qx7fake02Ab)
        """);
    assertThat(headings.catalog().talks()).extracting(t -> t.title() + " / " + t.event().orElse("-"))
        .containsExactly("Leases Without Clocks / Rivertown Cloud Summit 2021", "A Small Parser in a Weekend / -");
  }

  @Test
  void aSpeakerPartWithoutANameIsReported() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## Queues for Everyone
        [Video](https://www.youtube.com/watch?v=Qx7fake01Ab)

        Speaker: the platform team

        ## Why Queues Lie
        [Video](https://www.youtube.com/watch?v=Qx7fake02Ab)

        Speaker: Ann Lee
        """);
    assertThat(r.catalog().talks()).extracting(t -> t.speakers().get(0).name())
        .containsExactly("the platform team", "Ann Lee");
    assertThat(r.diagnostics()).filteredOn(d -> d.ruleId().equals("speaker-not-a-name"))
        .extracting(Diagnostic::toString)
        .containsExactly("<string>:3:4: info speaker-not-a-name: speaker part 'the platform team' has no personal name;"
            + " read 'the platform team' as the speaker");
  }

  @Test
  void aCommaPieceThatEndsSeveralSpeakerPartsIsAnOrganization() {
    ParseResult r = PARSER.parse("""
        # Talks

        - [Queues for Everyone](https://www.youtube.com/watch?v=Qx7fake01Ab) - Ann Lee, Acme Corp
        - [Leases Without Clocks](https://www.youtube.com/watch?v=Qx7fake02Ab) - Bo Tran, CTO, Fernway
        - [Caches Go Cold](https://www.youtube.com/watch?v=Qx7fake03Ab) - Kai Moreno, Gridmark Widgets
        - [Logs All Day](https://www.youtube.com/watch?v=Qx7fake04Ab) - Ola Berg, Gridmark Widgets
        """);
    Talk cold = r.catalog().talks().get(2);
    assertThat(cold.speakers()).extracting(Speaker::name).containsExactly("Kai Moreno");
    assertThat(cold.speakers().get(0).affiliations().get(0).organization().orElseThrow().name())
        .isEqualTo("Gridmark Widgets");
  }

  @Test
  void anEventShapedSectionIsTheEventOfItsTalks() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## BogConf 2024

        - [Queues for Everyone](https://www.youtube.com/watch?v=Qx7fake01Ab) - Ann Lee
        - [Leases Without Clocks (Harbor Meetup 2023)](https://www.youtube.com/watch?v=Qx7fake02Ab) - Bo Tran

        ## Storage

        - [Caches Go Cold](https://www.youtube.com/watch?v=Qx7fake03Ab) - Kai Moreno
        """);
    assertThat(r.catalog().talks()).extracting(t -> t.title() + " / " + t.event().orElse("-"))
        .containsExactly("Queues for Everyone / BogConf 2024", "Leases Without Clocks / Harbor Meetup 2023",
            "Caches Go Cold / -");
  }
}
