package io.github.talkcatalog.jackson3;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the seed and the shared fixtures from the test classpath. */
final class TestData {

  static final String SEED = "testdata/seed/vllm-pytorch-conference-2025.md";

  /** The shared fixtures that carry an expected.json. */
  static final List<String> FIXTURES = List.of("l1-mini", "l2-event", "l3-index");

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

  static String expectedJson(String fixture) {
    return text("testdata/fixtures/" + fixture + "/expected.json");
  }
}
