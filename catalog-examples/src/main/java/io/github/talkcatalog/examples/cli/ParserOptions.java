package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.Rules;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The parser's settings on the command line: {@code --labels}, {@code --add-labels} and
 * {@code --disable}. Without them the tool uses {@link CatalogParser#standard()}.
 */
final class ParserOptions {

  @Option(names = "--labels", split = ",", paramLabel = "LABEL",
      description = "Replace the label vocabulary (session types before a heading's title, e.g. Keynote); "
          + "comma-separated, repeatable.")
  List<String> labels;

  @Option(names = "--add-labels", split = ",", paramLabel = "LABEL",
      description = "Add labels to the vocabulary (the default one, or that of --labels); "
          + "comma-separated, repeatable.")
  List<String> addLabels;

  @Option(names = "--disable", split = ",", paramLabel = "RULE",
      description = "Switch a diagnostic rule off (e.g. image-not-found, which also skips the image check); "
          + "comma-separated, repeatable. The rule ids are listed in docs/diagnostics.md.")
  List<String> disable;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * The parser these options describe.
   *
   * @return the standard parser when no option is given
   * @throws CommandLine.ParameterException (a usage error) for an unknown rule id or a blank label
   */
  CatalogParser parser() {
    if (labels == null && addLabels == null && disable == null) {
      return CatalogParser.standard();
    }
    CatalogParser.Builder builder = CatalogParser.builder();
    try {
      if (labels != null) {
        builder.labels(strip(labels));
      }
      if (addLabels != null) {
        builder.addLabels(strip(addLabels));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (disable != null) {
      for (String id : disable) {
        if (!Rules.isKnown(id.strip())) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "unknown rule '" + id.strip() + "' for --disable; the rules are " + String.join(", ", Rules.ALL));
        }
        builder.disable(id.strip());
      }
    }
    return builder.build();
  }

  private static List<String> strip(List<String> values) {
    List<String> stripped = new ArrayList<>(values.size());
    values.forEach(v -> stripped.add(v.strip()));
    return stripped;
  }
}
