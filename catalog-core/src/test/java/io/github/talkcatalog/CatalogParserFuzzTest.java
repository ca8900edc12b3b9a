package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Talk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Properties of the parser on any input. Committed inputs under {@code CatalogParserFuzzTestInputs/}
 * replay on every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CatalogParserFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static final CatalogParser SMALL_LIMITS = CatalogParser.builder()
      .limits(ParseLimits.defaults().withMaxInputBytes(2048).withMaxTalks(3).withMaxLineLength(120)
          .withMaxNestingDepth(4).withMaxDiagnostics(5))
      .build();

  /** The parser never throws on text, and what it returns is well formed. */
  @FuzzTest(maxDuration = "30s")
  @Timeout(PER_INPUT_SECONDS)
  void parserNeverThrowsOnArbitraryText(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ParseResult result = PARSER.parse(text);
    checkWellFormed(result, text);
  }

  /**
   * The parser never throws on bytes (UTF-8, UTF-16 with a byte-order mark, or neither), with small
   * limits so that every limit is reached often; what it returns is well formed, undecodable bytes
   * are reported with their offset, and no limit is exceeded in the result.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(PER_INPUT_SECONDS)
  void parserNeverThrowsOnArbitraryBytes(byte[] data) {
    ParseResult result = SMALL_LIMITS.parse(data);
    ParseLimits limits = SMALL_LIMITS.limits();
    assertThat(result.catalog().talks().size()).isLessThanOrEqualTo(limits.maxTalks());
    assertThat(result.diagnostics().size()).isLessThanOrEqualTo(limits.maxDiagnostics() + 1);
    for (Talk talk : result.catalog().talks()) {
      // a summary joins the lines of a paragraph: bounded by the input read, not by one line
      talk.summary().ifPresent(s -> assertThat((long) s.length()).isLessThanOrEqualTo(limits.maxInputBytes()));
    }
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.ruleId()).matches("[a-z]+(-[a-z]+)*");
      if (d.ruleId().equals("undecodable-bytes")) {
        assertThat(d.message()).matches("bytes that are not UTF-(8|16LE|16BE) at byte offset \\d+.*");
      }
    }
  }

  /**
   * Mutations of the fixtures (the committed inputs are the fixture catalogs) read from disk, so
   * detail links and image checks run too; the parser never throws and never reports a position
   * outside the file.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(PER_INPUT_SECONDS)
  void parserNeverThrowsOnMutatedFixturesReadFromDisk(byte[] data) throws Exception {
    Path dir = Files.createTempDirectory("catalog-fuzz");
    try {
      Path file = dir.resolve("README.md");
      Files.write(file, data);
      ParseResult result = PARSER.parse(dir);
      checkWellFormed(result, new String(data, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(dir.resolve("README.md"));
      Files.deleteIfExists(dir);
    }
  }

  private static void checkWellFormed(ParseResult result, String text) {
    List<Talk> talks = result.catalog().talks();
    for (int i = 0; i < talks.size(); i++) {
      assertThat(talks.get(i).position()).isEqualTo(i + 1);
    }
    long lines = text.lines().count() + 1;
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.ruleId()).matches("[a-z]+(-[a-z]+)*");
      if (d.source().endsWith("README.md") || d.source().equals(CatalogParser.STRING_SOURCE)) {
        assertThat((long) d.line()).isLessThanOrEqualTo(lines);
      }
    }
    boolean blank = text.replace("\uFEFF", "").isBlank();
    if (talks.isEmpty() && !blank) {
      assertThat(result.hasErrors()).isTrue();
    }
  }
}
