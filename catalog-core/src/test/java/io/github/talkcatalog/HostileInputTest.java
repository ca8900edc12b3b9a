package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Talk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failure classes known from other Markdown and URL parsers, one test each. */
class HostileInputTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static ParseResult parse(String markdown) {
    return PARSER.parse(markdown);
  }

  private static String talkWithLink(String url) {
    return "# C\n\n## Talk - Ada Quill\n- Link: " + url + "\n";
  }

  private static List<String> diagnostics(ParseResult r) {
    return r.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void unresolvedBracketsAndTagLikeTextAreKeptAsWritten() {
    ParseResult r = parse("""
        # C

        ## Keynote: Arrays [Part 1] and a[i] - Ann Lee
        - Link: https://youtu.be/AAAAAAAAAA1

        ## Generic Vec<T> in Rust - Bo Tran
        - Link: https://youtu.be/BBBBBBBBBB2

        Uses <b>bold</b> words, a [note][n] and Map<K, V>.
        """);

    assertThat(r.catalog().talks()).extracting(Talk::heading)
        .containsExactly("Keynote: Arrays [Part 1] and a[i] - Ann Lee", "Generic Vec<T> in Rust - Bo Tran");
    assertThat(r.catalog().talks()).extracting(Talk::title)
        .containsExactly("Arrays [Part 1] and a[i]", "Generic Vec<T> in Rust");
    assertThat(r.catalog().talks().get(0).labels()).containsExactly("Keynote");
    assertThat(r.catalog().talks().get(1).summary()).hasValue("Uses bold words, a [note][n] and Map<K, V>.");
  }

  @Test
  void referenceStyleLinksAndImagesAreLinks() {
    ParseResult r = parse("""
        # C

        ## Talk - Ann Lee
        - Link: https://youtu.be/AAAAAAAAAA1

        A summary with [the slides][s].

        ![a screenshot][shot]

        [s]: https://example.com/slides.pdf
        [shot]: imgs/shot.png
        """);

    Talk t = r.catalog().talks().get(0);
    assertThat(t.summary()).hasValue("A summary with the slides.");
    assertThat(t.image()).hasValueSatisfying(i -> assertThat(i.src()).isEqualTo("imgs/shot.png"));
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFirstHeading() {
    String text = "# Catalog\n\n## Talk - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);

    for (ParseResult r : List.of(parse("\uFEFF" + text), PARSER.parse(withBom))) {
      assertThat(r.catalog().title()).isEqualTo("Catalog");
      assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Talk");
      assertThat(r.diagnostics()).isEmpty();
    }
  }

  @Test
  void aLongSentenceOverARuleIsTheTalksSummaryNotANewTalk() {
    String text = "# C\n\n## Talk - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n"
        + "We show how columnar engines share work across many concurrent queries.\n---\n\n"
        + "## Next - Bo Tran\n- Link: https://youtu.be/BBBBBBBBBB2\n\nShort\n---\n";

    ParseResult r = parse(text);

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Talk", "Next", "Short");
    assertThat(r.catalog().talks().get(0).summary())
        .hasValue("We show how columnar engines share work across many concurrent queries.");
    assertThat(diagnostics(r)).containsExactly(
        "<string>:6:1: info summary-before-rule: a sentence followed by '---' is read as the talk's summary"
            + " and a rule, not as a heading",
        "<string>:12:1: warning missing-video: talk 'Short' has no video link");
  }

  @Test
  void headingsWithoutASpaceAreReadWithAnInfo() {
    ParseResult r = parse("# C\n\n##NoSpace - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n#hashtag\n");

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("NoSpace");
    assertThat(diagnostics(r)).containsExactly(
        "<string>:3:3: info heading-without-space: heading written without a space after its '#' marks;"
            + " read as a heading");
  }

  @Test
  void fourSpaceIndentedHeadingsAreCode() {
    ParseResult r = parse("# C\n\n## Talk - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n"
        + "    ## Not a talk - Bo Tran\n");

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Talk");
    assertThat(diagnostics(r)).containsExactly(
        "<string>:6:1: warning heading-indented: 1 line indented by four or more spaces would be a heading;"
            + " read as code or as part of the item above, not as a heading");
  }

  @Test
  void aByteOrderMarkInTheMiddleIsTakenOutAndTheTalkAfterItRead() {
    ParseResult r = parse("# C\n\n## First - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\nAbout it.\n"
        + "\uFEFF## Second - Bo Tran\n- Link: https://youtu.be/BBBBBBBBBB2\n");

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("First", "Second");
    assertThat(r.catalog().talks().get(0).summary()).hasValue("About it.");
    assertThat(diagnostics(r)).containsExactly(
        "<string>:7:1: warning control-characters: 1 control character or byte-order mark"
            + " (U+0001-U+001F but tab and line ends, U+007F-U+009F, U+FEFF) taken out of the text");
  }

  @Test
  void controlCharactersAreTakenOutOfHeadingsAndSummaries() {
    ParseResult r = parse("# C\n\n## Red \u001B[31mtext\u001B[0m - Ada Quill\u0007\n"
        + "- Link: https://youtu.be/AAAAAAAAAA1\n\nAbout\u001B]0;x\u0007 it.\n");

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Red [31mtext[0m");
    assertThat(r.catalog().talks().get(0).speakers()).extracting(s -> s.name()).containsExactly("Ada Quill");
    assertThat(r.catalog().talks().get(0).summary()).hasValue("About]0;x it.");
    assertThat(diagnostics(r)).containsExactly(
        "<string>:3:8: warning control-characters: 5 control characters or byte-order marks"
            + " (U+0001-U+001F but tab and line ends, U+007F-U+009F, U+FEFF) taken out of the text");
  }

  @Test
  void codeBlocksFootnotesAndHtmlInATalksBodyAreReported() {
    ParseResult r = parse("""
        # C

        ## Talk - Ada Quill
        - Link: https://youtu.be/AAAAAAAAAA1

        About it.

        ```
        make talk
        ```

        <div>An aside about the talk.</div>

        A note[^1].

        [^1]: The footnote.
        """);

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Talk");
    assertThat(diagnostics(r)).containsExactly(
        "<string>:8:1: info body-not-read: a code block in the body of talk 'Talk' is not part of the talk",
        "<string>:12:1: info body-not-read: an HTML block in the body of talk 'Talk' is not part of the talk",
        "<string>:16:1: info body-not-read: a footnote in the body of talk 'Talk' is not part of the talk");
  }

  @Test
  void imagePathsWithSpaces(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("my images"));
    Files.write(dir.resolve("my images/talk one.png"), new byte[] {1});
    Files.writeString(dir.resolve("README.md"), "# C\n\n## Talk - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n"
        + "![](<my images/talk one.png>)\n\n## Two - Bo Tran\n- Link: https://youtu.be/BBBBBBBBBB2\n\n"
        + "![](my%20images/talk%20one.png)\n\n## Three - Cy Park\n- Link: https://youtu.be/CCCCCCCCCC3\n\n"
        + "![](my images/talk one.png)\n");

    ParseResult r = PARSER.parse(dir);

    assertThat(r.catalog().talks()).extracting(t -> t.image().orElseThrow().src())
        .containsExactly("my images/talk one.png", "my%20images/talk%20one.png", "my images/talk one.png");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void escapedAmpersandsInUrls() {
    ParseResult r = parse(talkWithLink("https://www.youtube.com/watch?v=AAAAAAAAAA1&amp;t=90"));

    assertThat(r.catalog().talks().get(0).video().orElseThrow().id()).hasValue("AAAAAAAAAA1");
    assertThat(r.catalog().talks().get(0).video().orElseThrow().start()).hasValue(90);
  }

  @Test
  void theVideoParameterNeedNotComeFirst() {
    ParseResult r = parse(talkWithLink("https://www.youtube.com/watch?list=PL0&index=3&v=AAAAAAAAAA1&t=1m5s"));

    assertThat(r.catalog().talks().get(0).video().orElseThrow().id()).hasValue("AAAAAAAAAA1");
    assertThat(r.catalog().talks().get(0).video().orElseThrow().start()).hasValue(65);
  }

  @Test
  void videoseriesIsNotAVideoId() {
    ParseResult r = parse(talkWithLink("https://www.youtube.com/embed/videoseries?list=PLexample"));

    assertThat(r.catalog().talks().get(0).video().flatMap(v -> v.id())).isEmpty();
  }

  @Test
  void lookalikeHostsAreNotYouTube() {
    for (String url : List.of("https://youtube.com.example.net/watch?v=AAAAAAAAAA1",
        "https://www.youtube.com@evil.example/watch?v=AAAAAAAAAA1",
        "https://notyoutube.com/watch?v=AAAAAAAAAA1", "https://youtu.be.example.org/AAAAAAAAAA1")) {
      ParseResult r = parse(talkWithLink(url));
      assertThat(r.catalog().talks().get(0).video().flatMap(v -> v.id())).as(url).isEmpty();
    }
  }

  @Test
  void aParserSharedAcrossThreadsGivesTheSameResults() throws Exception {
    String seed = Seed.text();
    ParseResult expected = PARSER.parse(seed);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ParseResult>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> PARSER.parse(seed)));
      }
      for (Future<ParseResult> run : runs) {
        ParseResult r = run.get();
        assertThat(r.catalog()).isEqualTo(expected.catalog());
        assertThat(r.diagnostics()).isEqualTo(expected.diagnostics());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.catalog().talks()).hasSize(53);
  }
}
