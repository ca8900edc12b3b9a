package io.github.talkcatalog;

import java.util.Objects;

/**
 * Something the parser could not make sense of, or read leniently, with its position.
 *
 * <p>Diagnostics are values returned in a {@link ParseResult}; the parser never keeps them. The
 * list of rule ids is in {@code docs/diagnostics.md}.
 *
 * @param severity how serious it is
 * @param ruleId the stable rule id, lower-case words joined by {@code -}, e.g. {@code missing-video}
 * @param message a sentence a person understands
 * @param source the file the position refers to: the path as given to {@link CatalogParser#parse(java.nio.file.Path)}
 *     (or the detail page's path for a catalog spread over several files), or the source name given
 *     with the text ({@code "<string>"} by default)
 * @param line the 1-based line, or 0 when the diagnostic concerns the whole source
 * @param column the 1-based column (in UTF-16 code units), or 0 when the diagnostic concerns the
 *     whole line or source
 * @since 0.1.0
 */
public record Diagnostic(
    Severity severity, String ruleId, String message, String source, int line, int column) {

  /**
   * Checks the components: none is null, {@code line} and {@code column} are not negative.
   *
   * @param severity how serious it is
   * @param ruleId the stable rule id, e.g. {@code missing-video}
   * @param message a sentence a person understands
   * @param source the file the position refers to, or the source name given with the text
   * @param line the 1-based line, or 0 for the whole source
   * @param column the 1-based column (in UTF-16 code units), or 0 for the whole line or source
   * @throws NullPointerException if {@code severity}, {@code ruleId}, {@code message} or
   *     {@code source} is null
   * @throws IllegalArgumentException if {@code line} or {@code column} is negative
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /**
   * {@return the diagnostic in the form the command line tool prints:
   * {@code SOURCE:LINE:COLUMN: SEVERITY RULE-ID: message}, the severity as its
   * {@link Severity#label() label}}
   */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + severity.label() + " " + ruleId + ": " + message;
  }
}
