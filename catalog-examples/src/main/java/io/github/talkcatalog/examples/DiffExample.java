package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogDiff;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Talk;
import java.nio.file.Path;

/**
 * The README example of {@link CatalogDiff}: what changed between two editions of a catalog.
 *
 * <p>Run it with the paths of the old and the new edition.
 */
public final class DiffExample {

  private DiffExample() {}

  /**
   * Compares the catalog files {@code args[0]} (old) and {@code args[1]} (new) and prints a line
   * per removed, added and changed talk.
   *
   * @param args the paths of two Markdown catalogs
   */
  public static void main(String[] args) {
    CatalogParser parser = CatalogParser.builder().build();
    CatalogDiff diff = CatalogDiff.between(
        parser.parse(Path.of(args[0])).catalog(), parser.parse(Path.of(args[1])).catalog());
    for (Talk talk : diff.removed()) {
      System.out.println("- " + talk.title());
    }
    for (Talk talk : diff.added()) {
      System.out.println("+ " + talk.title());
    }
    for (CatalogDiff.TalkChange change : diff.changed()) {
      for (CatalogDiff.FieldChange field : change.fields()) {
        System.out.println("~ " + change.newTalk().title() + ": " + field.field() + " "
            + field.oldValue().orElse("(none)") + " -> " + field.newValue().orElse("(none)"));
      }
    }
  }
}
