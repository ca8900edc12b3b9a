package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.query.CatalogIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The README example "Parse a folder of catalogs": every Markdown file of a folder parsed on its
 * own, then the catalogs joined into one, each talk's section being its catalog's title.
 *
 * <p>Run it with the path of a folder as its only argument.
 */
public final class ParseAllExample {

  private ParseAllExample() {}

  /**
   * Prints, for each {@code *.md} file of folder {@code args[0]}, its name, its number of talks
   * and of warnings, then the number of talks of the joined catalog and its talks per section.
   *
   * @param args the path of a folder of Markdown catalogs
   */
  public static void main(String[] args) {
    Map<Path, ParseResult> results = CatalogParser.standard().parseAll(Path.of(args[0]));
    results.forEach((file, result) -> System.out.println(file.getFileName() + ": "
        + result.catalog().talks().size() + " talks, " + result.warnings().size() + " warnings"));
    List<Catalog> catalogs = results.values().stream().map(ParseResult::catalog).toList();
    Catalog all = Catalog.concat("All talks", catalogs, Catalog.TitleAs.SECTION);
    List<Talk> talks = all.talks();
    System.out.println(talks.size() + " talks, positions " + talks.get(0).position()
        + " to " + talks.get(talks.size() - 1).position());
    CatalogIndex.of(all).talksBySection().forEach((section, inSection) ->
        System.out.println(section + ": " + inSection.size()));
  }
}
