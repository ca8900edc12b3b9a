package io.github.talkcatalog.internal.json;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.Platform;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The catalog JSON format, version 1 ({@code docs/catalog-json.md}): one {@link Mapping} per model
 * type, the only place that names a field. A new field is one line here (plus the schema and the
 * docs); both Jackson modules pick it up.
 *
 * <p>Writing: {@code format} first, fields in the order below, absent optional values left out
 * (never {@code null}), lists always written, a talk's {@code line} last when known. An
 * {@link Organization} is written as its name.
 */
public final class CatalogMapping {

  private static final String FORMAT_PREFIX = "talk-catalog/";

  /** A {@link Talk}. */
  public static final ObjectMapping<Talk, Talk.Builder> TALK = new ObjectMapping<>(
      Talk.class, Talk::builder, Talk.Builder::build, List.of(
          Field.integer("position", Talk::position, Talk.Builder::position),
          Field.optionalInt("index", Talk::index, Talk.Builder::index),
          Field.optionalString("section", Talk::section, Talk.Builder::section),
          Field.string("heading", Talk::heading, Talk.Builder::heading),
          Field.strings("labels", Talk::labels, Talk.Builder::labels),
          Field.string("title", Talk::title, Talk.Builder::title),
          Field.values("speakers", Speaker.class, Talk::speakers, Talk.Builder::speakers),
          Field.optionalValue("video", Video.class, Talk::video, Talk.Builder::video),
          Field.values("links", Link.class, Talk::links, Talk.Builder::links),
          Field.optionalValue("image", Image.class, Talk::image, Talk.Builder::image),
          Field.optionalString("summary", Talk::summary, Talk.Builder::summary),
          Field.optionalString("abstract", CatalogMapping::abstractUnlessSummary, Talk.Builder::abstractText),
          Field.bool("summaryTruncated", Talk::summaryTruncated, Talk.Builder::summaryTruncated),
          Field.optionalInt("duration", Talk::duration, Talk.Builder::duration),
          Field.optionalString("event", Talk::event, Talk.Builder::event),
          Field.optionalInt("year", Talk::year, Talk.Builder::year),
          Field.optionalInt("line", Talk::line, Talk.Builder::line)));

  /** A {@link Catalog}; {@code format} must name major version 1. */
  public static final ObjectMapping<Catalog, Catalog.Builder> CATALOG = new ObjectMapping<>(
      Catalog.class, Catalog::builder, Catalog.Builder::build, List.of(
          new Field<>("format", true, (c, n, out) -> {
            out.name(n);
            out.string(Catalog.FORMAT);
          }, (b, in, owner) -> checkFormat(in, Values.string(in))),
          Field.string("title", Catalog::title, Catalog.Builder::title),
          Field.optionalString("description", Catalog::description, Catalog.Builder::description),
          Field.optionalValue("collection", Collection.class, Catalog::collection, Catalog.Builder::collection),
          Field.optionalInt("declaredCount", Catalog::declaredCount, Catalog.Builder::declaredCount),
          Field.values("talks", Talk.class, Catalog::talks, Catalog.Builder::talks).required()));

  /** A {@link Collection}. */
  public static final ObjectMapping<Collection, Collection.Builder> COLLECTION = new ObjectMapping<>(
      Collection.class, Collection::builder, Collection.Builder::build, List.of(
          Field.string("url", Collection::url, Collection.Builder::url),
          Field.optionalString("label", Collection::label, Collection.Builder::label),
          Field.optionalInt("size", Collection::size, Collection.Builder::size),
          Field.optionalString("playlistId", Collection::playlistId, Collection.Builder::playlistId)));

  /** A {@link Speaker}. */
  public static final ObjectMapping<Speaker, Speaker.Builder> SPEAKER = new ObjectMapping<>(
      Speaker.class, Speaker::builder, Speaker.Builder::build, List.of(
          Field.string("name", Speaker::name, Speaker.Builder::name),
          Field.values("affiliations", Affiliation.class, Speaker::affiliations, Speaker.Builder::affiliations)));

  /** An {@link Affiliation}: at least one of {@code role} and {@code organization}. */
  public static final ObjectMapping<Affiliation, Affiliation.Builder> AFFILIATION = new ObjectMapping<>(
      Affiliation.class, Affiliation::builder, Affiliation.Builder::build, List.of(
          Field.optionalString("role", Affiliation::role, Affiliation.Builder::role),
          Field.optionalValue("organization", Organization.class, Affiliation::organization,
              Affiliation.Builder::organization)));

