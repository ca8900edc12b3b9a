package io.github.talkcatalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A talk catalog: its title, its introduction and its talks in document order.
 *
 * <p>This is the model of the catalog JSON format, version 1 ({@value #FORMAT}); see
 * {@code docs/catalog-json.md}.
 *
 * <p>Besides its attributes a catalog offers derived views: {@link #speakers()},
 * {@link #organizations()} and {@link #index()}. Each is computed from the talks on first use and
 * then kept by this instance (thread-safe); derived views are not part of equality,
 * {@code hashCode}, {@code toString} or the JSON form. {@link #filter(Predicate)} returns a catalog
 * with fewer talks.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Catalog {

  /** The value of the {@code format} field this model reads and writes. */
  public static final String FORMAT = "talk-catalog/1";

  Catalog() {}

  /**
   * {@return the text of the document's first level-1 heading; {@code ""} when the document has
   * none}
   */
  public abstract String title();

  /**
   * {@return the introduction between the title and the first talk, as plain text; empty when
   * none}
   */
  public abstract Optional<String> description();

  /**
   * {@return the larger collection the catalog was drawn from; empty when the catalog names none}
   */
  public abstract Optional<Collection> collection();

  /**
   * {@return the number of talks the introduction says the catalog holds ("There are 53 videos
   * ..."), as stated, even in a filtered catalog; never negative, empty when the introduction
   * states none}
   */
  public abstract OptionalInt declaredCount();

  /** {@return the talks in document order; an immutable list, empty for a catalog without talks} */
  public abstract List<Talk> talks();

  /**
   * The people of the catalog, each once, in order of first appearance, each with a stable
   * {@linkplain SpeakerProfile#id() id}, the fullest form of the name, the talks in document order
   * and the organizations seen with them.
   *
   * <p>Names are compared without case, accent or spacing differences, and a name with initials
   * ({@code "M Saroufim"}) counts as the one full name of the catalog it can stand for
   * ({@code "Mark Saroufim"}); see {@link SpeakerProfile}. Computed once per instance, on first
   * call.
   *
   * @return an immutable list, empty when no talk names a speaker
   */
  @Value.Lazy
  public List<SpeakerProfile> speakers() {
    return CatalogViews.speakers(talks());
  }

  /**
   * The talks by id, in document order: the key is the talk's {@link Talk#id()} (derived from its
   * title), with {@code "-2"}, {@code "-3"}, ... appended to the second, third, ... talk whose id
   * repeats an earlier one. The ids depend on neither heading nor source line, so a Markdown or
   * JSON round trip keeps them; a filtered catalog gives each talk the id it has there. Computed
   * once per instance, on first call.
   *
   * @return an immutable map in document order, empty for a catalog without talks
   * @since 0.2.0
   */
  @Value.Lazy
  public Map<String, Talk> talksById() {
    return CatalogViews.talksById(talks());
  }

  /**
   * The organizations of the catalog's speakers, each once, in order of first appearance, with the
   * name as first written, the speakers and the talks. Names are compared without case, accent or
   * spacing differences ({@code "Hugging Face"} = {@code "hugging face"}); no aliases apply.
   * Computed once per instance, on first call.
   *
   * @return an immutable list, empty when no speaker has an organization
   */
  @Value.Lazy
  public List<OrganizationProfile> organizations() {
    return CatalogViews.organizations(talks(), speakers(), OrganizationAliases.none());
  }

  /**
   * The organizations as {@link #organizations()} gives them, but with names that {@code aliases}
   * declares the same grouped as one organization, named as first written in the catalog or, for a
   * group declared with {@link OrganizationAliases.Builder#named}, by the caller's name. Computed
   * on every call (unlike {@link #organizations()}).
   *
   * @param aliases the user's organization aliases
   * @return an immutable list in order of first appearance
   * @throws NullPointerException if {@code aliases} is null
   */
  public List<OrganizationProfile> organizations(OrganizationAliases aliases) {
    Objects.requireNonNull(aliases, "aliases");
    if (aliases.isEmpty()) {
      return organizations();
    }
    return CatalogViews.organizations(talks(), speakers(), aliases);
  }

  /**
   * Returns a catalog with only the talks that {@code predicate} accepts, in document order. Each
   * talk is kept as it is, {@linkplain Talk#position() position} included (so gaps appear); the
   * title, description, collection and declared count stay unchanged. Predicates for common needs
   * are in {@code io.github.talkcatalog.query.TalkQuery}.
   *
   * @param predicate which talks to keep; called once per talk, in document order
   * @return the filtered catalog; this instance when every talk is kept
   * @throws NullPointerException if {@code predicate} is null
   */
  public Catalog filter(Predicate<? super Talk> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    List<Talk> kept = new ArrayList<>();
    for (Talk talk : talks()) {
      if (predicate.test(talk)) {
        kept.add(talk);
      }
    }
    if (kept.size() == talks().size()) {
      return this;
    }
    return builder().from(this).talks(kept).build();
  }

  /**
   * What {@link #concat(String, List, TitleAs)} does with each source catalog's title.
   *
   * @since 0.2.0
   */
  public enum TitleAs {
    /** The title is dropped; each talk keeps its {@link Talk#section() section}. */
    NOTHING,
    /**
     * The title becomes the {@link Talk#section() section} of each of its talks, replacing the
     * section the talk had; a catalog whose title is {@code ""} leaves its talks' sections as they
     * are.
     */
    SECTION
  }

  /**
   * Joins catalogs into one, keeping each talk's section; see
   * {@link #concat(String, List, TitleAs)}.
   *
   * @param title the title of the joined catalog, possibly {@code ""}
   * @param catalogs the catalogs, in the order their talks are to appear
   * @return the joined catalog
   * @throws NullPointerException if an argument or a catalog is null
   * @since 0.2.0
   */
  public static Catalog concat(String title, List<Catalog> catalogs) {
    return concat(title, catalogs, TitleAs.NOTHING);
  }

  /**
   * Joins catalogs into one: the talks of the first catalog, then those of the second, and so on,
   * with their {@linkplain Talk#position() positions} renumbered 1..n in that order. Every other
   * attribute of a talk is kept (its {@linkplain Talk#line() line} still refers to the file it was
   * read from), except its section when {@code titleAs} is {@link TitleAs#SECTION}. The joined
   * catalog has the given title and no description, collection or declared count, since those of
   * the sources describe only a part.
   *
   * <pre>{@code
   * Catalog all = Catalog.concat("All talks", List.of(day1, day2), Catalog.TitleAs.SECTION);
   * }</pre>
   *
   * @param title the title of the joined catalog, possibly {@code ""}
   * @param catalogs the catalogs, in the order their talks are to appear; possibly empty
   * @param titleAs what to do with each catalog's title
   * @return the joined catalog; without talks when {@code catalogs} has none
   * @throws NullPointerException if an argument or a catalog is null
   * @since 0.2.0
   */
  public static Catalog concat(String title, List<Catalog> catalogs, TitleAs titleAs) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(titleAs, "titleAs");
    Builder joined = builder().title(title);
    int position = 0;
    for (Catalog part : List.copyOf(catalogs)) {
      boolean asSection = titleAs == TitleAs.SECTION && !part.title().isEmpty();
      for (Talk talk : part.talks()) {
        Talk.Builder renumbered = Talk.builder().from(talk).position(++position);
        if (asSection) {
          renumbered.section(part.title());
        }
        joined.addTalks(renumbered.build());
      }
    }
    return joined.build();
  }

  /** {@return a new, empty builder; {@code title} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Catalog}; {@code build()} throws {@link IllegalStateException} when the title
   * is missing or the declared count is negative.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCatalog.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (declaredCount().isPresent() && declaredCount().getAsInt() < 0) {
      throw new IllegalStateException("declaredCount must be >= 0");
    }
  }
}
