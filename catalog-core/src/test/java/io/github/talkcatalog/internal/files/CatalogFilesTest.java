package io.github.talkcatalog.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.ParseLimits;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.plan.Structure;
import io.github.talkcatalog.internal.sections.InputLimits;
import io.github.talkcatalog.internal.source.CatalogRoot;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Video;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detail pages and images on disk, with the page reader handed in as a function: here a small
 * invented one (first heading = title, a line {@code video ID} = the video), so these tests need no
 * layout reader.
 */
class CatalogFilesTest {

  @TempDir
  Path folder;

  /** The pages the reader was given, by their first line. */
  private final List<String> pagesRead = new ArrayList<>();

  private final Function<LineMap, TalkDraft> reader = map -> {
    pagesRead.add(map.source().line(1));
    TalkDraft.Builder b = new TalkDraft.Builder();
    if (!map.headings().isEmpty()) {
      Heading h = map.headings().get(0);
      b.line = h.line();
      b.column = h.column();
      b.heading = h.rawText();
      b.title = h.rawText();
    }
    for (String line : map.source().lines()) {
      if (line.startsWith("video ")) {
        b.video = Video.youtube(line.substring(6));
      }
    }
    b.summary = "From the page.";
    return b.build();
  };

  private static TalkDraft entry(String title, int line, String detailLink) {
    TalkDraft.Builder b = new TalkDraft.Builder();
    b.line = line;
    b.column = 3;
    b.heading = title;
    b.title = title;
    b.detailLink = detailLink;
    b.detailLine = line + 1;
    b.detailColumn = 5;
    return b.build();
  }

  private static CatalogDraft draft(TalkDraft... talks) {
    return new CatalogDraft("Index", null, 0, null, null, false, List.of(talks), Structure.NONE);
  }

  private CatalogFiles files(ParseLimits limits, boolean checkImages) throws IOException {
    return new CatalogFiles(CatalogRoot.of(folder), reader, new InputLimits(limits), checkImages);
  }

  private static List<String> described(DiagnosticSink sink) {
    return sink.diagnostics().stream()
        .map(d -> Path.of(d.source()).getFileName() + ":" + d.line() + ":" + d.column() + " " + d.ruleId()
            + " " + d.message())
        .toList();
  }

