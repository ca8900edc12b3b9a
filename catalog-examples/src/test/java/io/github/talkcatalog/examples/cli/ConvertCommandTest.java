package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog convert}: the input format comes from the content, the output from {@code --to}. */
class ConvertCommandTest {

  @Test
  void markdownToJsonIsWhatParsePrints() {
    String markdown = CliRun.testdata("fixtures/l1-mini/catalog.md");

    CliRun convert = CliRun.of("convert", markdown, "--to", "json");
    CliRun parse = CliRun.of("parse", markdown);

    assertThat(convert.exitCode()).isZero();
    assertThat(convert.out()).isEqualTo(parse.out());
    assertThat(convert.out()).contains("\"title\": \"Data-at-Example-Summit-2026\"");
  }

  @Test
  void jsonIsDetectedByItsContentWhateverTheFileName(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("catalog.md");
    Files.writeString(json, "\uFEFF \n" + CliRun.of("parse", "--compact").out());

    CliRun toJson = CliRun.of("convert", json.toString(), "--to", "json");
    CliRun toCsv = CliRun.of("convert", json.toString(), "--to", "csv");

    assertThat(toJson.exitCode()).isZero();
    assertThat(toJson.err()).isEmpty();
    assertThat(toJson.out()).isEqualTo(CliRun.of("parse").out());
    assertThat(toCsv.exitCode()).isZero();
    assertThat(toCsv.out().lines()).hasSize(54);
    assertThat(toCsv.out()).startsWith("position,labels,title,speakers,organizations,videoId,videoUrl,summary,event,abstract\n"
        + "1,Keynote,\"Welcome & Opening Remarks\",\"Matt White\",\"PyTorch Foundation\",ACxHFY_zUb8,");
  }

  @Test
  void jsonToMarkdownAndBackGivesTheSameCatalog(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("seed.json");
    Files.writeString(json, CliRun.of("parse").out());

    CliRun toMarkdown = CliRun.of("convert", json.toString(), "--to", "markdown");
    Path markdown = dir.resolve("seed.md");
    Files.writeString(markdown, toMarkdown.out());
    CliRun back = CliRun.of("convert", markdown.toString(), "--to", "json");

    assertThat(toMarkdown.exitCode()).isZero();
    assertThat(toMarkdown.err()).isEmpty();
    assertThat(toMarkdown.out()).startsWith("# vLLM-in-PyTorch-Conference-2025\n");
    assertThat(toMarkdown.out()).contains(
        "## Keynote: Welcome & Opening Remarks - Matt White, Executive Director, PyTorch Foundation\n"
            + "- Link: https://www.youtube.com/watch?v=ACxHFY_zUb8\n");
    // the written Markdown puts every talk on the bundled catalog's lines, so even `line` agrees
    assertThat(back.exitCode()).isZero();
    assertThat(back.out()).isEqualTo(CliRun.of("parse").out());
  }

  @Test
  void aLossIsNamedAndStrictMakesItExitOne(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("lossy.json");
    Files.writeString(json, """
        {"format": "talk-catalog/1", "title": "T", "talks": [
          {"position": 1, "heading": "Short", "labels": [], "title": "Short", "speakers": [],
           "links": [], "summary": "Short and complete.", "summaryTruncated": true}]}
        """);

    CliRun lenient = CliRun.of("convert", json.toString(), "--to", "markdown");
    CliRun strict = CliRun.of("convert", json.toString(), "--to", "markdown", "--strict");

    String loss = "not representable in Markdown: talk 1 summaryTruncated: wrote true,"
        + " reads back as false (talk 'Short')";
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).isEqualTo("catalog: warning: " + loss + "\n");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).isEqualTo("catalog: error: " + loss + "\n");
    assertThat(strict.out()).isEqualTo(lenient.out()).startsWith("# T\n\n## Short\n");
  }

  @Test
  void strictPassesACatalogTheMarkdownCarries() {
    CliRun run = CliRun.of("convert", "--to", "markdown", "--strict");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("# vLLM-in-PyTorch-Conference-2025\n");
  }

  @Test
  void theExpectedJsonOfAFixtureConvertsBackToItself() throws Exception {
    String expected = CliRun.testdata("fixtures/l2-event/expected.json");

    CliRun run = CliRun.of("convert", expected, "--to", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo(Files.readString(Path.of(expected)).strip());
  }

  @Test
  void invalidJsonFailsWithThePathOfTheProblem(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("bad.json");
    Files.writeString(json, "{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"talks\": [], \"editor\": \"Ana\"}");

    CliRun run = CliRun.of("convert", json.toString(), "--to", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("catalog: cannot read " + json + " as catalog JSON: unknown field \"editor\" at $.editor");
  }

  @Test
  void missingOrUnknownTargetIsAUsageError() {
    CliRun missing = CliRun.of("convert");
    CliRun unknown = CliRun.of("convert", "--to", "yaml");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--to=FORMAT'");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("yaml");
  }
}
