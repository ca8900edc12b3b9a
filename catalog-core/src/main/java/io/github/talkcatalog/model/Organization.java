package io.github.talkcatalog.model;

import org.immutables.value.Value;

/**
 * An organization a speaker is affiliated with, such as {@code "PyTorch Foundation"}.
 *
 * <p>The name is kept as the catalog writes it (NFC, never re-cased). Equality compares names
 * exactly; catalog-wide grouping that ignores case and spacing is done by
 * {@link Catalog#organizations()}. In JSON an organization is written as its name.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Organization {

  Organization() {}

  /** {@return the organization's name as written (NFC, never re-cased); never blank} */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the organization with this name.
   *
   * @param name the name as written, not blank
   * @return the organization
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} is null
   */
  public static Organization of(String name) {
    Arguments.notBlank(name, "organization name");
    return ImmutableOrganization.of(name);
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("organization name must not be blank");
    }
  }

  /** {@return the organization's {@linkplain #name() name}} */
  @Override
  public String toString() {
    return name();
  }
}
