package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Strictness;
import java.util.List;

/**
 * The parser's configuration as the internals see it.
 *
 * @param labels the label vocabulary
 * @param summaryCutLength the source's summary cut length in characters
 * @param strictness what to do with error diagnostics
 * @param knownOrganizations organization names the user declared
 */
public record ParserSettings(
    List<String> labels, int summaryCutLength, Strictness strictness, List<String> knownOrganizations) {

  /** Copies the lists. */
  public ParserSettings {
    labels = List.copyOf(labels);
    knownOrganizations = List.copyOf(knownOrganizations);
  }
}
