package io.github.talkcatalog.jackson;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the seed and the shared fixtures from the test classpath. */
final class TestData {

  static final String SEED = "testdata/seed/vllm-pytorch-conference-2025.md";

  private TestData() {}

  static String text(String resource) {
    try (InputStream in = TestData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Catalog parse(String resource) {
    return CatalogParser.builder().build().parse(text(resource), resource).catalog();
  }
}
