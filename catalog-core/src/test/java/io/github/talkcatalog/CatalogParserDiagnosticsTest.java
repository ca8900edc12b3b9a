package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Talk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogParserDiagnosticsTest {

  private static final CatalogParser LENIENT = CatalogParser.builder().build();
  private static final CatalogParser STRICT = CatalogParser.builder().strictness(Strictness.STRICT).build();

  private static List<String> rules(ParseResult r) {
    return r.diagnostics().stream().map(d -> d.severity().label() + " " + d.ruleId()).toList();
  }

  @Test
  void seedStillGivesItsFiftyThreeTalksWithOneWarningForItsMissingImageFolder() throws Exception {
    Path seed = LayoutFixtureTest.resource("testdata/seed/vllm-pytorch-conference-2025.md");
    ParseResult r = STRICT.parse(seed);
    assertThat(r.catalog().talks()).hasSize(53);
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(seed
        + ":8:1: warning image-not-found: folder 'imgs/' does not exist: 53 images in it are not found,"
        + " the first 'imgs/image1.png'");
  }

  @Test
  void strictModeThrowsWithEveryErrorDiagnostic() throws Exception {
    Path folder = LayoutFixtureTest.resource("testdata/fixtures/l3-index");
    assertThatThrownBy(() -> STRICT.parse(folder))
        .isInstanceOfSatisfying(CatalogParseException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::ruleId, Diagnostic::line, Diagnostic::column)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("link-outside-root", 15, 12)));
  }

  @Test
  void lenientModeReturnsTheSameErrorAsADiagnostic() throws Exception {
    ParseResult r = LENIENT.parse(LayoutFixtureTest.resource("testdata/fixtures/l3-index/README.md"));
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly(
        "State of the Lakehouse", "Streaming Joins", "Vector Search Without Tears", "Escaping the Catalog Root");
  }

  @Test
  void documentWithoutTalksIsAnErrorAndStrictThrows() {
    String text = "# Notes\n\nNothing here but prose.\n";
    assertThat(rules(LENIENT.parse(text))).containsExactly("error no-talks");
    assertThatThrownBy(() -> STRICT.parse(text)).isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("no-talks");
  }

  @Test
  void emptyDocumentHasNoDiagnostics() {
    assertThat(LENIENT.parse("  \n\n").diagnostics()).isEmpty();
  }

  @Test
  void statedCountThatDiffersIsACountMismatchWarning() {
    String text = "# T\n\nThere are 3 talks here.\n\n## A - Ada Quill\n- Video: https://youtu.be/AAAAAAAAAA1\n";
    ParseResult r = LENIENT.parse(text);
    assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "<string>:3:1: warning count-mismatch: the introduction declares 3 talks but 1 were found");
  }

  @Test
  void atLeastIsNotAMismatchWhenMoreAreFoundButIsWhenFewer() {
    String more = "# T\n\nAt least 1 talk, non-exhaustive.\n\n## A\n- Video: https://youtu.be/AAAAAAAAAA1\n\n"
        + "## B\n- Video: https://youtu.be/BBBBBBBBBB2\n";
    assertThat(LENIENT.parse(more).diagnostics()).isEmpty();
    String fewer = "# T\n\nThere are at least 5 talks.\n\n## A\n- Video: https://youtu.be/AAAAAAAAAA1\n";
    assertThat(rules(LENIENT.parse(fewer))).containsExactly("warning count-mismatch");
  }

  @Test
  void duplicateVideoIsAWarningOnTheSecondTalk() {
    String text = "# T\n\n## A\n- Video: https://youtu.be/AAAAAAAAAA1\n\n## B\n- Video: https://www.youtube.com/watch?v=AAAAAAAAAA1\n";
    assertThat(LENIENT.parse(text).diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "<string>:6:4: warning duplicate-video: talk 2 has the same video as talk 1 (https://www.youtube.com/watch?v=AAAAAAAAAA1)");
  }

  @Test
  void headingWithoutSpaceIsReadWithAnInfo() {
    ParseResult r = LENIENT.parse("# T\n\n##Talk - Ada Quill\n- Video: https://youtu.be/AAAAAAAAAA1\n");
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Talk");
    assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "<string>:3:3: info heading-without-space: heading written without a space after its '#' marks; read as a heading");
  }

  @Test
  void indexParsedFromMemoryDoesNotReadPagesAndSaysSo() {
    String text = "# T\n\n1. Talk One Ada Quill\n- Details: [one](items/one.md)\n";
    ParseResult r = LENIENT.parse(text);
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("Talk One");
      assertThat(t.speakers()).extracting(s -> s.name()).containsExactly("Ada Quill");
      assertThat(t.index()).hasValue(1);
    });
    assertThat(rules(r)).containsExactly("info detail-page-not-read");
  }

  @Test
  void undecodableBytesAreAnErrorButTheRestIsRead(@TempDir Path dir) throws Exception {
    byte[] head = "# T\n\n## Talk - Ada Quill\n- Video: https://youtu.be/AAAAAAAAAA1\n\nAbout ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    Path file = dir.resolve("catalog.md");
    Files.write(file, bytes);
    ParseResult r = LENIENT.parse(file);
    assertThat(r.catalog().talks()).hasSize(1);
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("undecodable-bytes", 6));
  }

  @Test
  void folderWithoutIndexFileIsAUsageError(@TempDir Path dir) {
    assertThatThrownBy(() -> LENIENT.parse(dir)).isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("no index file");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "../outside/page.md", "items/../../outside/page.md", "%2e%2e/outside/page.md",
      "items%2f..%2f..%2foutside%2fpage.md", "/etc/hostname", "file:///etc/hostname", "C:/x/page.md",
      "\\\\server\\share\\page.md", "~/page.md"})
  void detailLinksThatLeaveTheRootAreRefused(String link, @TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("catalog"));
    Files.createDirectories(dir.resolve("outside"));
    Files.writeString(dir.resolve("outside/page.md"), "# Secret - Eve Null\n- Video: https://youtu.be/SSSSSSSSSS1\n");
    Files.writeString(root.resolve("README.md"), "# T\n\n1. Talk One Ada Quill\n- Details: [one](" + link + ")\n");
    ParseResult r = LENIENT.parse(root);
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("Talk One");
      assertThat(t.video()).isEmpty();
    });
    assertThat(rules(r)).containsExactly("error link-outside-root");
  }

  @Test
  void symbolicLinkLeadingOutIsRefusedAndOneStayingInsideIsFollowed(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("catalog"));
    Files.writeString(dir.resolve("secret.md"), "# Secret - Eve Null\n- Video: https://youtu.be/SSSSSSSSSS1\n");
    Files.createDirectories(root.resolve("items"));
    Files.writeString(root.resolve("items/real.md"), "# Talk Two - Bo Tran\n- Video: https://youtu.be/BBBBBBBBBB2\n");
    Files.createSymbolicLink(root.resolve("items/out.md"), dir.resolve("secret.md"));
    Files.createSymbolicLink(root.resolve("items/in.md"), root.resolve("items/real.md"));
    Files.writeString(root.resolve("README.md"), "# T\n\n1. Talk One Ada Quill\n- Details: [one](items/out.md)\n\n"
        + "2. Talk Two Bo Tran\n- Details: [two](items/in.md)\n");
    ParseResult r = LENIENT.parse(root);
    assertThat(r.catalog().talks()).extracting(Talk::heading)
        .containsExactly("Talk One Ada Quill", "Talk Two - Bo Tran");
    assertThat(r.catalog().talks().get(1).video().flatMap(v -> v.id())).hasValue("BBBBBBBBBB2");
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("link-outside-root", 4));
  }

  @Test
  void detailPageDiagnosticsNameThePageAndImagesAreRewrittenToTheRoot(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("items/one"));
    Files.writeString(dir.resolve("items/one/index.md"), "# Talk One - Ada Quill\n\n- Index: 7\n\n![shot](./imgs/a.png)\n");
    Files.writeString(dir.resolve("README.md"), "# T\n\n1. Talk One Ada Quill\n- Details: [one](items/one/index.md)\n");
    ParseResult r = LENIENT.parse(dir);
    Talk t = r.catalog().talks().get(0);
    assertThat(t.index()).hasValue(7);
    assertThat(t.image().map(i -> i.src())).hasValue("items/one/imgs/a.png");
    String page = dir.resolve("items/one/index.md").toString();
    assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        page + ":1:3: warning missing-video: talk 'Talk One' has no video link",
        page + ":5:1: warning image-not-found: image 'items/one/imgs/a.png' does not exist");
  }
}
