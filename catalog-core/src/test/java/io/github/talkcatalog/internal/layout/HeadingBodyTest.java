package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a talk heading's body says about the talk's title, speakers and event, on invented documents. */
class HeadingBodyTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static List<String> read(String markdown) {
    return PARSER.parse(markdown).catalog().talks().stream().map(HeadingBodyTest::line).toList();
  }

  private static String line(Talk t) {
    String speakers = t.speakers().stream().map(HeadingBodyTest::speaker).collect(Collectors.joining("; "));
    return t.title() + " | " + speakers + " | " + t.event().orElse("-");
  }

  private static String speaker(Speaker s) {
    String orgs = s.affiliations().stream().flatMap(a -> a.organization().stream()).map(o -> o.name())
        .collect(Collectors.joining(", "));
    return orgs.isEmpty() ? s.name() : s.name() + " (" + orgs + ")";
  }

  @Test
  void aTitleLineUnderAnOccasionHeadingIsTheTalk() {
    assertThat(read("""
        # Talks

        ## BogConf 2024

        Queues for Everyone - Ann Lee, Bo Tran, Acme Corp & Kai Moreno, Gridmark
        {{< youtube id="Qx7fake01Ab" autoplay="false" >}}

        ## Harbor Live

        Leases Without Clocks - Ola Berg, Fernway
        {{< youtube id="Qx7fake02Ab" autoplay="false" >}}
        """)).containsExactly(
            "Queues for Everyone | Ann Lee (Acme Corp); Bo Tran (Acme Corp); Kai Moreno (Gridmark) | BogConf 2024",
            "Leases Without Clocks | Ola Berg (Fernway) | Harbor Live");
  }

  @Test
  void aLaterTitleLineDoesNotNameTheFirstTalksSpeakers() {
    assertThat(read("""
        # Talks

        ## BogConf 2021

        Queue Sandboxes in Ten Minutes - Ann Lee, Acme

        {{< youtube id="Qx7fake13Ab" autoplay="false" >}}

        Reversible, Recoverable Queue Migrations - Bo Tran, Fernway

        {{< youtube id="Qx7fake14Ab" autoplay="false" >}}
        """).get(0)).isEqualTo("Queue Sandboxes in Ten Minutes | Ann Lee (Acme) | BogConf 2021");
  }

  @Test
  void aBoldLineUnderAnEventHeadingIsTheTitleAndTheProseNamesTheSpeakers() {
    assertThat(read("""
        # Talks

        ## Rivertown Cloud Summit 2019

        **Caches Go Cold**

        Ann Lee and Bo Tran of Acme Corp show why caches fail.

        {{< youtube id="Qx7fake03Ab" autoplay="false" >}}

        ## Logs All Day

        **Abstract**

        Logs pile up; this talk shows where they go.

        {{< youtube id="Qx7fake04Ab" autoplay="false" >}}
        """)).containsExactly(
            "Caches Go Cold | Ann Lee (Acme Corp); Bo Tran (Acme Corp) | Rivertown Cloud Summit 2019",
            "Logs All Day |  | -");
  }

  @Test
  void proseNamesTheSpeakersOfAHeadingWithout() {
    assertThat(read("""
        # Talks

        ## Logs All Day

        [Kai Moreno](https://example.org/kai) walks through logging at scale.

        <iframe src="https://www.youtube.com/embed/Qx7fake04Ab"></iframe>

        ## Streams Keynote

        In the second keynote we looked at streams and queues together. Watch the keynote from [Ann Lee](https://example.org/a), [Bo Tran](https://example.org/b), and [Kai Moreno](https://example.org/k):

        <iframe src="https://www.youtube.com/embed/Qx7fake06Ab"></iframe>
        """)).containsExactly(
            "Logs All Day | Kai Moreno | -",
            "Streams Keynote | Ann Lee; Bo Tran; Kai Moreno | -");
  }

  @Test
  void linkedNamesInTheBodyBeatTheHeadingsGuess() {
    assertThat(read("""
        # Talks

        ## Queue Basics: A Roadmap to Queues

        For a deep dive on queues and how they fail under load, see [Ola Berg's](https://example.org/ola) talk:

        <iframe src="https://www.youtube.com/embed/Qx7fake05Ab"></iframe>

        ## Ann Lee: Leases Without Clocks

        Leases expire; clocks drift. [Ann Lee](https://example.org/ann) shows a fix.

        <iframe src="https://www.youtube.com/embed/Qx7fake07Ab"></iframe>
        """)).containsExactly(
            "Queue Basics: A Roadmap to Queues | Ola Berg | -",
            "Leases Without Clocks | Ann Lee | -");
  }

  @Test
  void aLaterParagraphMayNameTheSpeakers() {
    assertThat(read("""
        # Talks

        ## Queues at Scale

        Queues grow; this talk is about what happens then.

        For a demo of the fix and how it was rolled out, see [Ola Berg](https://example.org/ola)’s talk here:

        <iframe src="https://www.youtube.com/embed/Qx7fake08Ab"></iframe>
        """)).containsExactly("Queues at Scale | Ola Berg | -");
  }

  @Test
  void aLinkOnANameAfterByIsTheSpeaker() {
    assertThat(read("""
        # Talks

        * [Queues at Scale](https://www.youtube.com/embed/Qx7fake11Ab) by [Ann Lee](https://example.org/ann)
        * [Logs All Day](https://www.youtube.com/embed/Qx7fake12Ab) by [Bo Tran](https://example.org/bo)
        """)).containsExactly("Queues at Scale | Ann Lee | -", "Logs All Day | Bo Tran | -");
  }
}
