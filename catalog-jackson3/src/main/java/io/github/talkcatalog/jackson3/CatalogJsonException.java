package io.github.talkcatalog.jackson3;

/**
 * What {@link CatalogJson} throws for input that is not a valid catalog JSON document: JSON that
 * does not parse, that goes beyond the reader's limits, or that breaks the format (a field unknown,
 * missing, repeated or {@code null}, a value of the wrong type, another major {@code format}).
 *
 * <p>Its message says what is wrong, at which JSON path (such as
 * {@code $.talks[2].speakers[0].nickname}) and, when known, at which line and column. Its
 * {@linkplain #getCause() cause} is Jackson's exception, or {@code null} when the whole document is
 * the JSON literal {@code null}.
 *
 * @since 0.1.0
 */
public final class CatalogJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String path;

  CatalogJsonException(String message, String path, int line, int column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
    this.path = path;
  }

  /** {@return the line of the input (from 1) where reading stopped, or 0 if it is not known} */
  public int line() {
    return line;
  }

  /** {@return the column of the input (from 1) where reading stopped, or 0 if it is not known} */
  public int column() {
    return column;
  }

  /**
   * {@return where in the document the problem is, as a JSON path such as
   * {@code $.talks[2].title}; {@code $} when it concerns the whole document; never {@code null}}
   */
  public String path() {
    return path;
  }
}
