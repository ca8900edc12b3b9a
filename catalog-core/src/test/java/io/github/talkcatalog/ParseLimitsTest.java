package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Talk;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseLimitsTest {

  private static String talk(int n) {
    return "## Talk number " + n + " - Ada Quill\n- Link: https://www.youtube.com/watch?v=AAAAAAAAA" + (10 + n % 90)
        + "\n\n";
  }

  private static String catalog(int talks) {
    StringBuilder b = new StringBuilder("# Limits\n\n");
    for (int i = 1; i <= talks; i++) {
      b.append(talk(i));
    }
    return b.toString();
  }

  private static List<String> limitMessages(ParseResult r) {
    return r.diagnostics().stream().filter(d -> d.ruleId().equals("limit-exceeded"))
        .map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
  }

  @Test
  void defaultsAreTheDocumentedConstants() {
    ParseLimits d = ParseLimits.defaults();
    assertThat(d.maxInputBytes()).isEqualTo(ParseLimits.DEFAULT_MAX_INPUT_BYTES).isEqualTo(32L << 20);
    assertThat(d.maxTalks()).isEqualTo(ParseLimits.DEFAULT_MAX_TALKS).isEqualTo(100_000);
    assertThat(d.maxLineLength()).isEqualTo(ParseLimits.DEFAULT_MAX_LINE_LENGTH).isEqualTo(1_000_000);
    assertThat(d.maxNestingDepth()).isEqualTo(ParseLimits.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(64);
    assertThat(d.maxDiagnostics()).isEqualTo(ParseLimits.DEFAULT_MAX_DIAGNOSTICS).isEqualTo(10_000);
    assertThat(CatalogParser.builder().build().limits()).isEqualTo(d);
    assertThat(d.withMaxTalks(5)).isNotEqualTo(d).extracting(ParseLimits::maxTalks).isEqualTo(5);
    assertThat(d.withMaxTalks(5).maxLineLength()).isEqualTo(d.maxLineLength());
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThatThrownBy(() -> ParseLimits.defaults().withMaxLineLength(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxLineLength must be >= 1, was 0");
    assertThatThrownBy(() -> CatalogParser.builder().maxInputBytes(-3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxInputBytes must be >= 1, was -3");
  }

  @Test
  void talksBeyondTheLimitAreNotRead() {
    ParseResult r = CatalogParser.builder().maxTalks(3).build().parse(catalog(5));

    assertThat(r.catalog().talks()).extracting(Talk::title)
        .containsExactly("Talk number 1", "Talk number 2", "Talk number 3");
    assertThat(limitMessages(r)).containsExactly(
        "12:4 more than 3 talks; this talk and the 1 after it are not read");
  }

  @Test
  void inputBeyondTheLimitIsCutAtTheLastCompleteLine() {
    String text = catalog(4);
    int limit = text.indexOf("## Talk number 3") + 10;
    ParseResult chars = CatalogParser.builder().maxInputBytes(limit).build().parse(text);
    ParseResult bytes = CatalogParser.builder().maxInputBytes(limit).build()
        .parse(text.getBytes(StandardCharsets.UTF_8));

    for (ParseResult r : List.of(chars, bytes)) {
      assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Talk number 1", "Talk number 2");
      assertThat(r.hasErrors()).isTrue();
    }
    assertThat(limitMessages(chars)).containsExactly(
        "8:0 input larger than " + limit + " characters; only the first " + (limit - 10)
            + " characters (8 lines) are read");
    assertThat(limitMessages(bytes)).containsExactly(
        "8:0 input larger than " + limit + " bytes; only the first " + (limit - 10) + " bytes (8 lines) are read");
  }

  @Test
  void longLinesAreCutAndTheRestStillParses() {
    String text = "# T\n\n## Long - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\nSummary "
        + "x".repeat(500) + "\n\n## Short - Bo Tran\n- Link: https://youtu.be/BBBBBBBBBB2\n";

    ParseResult r = CatalogParser.builder().maxLineLength(100).build().parse(text);

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Long", "Short");
    assertThat(r.catalog().talks().get(0).summary()).hasValue("Summary " + "x".repeat(92));
    assertThat(limitMessages(r)).containsExactly("6:101 1 line longer than 100 characters; the rest of each is ignored");
  }

  @Test
  void diagnosticsBeyondTheLimitAreCountedInOne() {
    StringBuilder b = new StringBuilder("# T\n\n");
    for (int i = 1; i <= 6; i++) {
      b.append("## Talk ").append(i).append(" - Ada Quill\n\n");
    }
    ParseResult all = CatalogParser.builder().build().parse(b.toString());
    ParseResult kept = CatalogParser.builder().maxDiagnostics(2).build().parse(b.toString());

    assertThat(all.diagnostics()).extracting(Diagnostic::ruleId).containsOnly("missing-video").hasSize(6);
    assertThat(kept.diagnostics()).hasSize(3);
    assertThat(kept.diagnostics().subList(0, 2)).isEqualTo(all.diagnostics().subList(0, 2));
    assertThat(kept.diagnostics().get(2).toString())
        .isEqualTo("<string>:0:0: error limit-exceeded: 4 more diagnostics not kept (at most 2)");
  }

  @Test
  void nestingBeyondTheLimitIsFlattened() {
    String text = "# T\n\n## Deep - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n"
        + "> ".repeat(10) + "quoted\n";

    ParseResult r = CatalogParser.builder().maxNestingDepth(4).build().parse(text);

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Deep");
    assertThat(limitMessages(r)).containsExactly(
        "6:0 1 line nested deeper than 4 levels (block quotes, lists, emphasis or brackets);"
            + " the markers beyond are read as text or dropped");
  }

  @Test
  void strictModeThrowsWhenALimitIsReached() {
    CatalogParser strict = CatalogParser.builder().strictness(Strictness.STRICT).maxTalks(1).build();

    assertThatThrownBy(() -> strict.parse(catalog(2)))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageContaining("limit-exceeded: more than 1 talks");
    assertThat(strict.parse(catalog(1)).catalog().talks()).hasSize(1);
  }
}
