package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.plan.EntryEvidence;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Video;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner's question ({@code holdsTalks}) and the reading ({@code read}) share each entry's one
 * reading: asking first changes nothing in what is read, and a range asked about and found empty
 * still reads as before.
 */
class ListLayoutReadOnceTest {

  private static final MarkdownReader MARKDOWN = new MarkdownReader();
  private static final HeadingReader HEADINGS = new HeadingReader(HeadingReader.DEFAULT_LABELS);

  private static final String DOCUMENT = """
      # Talks

      ## Databases
      - [Indexes Explained](https://youtu.be/ccccccccccc) - Cy Park
      - [Vacuum, Gently](https://youtu.be/ddddddddddd) - Di Ng
      - [Indexes Explained](https://youtu.be/ccccccccccc) - Cy Park

      | Title | Speaker | Video |
      |---|---|---|
      | Packets in Flight | Ed Moss | [watch](https://youtu.be/eeeeeeeeeee) |
      """;

  private static List<String> described(List<TalkDraft.Builder> talks) {
    return talks.stream().map(TalkDraft.Builder::build)
        .map(t -> t.line() + " " + t.title() + " / " + t.speakerPart() + " / " + t.section() + " / "
            + (t.video() == null ? "-" : t.video().url()))
        .toList();
  }

  private static List<String> diagnostics(DiagnosticSink sink) {
    return sink.diagnostics().stream().map(d -> d.line() + " " + d.ruleId()).toList();
  }

  @Test
  void askingFirstReadsTheSameTalksAsReadingAlone() {
    LineMap map = LineMap.of(SourceText.of("t.md", DOCUMENT));
    Heading h = map.headings().get(1);
    int end = map.source().lineCount() + 1;

    ListLayout alone = new ListLayout(MARKDOWN, map, HEADINGS);
    DiagnosticSink aloneSink = new DiagnosticSink("t.md");
    List<String> expected = described(alone.read(map.source(), h.lastLine() + 1, end, "Databases", true, aloneSink));

    ListLayout asked = new ListLayout(MARKDOWN, map, HEADINGS);
    assertThat(asked.holdsTalks(map.source(), h, end)).isTrue();
    assertThat(asked.holdsTalks(map.source(), h, end)).isTrue(); // asked twice: the same answer
    DiagnosticSink askedSink = new DiagnosticSink("t.md");
    List<String> read = described(asked.read(map.source(), h.lastLine() + 1, end, "Databases", true, askedSink));

    assertThat(read).isEqualTo(expected).containsExactly(
        "4 Indexes Explained / Cy Park / Databases / " + Video.youtube("ccccccccccc").url(),
        "5 Vacuum, Gently / Di Ng / Databases / " + Video.youtube("ddddddddddd").url(),
        "10 Packets in Flight / Ed Moss / Databases / " + Video.youtube("eeeeeeeeeee").url());
    assertThat(diagnostics(askedSink)).isEqualTo(diagnostics(aloneSink)).containsExactly("6 duplicate-video");
  }

  @Test
  void thePlannersEntryEvidenceCountsTheReadingsThatAreThenRead() {
    LineMap map = LineMap.of(SourceText.of("t.md", DOCUMENT));
    Heading h = map.headings().get(1);
    int end = map.source().lineCount() + 1;
    List<String> expected = described(new ListLayout(MARKDOWN, map, HEADINGS)
        .read(map.source(), h.lastLine() + 1, end, "Databases", true, new DiagnosticSink("t.md")));

    ListLayout planned = new ListLayout(MARKDOWN, map, HEADINGS);
    assertThat(planned.holdsTalks(map.source(), h, end)).isTrue();
    // three entries and one table row; the duplicate is only dropped when read
    assertThat(planned.entryEvidence(h, end)).isEqualTo(new EntryEvidence(4, 4, 4, 4, 3));
    assertThat(planned.entryEvidence(h, end)).isEqualTo(new EntryEvidence(4, 4, 4, 4, 3));
    List<String> read = described(planned.read(map.source(), h.lastLine() + 1, end, "Databases", true,
        new DiagnosticSink("t.md")));
    assertThat(read).isEqualTo(expected).hasSize(3);
  }

  @Test
  void aRangeFoundWithoutTalksIsForgottenAndStillReadsAsBefore() {
    String text = """
        # Talks

        ## Caching at the Edge
        - Video: https://youtu.be/aaaaaaaaaaa
        - [Slides](https://example.org/s.pdf)
        """;
    LineMap map = LineMap.of(SourceText.of("t.md", text));
    Heading h = map.headings().get(1);
    int end = map.source().lineCount() + 1;
    ListLayout lists = new ListLayout(MARKDOWN, map, HEADINGS);
    assertThat(lists.holdsTalks(map.source(), h, end)).isFalse();
    List<String> afterAsking = described(lists.read(map.source(), h.lastLine() + 1, end, null, true,
        new DiagnosticSink("t.md")));
    List<String> fresh = described(new ListLayout(MARKDOWN, map, HEADINGS).read(map.source(), h.lastLine() + 1, end,
        null, true, new DiagnosticSink("t.md")));
    assertThat(afterAsking).isEqualTo(fresh);
  }

  @Test
  void theIntroductionAskedTwiceThenReadGivesEachEntryOnce() {
    String text = """
        - [Indexes Explained](https://youtu.be/ccccccccccc) - Cy Park
        - [Packets in Flight](https://youtu.be/eeeeeeeeeee) - Ed Moss
        """;
    LineMap map = LineMap.of(SourceText.of("t.md", text));
    ListLayout lists = new ListLayout(MARKDOWN, map, HEADINGS);
    assertThat(lists.holdsTalks(map.source(), 1, 3, false)).isTrue();
    assertThat(lists.holdsTalks(map.source(), 1, 3, false)).isTrue();
    List<TalkDraft.Builder> first = lists.read(map.source(), 1, 3, null, false, new DiagnosticSink("t.md"));
    assertThat(described(first)).containsExactly(
        "1 Indexes Explained / Cy Park / null / " + Video.youtube("ccccccccccc").url(),
        "2 Packets in Flight / Ed Moss / null / " + Video.youtube("eeeeeeeeeee").url());
  }
}
