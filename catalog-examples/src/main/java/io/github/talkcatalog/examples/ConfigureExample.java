package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.Rules;
import io.github.talkcatalog.query.CatalogIndex;
import java.nio.file.Path;
import java.util.List;

/**
 * The README example "Labels and rule switches": a parser that knows one more label than the
 * default vocabulary and does not check images.
 *
 * <p>Run it with the path of a catalog file as its only argument.
 */
public final class ConfigureExample {

  private ConfigureExample() {}

  /**
   * Parses catalog file {@code args[0]} and prints its labels with their numbers of talks, then
   * its diagnostics.
   *
   * @param args the path of a Markdown catalog
   */
  public static void main(String[] args) {
    CatalogParser parser = CatalogParser.builder()
        .addLabels(List.of("Deep Dive"))   // labels(...) would replace the defaults
        .disable(Rules.IMAGE_NOT_FOUND)    // the images live elsewhere
        .build();
    ParseResult result = parser.parse(Path.of(args[0]));
    CatalogIndex.of(result.catalog()).labelCounts().forEach((label, count) ->
        System.out.println(label + ": " + count));
    for (Diagnostic d : result.diagnostics()) {
      System.out.println(d);
    }
  }
}
