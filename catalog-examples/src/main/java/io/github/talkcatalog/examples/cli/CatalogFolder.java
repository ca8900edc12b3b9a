package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.CatalogParseException;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.model.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A folder given as PATH. A folder with an index file (one of
 * {@value CatalogParser#INDEX_FILE_NAMES}) is one catalog, read through its index by
 * {@link CatalogParser#parse(Path)}. A folder without one is a folder of catalogs: every
 * {@value CatalogParser#DEFAULT_GLOB} file directly in it is parsed on its own
 * ({@link CatalogParser#parseAll(Path)}) and the catalogs are joined in path order into one, titled
 * with the folder's name, each talk's section being the title of its file's catalog.
 */
final class CatalogFolder {

  private CatalogFolder() {}

  /** Whether the folder holds an index file, so that {@link CatalogParser#parse(Path)} reads it. */
  static boolean hasIndex(Path folder) {
    for (String name : CatalogParser.INDEX_FILE_NAMES.split(", ")) {
      if (Files.isRegularFile(folder.resolve(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses every catalog of a folder without an index file and joins them.
   *
   * @return the joined catalog and the diagnostics of every file, in path order
   * @throws CatalogParseException when the folder holds no Markdown file or one cannot be read
   */
  static ParseResult read(CatalogParser parser, Path folder) {
    Map<Path, ParseResult> results = parser.parseAll(folder);
    if (results.isEmpty()) {
      throw new CatalogParseException("no index file (" + CatalogParser.INDEX_FILE_NAMES
          + ") and no Markdown file (" + CatalogParser.DEFAULT_GLOB + ") in folder " + folder, List.of(), null);
    }
    List<Catalog> catalogs = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (ParseResult r : results.values()) {
      catalogs.add(r.catalog());
      diagnostics.addAll(r.diagnostics());
    }
    Path name = folder.toAbsolutePath().normalize().getFileName();
    String title = name == null ? "" : name.toString();
    return new ParseResult(Catalog.concat(title, catalogs, Catalog.TitleAs.SECTION), diagnostics);
  }
}
