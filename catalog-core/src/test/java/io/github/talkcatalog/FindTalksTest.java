package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules that find talks in real documents (issue #14), each on an invented input: embeds,
 * HTML inside Markdown, video links inside prose, tables read by content, what is not a talk.
 */
class FindTalksTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static List<String> ids(ParseResult r) {
    return r.catalog().talks().stream().map(Talk::video).flatMap(Optional::stream).map(Video::id)
        .flatMap(Optional::stream).toList();
  }

  private static List<String> rules(ParseResult r) {
    return r.diagnostics().stream().map(d -> d.ruleId() + "@" + d.line() + ":" + d.column()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{{<youtube Hg1fake01Aa>}}",
      "{{< youtube Hg1fake01Aa >}}",
      "{{< youtube id=\"Hg1fake01Aa\" autoplay=\"false\" >}}",
      "{{% youtube Hg1fake01Aa %}}",
      "<YouTube id=\"Hg1fake01Aa\" />",
      "<YoutubeEmbed videoId=\"Hg1fake01Aa\"/>",
      "<YouTubeIframe src=\"https://www.youtube.com/embed/Hg1fake01Aa\" title=\"Tiny Queues\" />",
      "<iframe src=\"https://www.youtube.com/embed/Hg1fake01Aa?si=x\"></iframe>"})
  void siteGeneratorEmbedUnderAHeadingIsTheTalksVideo(String embed) {
    ParseResult r = PARSER.parse("# Talks\n\n## Tiny Queues\nA short look at queues.\n" + embed + "\n");
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("Tiny Queues");
      assertThat(t.video().flatMap(Video::id)).hasValue("Hg1fake01Aa");
      assertThat(t.summary()).hasValue("A short look at queues.");
    });
  }

  @Test
  void embedAfterParagraphTextInTheSameParagraphLeavesNoMarkupInTheSummary() {
    ParseResult r = PARSER.parse("# Talks\n\n#### Tiny Queues\nA short look\nat queues.\n{{<youtube Hg1fake01Aa>}}\n");
    Talk t = r.catalog().talks().get(0);
    assertThat(t.summary()).hasValue("A short look at queues.");
    assertThat(t.video().flatMap(Video::id)).hasValue("Hg1fake01Aa");
  }

  @Test
  void htmlThumbnailLinkUnderAHeadingIsVideoAndImage() {
    ParseResult r = PARSER.parse("""
        # Talks

        ### Schema Design Without Tears (RiverConf 2031)
        <a href="https://www.youtube.com/watch?v=Sd2fake02Bb" target="_blank"><img src="https://img.youtube.com/vi/Sd2fake02Bb/0.jpg" alt="Schema Design" style="max-width: 480px" /></a>

        A talk about schemas.
        """);
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.video().flatMap(Video::id)).hasValue("Sd2fake02Bb");
      assertThat(t.image()).hasValueSatisfying(i -> assertThat(i.src()).isEqualTo("https://img.youtube.com/vi/Sd2fake02Bb/0.jpg"));
      assertThat(t.summary()).hasValue("A talk about schemas.");
      assertThat(t.links()).isEmpty();
    });
  }

  @Test
  void videoLinkOnTheFirstLineOfAProseParagraphIsTheTalksVideo() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## Scheduling Tests at Scale
        [Video](https://www.youtube.com/watch?v=St3fake03Cc)
        Ona Pike and Kit Doe Presented March 3, 2031 at [Harbor Meetup](https://example.org/harbor)
        """);
    assertThat(ids(r)).containsExactly("St3fake03Cc");
    assertThat(rules(r)).noneMatch(s -> s.startsWith("missing-video"));
  }

  @Test
  void headerlessTableIsReadByColumnContent() {
    ParseResult r = PARSER.parse("""
        # Meetups

        ## Harbor JS 4 - 2031
        | | | |
        | --- | :---: | --- |
        | [Queues at Dawn](https://www.youtube.com/watch?v=Qa1fake01Aa) | [Ona Pike](../speakers/ona.md) | |
        | [Tiny Parsers](https://www.youtube.com/watch?v=Tp2fake02Bb) | [Kit Doe](../speakers/kit.md) | |
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Queues at Dawn", "Tiny Parsers");
    assertThat(r.catalog().talks()).extracting(t -> t.speakers().get(0).name()).containsExactly("Ona Pike", "Kit Doe");
    assertThat(r.catalog().talks()).extracting(t -> t.section().orElse("")).containsOnly("Harbor JS 4 - 2031");
    assertThat(ids(r)).containsExactly("Qa1fake01Aa", "Tp2fake02Bb");
  }

  @Test
  void aLongTableWhoseIdsOpenEmphasisIsNotTooDeeplyNested() {
    // an id that starts with '_' could open emphasis; each row is its own inline context, so a
    // thousand rows of unmatched openers are no nesting (they were counted across rows)
    StringBuilder doc = new StringBuilder("# Talks\n\n| Title | Speakers | Video |\n|---|---|---|\n");
    for (int i = 0; i < 1_000; i++) {
      doc.append("| Talk ").append(i).append(" | Ann Lee | [Video](https://www.youtube.com/watch?v=_")
          .append(String.format("%010d", i)).append(") |\n");
    }
    ParseResult r = PARSER.parse(doc.toString());
    assertThat(rules(r)).noneMatch(s -> s.startsWith("limit-exceeded"));
    assertThat(r.catalog().talks()).hasSize(1_000);
    assertThat(ids(r).get(999)).isEqualTo("_0000000999");
  }

  @Test
  void tableWithoutVideoHeaderFindsTheVideoColumnByItsLinks() {
    ParseResult r = PARSER.parse("""
        # Talks

        | When | Title | Where |
        |---|---|---|
        | 2031 May | [Queues at Dawn](https://www.youtube.com/watch?v=Qa1fake01Aa) | Harbor Meetup |
        | 2030 June | [Tiny Parsers](https://example.org/recordings/tiny) | RiverConf |
        | 2030 May | [Bit Packing](https://youtu.be/Bp3fake03Cc) | RiverConf |
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Queues at Dawn", "Tiny Parsers", "Bit Packing");
    assertThat(ids(r)).containsExactly("Qa1fake01Aa", "Bp3fake03Cc");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Watch (video)", "Talk link", "Recording [YT]"})
  void videoHeaderWordAmongOtherWords(String header) {
    ParseResult r = PARSER.parse("# Talks\n\n| Talk | Speaker | " + header + " |\n|---|---|---|\n"
        + "| Queues at Dawn | Ona Pike | [here](https://example.org/v/1) |\n");
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("Queues at Dawn");
      assertThat(t.video()).hasValueSatisfying(v -> assertThat(v.url()).isEqualTo("https://example.org/v/1"));
    });
  }

  @Test
  void headingThatOnlyLinksAPlaylistIsAnEventNotATalk() {
    ParseResult r = PARSER.parse("""
        # Meetup Recordings

        ## HarborConf 2031
        [Video playlist](https://www.youtube.com/watch?v=Hc1fake01Aa&list=PLfakeList01) + [Slides](https://example.org/hc31)

        ## Paging Tensors Across Racks
        [Video](https://www.youtube.com/watch?v=Pt2fake02Bb)
        Ona Pike Presented May 1, 2031 at [Harbor Meetup](https://example.org/m)

        ## HarborConf 2030
        [Video playlist](https://www.youtube.com/playlist?list=PLfakeList02)

        ## Tiny Parsers - Kit Doe
        [Slides](https://example.org/tiny) [Video playlist](https://www.youtube.com/playlist?list=PLfakeList02)
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Paging Tensors Across Racks", "Tiny Parsers");
    assertThat(ids(r)).containsExactly("Pt2fake02Bb");
    assertThat(rules(r)).containsExactly("heading-not-a-talk@3:4", "heading-not-a-talk@10:4", "missing-video@13:4");
  }

  @Test
  void headingWithoutEvidenceAfterATableOfTalksIsNotATalk() {
    ParseResult r = PARSER.parse("""
        Recordings of My Talks
        ======================

        | Date | Title | Event |
        |---|---|---|
        | 2031 May | [Queues at Dawn](https://www.youtube.com/watch?v=Qa1fake01Aa) | Harbor Meetup |
        | 2030 June | [Bit Packing](https://youtu.be/Bp3fake03Cc) | RiverConf |

        ## Slides

        I keep my slides on [my profile](https://example.org/me).
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Queues at Dawn", "Bit Packing");
    assertThat(rules(r)).contains("heading-not-a-talk@9:4");
  }

  @Test
  void headingWithoutVideoAmongTalkHeadingsStaysATalk() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## Queues at Dawn
        - Video: https://www.youtube.com/watch?v=Qa1fake01Aa

        ## Tiny Parsers
        [Schedule](https://example.org/tiny)
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Queues at Dawn", "Tiny Parsers");
    assertThat(rules(r)).containsExactly("missing-video@6:4");
  }

  @Test
  void videoLinksThatProducedNoTalkAreReported() {
    ParseResult r = PARSER.parse("""
        # Talks

        Earlier recordings: https://www.youtube.com/watch?v=Nb2fake02Bb and https://youtu.be/Nc3fake03Cc
        ```
        https://www.youtube.com/watch?v=Cd4fake04Dd
        ```

        ## Queues at Dawn
        - Video: https://www.youtube.com/watch?v=Qa1fake01Aa
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Queues at Dawn");
    assertThat(rules(r)).containsExactly("talks-not-read@3:21");
    assertThat(r.diagnostics()).filteredOn(d -> d.ruleId().equals("talks-not-read")).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("2 video links here produced no talk"));
  }

  @Test
  void aYearIsNotADeclaredCount() {
    ParseResult r = PARSER.parse("""
        # Talks

        Slides for 2031 talks, and recordings where there are any.

        - [Queues at Dawn](https://www.youtube.com/watch?v=Qa1fake01Aa) - Ona Pike
        """);
    assertThat(r.catalog().declaredCount()).isEmpty();
    assertThat(rules(r)).isEmpty();
  }

  private static List<String> titles(ParseResult r) {
    return r.catalog().talks().stream().map(Talk::title).toList();
  }

  @Test
  void sectionNamedAsBlogPostsBesideRecordedTalksIsNotRead() {
    ParseResult r = PARSER.parse("""
        # Operator talks

        ## Presentations

        * [Tiny Queues](https://youtu.be/Tq1fake01Aa) - Ann Lee - RiverConf 2031
        * [Caches at Dawn](https://youtu.be/Cd2fake02Bb) - Bo Kim - RiverConf 2031

        ## Blog posts

        * [Scaling the Operator](https://example.org/posts/scaling) - Ann Lee - 2031
        * [Notes on Monitors](https://example.org/posts/monitors) -
          Bo Kim - 2030
        """);
    assertThat(titles(r)).containsExactly("Tiny Queues", "Caches at Dawn");
    assertThat(rules(r)).containsExactly("not-a-talk@10:3");
    assertThat(r.diagnostics().get(0).message())
        .isEqualTo("2 entries under 'Blog posts' not read as talks: the heading names things that are not talks");
  }

  @Test
  void listsOfArticlesAndEventsBesideTalkHeadingsAreNotRead() {
    ParseResult r = PARSER.parse("""
        # My talks and writing

        ## Articles

        ### Queues

        - [Queue basics](./notes/queues/basics)
        - [Queue limits](./notes/queues/limits)

        ## Where I spoke

        - 2 May 2031, Online, [RiverConf](https://example.org/riverconf)
        - 4 April 2031, Harbor City, [Stream: Queues at dawn](https://youtu.be/Ev3fake03Cc)
        - 1 March 2031, Online, [BogConf](https://example.org/bogconf)
        - 9 February 2031, Online, [Lakeside Meetup](https://example.org/lakeside)
        - 3 January 2031, Online, [Harbor Days](https://example.org/harbor)

        ## Recorded sessions

        ### Tiny Queues, RiverConf 2031

        <a href="https://www.youtube.com/watch?v=Tq1fake01Aa"><img src="https://img.youtube.com/vi/Tq1fake01Aa/0.jpg" alt="Tiny Queues" /></a>

        ### Caches at Dawn, BogConf 2031

        <a href="https://youtu.be/Cd2fake02Bb"><img src="https://img.youtube.com/vi/Cd2fake02Bb/0.jpg" alt="Caches" /></a>

        ### Schema Design in Practice

        <a href="https://youtu.be/Sd4fake04Dd"><img src="https://img.youtube.com/vi/Sd4fake04Dd/0.jpg" alt="Schemas" /></a>
        """);
    assertThat(ids(r)).containsExactly("Tq1fake01Aa", "Cd2fake02Bb", "Sd4fake04Dd");
    assertThat(r.catalog().talks()).hasSize(3);
    assertThat(rules(r)).containsExactly("not-a-talk@7:3", "not-a-talk@12:3", "talks-not-read@13:55");
    assertThat(r.diagnostics().get(1).message()).isEqualTo("5 entries under 'Where I spoke' not read as talks: "
        + "1 of them carry a video link and 0 name a speaker, while the document's talks carry videos");
  }

  @Test
  void linkToAVideoFileIsTheTalksVideo() {
    ParseResult r = PARSER.parse("""
        # Talks

        * [Tiny Queues](https://video.example.org/2031/room-b/tiny_queues.webm) - Ann Lee, Acme
        """);
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.video()).hasValueSatisfying(v -> {
        assertThat(v.url()).isEqualTo("https://video.example.org/2031/room-b/tiny_queues.webm");
        assertThat(v.id()).isEmpty();
      });
      assertThat(t.links()).isEmpty();
    });
    assertThat(rules(r)).isEmpty();
  }

  @Test
  void oneLivestreamAtTwoOffsetsIsTwoTalks() {
    ParseResult r = PARSER.parse("""
        # Talks

        * [Tiny Queues](https://www.youtube.com/live/Ls5fake05Ee?t=2500) - Ann Lee
        * [Caches at Dawn](https://www.youtube.com/live/Ls5fake05Ee?t=4100) - Bo Kim
        * [Tiny Queues again](https://youtu.be/Ls5fake05Ee?t=2500) - Ann Lee
        """);
    assertThat(titles(r)).containsExactly("Tiny Queues", "Caches at Dawn");
    assertThat(r.catalog().talks().get(1).video().orElseThrow().start()).hasValue(4100);
    assertThat(rules(r)).contains("duplicate-video@5:3");
  }

  @Test
  void eventHeadingsOverPlaylistEmbedsOrOnlySlidesAreNotTalks() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## Tiny Queues
        [Video](https://www.youtube.com/watch?v=Tq1fake01Aa)
        Ann Lee

        ## RiverConf 2031
        <YouTubeIframe title="RiverConf 2031" src="https://www.youtube-nocookie.com/embed/playlist?list=PLfakePlaylist07" />

        ## RiverConf 2030
        [Slides](https://example.org/riverconf/2030/slides)

        ## Caches at Dawn
        [Video](https://youtu.be/Cd2fake02Bb)
        Bo Kim
        """);
    assertThat(titles(r)).containsExactly("Tiny Queues", "Caches at Dawn");
    assertThat(rules(r)).containsExactly("heading-not-a-talk@7:4", "heading-not-a-talk@10:4");
    assertThat(r.diagnostics().get(1).message())
        .isEqualTo("heading 'RiverConf 2030' is not read as a talk: it names an event and its body holds only links");
  }

  @Test
  void emptySectionAndNavigationHeadingAmongTablesOfTalksAreNotTalks() {
    ParseResult r = PARSER.parse("""
        ## [Events](../README.md) > [People](../people.md)
        ---

        # Harbor meetups

        ## Harbor meetup 3
        | | | |
        | --- | --- | --- |
        | [Tiny Queues](https://www.youtube.com/watch?v=Tq1fake01Aa) | [Ann Lee](../people/ann.md) | |
        | [Caches at Dawn](https://www.youtube.com/watch?v=Cd2fake02Bb) | [Bo Kim](../people/bo.md) | |
        ## Harbor meetup 2
        | | | |
        | --- | --- | --- |
        ## Harbor meetup 1
        | | | |
        | --- | --- | --- |
        | [Schema Design](https://www.youtube.com/watch?v=Sd4fake04Dd) | [Cy Park](../people/cy.md) | |
        """);
    assertThat(titles(r)).containsExactly("Tiny Queues", "Caches at Dawn", "Schema Design");
    assertThat(rules(r)).containsExactly("missing-title@1:1", "heading-not-a-talk@1:4", "heading-not-a-talk@11:4");
  }

  @Test
  void talkBlocksUnderAnEventHeadingAreTheEventsTalks() {
    ParseResult r = PARSER.parse("""
        # Learning resources

        ## RiverConf 2031

        Tiny Queues - Ann Lee, Acme
        {{< youtube id="Tq1fake01Aa" autoplay="false" >}}

        Caches at Dawn - Bo Kim & Cy Park, Bluestem
        {{< youtube id="Cd2fake02Bb" autoplay="false" >}}

        ## BogConf 2030

        Schema Design in Practice - Dee Moss, Fernway

        {{< youtube id="Sd4fake04Dd" autoplay="false" >}}

        ## Harbor Meetup 2029

        **Leaving the Monolith**

        Eli Fonseca tells how the team left the monolith.

        {{< youtube id="Lm5fake05Ee" autoplay="false" >}}

        **Paging Tensors**

        Fay Okafor shows paging across racks.

        <iframe src="/files/paging.pdf"></iframe>
        """);
    assertThat(titles(r)).containsExactly("Tiny Queues", "Caches at Dawn", "Schema Design in Practice",
        "Leaving the Monolith", "Paging Tensors");
    assertThat(r.catalog().talks()).extracting(t -> t.line().orElse(0)).containsExactly(5, 8, 13, 19, 25);
    assertThat(ids(r)).containsExactly("Tq1fake01Aa", "Cd2fake02Bb", "Sd4fake04Dd", "Lm5fake05Ee");
    assertThat(r.catalog().talks()).extracting(t -> t.section().orElse(""))
        .containsExactly("RiverConf 2031", "RiverConf 2031", "BogConf 2030", "Harbor Meetup 2029", "Harbor Meetup 2029");
    assertThat(r.catalog().talks().get(1).speakers()).extracting(sp -> sp.name()).containsExactly("Bo Kim", "Cy Park");
    assertThat(r.catalog().talks().get(3).summary()).hasValue("Eli Fonseca tells how the team left the monolith.");
    assertThat(rules(r)).containsExactly("missing-video@25:1");
  }

  @Test
  void boldFieldLinesUnderATalkHeadingAreNotTalkBlocks() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## Tiny Queues

        **Video**

        {{< youtube id="Tq1fake01Aa" >}}

        **Slides**

        [Slides](https://example.org/tiny.pdf)
        """);
    assertThat(titles(r)).containsExactly("Tiny Queues");
    assertThat(ids(r)).containsExactly("Tq1fake01Aa");
  }

  @Test
  void listOfRecordedTalksWithAVideoInTheProseIsReadAsEntries() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## HarborConf 2031

        Highlights from the day:

        * [Tiny Queues](https://youtu.be/Tq1fake01Aa) - Ann Lee, Acme
        * [Caches at Dawn](https://youtu.be/Cd2fake02Bb) - Bo Kim, Bluestem

        The [closing keynote](https://www.youtube.com/watch?v=Kn6fake06Ff&t=105) is online too.
        """);
    assertThat(titles(r)).containsExactly("Tiny Queues", "Caches at Dawn");
    assertThat(rules(r)).containsExactly("talks-not-read@10:23");
  }
}
