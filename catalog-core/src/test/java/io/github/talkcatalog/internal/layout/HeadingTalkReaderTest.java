package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.Strictness;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Video;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reader of a talk under its own heading, on one invented talk at a time. */
class HeadingTalkReaderTest {

  private static final HeadingReader HEADINGS = new HeadingReader(HeadingReader.DEFAULT_LABELS);
  private static final HeadingTalkReader READER = new HeadingTalkReader(new MarkdownReader(), HEADINGS,
      new ParserSettings(HeadingReader.DEFAULT_LABELS, 200, Strictness.LENIENT, List.of(), Set.of()));

  private final DiagnosticSink sink = new DiagnosticSink("t.md");

  /** Reads the talk under the first heading of {@code text}, its body running to the end. */
  private TalkDraft read(String text, String section) {
    LineMap map = LineMap.of(SourceText.of("t.md", text));
    Heading h = map.headings().get(0);
    return READER.read(map.source(), h, map.source().lineCount() + 1, section, sink);
  }

  private TalkDraft read(String text) {
    return read(text, null);
  }

  private List<String> diagnostics() {
    return sink.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.ruleId()).toList();
  }

  @Test
  void labelsTitleSpeakersAndTheVideoField() {
    TalkDraft t = read("## Keynote: Caching at the Edge - Ann Lee\n- Video: https://youtu.be/aaaaaaaaaaa\n", "Day 1");
    assertThat(t.heading()).isEqualTo("Keynote: Caching at the Edge - Ann Lee");
    assertThat(t.labels()).containsExactly("Keynote");
    assertThat(t.title()).isEqualTo("Caching at the Edge");
    assertThat(t.speakerPart()).isEqualTo("Ann Lee");
    assertThat(t.section()).isEqualTo("Day 1");
    assertThat(t.video()).isEqualTo(Video.youtube("aaaaaaaaaaa"));
    assertThat(t.line()).isEqualTo(1);
    assertThat(t.column()).isEqualTo(4);
    assertThat(diagnostics()).isEmpty();
  }

  @Test
  void aNumberedHeadingGivesTheIndex() {
    TalkDraft t = read("## 12. Queues Without Tears - Bo Tran\n- Video: https://youtu.be/bbbbbbbbbbb\n");
    assertThat(t.index()).isEqualTo(12);
    assertThat(t.title()).isEqualTo("Queues Without Tears");
    assertThat(t.speakerPart()).isEqualTo("Bo Tran");
  }

  @Test
  void aCategoryThenSpeakersThenTheTitle() {
    TalkDraft t = read("## Tutorials - Ann Lee, Bo Tran: Shipping Wheels Without Tears\n"
        + "URL: https://youtu.be/ccccccccccc\n");
    assertThat(t.title()).isEqualTo("Shipping Wheels Without Tears");
    assertThat(t.speakerPart()).isEqualTo("Ann Lee, Bo Tran");
    assertThat(t.labels()).containsExactly("Tutorials");
    assertThat(t.video()).isEqualTo(Video.youtube("ccccccccccc"));
  }

  @Test
  void theSpeakerBeforeAColon() {
    TalkDraft t = read("## Ann Lee: Caching at the Edge\n- Video: https://youtu.be/aaaaaaaaaaa\n");
    assertThat(t.speakerPart()).isEqualTo("Ann Lee");
    assertThat(t.title()).isEqualTo("Caching at the Edge");
  }

  @Test
  void aWholeHeadingLinkToAnotherHostIsTheVideo() {
    TalkDraft t = read("## [Caching at the Edge - Ann Lee](https://vimeo.com/123456789)\n");
    assertThat(t.title()).isEqualTo("Caching at the Edge");
    assertThat(t.video()).isEqualTo(Video.other("https://vimeo.com/123456789"));
    assertThat(diagnostics()).isEmpty();
  }

  @Test
  void aTalkWithoutVideoSaysSoAtItsHeading() {
    TalkDraft t = read("## Closing Words - Cy Park\n\nThanks to everyone who came.\n");
    assertThat(t.video()).isNull();
    assertThat(t.summary()).isEqualTo("Thanks to everyone who came.");
    assertThat(t.summaryLine()).isEqualTo(3);
    assertThat(diagnostics()).containsExactly("1:4 missing-video");
  }

  @Test
  void imageLinksAndASpeakerLineInTheBody() {
    TalkDraft t = read("""
        ## Packets in Flight
        **Speaker: Ed Moss**
        - Video: https://youtu.be/eeeeeeeeeee
        - Slides: https://example.org/packets.pdf
        ![Packets](img/packets.png)

        How packets find their way.
        """);
    assertThat(t.title()).isEqualTo("Packets in Flight");
    assertThat(t.speakerPart()).isEqualTo("Ed Moss");
    assertThat(t.video()).isEqualTo(Video.youtube("eeeeeeeeeee"));
    assertThat(t.links()).containsExactly(Link.of("Slides", "https://example.org/packets.pdf"));
    assertThat(t.image()).isEqualTo(Image.of("img/packets.png", "Packets"));
    assertThat(t.imageLine()).isEqualTo(5);
    assertThat(t.summary()).isEqualTo("How packets find their way.");
  }

  @Test
  void valueFieldsAndATitleField() {
    TalkDraft t = read("""
        ## Deep Dive: Caching - Tricks - Ann Lee
        - Title: Caching - Tricks
        - Video: https://youtu.be/aaaaaaaaaaa
        - Duration: 45:00
        - Year: 2031
        - Event: Widget Summit
        """);
    assertThat(t.title()).isEqualTo("Caching - Tricks");
    assertThat(t.labels()).containsExactly("Deep Dive");
    assertThat(t.speakerPart()).isEqualTo("Ann Lee");
    assertThat(t.duration()).isEqualTo(2700);
    assertThat(t.year()).isEqualTo(2031);
    assertThat(t.event()).isEqualTo("Widget Summit");
  }

  @Test
  void leadingNumbers() {
    assertThat(HeadingTalkReader.leadingNumber("12 videos")).isEqualTo(OptionalInt.of(12));
    assertThat(HeadingTalkReader.leadingNumber("All 1,204 talks")).isEqualTo(OptionalInt.of(1204));
    assertThat(HeadingTalkReader.leadingNumber("no digits")).isEqualTo(OptionalInt.empty());
    assertThat(HeadingTalkReader.leadingNumber("12345678901")).isEqualTo(OptionalInt.of(123456789));
  }
}
