package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Catalog;

/**
 * Reading is total: any bytes either give a catalog or a {@link CatalogJsonException}; a catalog
 * that reads writes back to an equal one. Committed inputs under
 * {@code CatalogJsonFuzzTestInputs/readThrowsOnlyCatalogJsonException/} replay on every test run.
 */
class CatalogJsonFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readThrowsOnlyCatalogJsonException(byte[] input) {
    Catalog catalog;
    try {
      catalog = CatalogJson.standard().read(input);
    } catch (CatalogJsonException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      assertThat(expected.path()).startsWith("$");
      return;
    }
    assertThat(CatalogJson.standard().read(CatalogJson.standard().write(catalog))).isEqualTo(catalog);
  }
}
