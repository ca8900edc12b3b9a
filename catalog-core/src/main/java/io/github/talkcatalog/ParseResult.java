package io.github.talkcatalog;

import io.github.talkcatalog.model.Catalog;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CatalogParser} returns: the catalog and every diagnostic found while reading it, in
 * source order.
 *
 * @param catalog the catalog; never null, possibly without talks
 * @param diagnostics the diagnostics in source order; empty when the input was read cleanly
 */
public record ParseResult(Catalog catalog, List<Diagnostic> diagnostics) {

  /** Copies the list; neither component may be null. */
  public ParseResult {
    Objects.requireNonNull(catalog, "catalog");
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic has severity {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}
