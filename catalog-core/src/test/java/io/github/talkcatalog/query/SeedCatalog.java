package io.github.talkcatalog.query;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The seed catalog, parsed once for the tests of the views and the query API. */
public final class SeedCatalog {

  public static final String RESOURCE = "testdata/seed/vllm-pytorch-conference-2025.md";

  private static final Catalog CATALOG = parse();

  private SeedCatalog() {}

  public static Catalog catalog() {
    return CATALOG;
  }

  /** The positions of the talks, for short assertions. */
  public static List<Integer> positions(List<Talk> talks) {
    return talks.stream().map(Talk::position).collect(Collectors.toList());
  }

  private static Catalog parse() {
    try (InputStream in = SeedCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CatalogParser.builder().build().parse(reader).catalog();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
