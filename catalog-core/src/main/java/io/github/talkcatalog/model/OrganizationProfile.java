package io.github.talkcatalog.model;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One organization of a catalog with its speakers and talks: an entry of
 * {@link Catalog#organizations()}.
 *
 * <p>Organization names are compared without case or spacing differences ({@code "Hugging Face"},
 * {@code "hugging face"} and {@code "HuggingFace"} are one organization), and through
 * {@link OrganizationAliases} when the caller gives some.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OrganizationProfile {

  OrganizationProfile() {}

  /**
   * {@return a stable identifier derived from {@link #name()} by {@link #idOf(String)}, e.g.
   * {@code "pytorch-foundation"}; never empty} Unique within one list of organizations: when two
   * organizations would get the same id, the later one (in order of first appearance) gets
   * {@code "-2"}, {@code "-3"}, ... appended. The same organization keeps its id across a Markdown
   * or JSON round trip.
   *
   * @since 0.2.0
   */
  public abstract String id();

  /** {@return the organization as first written in the catalog (NFC, never re-cased)} */
  public abstract Organization organization();

  /**
   * {@return the organization's name as first written; the same as {@code organization().name()}}
   */
  public String name() {
    return organization().name();
  }

  /**
   * {@return the people affiliated with the organization in at least one talk, each once, in order
   * of first appearance; the same profiles as {@link Catalog#speakers()} holds}
   */
  public abstract List<SpeakerProfile> speakers();

  /**
   * {@return the talks in which at least one speaker is affiliated with the organization, in
   * document order; never empty}
   */
  public abstract List<Talk> talks();

  /**
   * The organization id for a name, by the rule of {@link SpeakerProfile#idOf(String)}; a name with
   * no letter or digit gets {@code "organization"}. Examples: {@code "PyTorch Foundation"} →
   * {@code "pytorch-foundation"}, {@code "Université Côte d'Azur"} →
   * {@code "universite-cote-d-azur"}, {@code "Яндекс"} → {@code "яндекс"}.
   *
   * @param name an organization's name
   * @return the id, never empty
   * @throws NullPointerException if {@code name} is null
   * @since 0.2.0
   */
  public static String idOf(String name) {
    return Slug.of(name, "organization", 0);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableOrganizationProfile.Builder {
    Builder() {}
  }

  /** {@return a short form for logs and test failures: name, speaker ids and talk positions} */
  @Override
  public String toString() {
    return "OrganizationProfile{" + name() + ", speakers="
        + speakers().stream().map(SpeakerProfile::id).collect(Collectors.joining(",", "[", "]"))
        + ", talks="
        + talks().stream().map(t -> String.valueOf(t.position())).collect(Collectors.joining(",", "[", "]"))
        + "}";
  }
}
