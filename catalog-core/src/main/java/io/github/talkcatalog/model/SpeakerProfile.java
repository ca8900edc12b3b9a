package io.github.talkcatalog.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One person of a catalog with every talk they give: an entry of {@link Catalog#speakers()}.
 *
 * <p>The same person is one profile across talks: names are compared without case, accent or
 * spacing differences ({@code "José Núñez"} and {@code "Jose  Nunez"} are one person), and a name
 * with initials ({@code "M Saroufim"}) joins the one full name of the catalog it can stand for
 * ({@code "Mark Saroufim"}). An abbreviation that fits several full names, or none, stays a profile
 * of its own.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SpeakerProfile {

  SpeakerProfile() {}

  /**
   * {@return a stable identifier derived from {@link #name()} by {@link #idOf(String)}, e.g.
   * {@code "maroon-ayoub"}; never empty} Unique within one catalog: when two different people would
   * get the same id, the later one (in order of first appearance) gets {@code "-2"}, {@code "-3"},
   * ... appended.
   */
  public abstract String id();

  /**
   * {@return the fullest form of the name the catalog gives, as written (NFC, never re-cased): the
   * first spelling without initials when there is one, otherwise the first spelling}
   */
  public abstract String name();

  /** {@return the person's talks in document order; never empty} */
  public abstract List<Talk> talks();

  /**
   * {@return the organizations the person is affiliated with across their talks, each once
   * (compared without case or spacing differences, no aliases applied), as first written, in order
   * of first appearance; empty when the catalog names none}
   */
  public abstract List<Organization> organizations();

  /**
   * The speaker id for a name: the project's one id rule, shared with
   * {@link OrganizationProfile#idOf(String)} and {@link Talk#id()}. Decompose the name (Unicode
   * NFD); drop the accents of Latin and Greek letters and keep every other combining mark with its
   * letter (in Cyrillic, Devanagari, … a mark makes another letter or a syllable);
   * lower-case it ({@link Locale#ROOT}); turn every run of characters that are neither letters nor
   * digits into one {@code '-'}; drop {@code '-'} at both ends; recompose (NFC). Letters of every
   * script are kept. A name with no letter or digit gets {@code "speaker"}.
   *
   * <p>Examples: {@code "Maroon Ayoub"} → {@code "maroon-ayoub"}, {@code "José Núñez"} →
   * {@code "jose-nunez"}, {@code "Siobhan O'Neill"} → {@code "siobhan-o-neill"},
   * {@code "M. Ayoub"} → {@code "m-ayoub"}, {@code "李明"} → {@code "李明"}, {@code "Сергей Ёлкин"}
   * → {@code "сергей-ёлкин"} (the Cyrillic {@code й} and {@code ё} are letters of their own, not
   * accented {@code и} and {@code е}).
   *
   * @param name a speaker's name
   * @return the id, never empty
   * @throws NullPointerException if {@code name} is null
   */
  public static String idOf(String name) {
    return Slug.of(name, "speaker", 0);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableSpeakerProfile.Builder {
    Builder() {}
  }

  /** {@return a short form for logs and test failures: id, name and talk positions} */
  @Override
  public String toString() {
    return "SpeakerProfile{" + id() + ", " + name() + ", talks="
        + talks().stream().map(t -> String.valueOf(t.position())).collect(Collectors.joining(",", "[", "]"))
        + "}";
  }
}
