package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Talk;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading rules that let the writer's Markdown read back as what was read (issue #19), each on an
 * invented input: an empty grouping heading ends a section; a summary's ending is judged on its
 * text, not on markup after it; a watch link labelled as a playlist is a link, not the video.
 */
class ReadingRulesForRoundTripTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  @Test
  void aGroupingHeadingWithoutTextEndsTheSectionAbove() {
    ParseResult r = PARSER.parse("""
        # Conf

        ## Track A

        ### Queues - Ann Lee
        - Link: https://www.youtube.com/watch?v=Qu1fake01Aa

        ##

        ### Caches - Bo Tran
        - Link: https://www.youtube.com/watch?v=Ca1fake01Aa
        """);

    assertThat(r.catalog().talks()).extracting(Talk::title, Talk::section).containsExactly(
        tuple("Queues", Optional.of("Track A")),
        tuple("Caches", Optional.empty()));
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void listEntriesUnderAGroupingHeadingWithoutTextHaveNoSection() {
    ParseResult r = PARSER.parse("""
        # Conf

        ## Track A

        - [Queues](https://www.youtube.com/watch?v=Qu1fake01Aa) - Ann Lee
        - [Locks](https://www.youtube.com/watch?v=Lo1fake01Aa) - Cy Moss

        ##

        - [Caches](https://www.youtube.com/watch?v=Ca1fake01Aa) - Bo Tran
        - [Logs](https://www.youtube.com/watch?v=Lg1fake01Aa) - Di Park
        """);

    assertThat(r.catalog().talks()).extracting(Talk::title, Talk::section).containsExactly(
        tuple("Queues", Optional.of("Track A")),
        tuple("Locks", Optional.of("Track A")),
        tuple("Caches", Optional.empty()),
        tuple("Logs", Optional.empty()));
  }

  @Test
  void markupAfterTheLastSentenceDoesNotMakeASummaryCut() {
    String start = "In this talk, [Ann Lee](https://example.org/people/ann-lee) shows how a queue of "
        + "queues keeps a busy service calm, and why the slowest consumer of the whole worker pool "
        + "of a service sets the pace for all";
    ParseResult r = PARSER.parse("# Talks\n\n## Calm Queues\n\n" + start + ".<br><br>\n\n"
        + "## Tiny Locks\n\n" + start + " of them<br><br>\n");

    assertThat(start.length() + ".<br><br>".length()).isGreaterThanOrEqualTo(200);
    String text = "In this talk, Ann Lee shows how a queue of queues keeps a busy service calm, and why "
        + "the slowest consumer of the whole worker pool of a service sets the pace for all";
    Talk calm = r.catalog().talks().get(0);
    assertThat(calm.summary()).hasValue(text + ".");
    assertThat(calm.summaryTruncated()).isFalse();
    Talk locks = r.catalog().talks().get(1);
    assertThat(locks.summary()).hasValue(text + " of them");
    assertThat(locks.summaryTruncated()).isTrue();
  }

  @Test
  void anEmbedOnTheLastLineOfAWholeSummaryDoesNotMakeItCut() {
    String text = "A long look at how small teams ship reliable queues: what to measure first, which "
        + "alarms to keep, and how to tell a slow consumer from a stuck one before users notice.";
    ParseResult r = PARSER.parse("# Talks\n\n#### Calm Queues\n" + text + "\n"
        + "<YouTubeIframe src=\"https://www.youtube.com/embed/Cq1fake01Aa\" title=\"Calm Queues\" />\n");

    Talk t = r.catalog().talks().get(0);
    assertThat(t.summary()).hasValue(text);
    assertThat(t.video().flatMap(v -> v.id())).hasValue("Cq1fake01Aa");
    assertThat(t.summaryTruncated()).isFalse();
  }

  @Test
  void aWatchLinkLabelledAsAPlaylistIsALinkOfTheTalkNotItsVideo() {
    String playlist = "https://www.youtube.com/watch?v=Pl1fake01Aa&list=PLfakeList0001";
    ParseResult r = PARSER.parse("# Meetup\n\n## Profiling Without Fear - Ann Lee\n\n"
        + "[Slides](https://example.org/slides/profiling)\n\n[Meetup Playlist](" + playlist + ")\n\n"
        + "## Flame Graphs - Bo Tran\n- Link: https://www.youtube.com/watch?v=Fg1fake01Aa\n\n"
        + "[Meetup Playlist](" + playlist + ")\n");

    Talk first = r.catalog().talks().get(0);
    assertThat(first.video()).isEmpty();
    assertThat(first.links()).containsExactly(
        Link.of("Slides", "https://example.org/slides/profiling"), Link.of("Meetup Playlist", playlist));
    Talk second = r.catalog().talks().get(1);
    assertThat(second.video().flatMap(v -> v.id())).hasValue("Fg1fake01Aa");
    assertThat(second.links()).containsExactly(Link.of("Meetup Playlist", playlist));
  }
}
