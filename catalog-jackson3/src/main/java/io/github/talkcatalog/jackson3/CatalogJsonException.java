package io.github.talkcatalog.jackson3;

/**
 * Thrown by {@link CatalogJson} when the input is not a valid catalog JSON document: malformed
 * JSON, a document over the parser limits, or JSON that breaks the format (an unknown, missing,
 * duplicated or null field, a wrong type, an unsupported {@code format}).
 *
 * <p>The message names the problem, the JSON path where it was found (e.g.
 * {@code $.talks[2].speakers[0].nickname}) and the line and column in the input. The exception
 * Jackson threw is the {@linkplain #getCause() cause}; there is none ({@code null}) for a document
 * that is just the JSON literal {@code null}.
 *
 * @since 0.1.0
 */
public final class CatalogJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the value or field at fault, as {@link #path()} returns it. */
  private final String path;

  /** The 1-based line in the input, or 0, as {@link #line()} returns it. */
  private final int line;

  /** The 1-based column in the input, or 0, as {@link #column()} returns it. */
  private final int column;

  CatalogJsonException(String message, String path, int line, int column, Throwable cause) {
    super(message, cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /**
   * {@return the JSON path of the value or field at fault, e.g.
   * {@code $.talks[2].speakers[0].nickname}; {@code $} for the document as a whole, never
   * {@code null}}
   */
  public String path() {
    return path;
  }

  /** {@return the 1-based line in the input where the problem was found; 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column in the input where the problem was found; 0 when unknown} */
  public int column() {
    return column;
  }
}
