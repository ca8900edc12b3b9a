package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.plan.Evidence;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Video;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a heading's own body shows at line level, and the video links no talk took. */
class BodyScanTest {

  /** The evidence of the first heading of {@code body} (lines joined by {@code \n}), up to the next heading. */
  private static Evidence evidence(String text) {
    LineMap map = LineMap.of(SourceText.of("t.md", text));
    List<Heading> hs = map.headings();
    int end = hs.size() > 1 ? hs.get(1).line() : map.source().lineCount() + 1;
    return BodyScan.evidence(map, hs.get(0), end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      video link in the body            | ## T\\nWatch https://youtu.be/aaaaaaaaaaa\\n                         | TALK
      video link in the heading         | ## [T](https://youtu.be/aaaaaaaaaaa)\\nprose\\n                     | TALK
      field bullet                      | ## T\\n- Slides: https://example.org/s.pdf\\n                       | TALK
      speaker line                      | ## T\\nSpeaker: Ann Lee\\n                                          | TALK
      hugo embed                        | ## T\\n{{< youtube aaaaaaaaaaa >}}\\n                               | TALK
      mdx embed                         | ## T\\n<YouTube id="aaaaaaaaaaa" />\\n                              | TALK
      playlist only                     | ## T\\nAll: https://www.youtube.com/playlist?list=PLabcdefghij\\n    | PLAYLIST_ONLY
      video of a playlist named so      | ## T\\nPlaylist: https://www.youtube.com/watch?v=aaaaaaaaaaa&list=PLabcdefghij\\n | PLAYLIST_ONLY
      prose only                        | ## T\\nJust some words about the day.\\n                            | NONE
      a link that is no video           | ## T\\nSee https://example.org/about\\n                             | NONE
      video hidden in fenced code       | ## T\\n```\\nhttps://youtu.be/aaaaaaaaaaa\\n```\\n                   | NONE
      video after the next heading      | ## T\\nprose\\n## U\\nhttps://youtu.be/aaaaaaaaaaa\\n              | NONE
      field word as plain text line     | ## T\\nSlides: https://example.org/s.pdf\\n                         | NONE
      """)
  void evidence(String name, String text, Evidence expected) {
    assertThat(evidence(text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void urlsOfALineWithTheirColumns() {
    assertThat(BodyScan.urls(4, "see (https://a.org/x) and <http://b.org/y>|https://c.org ftp://no httpx"))
        .containsExactly(new BodyScan.Url(4, 6, "https://a.org/x"), new BodyScan.Url(4, 28, "http://b.org/y"),
            new BodyScan.Url(4, 44, "https://c.org"));
    assertThat(BodyScan.urls(1, "no links here")).isEmpty();
  }

  private static TalkDraft talk(Video video, Link... links) {
    TalkDraft.Builder b = new TalkDraft.Builder();
    b.title = "T";
    b.video = video;
    b.links.addAll(List.of(links));
    return b.build();
  }

  @Test
  void videoLinksNoTalkHoldsAreReportedOncePerPartAtTheFirst() {
    String text = """
        # Talks

        ## Part One
        - https://youtu.be/aaaaaaaaaaa
        - https://youtu.be/bbbbbbbbbbb and again https://youtu.be/bbbbbbbbbbb
        - https://youtu.be/ccccccccccc

        ## Part Two
        - https://www.youtube.com/playlist?list=PLabcdefghij
        - https://youtu.be/ddddddddddd
        - https://youtu.be/eeeeeeeeeee
        ```
        https://youtu.be/fffffffffff
        ```
        """;
    LineMap map = LineMap.of(SourceText.of("t.md", text));
    DiagnosticSink sink = new DiagnosticSink("t.md");
    BodyScan.reportUnread(map, List.of(
        talk(Video.youtube("aaaaaaaaaaa")),
        talk(null, Link.of("Recording", "https://www.youtube.com/watch?v=ddddddddddd"))), sink);
    assertThat(sink.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.ruleId() + " " + d.message())
        .containsExactly(
            "5:3 talks-not-read 2 video links here produced no talk; the first: https://youtu.be/bbbbbbbbbbb",
            "11:3 talks-not-read 1 video link here produced no talk; the first: https://youtu.be/eeeeeeeeeee");
  }

  @Test
  void nothingIsReportedWhenEveryVideoIsATalks() {
    LineMap map = LineMap.of(SourceText.of("t.md", "# T\n\n- https://youtu.be/aaaaaaaaaaa\n"));
    DiagnosticSink sink = new DiagnosticSink("t.md");
    BodyScan.reportUnread(map, List.of(talk(Video.youtube("aaaaaaaaaaa"))), sink);
    assertThat(sink.diagnostics()).isEmpty();
  }
}
