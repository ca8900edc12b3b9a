package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.jackson.CatalogJson;
import io.github.talkcatalog.model.Talk;
import java.nio.file.Path;

/**
 * The README example: parse a Markdown catalog, list its talks, print it as catalog JSON.
 *
 * <p>Run it with the path of a catalog file as its only argument.
 */
public final class ParseExample {

  private ParseExample() {}

  /**
   * Parses the catalog file {@code args[0]} and prints its talks and its JSON to standard output.
   *
   * @param args the path of a Markdown catalog
   */
  public static void main(String[] args) {
    ParseResult result = CatalogParser.standard().parse(Path.of(args[0]));
    for (Talk talk : result.catalog().talks()) {
      System.out.println(talk.position() + ". " + talk.title());
    }
    System.out.println(CatalogJson.standard().write(result.catalog()));
  }
}