  /** A {@link Video}; the platform by its JSON name. */
  public static final ObjectMapping<Video, Video.Builder> VIDEO = new ObjectMapping<>(
      Video.class, Video::builder, Video.Builder::build, List.of(
          Field.string("url", Video::url, Video.Builder::url),
          new Field<>("platform", true, (v, n, out) -> {
            out.name(n);
            out.string(v.platform().jsonName());
          }, (b, in, owner) -> b.platform(platform(in))),
          Field.optionalString("id", Video::id, Video.Builder::id),
          Field.optionalInt("start", Video::start, Video.Builder::start)));

  /** An {@link Image}; read into {@code {src, alt}}, as it has a factory, not a builder. */
  public static final ObjectMapping<Image, String[]> IMAGE = new ObjectMapping<>(
      Image.class, () -> new String[2], p -> Image.of(p[0], p[1]), List.of(
          Field.string("src", Image::src, (p, v) -> p[0] = v),
          Field.string("alt", Image::alt, (p, v) -> p[1] = v)));

  /** A {@link Link}; read into {@code {label, url}}. */
  public static final ObjectMapping<Link, String[]> LINK = new ObjectMapping<>(
      Link.class, () -> new String[2], p -> Link.of(p[0], p[1]), List.of(
          Field.string("label", Link::label, (p, v) -> p[0] = v),
          Field.string("url", Link::url, (p, v) -> p[1] = v)));

  /** An {@link Organization}, written as its name: a string that is not blank. */
  public static final Mapping<Organization> ORGANIZATION = new Mapping<>() {
    @Override
    public Class<Organization> type() {
      return Organization.class;
    }

    @Override
    public List<String> fieldNames() {
      return List.of();
    }

    @Override
    public void write(Organization value, JsonOutput out) throws IOException {
      out.string(value.name());
    }

    @Override
    public Organization read(JsonInput in) throws IOException {
      String name = Values.string(in);
      if (name.isBlank()) {
        throw in.mismatch(Organization.class, Values.invalid(Organization.class, in.path(),
            "an organization name must not be blank"));
      }
      return Organization.of(name);
    }
  };

  private static final CatalogMapping STANDARD = new CatalogMapping(List.of(
      CATALOG, COLLECTION, TALK, SPEAKER, AFFILIATION, ORGANIZATION, VIDEO, IMAGE, LINK));

  private final List<Mapping<?>> mappings;

  private CatalogMapping(List<Mapping<?>> mappings) {
    this.mappings = List.copyOf(mappings);
  }

  /** {@return the format as this version defines it} */
  public static CatalogMapping standard() {
    return STANDARD;
  }

  /** {@return one mapping per model type} */
  public List<Mapping<?>> mappings() {
    return mappings;
  }

  /**
   * Returns these mappings with {@code replacement} instead of the mapping of its type.
   *
   * @param replacement a mapping
   * @return new mappings
   */
  public CatalogMapping with(Mapping<?> replacement) {
    return new CatalogMapping(mappings.stream()
        .map(m -> m.type() == replacement.type() ? replacement : m).toList());
  }

  /** A talk's abstract when it is not just its summary (the reader's default). */
  private static Optional<String> abstractUnlessSummary(Talk talk) {
    return talk.abstractText().equals(talk.summary()) ? Optional.empty() : talk.abstractText();
  }

  private static void checkFormat(JsonInput in, String format) throws IOException {
    String why = null;
    if (!format.startsWith(FORMAT_PREFIX)) {
      why = "format \"" + format + "\" is not a talk catalog format; expected \"" + Catalog.FORMAT + "\"";
    } else {
      String version = format.substring(FORMAT_PREFIX.length());
      int dot = version.indexOf('.');
      if (!(dot < 0 ? version : version.substring(0, dot)).equals("1")) {
        why = "unsupported format version \"" + format + "\"; this reader reads major version 1 (\""
            + Catalog.FORMAT + "\")";
      }
    }
    if (why != null) {
      throw in.mismatch(Catalog.class, Values.invalid(Catalog.class, in.path(), why));
    }
  }

  private static Platform platform(JsonInput in) throws IOException {
    String text = Values.string(in);
    try {
      return Platform.fromJsonName(text);
    } catch (IllegalArgumentException e) {
      throw in.mismatch(Video.class, Values.invalid(Video.class, in.path(), String.valueOf(e.getMessage())));
    }
  }
}
