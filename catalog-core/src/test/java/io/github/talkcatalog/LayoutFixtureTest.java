package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every fixture folder under {@code src/test/resources/layouts/} and compares the catalog
 * with {@code expected.txt} (see {@link CatalogText}) and the diagnostics with
 * {@code expected-diagnostics.txt} (one {@link Diagnostic#toString()} per line, the source given
 * relative to the fixture folder).
 *
 * <p>A folder's input is its own {@code catalog.md} or {@code README.md}; the shared fixtures
 * ({@code l1-mini}, {@code l2-event}, {@code l3-index}) are read from {@code testdata/fixtures/}, and
 * their {@code expected.txt} was converted from the shared {@code expected.json}.
 */
class LayoutFixtureTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(resource("layouts"))) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureParsesToItsExpectedCatalogAndDiagnostics(String name) throws Exception {
    Path expectations = resource("layouts/" + name);
    Path folder = expectations;
    if (!Files.exists(folder.resolve("catalog.md")) && !Files.exists(folder.resolve("README.md"))) {
      folder = resource("testdata/fixtures/" + name);
    }
    Path input = Files.exists(folder.resolve("catalog.md")) ? folder.resolve("catalog.md") : folder;

    ParseResult result = PARSER.parse(input);

    String expected = Files.readString(expectations.resolve("expected.txt"), StandardCharsets.UTF_8);
    assertThat(CatalogText.render(result.catalog()).stripTrailing())
        .as("catalog of %s", name).isEqualTo(expected.stripTrailing());
    String prefix = folder + "/";
    List<String> diagnostics = result.diagnostics().stream()
        .map(d -> d.toString().replace(prefix, "")).toList();
    List<String> expectedDiagnostics = Files.readAllLines(
        expectations.resolve("expected-diagnostics.txt"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).toList();
    assertThat(diagnostics).as("diagnostics of %s", name).containsExactlyElementsOf(expectedDiagnostics);
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(LayoutFixtureTest.class.getResource("/" + name).toURI());
  }
}