  private void write(String relative, String text) throws IOException {
    Path p = folder.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void aPageLinkedFromTwoEntriesIsReadOnceAndItsHeadingWins() throws IOException {
    write("talks/one.md", "# Caching at the Edge - Ann Lee\n\nvideo aaaaaaaaaaa\n");
    DiagnosticSink sink = new DiagnosticSink(folder.resolve("README.md").toString());
    CatalogDraft done = files(ParseLimits.defaults(), true).complete(
        draft(entry("Caching", 3, "talks/one.md"), entry("Caching again", 7, "talks/one.md")), "", sink);

    assertThat(pagesRead).containsExactly("# Caching at the Edge - Ann Lee");
    assertThat(done.talks()).extracting(TalkDraft::title)
        .containsExactly("Caching at the Edge - Ann Lee", "Caching at the Edge - Ann Lee");
    assertThat(done.talks()).extracting(TalkDraft::video)
        .containsExactly(Video.youtube("aaaaaaaaaaa"), Video.youtube("aaaaaaaaaaa"));
    assertThat(done.talks()).extracting(TalkDraft::line).containsExactly(3, 7);
    assertThat(done.talks().get(0).summary()).isEqualTo("From the page.");
    assertThat(sink.diagnostics()).isEmpty();
  }

  @Test
  void aPageWithoutVideoIsReportedOnThePage() throws IOException {
    write("two.md", "text first\n\n# Queues Without Tears\n");
    DiagnosticSink sink = new DiagnosticSink(folder.resolve("README.md").toString());
    files(ParseLimits.defaults(), true).complete(draft(entry("Queues", 3, "two.md")), "", sink);
    assertThat(described(sink)).containsExactly(
        "two.md:3:3 missing-video talk 'Queues Without Tears' has no video link");
  }

  @Test
  void linksThatLeadNowhereReadableKeepTheIndexLine() throws IOException {
    DiagnosticSink sink = new DiagnosticSink(folder.resolve("README.md").toString());
    CatalogDraft done = files(ParseLimits.defaults(), true).complete(draft(
        entry("Missing", 3, "talks/none.md"),
        entry("Outside", 10, "../secret.md"),
        entry("Remote", 20, "https://example.org/talk")), "", sink);

    assertThat(pagesRead).isEmpty();
    assertThat(done.talks()).extracting(TalkDraft::title).containsExactly("Missing", "Outside", "Remote");
    assertThat(done.talks().get(2).links()).containsExactly(Link.of("Details", "https://example.org/talk"));
    assertThat(described(sink)).containsExactly(
        "README.md:4:5 missing-detail-page detail page 'talks/none.md' does not exist; talk 'Missing' is"
            + " listed from its index line",
        "README.md:11:5 link-outside-root detail link '../secret.md' leads outside the catalog folder (it"
            + " climbs out with '..'); not followed, talk 'Outside' is listed from its index line");
  }

  @Test
  void withoutARootNoPageIsReadAndTheIndexLineStands() {
    DiagnosticSink sink = new DiagnosticSink("<string>");
    CatalogFiles files = new CatalogFiles(null, reader, new InputLimits(ParseLimits.defaults()), true);
    CatalogDraft done = files.complete(draft(entry("Caching", 3, "talks/one.md")), "", sink);
    assertThat(pagesRead).isEmpty();
    assertThat(done.talks().get(0).title()).isEqualTo("Caching");
    assertThat(described(sink)).containsExactly("<string>:4:5 detail-page-not-read detail page 'talks/one.md'"
        + " is read only when parsing from a file or folder; talk 'Caching' is listed from its index line");
  }

  @Test
  void pagesTogetherMayHoldNoMoreThanTheInputLimit() throws IOException {
    write("a.md", "# First Page Title\nvideo aaaaaaaaaaa\n");
    write("b.md", "# Second Page Title\nvideo bbbbbbbbbbb\n");
    DiagnosticSink sink = new DiagnosticSink(folder.resolve("README.md").toString());
    CatalogDraft done = files(ParseLimits.defaults().withMaxInputBytes(50), true)
        .complete(draft(entry("A", 3, "a.md"), entry("B", 5, "b.md")), "", sink);
    assertThat(pagesRead).containsExactly("# First Page Title");
    assertThat(done.talks()).extracting(TalkDraft::title).containsExactly("First Page Title", "B");
    assertThat(described(sink)).containsExactly("README.md:6:5 limit-exceeded detail page 'b.md' not read:"
        + " the detail pages of one catalog may hold at most 50 bytes together");
  }

  @Test
  void missingImagesAreReportedOneByOneOrOncePerMissingFolder() throws IOException {
    write("img/here.png", "png");
    DiagnosticSink sink = new DiagnosticSink(folder.resolve("README.md").toString());
    CatalogDraft done = files(ParseLimits.defaults(), true).complete(draft(
        image("One", 3, "img/here.png"), image("Two", 5, "img/gone.png"),
        image("Three", 7, "shots/a.png"), image("Four", 9, "shots/b.png"),
        image("Remote", 11, "https://example.org/x.png")), "", sink);
    assertThat(done.talks()).allMatch(TalkDraft::imageChecked);
    assertThat(described(sink)).containsExactly(
        "README.md:6:2 image-not-found image 'img/gone.png' does not exist",
        "README.md:8:2 image-not-found folder 'shots/' does not exist: 2 images in it are not found, the first"
            + " 'shots/a.png'");

    DiagnosticSink quiet = new DiagnosticSink(folder.resolve("README.md").toString());
    files(ParseLimits.defaults(), false).complete(draft(image("Two", 5, "img/gone.png")), "", quiet);
    assertThat(quiet.diagnostics()).isEmpty();
  }

  @Test
  void aDraftWithNothingOnDiskIsHandedBackAsItIs() throws IOException {
    CatalogDraft d = draft(entry("Plain", 3, null));
    DiagnosticSink sink = new DiagnosticSink(folder.resolve("README.md").toString());
    assertThat(files(ParseLimits.defaults(), true).complete(d, "", sink)).isSameAs(d);
  }

  private static TalkDraft image(String title, int line, String src) {
    TalkDraft.Builder b = entry(title, line, null).toBuilder();
    b.image = Image.of(src, title);
    b.imageLine = line + 1;
    b.imageColumn = 2;
    return b.build();
  }
}
