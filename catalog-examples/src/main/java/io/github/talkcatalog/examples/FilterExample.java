package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.SpeakerProfile;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.query.CatalogIndex;
import io.github.talkcatalog.query.TalkQuery;
import java.nio.file.Path;

/**
 * The README example "Filter talks": the talks of one organization that are not lightning talks,
 * then the three people with the most talks.
 *
 * <p>Run it with the path of a catalog file and an organization's name as its arguments.
 */
public final class FilterExample {

  private FilterExample() {}

  /**
   * Prints the talks of organization {@code args[1]} in catalog file {@code args[0]} that are not
   * lightning talks ({@code POSITION. TITLE} per line), then the three most frequent speakers
   * ({@code NAME: N talks}).
   *
   * @param args the path of a Markdown catalog and an organization's name
   */
  public static void main(String[] args) {
    Catalog catalog = CatalogParser.builder().build().parse(Path.of(args[0])).catalog();
    Catalog picked = catalog.filter(
        TalkQuery.organization(args[1]).and(TalkQuery.label("Lightning Talk").negate()));
    for (Talk talk : picked.talks()) {
      System.out.println(talk.position() + ". " + talk.title());
    }
    for (SpeakerProfile speaker : CatalogIndex.of(catalog).mostFrequentSpeakers(3)) {
      System.out.println(speaker.name() + ": " + speaker.talks().size() + " talks");
    }
  }
}
