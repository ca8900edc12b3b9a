package io.github.talkcatalog.model;

import io.github.talkcatalog.internal.names.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Names that stand for the same organization, declared by the user for their own catalogs: for
 * example that {@code "Facebook"} and {@code "Meta Platforms"} are {@code "Meta"}.
 *
 * <p>Names are always compared without case, accent or spacing differences (so {@code "IBM"} and
 * {@code "ibm"} never need an alias); aliases join names that differ otherwise. Groups that share a
 * name are merged, so aliasing is transitive. Give the aliases to
 * {@link Catalog#organizations(OrganizationAliases)} or to the organization predicate of
 * {@code io.github.talkcatalog.query.TalkQuery}.
 *
 * <pre>{@code
 * OrganizationAliases aliases = OrganizationAliases.builder()
 *     .alias("Meta", "Facebook", "Meta Platforms")
 *     .build();
 * catalog.organizations(aliases);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; two instances are equal when they group the same
 * names.
 *
 * @since 0.1.0
 */
public final class OrganizationAliases {

  private static final OrganizationAliases NONE = new OrganizationAliases(Map.of());

  /** Name key → key of the group's first declared name. */
  private final Map<String, String> groupKeys;

  /** The groups as sets of name keys, for equality independent of declaration order. */
  private final Set<Set<String>> groups;

  private OrganizationAliases(Map<String, String> groupKeys) {
    this.groupKeys = groupKeys;
    Map<String, Set<String>> byGroup = new HashMap<>();
    groupKeys.forEach((member, group) -> byGroup.computeIfAbsent(group, g -> new HashSet<>()).add(member));
    this.groups = Set.copyOf(byGroup.values());
  }

  /**
   * No aliases: organizations are compared only without case, accent or spacing differences.
   *
   * @return the empty set of aliases
   */
  public static OrganizationAliases none() {
    return NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder without aliases
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grouping key of an organization name: the same for two names exactly when they are one
   * organization under these aliases. The key is for comparison only; its form is unspecified.
   *
   * @param organization an organization's name
   * @return the key
   * @throws NullPointerException if {@code organization} is null
   */
  public String key(String organization) {
    String k = Names.key(organization);
    return groupKeys.getOrDefault(k, k);
  }

  /**
   * Whether two names stand for the same organization under these aliases.
   *
   * @param a an organization's name
   * @param b another organization's name
   * @return whether they are one organization
   * @throws NullPointerException if {@code a} or {@code b} is null
   */
  public boolean same(String a, String b) {
    return key(a).equals(key(b));
  }

  /** {@return whether there are no aliases, as for {@link #none()}} */
  public boolean isEmpty() {
    return groupKeys.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganizationAliases && ((OrganizationAliases) o).groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return groups.hashCode();
  }

  @Override
  public String toString() {
    return "OrganizationAliases" + groups;
  }

  /**
   * Collects alias groups; {@link #build()} returns an immutable {@link OrganizationAliases}. A
   * builder is not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final Map<String, String> groupKeys = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Declares that all these names are one organization. A name already declared in another group
     * merges the two groups.
     *
     * @param name an organization's name, not blank
     * @param sameAs other names of the same organization, not blank
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     * @throws NullPointerException if a name is {@code null}
     */
    public Builder alias(String name, String... sameAs) {
      List<String> keys = new ArrayList<>(sameAs.length + 1);
      keys.add(checkedKey(name));
      for (String other : sameAs) {
        keys.add(checkedKey(other));
      }
      String target = groupKeys.getOrDefault(keys.get(0), keys.get(0));
      for (String k : keys) {
        String old = groupKeys.getOrDefault(k, k);
        if (!old.equals(target)) {
          groupKeys.replaceAll((member, group) -> group.equals(old) ? target : group);
        }
        groupKeys.put(k, target);
      }
      return this;
    }

    private static String checkedKey(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("an organization alias must not be blank");
      }
      return Names.key(name);
    }

    /**
     * Returns the aliases declared so far.
     *
     * @return an immutable set of aliases
     */
    public OrganizationAliases build() {
      Map<String, String> nonTrivial = new LinkedHashMap<>();
      groupKeys.forEach((member, group) -> {
        if (!member.equals(group) || groupKeys.values().stream().filter(group::equals).count() > 1) {
          nonTrivial.put(member, group);
        }
      });
      return nonTrivial.isEmpty() ? NONE : new OrganizationAliases(Collections.unmodifiableMap(nonTrivial));
    }
  }
}
