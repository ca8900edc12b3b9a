package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.Strictness;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.plan.Structure;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Video;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layout stage as a whole on small invented documents: the line map in, the draft out (title,
 * introduction, collection, declared count, talks by region kind, structure) and its diagnostics.
 */
class SectionLayoutTest {

  private static final SectionLayout LAYOUT = new SectionLayout(new MarkdownReader(),
      new ParserSettings(HeadingReader.DEFAULT_LABELS, 200, Strictness.LENIENT, List.of(), Set.of()));

  private final DiagnosticSink sink = new DiagnosticSink("t.md");

  private CatalogDraft read(String text) {
    return LAYOUT.read(LineMap.of(SourceText.of("t.md", text)), sink);
  }

  private List<String> diagnostics() {
    return sink.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.ruleId()).toList();
  }

  @Test
  void headingTalksWithTheirFieldsAndTheIntroduction() {
    CatalogDraft d = read("""
        # Widget Talks

        Recordings from the Widget Summit. There are 2 talks.

        ## Caching at the Edge - Ann Lee
        - Video: https://youtu.be/aaaaaaaaaaa
        - Duration: 12:30

        ## Keynote: Queues Without Tears - Bo Tran
        - Video: https://youtu.be/bbbbbbbbbbb

        A calm look at queues.
        """);
    assertThat(d.title()).isEqualTo("Widget Talks");
    assertThat(d.description()).isEqualTo("Recordings from the Widget Summit. There are 2 talks.");
    assertThat(d.descriptionLine()).isEqualTo(3);
    assertThat(d.declaredCount()).isEqualTo(2);
    assertThat(d.countIsLowerBound()).isFalse();
    assertThat(d.structure()).isEqualTo(new Structure(2, 2, 0, false));
    assertThat(d.talks()).extracting(TalkDraft::title).containsExactly("Caching at the Edge", "Queues Without Tears");
    assertThat(d.talks()).extracting(TalkDraft::speakerPart).containsExactly("Ann Lee", "Bo Tran");
    assertThat(d.talks()).extracting(TalkDraft::line).containsExactly(5, 9);
    assertThat(d.talks().get(1).labels()).containsExactly("Keynote");
    assertThat(d.talks()).extracting(TalkDraft::video)
        .containsExactly(Video.youtube("aaaaaaaaaaa"), Video.youtube("bbbbbbbbbbb"));
    assertThat(d.talks().get(0).duration()).isEqualTo(750);
    assertThat(d.talks().get(1).summary()).isEqualTo("A calm look at queues.");
    assertThat(diagnostics()).isEmpty();
  }

  @Test
  void entriesUnderSectionHeadingsTakeTheHeadingAsTheirSection() {
    CatalogDraft d = read("""
        # Talks

        ## Databases
        - [Indexes Explained](https://youtu.be/ccccccccccc) - Cy Park
        - [Vacuum, Gently](https://youtu.be/ddddddddddd) - Di Ng

        ## Networking
        - [Packets in Flight](https://youtu.be/eeeeeeeeeee) - Ed Moss
        """);
    assertThat(d.structure()).isEqualTo(new Structure(2, 0, 2, true));
    assertThat(d.talks()).extracting(TalkDraft::title)
        .containsExactly("Indexes Explained", "Vacuum, Gently", "Packets in Flight");
    assertThat(d.talks()).extracting(TalkDraft::section).containsExactly("Databases", "Databases", "Networking");
    assertThat(d.talks()).extracting(TalkDraft::speakerPart).containsExactly("Cy Park", "Di Ng", "Ed Moss");
    assertThat(diagnostics()).isEmpty();
  }

  @Test
  void entriesWithoutAnyHeadingAreTheCatalog() {
    CatalogDraft d = read("""
        - [Indexes Explained](https://youtu.be/ccccccccccc) - Cy Park
        - [Packets in Flight](https://youtu.be/eeeeeeeeeee) - Ed Moss
        """);
    assertThat(d.title()).isEmpty();
    assertThat(d.talks()).extracting(TalkDraft::title).containsExactly("Indexes Explained", "Packets in Flight");
    assertThat(d.talks()).extracting(TalkDraft::section).containsOnlyNulls();
    assertThat(diagnostics()).containsExactly("1:1 missing-title");
  }

  @Test
  void aPlaylistInTheIntroductionIsTheCollection() {
    CatalogDraft d = read("""
        # Talks

        All of them: [12 videos](https://www.youtube.com/playlist?list=PLabcdefghijklmnop)

        ## One Talk - Ann Lee
        - Video: https://youtu.be/aaaaaaaaaaa
        """);
    assertThat(d.collection()).isNotNull();
    assertThat(d.collection().url()).isEqualTo("https://www.youtube.com/playlist?list=PLabcdefghijklmnop");
    assertThat(d.collection().label()).contains("12 videos");
    assertThat(d.collection().size()).hasValue(12);
    assertThat(d.collection().playlistId()).contains("PLabcdefghijklmnop");
    assertThat(d.declaredCount()).isNull();
  }

  @Test
  void anIndexOfDetailPagesListsEachTalkWithItsLink() {
    CatalogDraft d = read("""
        # Talks

        1. Caching at the Edge - Ann Lee
           - Details: [page](talks/caching.md)
        2. Queues Without Tears - Bo Tran
           - Details: [page](talks/queues.md)
        """);
    assertThat(d.talks()).extracting(TalkDraft::title).containsExactly("Caching at the Edge", "Queues Without Tears");
    assertThat(d.talks()).extracting(TalkDraft::detailLink).containsExactly("talks/caching.md", "talks/queues.md");
    assertThat(d.talks()).extracting(TalkDraft::index).containsExactly(1, 2);
    assertThat(d.talks()).extracting(TalkDraft::detailLine).containsExactly(4, 6);
  }

  @Test
  void aHeadingWithoutSpaceIsReadAndSaysSo() {
    CatalogDraft d = read("# Talks\n\n##One Talk - Ann Lee\n- Video: https://youtu.be/aaaaaaaaaaa\n");
    assertThat(d.talks()).extracting(TalkDraft::title).containsExactly("One Talk");
    assertThat(diagnostics()).containsExactly("3:3 heading-without-space");
  }

  @Test
  void anEventHeadingWithOnlyAPlaylistIsNoTalk() {
    CatalogDraft d = read("""
        # Talks

        ## Widget Summit 2031
        The whole day: [playlist](https://www.youtube.com/playlist?list=PLabcdefghijklmnop)

        ## Caching at the Edge
        - Video: https://youtu.be/aaaaaaaaaaa
        - Speaker: Ann Lee
        """);
    assertThat(d.talks()).extracting(TalkDraft::title).containsExactly("Caching at the Edge");
    assertThat(diagnostics()).containsExactly("3:4 heading-not-a-talk");
  }

  @Test
  void aDetailPageIsReadFromItsLineMap() {
    TalkDraft page = LAYOUT.readPage(LineMap.of(SourceText.of("p.md", """
        # Caching at the Edge - Ann Lee

        - Video: https://youtu.be/aaaaaaaaaaa

        ## Description

        How to cache close to the reader.
        """)));
    assertThat(page.heading()).isEqualTo("Caching at the Edge - Ann Lee");
    assertThat(page.title()).isEqualTo("Caching at the Edge");
    assertThat(page.speakerPart()).isEqualTo("Ann Lee");
    assertThat(page.video()).isEqualTo(Video.youtube("aaaaaaaaaaa"));
    assertThat(page.summary()).isEqualTo("How to cache close to the reader.");
    assertThat(page.line()).isEqualTo(1);

    TalkDraft empty = LAYOUT.readPage(LineMap.of(SourceText.of("p.md", "no heading here\n")));
    assertThat(empty.heading()).isEmpty();
  }

  @Test
  void aLargeCatalogReadInParallelKeepsDocumentOrderAndItsEntries() {
    StringBuilder text = new StringBuilder("# Talks\n\n## Links\n- [Entry Talk](https://youtu.be/zzzzzzzzzzz) - Ed Moss\n");
    int n = SectionLayout.PARALLEL_THRESHOLD + 50;
    for (int i = 1; i <= n; i++) {
      text.append("\n## Talk Number ").append(i).append(" - Ann Lee\n- Video: https://example.org/v/").append(i)
          .append('\n');
    }
    CatalogDraft d = read(text.toString());
    assertThat(d.talks()).hasSize(n + 1);
    assertThat(d.talks().get(0).title()).isEqualTo("Entry Talk");
    for (int i = 1; i <= n; i++) {
      assertThat(d.talks().get(i).title()).isEqualTo("Talk Number " + i);
    }
    assertThat(d.talks()).extracting(TalkDraft::line).isSorted();
  }

  @Test
  void anEmptyDocumentIsAnEmptyDraft() {
    CatalogDraft d = read("");
    assertThat(d.title()).isEmpty();
    assertThat(d.description()).isNull();
    assertThat(d.talks()).isEmpty();
    assertThat(diagnostics()).isEmpty();
  }
}
