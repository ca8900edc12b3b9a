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
import java.util.Optional;
import java.util.Set;

/**
 * Names that stand for the same organization, declared by the user for their own catalogs: for
 * example that {@code "Facebook"} and {@code "Meta Platforms"} are {@code "Meta"}.
 *
 * <p>Names are always compared without case, accent or spacing differences (so {@code "IBM"} and
 * {@code "ibm"} never need an alias); aliases join names that differ otherwise. Groups that share a
 * name are merged, so aliasing is transitive. A group declared with {@link Builder#named} carries
 * the caller's name for it ({@link #name(String)}), which the organization views then use; other
 * groups are named as first written in the catalog. Give the aliases to
 * {@link Catalog#organizations(OrganizationAliases)} or to the organization predicate of
 * {@code io.github.talkcatalog.query.TalkQuery}.
 *
 * <pre>{@code
 * OrganizationAliases aliases = OrganizationAliases.builder()
 *     .alias("Meta", "Facebook", "Meta Platforms")
 *     .named("Alphabet", "Google", "Google DeepMind")
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

  private static final OrganizationAliases NONE = new OrganizationAliases(Map.of(), Map.of());

  /** Name key → key of the group's first declared name. */
  private final Map<String, String> groupKeys;

  /** Group key → the name the caller gave the group, for groups declared with a name. */
  private final Map<String, String> groupNames;

  /** The groups as sets of name keys, for equality independent of declaration order. */
  private final Set<Set<String>> groups;

  private OrganizationAliases(Map<String, String> groupKeys, Map<String, String> groupNames) {
    this.groupKeys = groupKeys;
    this.groupNames = groupNames;
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
   * The name the caller gave the group of an organization name with {@link Builder#named}.
   *
   * @param organization an organization's name
   * @return the group's name; empty when the name is in no named group
   * @throws NullPointerException if {@code organization} is null
   * @since 0.2.0
   */
  public Optional<String> name(String organization) {
    return Optional.ofNullable(groupNames.get(key(organization)));
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
    return o instanceof OrganizationAliases other && other.groups.equals(groups)
        && other.namedGroups().equals(namedGroups());
  }

  /** Each named group as the set of its name keys → the caller's name. */
  private Map<Set<String>, String> namedGroups() {
    Map<Set<String>, String> named = new HashMap<>();
    for (Set<String> group : groups) {
      String name = groupNames.get(groupKeys.get(group.iterator().next()));
      if (name != null) {
        named.put(group, name);
      }
    }
    return named;
  }

  @Override
  public int hashCode() {
    return groups.hashCode() * 31 + namedGroups().hashCode();
  }

  @Override
  public String toString() {
    return "OrganizationAliases" + groups + (groupNames.isEmpty() ? "" : " named " + namedGroups().values());
  }

  /**
   * Collects alias groups; {@link #build()} returns an immutable {@link OrganizationAliases}. A
   * builder is not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final Map<String, String> groupKeys = new LinkedHashMap<>();
    private final Map<String, String> groupNames = new LinkedHashMap<>();

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
      join(name, sameAs);
      return this;
    }

    /**
     * Declares that all these names are one organization, as {@link #alias} does, and names the
     * group {@code name}: {@link Catalog#organizations(OrganizationAliases)} then lists it under
     * {@code name} (stripped) even when the catalog writes only the other names. When groups
     * merge, the name given first stays.
     *
     * <pre>{@code
     * OrganizationAliases.builder().named("Meta", "Facebook", "Meta Platforms").build();
     * }</pre>
     *
     * @param name the organization's name for the group, not blank
     * @param sameAs other names of the same organization, not blank
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     * @throws NullPointerException if a name is {@code null}
     * @since 0.2.0
     */
    public Builder named(String name, String... sameAs) {
      String group = join(name, sameAs);
      groupNames.putIfAbsent(group, name.strip());
      return this;
    }

    /** Joins the names into one group; returns the group's key. */
    private String join(String name, String... sameAs) {
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
          String oldName = groupNames.remove(old);
          if (oldName != null) {
            groupNames.putIfAbsent(target, oldName);
          }
        }
        groupKeys.put(k, target);
      }
      return target;
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
        if (!member.equals(group) || groupKeys.values().stream().filter(group::equals).count() > 1
            || groupNames.containsKey(group)) {
          nonTrivial.put(member, group);
        }
      });
      return nonTrivial.isEmpty() ? NONE : new OrganizationAliases(
          Collections.unmodifiableMap(nonTrivial), Collections.unmodifiableMap(new LinkedHashMap<>(groupNames)));
    }
  }
}
