package io.github.talkcatalog.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One affiliation of a speaker: a role ({@code "Executive Director"}), an organization
 * ({@code "PyTorch Foundation"}), or both. At least one of the two is present.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Affiliation {

  Affiliation() {}

  /**
   * {@return the job title or role as written, e.g. {@code "Executive Director"}; never blank,
   * empty when the catalog gives none}
   */
  public abstract Optional<String> role();

  /** {@return the organization; empty when the catalog gives only a role} */
  public abstract Optional<Organization> organization();

  /**
   * Returns an affiliation with a role and an organization.
   *
   * @param role the role as written, not blank
   * @param organization the organization's name as written, not blank
   * @return the affiliation
   * @throws IllegalArgumentException if {@code role} or {@code organization} is blank
   * @throws NullPointerException if {@code role} or {@code organization} is null
   */
  public static Affiliation of(String role, String organization) {
    Arguments.notBlank(role, "role");
    return builder().role(role).organization(Organization.of(organization)).build();
  }

  /**
   * Returns an affiliation with an organization and no role.
   *
   * @param organization the organization's name as written, not blank
   * @return the affiliation
   * @throws IllegalArgumentException if {@code organization} is blank
   * @throws NullPointerException if {@code organization} is null
   */
  public static Affiliation ofOrganization(String organization) {
    return builder().organization(Organization.of(organization)).build();
  }

  /**
   * Returns an affiliation with a role and no organization.
   *
   * @param role the role as written, not blank
   * @return the affiliation
   * @throws IllegalArgumentException if {@code role} is blank
   * @throws NullPointerException if {@code role} is null
   */
  public static Affiliation ofRole(String role) {
    Arguments.notBlank(role, "role");
    return builder().role(role).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Affiliation}; {@code build()} throws {@link IllegalStateException} when
   * neither role nor organization is set, or when the role is blank.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAffiliation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (role().isEmpty() && organization().isEmpty()) {
      throw new IllegalStateException("an affiliation needs a role or an organization");
    }
    if (role().isPresent() && role().get().isBlank()) {
      throw new IllegalStateException("role must not be blank");
    }
  }
}
