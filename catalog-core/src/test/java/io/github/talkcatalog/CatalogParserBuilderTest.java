package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogParserBuilderTest {

  private static final String LABELLED = """
      # Labels

      ## Deep Dive: Tuning the Planner - Ada Quill
      - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

      ## Keynote: Opening Words - Bo Tran
      - Link: https://www.youtube.com/watch?v=AAAAAAAAAA2
      """;

  private static List<String> labelsAndTitles(CatalogParser parser) {
    return parser.parse(LABELLED).catalog().talks().stream()
        .map(t -> t.labels() + " " + t.title()).toList();
  }

  @Test
  void standardIsOneSharedParserWithTheDefaults() {
    assertThat(CatalogParser.standard()).isSameAs(CatalogParser.standard());
    assertThat(CatalogParser.standard().limits()).isEqualTo(ParseLimits.defaults());
    assertThat(labelsAndTitles(CatalogParser.standard())).containsExactly(
        "[] Deep Dive: Tuning the Planner", "[Keynote] Opening Words");
  }

  @Test
  void addLabelsKeepsTheDefaultsWhileLabelsReplacesThem() {
    assertThat(labelsAndTitles(CatalogParser.builder().addLabels(List.of("Deep Dive", "keynote")).build()))
        .containsExactly("[Deep Dive] Tuning the Planner", "[Keynote] Opening Words");
    assertThat(labelsAndTitles(CatalogParser.builder().labels(List.of("Deep Dive")).build()))
        .containsExactly("[Deep Dive] Tuning the Planner", "[] Keynote: Opening Words");
    assertThat(labelsAndTitles(CatalogParser.builder().labels(List.of()).addLabels(List.of("Keynote")).build()))
        .containsExactly("[] Deep Dive: Tuning the Planner", "[Keynote] Opening Words");
  }

  @Test
  void defaultLabelsArePublicAndUnmodifiable() {
    assertThat(CatalogParser.DEFAULT_LABELS).startsWith("Keynote", "Sponsor Keynote").contains("Lightning Talk");
    assertThatThrownBy(() -> CatalogParser.DEFAULT_LABELS.add("Deep Dive"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CatalogParser.builder().addLabels(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a label must not be blank");
  }

  @Test
  void disabledRulesAreNotReportedAndStrictModeIgnoresThem() {
    String noTalks = "# Notes\n\nJust prose.\n";
    CatalogParser strict = CatalogParser.builder().strictness(Strictness.STRICT)
        .disable(Rules.NO_TALKS).build();
    assertThat(strict.parse(noTalks).diagnostics()).isEmpty();
    String noTitle = "## Talk - Ada Quill\n\nNo video.\n";
    assertThat(CatalogParser.standard().parse(noTitle).diagnostics()).extracting(Diagnostic::ruleId)
        .containsExactly(Rules.MISSING_TITLE, Rules.MISSING_VIDEO);
    assertThat(CatalogParser.builder().disable(Rules.MISSING_VIDEO).build().parse(noTitle).diagnostics())
        .extracting(Diagnostic::ruleId).containsExactly(Rules.MISSING_TITLE);
  }

  @Test
  void anUnknownRuleIdIsRefusedAtOnce() {
    assertThatThrownBy(() -> CatalogParser.builder().disable("image-missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown rule id 'image-missing'; the rule ids are listed in docs/diagnostics.md and Rules.ALL");
  }

  @Test
  void disablingImageNotFoundSkipsTheImageCheckButKeepsTheImage(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("talks.md"), """
        # Pictures

        ## Talk One - Ada Quill
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

        ![](shots/one.png)
        """);
    assertThat(CatalogParser.standard().parse(file).diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(file + ":6:1: warning image-not-found: image 'shots/one.png' does not exist");
    ParseResult r = CatalogParser.builder().disable(Rules.IMAGE_NOT_FOUND).build().parse(file);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.catalog().talks()).flatExtracting(t -> t.image().map(i -> i.src()).stream().toList())
        .containsExactly("shots/one.png");
  }

  @Test
  void imagesOfAMissingFolderAreOneDiagnosticButAnExistingFoldersAreEach(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("here"));
    Path file = Files.writeString(dir.resolve("talks.md"), """
        # Pictures

        ## Talk One - Ada Quill
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

        ![](gone/one.png)

        ## Talk Two - Bo Tran
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA2

        ![](here/two.png)

        ## Talk Three - Kai Moreno
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA3

        ![](gone/three.png)

        ## Talk Four - Lena Ortiz
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA4

        ![](here/four.png)
        """);
    assertThat(CatalogParser.standard().parse(file).warnings()).extracting(Diagnostic::toString)
        .containsExactly(
            file + ":6:1: warning image-not-found: folder 'gone/' does not exist: 2 images in it are"
                + " not found, the first 'gone/one.png'",
            file + ":11:1: warning image-not-found: image 'here/two.png' does not exist",
            file + ":21:1: warning image-not-found: image 'here/four.png' does not exist");
  }

  @Test
  void errorsAndWarningsAreTheDiagnosticsOfThatSeverity() {
    ParseResult r = CatalogParser.standard().parse("""
        Intro without a title.

        ##Talk - Ada Quill
        """);
    assertThat(r.diagnostics()).extracting(Diagnostic::severity, Diagnostic::ruleId).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, Rules.MISSING_TITLE),
        org.assertj.core.groups.Tuple.tuple(Severity.INFO, Rules.HEADING_WITHOUT_SPACE),
        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, Rules.MISSING_VIDEO));
    assertThat(r.warnings()).extracting(Diagnostic::ruleId)
        .containsExactly(Rules.MISSING_TITLE, Rules.MISSING_VIDEO);
    assertThat(r.errors()).isEmpty();
    assertThat(CatalogParser.standard().parse("# T\n\nprose\n").errors()).extracting(Diagnostic::ruleId)
        .containsExactly(Rules.NO_TALKS);
  }

  @Test
  void talksAreStillReadTheSameWithRulesOff() {
    List<Talk> before = CatalogParser.standard().parse(Seed.text()).catalog().talks();
    List<Talk> after = CatalogParser.builder().disable(Rules.ALL.toArray(String[]::new)).build()
        .parse(Seed.text()).catalog().talks();
    assertThat(after).isEqualTo(before);
  }
}
