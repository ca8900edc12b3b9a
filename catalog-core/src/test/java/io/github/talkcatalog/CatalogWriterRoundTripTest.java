package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout fixture, parsed, written as Markdown and parsed again, gives the same catalog on
 * every attribute but the talks' headings (the writer may write a heading from the talk's fields)
 * and lines; and the bundled catalog is written exactly as before.
 */
class CatalogWriterRoundTripTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();
  private static final CatalogWriter WRITER = CatalogWriter.builder().build();

  static Stream<String> fixtures() throws Exception {
    return LayoutFixtureTest.fixtures();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureReadsBackWithTheSameFields(String name) throws Exception {
    Catalog catalog = PARSER.parse(input(name)).catalog();

    WriteResult written = WRITER.write(catalog);
    Catalog back = PARSER.parse(written.markdown()).catalog();

    assertThat(catalog.talks()).as("talks of %s", name).isNotEmpty();
    assertThat(written.losses()).as("losses of %s, written as%n%s", name, written.markdown()).isEmpty();
    assertThat(withoutHeadings(back)).as("%s written as%n%s", name, written.markdown())
        .isEqualTo(withoutHeadings(catalog));
  }

  @Test
  void theBundledCatalogIsWrittenByteForByteAsBefore() {
    WriteResult written = WRITER.write(Seed.catalog());

    assertThat(written.losses()).isEmpty();
    assertThat(written.markdown()).isEqualTo(Seed.resource("io/github/talkcatalog/seed-written.md"));
  }

  /** The catalog with every talk's heading set to its title, so that equality ignores headings. */
  static Catalog withoutHeadings(Catalog catalog) {
    List<Talk> talks = catalog.talks().stream()
        .map(t -> (Talk) Talk.builder().from(t).heading(t.title()).build())
        .toList();
    return Catalog.builder().from(catalog).talks(talks).build();
  }

  private static Path input(String name) throws Exception {
    Path folder = LayoutFixtureTest.resource("layouts/" + name);
    if (!Files.exists(folder.resolve("catalog.md")) && !Files.exists(folder.resolve("README.md"))) {
      folder = LayoutFixtureTest.resource("testdata/fixtures/" + name);
    }
    return Files.exists(folder.resolve("catalog.md")) ? folder.resolve("catalog.md") : folder;
  }
}
