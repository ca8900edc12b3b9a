package io.github.talkcatalog;

import java.util.Locale;

/**
 * How serious a {@link Diagnostic} is.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The input is unusable as a catalog, or unsafe (a link out of the catalog root). */
  ERROR,
  /** A piece is missing or inconsistent (no video, an image not on disk); the talk is still read. */
  WARNING,
  /** A note on leniency: something odd was read the way a person would read it. */
  INFO;

  /**
   * {@return the lower-case name printed by the command line tool: {@code error}, {@code warning}
   * or {@code info}}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
