package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.CatalogWriter;
import io.github.talkcatalog.WriteResult;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON → Markdown → JSON: a catalog read from catalog JSON (the fixtures' expected JSON, the JSON
 * of every layout fixture and of the seed), written as Markdown and parsed again, writes the same
 * JSON but for the talks' headings (the writer may write a heading from the talk's fields) and
 * lines.
 */
class JsonMarkdownRoundTripTest {

  private static final Path LAYOUTS = Path.of("../catalog-core/src/test/resources/layouts");

  private final CatalogJson json = CatalogJson.standard();
  private final CatalogWriter writer = CatalogWriter.builder().build();
  private final CatalogParser parser = CatalogParser.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {
      "testdata/fixtures/l1-mini/expected.json", "testdata/fixtures/l2-event/expected.json",
      "testdata/fixtures/l3-index/expected.json"})
  void expectedJsonOfAFixtureSurvivesMarkdown(String resource) {
    assertSurvivesMarkdown(json.read(TestData.text(resource)));
  }

  /** The layout fixtures of catalog-core, read from the source tree (tests run in the module folder). */
  static Stream<String> layoutFixtures() throws IOException {
    try (Stream<Path> s = Files.list(LAYOUTS)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layoutFixtures")
  void jsonOfEveryLayoutFixtureSurvivesMarkdown(String name) {
    Path folder = LAYOUTS.resolve(name);
    if (!Files.exists(folder.resolve("catalog.md")) && !Files.exists(folder.resolve("README.md"))) {
      folder = Path.of("../testdata/fixtures", name); // expectations of a shared fixture
    }
    Path input = Files.exists(folder.resolve("catalog.md")) ? folder.resolve("catalog.md") : folder;
    Catalog parsed = parser.parse(input).catalog();

    assertThat(parsed.talks()).as("talks of %s", name).isNotEmpty();
    assertSurvivesMarkdown(json.read(json.write(parsed)));
  }

  @Test
  void seedJsonSurvivesMarkdown() {
    assertSurvivesMarkdown(json.read(json.write(TestData.parse(TestData.SEED))));
  }

  @Test
  void jsonWithEveryFieldAndNoHeadingsSurvivesMarkdown() {
    Catalog catalog = json.read("""
        {"format": "talk-catalog/1", "title": "Harbor Meetups",
         "description": "Talks of the Harbor meetups.",
         "talks": [
          {"position": 1, "index": 4, "section": "Spring", "heading": "", "labels": ["Lightning Talk"],
           "title": "Iterators All the Way Down",
           "speakers": [{"name": "Dana Whitfield", "affiliations": [
             {"role": "Staff Engineer", "organization": "Northwind Labs"}]}],
           "video": {"url": "https://www.youtube.com/watch?v=AAAAAAAAAA1", "platform": "youtube",
                     "id": "AAAAAAAAAA1", "start": 95},
           "links": [{"label": "Slides", "url": "https://example.org/slides/iterators.pdf"}],
           "summary": "Why iterators compose.", "summaryTruncated": false,
           "duration": 1900, "year": 2015, "event": "Harbor Meetup 12"},
          {"position": 2, "section": "Spring", "heading": "Otto Reyes: Fast Queues", "labels": [],
           "title": "Fast Queues, Slow Humans",
           "speakers": [{"name": "Otto Reyes", "affiliations": []}], "links": [],
           "summaryTruncated": false}]}
        """);

    assertSurvivesMarkdown(catalog);
  }

  private void assertSurvivesMarkdown(Catalog catalog) {
    WriteResult written = writer.write(catalog);
    Catalog back = parser.parse(written.markdown()).catalog();

    assertThat(written.losses()).as("%s", written.markdown()).isEmpty();
    assertThat(json.write(withoutHeadingsAndLines(back))).as("%s", written.markdown())
        .isEqualTo(json.write(withoutHeadingsAndLines(catalog)));
  }

  private static Catalog withoutHeadingsAndLines(Catalog catalog) {
    return Catalog.builder().from(catalog).talks(catalog.talks().stream()
        .map(t -> (Talk) Talk.builder().from(t).heading(t.title()).line(java.util.OptionalInt.empty()).build())
        .toList()).build();
  }

}
