package io.github.talkcatalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a {@link Strictness#STRICT} parser when the input has error diagnostics, and by
 * {@link CatalogParser#parse(java.nio.file.Path)} when the file cannot be read at all.
 *
 * @since 0.1.0
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
  public CatalogParseException(String message, List<Diagnostic> diagnostics, @Nullable Throwable cause) {
    super(message, cause);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * {@return the error diagnostics that caused the exception, in source order; empty when the input
   * could not be read at all}
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
