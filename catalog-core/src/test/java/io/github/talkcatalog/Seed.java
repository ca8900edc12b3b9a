package io.github.talkcatalog;

import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled seed catalog, read from the test class path. */
public final class Seed {

  /** Class-path location of the seed (copied from testdata/ by the build). */
  public static final String RESOURCE = "testdata/seed/vllm-pytorch-conference-2025.md";

  private static final ParseResult RESULT = CatalogParser.builder().build().parse(text(), "seed.md");

  private Seed() {}

  /** The seed's Markdown text. */
  public static String text() {
    return resource(RESOURCE);
  }

  /** The seed parsed with the default parser, once. */
  public static ParseResult result() {
    return RESULT;
  }

  /** The seed's catalog. */
  public static Catalog catalog() {
    return RESULT.catalog();
  }

  /**
   * Speakers as one line, the form the speaker tables use:
   * {@code Name {role @ organization} {...} | Name ...}.
   */
  public static String render(java.util.List<io.github.talkcatalog.model.Speaker> speakers) {
    StringBuilder b = new StringBuilder();
    for (io.github.talkcatalog.model.Speaker s : speakers) {
      if (b.length() > 0) {
        b.append(" | ");
      }
      b.append(s.name());
      for (io.github.talkcatalog.model.Affiliation a : s.affiliations()) {
        b.append(" {").append(a.role().orElse("")).append(" @ ")
            .append(a.organization().map(io.github.talkcatalog.model.Organization::name).orElse(""))
            .append('}');
      }
    }
    return b.toString();
  }

  /** A test resource as UTF-8 text. */
  public static String resource(String path) {
    try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
