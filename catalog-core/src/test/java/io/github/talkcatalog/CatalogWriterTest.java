package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Catalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogWriterTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();
  private static final CatalogWriter WRITER = CatalogWriter.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {
      Seed.RESOURCE, "testdata/fixtures/l1-mini/catalog.md", "testdata/fixtures/l2-event/catalog.md"})
  void bundledCatalogsReadBackUnchanged(String resource) {
    Catalog catalog = PARSER.parse(Seed.resource(resource)).catalog();
    WriteResult result = WRITER.write(catalog);
    assertThat(result.losses()).isEmpty();
    assertThat(PARSER.parse(result.markdown()).catalog()).isEqualTo(catalog);
  }
}
