package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog diff}: what changed between two editions, with the exit codes of diff(1). */
class DiffCommandTest {

  /**
   * The bundled catalog with its fifth talk removed, an invented talk added at the end and the
   * speaker of the first talk renamed in its heading.
   */
  static String editedSeed() throws Exception {
    String seed = Files.readString(Path.of(CliRun.testdata("seed/vllm-pytorch-conference-2025.md")));
    int start = seed.indexOf("## Open Source Model Performance Optimization With SGLang");
    int end = seed.indexOf("\n## ", start) + 1;
    String edited = seed.substring(0, start) + seed.substring(end);
    edited = edited.replace("## Keynote: Welcome & Opening Remarks - Matt White,", "## Keynote: Welcome & Opening Remarks - Matthew White,");
    return edited + """

        ## Invented Talk on Query Planning - Ana Ruiz, Zeta Labs
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAAA

        An invented summary.
        """;
  }

  @Test
  void oneRemovedOneAddedOneRenamedSpeakerAreExactlyThreeChanges(@TempDir Path dir) throws Exception {
    Path seed = Path.of(CliRun.testdata("seed/vllm-pytorch-conference-2025.md"));
    Path edited = dir.resolve("edited.md");
    Files.writeString(edited, editedSeed());

    CliRun run = CliRun.of("diff", seed.toString(), edited.toString());

    // talk 1's summary only echoes its heading; renamed in the heading alone, the echo no longer
    // matches, so the summary becomes the abstract: one changed talk with two fields
    // each file's missing image folder is one image-not-found warning
    assertThat(run.err()).isEqualTo("catalog: " + seed + ": 1 warning (catalog check " + seed + " lists them)\n"
        + "catalog: " + edited + ": 1 warning (catalog check " + edited + " lists them)\n");
    assertThat(run.out()).isEqualTo("""
        - #5 "Open Source Model Performance Optimization With SGLang" (Yineng Zhang)
        + #53 "Invented Talk on Query Planning" (Ana Ruiz)
        ~ #1 "Welcome & Opening Remarks"
            speakers: "Matt White (Executive Director, PyTorch Foundation)" -> "Matthew White (Executive Director, PyTorch Foundation)"
            abstract: "" -> "Matt White, Executive Director, PyTorch Foundation"
        """);
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void theJsonFormatListsTheSameChangesForPrograms(@TempDir Path dir) throws Exception {
    Path seed = Path.of(CliRun.testdata("seed/vllm-pytorch-conference-2025.md"));
    Path edited = dir.resolve("edited.md");
    Files.writeString(edited, editedSeed());

    CliRun run = CliRun.of("diff", seed.toString(), edited.toString(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.get("equal").asBoolean()).isFalse();
    assertThat(json.get("catalog")).isEmpty();
    assertThat(json.get("removed")).hasSize(1);
    assertThat(json.get("removed").get(0).get("title").asText()).isEqualTo("Open Source Model Performance Optimization With SGLang");
    assertThat(json.get("removed").get(0).get("video").get("id").asText()).isEqualTo("wDNfcv_fbWs");
    assertThat(json.get("added")).hasSize(1);
    assertThat(json.get("added").get(0).get("position").asInt()).isEqualTo(53);
    assertThat(json.get("changed").toString()).isEqualTo("[{\"old\":{\"position\":1,\"title\":\"Welcome & Opening Remarks\"},"
        + "\"new\":{\"position\":1,\"title\":\"Welcome & Opening Remarks\"},"
        + "\"fields\":[{\"field\":\"speakers\",\"old\":\"Matt White (Executive Director, PyTorch Foundation)\","
        + "\"new\":\"Matthew White (Executive Director, PyTorch Foundation)\"},"
        + "{\"field\":\"abstract\",\"old\":\"\",\"new\":\"Matt White, Executive Director, PyTorch Foundation\"}]}]");
  }

  @Test
  void theSameCatalogAsJsonAndAsMarkdownIsEqual(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("seed.json");
    Files.writeString(json, CliRun.of("parse").out());
    String seed = CliRun.testdata("seed/vllm-pytorch-conference-2025.md");

    CliRun text = CliRun.of("diff", seed, json.toString());
    CliRun asJson = CliRun.of("diff", json.toString(), seed, "--format", "json");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).isEmpty();
    assertThat(asJson.exitCode()).isZero();
    assertThat(asJson.out()).isEqualTo("""
        {
          "equal" : true,
          "catalog" : [ ],
          "removed" : [ ],
          "added" : [ ],
          "changed" : [ ]
        }
        """);
  }

  @Test
  void anIndexWithDetailPagesAndTheSameTalksAsFlatSectionsAreEqual(@TempDir Path dir) throws Exception {
    Path fixture = Path.of(CliRun.testdata("fixtures/l3-index"));
    Path index = dir.resolve("index");
    try (var files = Files.walk(fixture.resolve("items"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = index.resolve(fixture.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    // the two talks with detail pages: the index lines of the others end the list
    String readme = Files.readString(fixture.resolve("README.md"));
    Files.writeString(index.resolve("README.md"), readme.substring(0, readme.indexOf("\n9. ")));
    Path flat = index.resolve("flat.md");
    CliRun convert = CliRun.of("convert", index.toString(), "--to", "markdown");
    Files.writeString(flat, convert.out());

    CliRun run = CliRun.of("diff", index.toString(), flat.toString());

    assertThat(convert.out()).contains("## Keynote: State of the Lakehouse - Ada Quill, Northwind Labs\n");
    assertThat(CliRun.of("query", flat.toString(), "--format", "ids").out())
        .isEqualTo(CliRun.of("query", index.toString(), "--format", "ids").out());
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void anInputThatCannotBeReadIsExitCodeTwo(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    String seed = CliRun.testdata("seed/vllm-pytorch-conference-2025.md");

    CliRun missing = CliRun.of("diff", dir.resolve("missing.md").toString(), seed);
    CliRun blank = CliRun.of("diff", empty.toString(), seed);
    CliRun oneArgument = CliRun.of("diff", seed);

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("catalog: cannot read " + dir.resolve("missing.md"));
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).isEqualTo("catalog: cannot read " + empty + ": the file is empty\n");
    assertThat(oneArgument.exitCode()).isEqualTo(2);
    assertThat(oneArgument.err()).startsWith("catalog: Missing required parameter: 'NEW'");
  }
}
