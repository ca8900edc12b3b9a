package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CatalogCommandTest {

  /** What one run of the tool printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CatalogCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(CatalogCommandTest.class.getClassLoader()
        .getResource("testdata/fixtures/" + name).toURI()).toString();
  }

  @Test
  void parseWithoutPathPrintsTheBundledCatalog() throws Exception {
    Run run = run("parse");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("format").asText()).isEqualTo("talk-catalog/1");
    assertThat(json.get("title").asText()).isEqualTo("vLLM-in-PyTorch-Conference-2025");
    assertThat(json.get("talks")).hasSize(53);
    assertThat(json.get("talks").get(0).get("title").asText()).isEqualTo("Welcome & Opening Remarks");
    assertThat(run.out()).startsWith("{\n  \"format\": \"talk-catalog/1\",\n");
    assertThat(run.err()).doesNotContain("error");
  }

  @Test
  void parseCompactPrintsOneLine() throws Exception {
    Run run = run("parse", "--compact");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("\n");
    assertThat(run.out().strip()).doesNotContain("\n");
    assertThat(new ObjectMapper().readTree(run.out()).get("talks")).hasSize(53);
  }

  @Test
  void parseOfAFileNamesItInDiagnostics() throws Exception {
    String path = fixture("l1-mini/catalog.md");

    Run run = run("parse", path);

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("title").asText()).isEqualTo("Data-at-Example-Summit-2026");
    assertThat(json.get("talks")).hasSize(4);
    assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).startsWith(path + ":"));
  }

  @Test
  void missingFileExitsWithOneLineAndNoStackTrace() {
    Run run = run("parse", "no/such/catalog.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("catalog: cannot read no/such/catalog.md")
        .isEqualTo("catalog: cannot read no/such/catalog.md: no such file or folder" + System.lineSeparator());
  }

  @Test
  void verboseAddsTheStackTrace() {
    Run run = run("parse", "--verbose", "no/such/catalog.md");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines().count()).isGreaterThan(3);
    assertThat(run.err()).contains("at io.github.talkcatalog.CatalogParser.parse");
  }

  @Test
  void unknownOptionIsAUsageErrorOfOneLineAndAHint() {
    Run run = run("parse", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("""
        catalog: Unknown option: '--no-such-option'
        Try 'catalog parse --help' for more information.
        """);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingSubcommandIsAUsageErrorOfOneLineAndAHint() {
    Run run = run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("""
        catalog: Missing required subcommand
        Try 'catalog --help' for more information.
        """);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aUsageErrorWithALongMessageStaysOneLine() {
    Run run = run("check", "--disable", "no-such-rule");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).startsWith("catalog: unknown rule 'no-such-rule' for --disable; the rules are ")
        .endsWith("\nTry 'catalog check --help' for more information.\n");
  }

  @Test
  void checkOfTheBundledCatalogPasses() {
    Run run = run("check");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("talks: 53, errors: 0, ");
  }

  @Test
  void checkOfATextWithoutTalksFails() throws Exception {
    Path notACatalog = Path.of(CatalogCommandTest.class.getClassLoader()
        .getResource("testdata/fixtures/README.md").toURI());

    Run run = run("check", notACatalog.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(notACatalog + ":1:1: error no-talks: ");
  }

  @Test
  void helpAndVersionWork() {
    Run help = run("--help");
    Run parseHelp = run("parse", "--help");
    Run version = run("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: catalog", "parse", "check");
    assertThat(parseHelp.exitCode()).isZero();
    assertThat(parseHelp.out()).contains("Usage: catalog parse", "--compact", "PATH");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out().strip()).isEqualTo("catalog 0.1.0");
  }
}
