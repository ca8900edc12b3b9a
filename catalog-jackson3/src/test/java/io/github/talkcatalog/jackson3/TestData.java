package io.github.talkcatalog.jackson3;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the seed and the shared fixtures from the test classpath. */
final class TestData {

  static final String SEED = "testdata/seed/vllm-pytorch-conference-2025.md";

  /** The shared fixtures that carry an expected.json. */
  static final List<String> FIXTURES = List.of("l1-mini", "l2-event", "l3-index");

  private TestData() {}

  /** The text of a test resource, read as UTF-8. */
  static String text(String resource) {
    URL url = TestData.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Files.readString(Path.of(url.toURI()));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  static Catalog parse(String resource) {
    return CatalogParser.builder().build().parse(text(resource), resource).catalog();
  }

  static String expectedJson(String fixture) {
    return text("testdata/fixtures/" + fixture + "/expected.json");
  }
}
