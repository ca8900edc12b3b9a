package io.github.talkcatalog;

/**
 * What the parser does with the diagnostics of severity {@link Severity#ERROR}.
 *
 * @since 0.1.0
 */
public enum Strictness {
  /**
   * The default: read what a person would read and return every diagnostic in the
   * {@link ParseResult}; never throw on odd input.
   */
  LENIENT,
  /**
   * Like {@link #LENIENT}, but when any {@link Severity#ERROR} diagnostic is found, throw a
   * {@link CatalogParseException} carrying all of them instead of returning a result.
   */
  STRICT
}
