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
