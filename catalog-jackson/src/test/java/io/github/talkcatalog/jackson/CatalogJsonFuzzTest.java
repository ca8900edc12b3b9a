package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Catalog;
import org.junit.jupiter.api.Timeout;

/**
 * Reading is total: any bytes either give a catalog or a {@link CatalogJsonException}; a catalog
 * that reads writes back to an equal one. Committed inputs under
 * {@code CatalogJsonFuzzTestInputs/readThrowsOnlyCatalogJsonException/} replay on every test run.
 */
class CatalogJsonFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  @FuzzTest(maxDuration = "60s")

  @Timeout(PER_INPUT_SECONDS)
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
