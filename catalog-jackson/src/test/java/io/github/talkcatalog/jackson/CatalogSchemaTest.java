package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema shipped as {@value #SCHEMA}: our output validates, every document of
 * {@code schema/valid/} validates and reads, every document of {@code schema/invalid/} is rejected
 * by both the schema and the strict reader.
 */
class CatalogSchemaTest {

  static final String SCHEMA = "io/github/talkcatalog/jackson/catalog-1.schema.json";

  private static final Schema schema = load();

  private static Schema load() {
    try (InputStream in = CatalogSchemaTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      assertThat(in).as("schema resource").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> validate(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  private static Stream<Path> examples(String folder) throws IOException, URISyntaxException {
    Path dir = Path.of(CatalogSchemaTest.class.getClassLoader().getResource("schema/" + folder).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(json).as("examples in schema/%s", folder).hasSizeGreaterThan(2);
      return json.stream();
    }
  }

  static Stream<Path> valid() throws Exception {
    return examples("valid");
  }

  static Stream<Path> invalid() throws Exception {
    return examples("invalid");
  }

  @Test
  void theSeedAsWrittenValidates() {
    Catalog seed = TestData.parse(TestData.SEED);

    assertThat(validate(CatalogJson.standard().write(seed))).isEmpty();
    assertThat(validate(CatalogJson.standard().writeCompact(seed))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"l1-mini", "l2-event", "l3-index"})
  void fixturesAndOurOutputForThemValidate(String fixture) {
    String expected = TestData.text("testdata/fixtures/" + fixture + "/expected.json");

    assertThat(validate(expected)).isEmpty();
    assertThat(validate(CatalogJson.standard().write(CatalogJson.standard().read(expected)))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("valid")
  void validExamplesValidateAndRead(Path example) throws IOException {
    String json = Files.readString(example);

    assertThat(validate(json)).isEmpty();
    assertThat(CatalogJson.standard().read(json).title()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidExamplesAreRejectedByTheSchemaAndTheReader(Path example) throws IOException {
    String json = Files.readString(example);

    assertThat(validate(json)).isNotEmpty();
    assertThatThrownBy(() -> CatalogJson.standard().read(json)).isInstanceOf(CatalogJsonException.class);
  }

  @Test
  void errorsNameTheOffendingLocation() {
    List<Error> errors = validate("""
        {"format": "talk-catalog/1", "title": "T", "talks": [{"position": 0, "heading": "H",
         "title": "H", "summaryTruncated": false}]}""");

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getInstanceLocation().toString()).isEqualTo("/talks/0/position");
    assertThat(errors.get(0).getKeyword()).isEqualTo("minimum");
  }

  @Test
  void docsCarryTheSameSchema() throws IOException {
    String shipped = TestData.text(SCHEMA);

    assertThat(Files.readString(Path.of("..", "docs", "catalog-1.schema.json"))).isEqualTo(shipped);
  }
}
