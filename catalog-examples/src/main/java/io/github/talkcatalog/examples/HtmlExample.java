package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogHtml;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README example of {@link CatalogHtml}: write a Markdown catalog as an HTML page, with the
 * images of the catalog's folder inlined.
 *
 * <p>Run it with the path of a catalog file and the path of the page to write.
 */
public final class HtmlExample {

  private HtmlExample() {}

  /**
   * Parses the catalog file {@code args[0]} and writes its page to {@code args[1]}.
   *
   * @param args the path of a Markdown catalog and of the HTML file to write
   * @throws IOException when the page cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Catalog catalog = CatalogParser.builder().build().parse(file).catalog();
    String page = CatalogHtml.builder().imageFolder(file.toAbsolutePath().getParent()).build().write(catalog);
    Files.writeString(Path.of(args[1]), page);
  }
}
