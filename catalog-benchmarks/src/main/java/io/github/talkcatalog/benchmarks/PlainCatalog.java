package io.github.talkcatalog.benchmarks;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.util.List;

/**
 * Plain Java records with the shape of the catalog JSON format, version 1
 * ({@code /work/shared/spec/catalog-json.md}): the baseline (e) that Jackson databind writes and
 * reads without any custom module. Optional values are {@code null} here and are omitted from the
 * JSON by the mapper's inclusion setting.
 *
 * @param format always {@link Catalog#FORMAT}
 * @param title the catalog title
 * @param description the introduction, or null
 * @param collection the collection, or null
 * @param declaredCount the stated count, or null
 * @param talks the talks in order
 */
public record PlainCatalog(String format, String title, String description,
    PlainCatalog.PlainCollection collection, Integer declaredCount, List<PlainTalk> talks) {

  /** A collection; see the spec's Collection table. */
  public record PlainCollection(String url, String label, Integer size, String playlistId) {}

  /** A talk; see the spec's Talk table. */
  public record PlainTalk(int position, Integer index, String section, String heading,
      List<String> labels, String title, List<PlainSpeaker> speakers, PlainVideo video,
      List<PlainLink> links, PlainImage image, String summary, boolean summaryTruncated,
      Integer line) {}

  /** A speaker. */
  public record PlainSpeaker(String name, List<PlainAffiliation> affiliations) {}

  /** An affiliation; the organization is its name. */
  public record PlainAffiliation(String role, String organization) {}

  /** A video; platform is {@code "youtube"} or {@code "other"}. */
  public record PlainVideo(String url, String platform, String id, Integer start) {}

  /** An image. */
  public record PlainImage(String src, String alt) {}

  /** A link. */
  public record PlainLink(String label, String url) {}

  /**
   * Copies a parsed catalog into plain records.
   *
   * @param c the catalog
   * @return the same values as plain records
   */
  public static PlainCatalog of(Catalog c) {
    PlainCollection collection = c.collection().map(k -> new PlainCollection(k.url(),
        k.label().orElse(null), k.size().isPresent() ? k.size().getAsInt() : null,
        k.playlistId().orElse(null))).orElse(null);
    return new PlainCatalog(Catalog.FORMAT, c.title(), c.description().orElse(null), collection,
        c.declaredCount().isPresent() ? c.declaredCount().getAsInt() : null,
        c.talks().stream().map(PlainCatalog::talk).toList());
  }

  private static PlainTalk talk(Talk t) {
    return new PlainTalk(t.position(), t.index().isPresent() ? t.index().getAsInt() : null,
        t.section().orElse(null), t.heading(), t.labels(), t.title(),
        t.speakers().stream().map(s -> new PlainSpeaker(s.name(),
            s.affiliations().stream().map(PlainCatalog::affiliation).toList())).toList(),
        t.video().map(v -> new PlainVideo(v.url(), v.platform().jsonName(), v.id().orElse(null),
            v.start().isPresent() ? v.start().getAsInt() : null)).orElse(null),
        t.links().stream().map(l -> new PlainLink(l.label(), l.url())).toList(),
        t.image().map(i -> new PlainImage(i.src(), i.alt())).orElse(null),
        t.summary().orElse(null), t.summaryTruncated(),
        t.line().isPresent() ? t.line().getAsInt() : null);
  }

  private static PlainAffiliation affiliation(Affiliation a) {
    return new PlainAffiliation(a.role().orElse(null),
        a.organization().map(o -> o.name()).orElse(null));
  }
}
