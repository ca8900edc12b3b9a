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
 * @since 0.1.0
 */
public record ParseResult(Catalog catalog, List<Diagnostic> diagnostics) {

  /**
   * Copies the list; neither component may be null.
   *
   * @param catalog the catalog
   * @param diagnostics the diagnostics in source order, copied into an immutable list
   * @throws NullPointerException if {@code catalog}, {@code diagnostics} or one of its elements is
   *     null
   */
  public ParseResult {
    Objects.requireNonNull(catalog, "catalog");
    diagnostics = List.copyOf(diagnostics);
  }

  /** {@return whether any diagnostic has severity {@link Severity#ERROR}} */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * {@return the diagnostics of severity {@link Severity#ERROR}, in source order; an immutable
   * list, empty when there are none}
   *
   * @since 0.2.0
   */
  public List<Diagnostic> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * {@return the diagnostics of severity {@link Severity#WARNING}, in source order; an immutable
   * list, empty when there are none}
   *
   * @since 0.2.0
   */
  public List<Diagnostic> warnings() {
    return withSeverity(Severity.WARNING);
  }

  private List<Diagnostic> withSeverity(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).toList();
  }
}
