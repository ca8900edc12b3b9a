package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.jackson.CatalogJson;
import io.github.talkcatalog.model.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README example "Read and write JSON": write a parsed catalog as catalog JSON to a file, read
 * the file back and compare.
 *
 * <p>Run it with the path of a Markdown catalog and the path of the JSON file to write.
 */
public final class JsonRoundTripExample {

  private JsonRoundTripExample() {}

  /**
   * Parses catalog file {@code args[0]}, writes it as indented JSON to {@code args[1]}, reads that
   * file back and prints whether the two catalogs are equal and the length of the compact form.
   *
   * @param args the path of a Markdown catalog and of the JSON file to write
   * @throws Exception when a file cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    Catalog catalog = CatalogParser.builder().build().parse(Path.of(args[0])).catalog();
    CatalogJson json = CatalogJson.standard();
    Files.writeString(Path.of(args[1]), json.write(catalog));       // indented by two spaces
    Catalog back = json.read(Files.readString(Path.of(args[1]))); // strict: throws CatalogJsonException
    System.out.println("equal after the round trip: " + back.equals(catalog));
    System.out.println("compact: " + json.writeCompact(back).length() + " characters");
  }
}
