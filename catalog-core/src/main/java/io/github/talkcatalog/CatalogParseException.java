package io.github.talkcatalog;

import java.util.List;

/**
 * Thrown by a {@link Strictness#STRICT} parser when the input has error diagnostics, and by
 * {@link CatalogParser#parse(java.nio.file.Path)} when the file cannot be read at all.
 */
public final class CatalogParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param diagnostics the error diagnostics, possibly empty
   * @param cause the underlying cause, or {@code null}
   */
  public CatalogParseException(String message, List<Diagnostic> diagnostics, Throwable cause) {
    super(message, cause);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The error diagnostics that caused the exception; empty when the input could not be read. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
