package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogWriterTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();
  private static final CatalogWriter WRITER = CatalogWriter.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {
      Seed.RESOURCE, "testdata/fixtures/l1-mini/catalog.md", "testdata/fixtures/l2-event/catalog.md"})
  void bundledCatalogsReadBackUnchanged(String resource) {
    Catalog catalog = PARSER.parse(Seed.resource(resource)).catalog();
    WriteResult result = WRITER.write(catalog);
    assertThat(result.losses()).isEmpty();
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }

  @Test
  void seedIsWrittenInItsOwnLayout() {
    String markdown = WRITER.write(Seed.catalog()).markdown();
    assertThat(markdown).startsWith("""
        # vLLM-in-PyTorch-Conference-2025

        There are 53 videos (out of the full [117 videos](https://www.youtube.com/playlist?list=PL_lsbAsL_o2BUUxo6coMBFwQE31U4Eb2q) in PyTorch conference 2025) mentioning vLLM. The ratio is 45%, or around 50%.

        ## Keynote: Welcome & Opening Remarks - Matt White, Executive Director, PyTorch Foundation
        - Link: https://www.youtube.com/watch?v=ACxHFY_zUb8

        ![](imgs/image1.png)

        Keynote: Welcome & Opening Remarks - Matt White, Executive Director, PyTorch Foundation

        ## Keynote: vLLM & Deepspeed Updates - Simon Mo & Tunji Ruwase
        """);
    assertThat(markdown.lines().filter(l -> l.startsWith("## "))).hasSize(53);
  }

  @Test
  void markupCharactersInTextAreEscaped() {
    Catalog catalog = Catalog.builder()
        .title("#1 *Fast* [x] <b>")
        .description("- 3. > not a list, see https://example.org & www.example.org &amp; `code` \\ _x_")
        .addTalks(
            talk(1, "Pointers * and [x] arrays", "Pointers * and [x] arrays").build(),
            talk(2, "#1 Fan <b>bold</b> & `tick`", "#1 Fan <b>bold</b> & `tick`").build(),
            talk(3, "Keynote: A - B - Ada Quill, Northwind Labs", "A - B")
                .addLabels("Keynote")
                .addSpeakers(Speaker.of("Ada Quill", Affiliation.ofOrganization("Northwind Labs")))
                .build(),
            talk(4, "Ends with # ##", "Ends with # ##")
                .summary("1. Not a list; ~~~ not a fence; ![not](an image) and [not](a link).")
                .build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).isEqualTo("""
        # \\#1 \\*Fast\\* \\[x] \\<b>

        \\- 3. > not a list, see https&#58;//example.org & www&#46;example.org \\&amp; \\`code\\` \\\\ \\_x\\_

        ## Pointers \\* and \\[x] arrays
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

        ## \\#1 Fan \\<b>bold\\</b> & \\`tick\\`
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA2

        ## Keynote: A - B - Ada Quill, Northwind Labs
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA3

        ## Ends with \\# \\#\\#
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA4

        1\\. Not a list; ~~~ not a fence; !\\[not](an image) and \\[not](a link).
        """);
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }

  @Test
  void fieldsLinksSectionsAndStartOffsetsReadBack() {
    Catalog catalog = Catalog.builder()
        .title("Summit")
        .description("There are 3 talks from the full playlist.")
        .collection(Collection.builder()
            .url("https://www.youtube.com/playlist?list=PLexample1")
            .label("full playlist")
            .playlistId("PLexample1")
            .build())
        .declaredCount(3)
        .addTalks(
            talk(1, "Opening", "Opening").section("Day 1").index(7)
                .video(Video.builder().from(Video.youtube("AAAAAAAAAA1")).start(95).build())
                .addLinks(Link.of("Slides", "https://example.org/slides.pdf"),
                    Link.of("Event page: day 1", "https://example.org/e?a=(1)"),
                    Link.of("Notes", "https://example.org/notes"))
                .image(Image.of("imgs/a(b).png", "Alt [1]"))
                .summary("The opening.")
                .build(),
            talk(2, "Closing", "Closing").section("Day 1")
                .video(Video.other("https://vimeo.com/12345"))
                .addLinks(Link.of("", "https://example.org/unlabelled"))
                .build(),
            Talk.builder().position(3).heading("Recap").title("Recap").section("Day 2").build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).isEqualTo("""
        # Summit

        There are 3 talks from the [full playlist](https://www.youtube.com/playlist?list=PLexample1).

        ## Day 1

        ### Opening
        - Index: 7
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1&t=95s
        - Slides: https://example.org/slides.pdf

        [Event page: day 1](https://example.org/e?a=\\(1\\))

        [Notes](https://example.org/notes)

        ![Alt \\[1\\]](imgs/a\\(b\\).png)

        The opening.

        ### Closing
        - Link: https://vimeo.com/12345

        [](https://example.org/unlabelled)

        ## Day 2

        ### Recap
        """);
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }

  @Test
  void aTalkWithoutASectionAfterSectionedTalksFollowsAnEmptyHeadingThatEndsTheSection() {
    Catalog catalog = Catalog.builder().title("Conf")
        .addTalks(
            talk(1, "Welcome", "Welcome").build(),
            talk(2, "Queues", "Queues").section("Track A").build(),
            talk(3, "Caches", "Caches").build(),
            talk(4, "Logs", "Logs").build(),
            talk(5, "Locks", "Locks").section("Track B").build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).isEqualTo("""
        # Conf

        ### Welcome
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

        ## Track A

        ### Queues
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA2

        ##

        ### Caches
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA3

        ### Logs
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA4

        ## Track B

        ### Locks
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA5
        """);
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }

  @Test
  void anOrganizationThatReadsAsASecondNameAfterACommaIsWrittenInParentheses() {
    Catalog catalog = Catalog.builder().title("T")
        .addTalks(talk(1, "Memo Without Memo", "Memo Without Memo")
            .addSpeakers(Speaker.of("Mei Lin", Affiliation.ofOrganization("林美")))
            .build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).contains("## Memo Without Memo - Mei Lin (林美)\n");
    assertThat(PARSER.parse(result.markdown()).catalog().talks().get(0).speakers())
        .containsExactly(Speaker.of("Mei Lin", Affiliation.ofOrganization("林美")));
  }

  @Test
  void escapesThatWouldReachTheCutLengthSplitTheSummary() {
    String summary = "x_y ".repeat(46) + "end"; // 187 characters, 233 once escaped
    Catalog catalog = Catalog.builder().title("T")
        .addTalks(talk(1, "Talk", "Talk").summary(summary).build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).contains("x\\_y end\n");
    assertThat(PARSER.parse(result.markdown()).catalog().talks().get(0).summaryTruncated()).isFalse();
  }

  @Test
  void talksOutsideTheSubsetAreReported() {
    Catalog catalog = Catalog.builder()
        .title("T")
        .description("Intro.")
        .collection(Collection.builder().url("https://www.youtube.com/playlist?list=PL1").label("elsewhere").build())
        .addTalks(
            talk(1, "Heading - Ada Quill", "Another title").build(),
            talk(2, "Short", "Short").summary("Short and complete.").summaryTruncated(true).build(),
            talk(3, "Ann Lee - Bo Tran", "Ann Lee - Bo Tran").build(),
            talk(4, "Image", "Image").image(Image.of("imgs/a b.png", "")).build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).extracting(Object::toString).containsExactly(
        "catalog description: wrote Intro., reads back as Intro. elsewhere",
        "catalog collection: wrote Collection{url=https://www.youtube.com/playlist?list=PL1, label=elsewhere},"
            + " reads back as Collection{url=https://www.youtube.com/playlist?list=PL1, label=elsewhere,"
            + " playlistId=PL1}",
        "talk 2 summaryTruncated: wrote true, reads back as false (talk 'Short')");
    // a summary that ends a sentence is never read as cut off
    // talk 1's heading does not read back as its fields: it is written from them, no loss;
    // an image path with a space reads back since the parser accepts spaces in link destinations
    assertThat(result.markdown()).contains("## Another title\n", "## Ann Lee - Bo Tran\n- Title: Ann Lee - Bo Tran\n")
        .doesNotContain("Heading - Ada Quill");
    assertThat(result.losses().get(2).talk()).isEqualTo(OptionalInt.of(2));
    assertThat(result.losses().get(2).field()).isEqualTo("summaryTruncated");
    assertThatThrownBy(() -> WRITER.writeLossless(catalog))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("talk 2 summaryTruncated: wrote true, reads back as false (talk 'Short')");
  }

  @Test
  void aCatalogInTheSubsetIsWrittenWithoutLoss() {
    Catalog catalog = Catalog.builder().title("T")
        .addTalks(talk(1, "Talk - Ada Quill", "Talk").addSpeakers(Speaker.of("Ada Quill")).build())
        .build();
    assertThat(WRITER.writeLossless(catalog)).isEqualTo("""
        # T

        ## Talk - Ada Quill
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1
        """);
  }

  @Test
  void aTalkBuiltWithOnlyPositionTitleAndSpeakersWritesAndReadsBackEqual() {
    Catalog catalog = Catalog.builder().title("Meetup")
        .addTalks(Talk.builder().position(1).title("Undo Trees for Everyone")
            .addSpeakers(
                Speaker.of("Hana Petrov", Affiliation.of("Staff Engineer", "Northwind Labs")),
                Speaker.of("Joel Amari"))
            .build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(catalog.talks().get(0).heading())
        .isEqualTo("Undo Trees for Everyone - Hana Petrov, Staff Engineer, Northwind Labs & Joel Amari");
    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).isEqualTo("""
        # Meetup

        ## Undo Trees for Everyone - Hana Petrov, Staff Engineer, Northwind Labs & Joel Amari
        """);
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }

  @Test
  void durationYearAndEventAreWrittenAsFieldBullets() {
    Catalog catalog = Catalog.builder().title("Talks")
        .addTalks(
            talk(1, "Channels in Practice", "Channels in Practice").duration(2472).year(2018).build(),
            talk(2, "Long", "Long").duration(3 * 3600 + 5 * 60 + 7).build(),
            Talk.builder().position(3).title("Short").duration(59).year(2021).event("DevDays 2030").build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).isEqualTo("""
        # Talks

        ## Channels in Practice
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1
        - Duration: 41:12
        - Year: 2018

        ## Long
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA2
        - Duration: 3:05:07

        ## Short
        - Duration: 0:59
        - Year: 2021
        - Event: DevDays 2030
        """);
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }

  @Test
  void aHeadingThatDoesNotReadBackAsTheFieldsIsWrittenFromThem() {
    Catalog catalog = Catalog.builder().title("T")
        .addTalks(
            talk(1, "Keynote: Mesh Without Mess - Ada Brun, Fernway", "Mesh Without Mess")
                .addLabels("Keynote")
                .addSpeakers(Speaker.of("Ada Brun", Affiliation.ofOrganization("Fernway")))
                .build(),
            talk(2, "Otto Reyes: Fast Queues, Slow Humans [00:31:40]", "Fast Queues, Slow Humans")
                .addSpeakers(Speaker.of("Otto Reyes"))
                .duration(1900)
                .build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).contains(
        "## Keynote: Mesh Without Mess - Ada Brun, Fernway\n",
        "## Fast Queues, Slow Humans - Otto Reyes\n");
    Catalog back = PARSER.parse(result.markdown()).catalog();
    assertThat(back.talks().get(0)).isEqualTo(catalog.talks().get(0));
    assertThat(back.talks().get(1).heading()).isEqualTo("Fast Queues, Slow Humans - Otto Reyes");
    assertThat(back.talks().get(1).duration()).hasValue(1900);
  }

  @Test
  void aTitleFieldSaysWhereTheTitleIsWhenTheHeadingCannot() {
    Catalog catalog = Catalog.builder().title("T")
        .addTalks(
            talk(1, "A conversation", "Ann Lee - Bo Tran").build(),
            talk(2, "Date parsing, by Ola", "Ann Lee - Bo Tran").addLabels("Case Study")
                .addSpeakers(Speaker.of("Ola Berg")).build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).isEqualTo("""
        # T

        ## Ann Lee - Bo Tran
        - Title: Ann Lee - Bo Tran
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

        ## Case Study: Ann Lee - Bo Tran - Ola Berg
        - Title: Ann Lee - Bo Tran
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA2
        """);
    Catalog back = PARSER.parse(result.markdown()).catalog();
    assertThat(back.talks().get(0))
        .isEqualTo(Talk.builder().from(catalog.talks().get(0)).heading("Ann Lee - Bo Tran").build());
    assertThat(back.talks().get(1).labels()).containsExactly("Case Study");
    assertThat(back.talks().get(1).speakers()).containsExactly(Speaker.of("Ola Berg"));
  }

  @Test
  void theTruncationFlagOfASummaryReadsBack() {
    String cutShaped = "word ".repeat(40) + "and"; // 203 characters, no final punctuation
    Catalog catalog = Catalog.builder().title("T")
        .addTalks(
            talk(1, "Cut", "Cut").summary("Cut off mid").summaryTruncated(true).build(),
            talk(2, "Whole", "Whole").summary(cutShaped).build())
        .build();

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).isEmpty();
    assertThat(result.markdown()).contains(
        "\nCut off mid" + " ".repeat(188) + "\n", "\n" + "word ".repeat(38) + "word\n\nword and\n");
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }

  private static Talk.Builder talk(int position, String heading, String title) {
    return Talk.builder().position(position).heading(heading).title(title)
        .video(Video.youtube("AAAAAAAAAA" + position));
  }
}
