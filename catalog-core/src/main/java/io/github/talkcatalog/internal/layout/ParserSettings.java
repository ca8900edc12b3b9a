package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Strictness;
import java.util.List;
import java.util.Set;

/**
 * The parser's configuration as the internals see it.
 *
 * @param labels the label vocabulary
 * @param summaryCutLength the source's summary cut length in characters
 * @param strictness what to do with error diagnostics
 * @param knownOrganizations organization names the user declared
 * @param disabledRules rule ids whose diagnostics are dropped (see {@code io.github.talkcatalog.Rules})
 */
public record ParserSettings(
    List<String> labels, int summaryCutLength, Strictness strictness, List<String> knownOrganizations,
    Set<String> disabledRules) {

  /** Copies the lists and the set. */
  public ParserSettings {
    labels = List.copyOf(labels);
    knownOrganizations = List.copyOf(knownOrganizations);
    disabledRules = Set.copyOf(disabledRules);
  }

  /**
   * Whether diagnostics of a rule are kept.
   *
   * @param ruleId a rule id
   * @return false when the user switched the rule off
   */
  public boolean reports(String ruleId) {
    return !disabledRules.contains(ruleId);
  }
}
