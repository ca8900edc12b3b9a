package io.github.talkcatalog.query;

import io.github.talkcatalog.internal.names.Names;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.OrganizationAliases;
import io.github.talkcatalog.model.OrganizationProfile;
import io.github.talkcatalog.model.SpeakerProfile;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Lookups and counts over one catalog: talks by speaker, by organization, by label and by section,
 * talk counts for each, and the most frequent.
 *
 * <p>Build it with {@link #of(Catalog)} and keep it as long as the catalog: each call builds a new
 * index. Everything is computed when the index is built; lookups by organization and label are then map look-ups, lookups by speaker
 * look through the catalog's people. The index is immutable and thread-safe.
 *
 * <p>Counts are numbers of talks. Every "most frequent first" order breaks ties by first
 * appearance in the catalog. Names in lookups are compared as {@link TalkQuery} compares them.
 * Every method throws {@link NullPointerException} on a {@code null} argument; lists and maps it
 * returns are immutable.
 *
 * @since 0.1.0
 */
public final class CatalogIndex {

  private final Catalog catalog;
  private final Map<String, OrganizationProfile> organizationsByKey;
  /** Label key → talks, in order of first appearance of the label. */
  private final Map<String, List<Talk>> talksByLabel;
  private final List<SpeakerProfile> speakersByFrequency;
  private final List<OrganizationProfile> organizationsByFrequency;
  private final Map<String, Integer> labelCounts;
  /** Section key → talks, in order of first appearance of the section. */
  private final Map<String, List<Talk>> talksBySectionKey;
  /** Section as first written → talks, in order of first appearance. */
  private final Map<String, List<Talk>> talksBySection;

  private CatalogIndex(Catalog catalog) {
    this.catalog = catalog;
    Map<String, OrganizationProfile> organizations = new LinkedHashMap<>();
    for (OrganizationProfile o : catalog.organizations()) {
      organizations.put(Names.key(o.name()), o);
    }
    this.organizationsByKey = organizations;
    Map<String, List<Talk>> byLabel = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Talk talk : catalog.talks()) {
      for (String label : talk.labels()) {
        String key = Names.key(label);
        names.putIfAbsent(key, label);
        List<Talk> talks = byLabel.computeIfAbsent(key, k -> new ArrayList<>());
        if (talks.isEmpty() || talks.get(talks.size() - 1) != talk) {
          talks.add(talk);
        }
      }
    }
    byLabel.replaceAll((k, v) -> List.copyOf(v));
    this.talksByLabel = byLabel;
    this.speakersByFrequency = byFrequency(catalog.speakers(), p -> p.talks().size());
    this.organizationsByFrequency = byFrequency(catalog.organizations(), o -> o.talks().size());
    Map<String, Integer> labels = new LinkedHashMap<>();
    for (String key : byFrequency(List.copyOf(byLabel.keySet()), k -> byLabel.get(k).size())) {
      labels.put(names.get(key), byLabel.get(key).size());
    }
    this.labelCounts = Collections.unmodifiableMap(labels);
    Map<String, List<Talk>> bySectionKey = new LinkedHashMap<>();
    Map<String, List<Talk>> bySection = new LinkedHashMap<>();
    for (Talk talk : catalog.talks()) {
      talk.section().ifPresent(section -> {
        List<Talk> talks = bySectionKey.computeIfAbsent(Names.key(section), k -> new ArrayList<>());
        if (talks.isEmpty()) {
          bySection.put(section, talks);
        }
        talks.add(talk);
      });
    }
    bySectionKey.replaceAll((k, v) -> List.copyOf(v));
    bySection.replaceAll((k, v) -> bySectionKey.get(Names.key(k)));
    this.talksBySectionKey = bySectionKey;
    this.talksBySection = Collections.unmodifiableMap(bySection);
  }

  /**
   * Builds the index of a catalog; each call builds a new one, so keep the index you need again.
   *
   * @param catalog the catalog
   * @return a new index
   */
  public static CatalogIndex of(Catalog catalog) {
    return new CatalogIndex(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * The talks of every person of {@link Catalog#speakers()} whose name {@code name} matches (as
   * {@link TalkQuery#speaker(String)} compares names: full or abbreviated, ignoring case, accents
   * and spacing), in document order. An abbreviation that fits several people returns the talks of
   * all of them. This looks through the people of the catalog on each call.
   *
   * @param name a person's full or abbreviated name
   * @return the talks; empty when nobody matches
   */
  public List<Talk> talksBySpeaker(String name) {
    Objects.requireNonNull(name, "name");
    List<SpeakerProfile> matching = new ArrayList<>();
    for (SpeakerProfile p : catalog.speakers()) {
      if (SpeakerNames.matches(name, p.name())) {
        matching.add(p);
      }
    }
    if (matching.size() == 1) {
      return matching.get(0).talks();
    }
    return catalog.talks().stream()
        .filter(t -> matching.stream().anyMatch(p -> p.talks().contains(t)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The talks of the organization, compared ignoring case, accents and spacing, in document order.
   *
   * @param name an organization's name
   * @return the talks; empty when no speaker has that organization
   */
  public List<Talk> talksByOrganization(String name) {
    OrganizationProfile o = organizationsByKey.get(Names.key(Objects.requireNonNull(name, "name")));
    return o == null ? List.of() : o.talks();
  }

  /**
   * The talks of the organization under the user's aliases, in document order. Unlike
   * {@link #talksByOrganization(String)} this filters the talks on every call.
   *
   * @param name an organization's name
   * @param aliases the user's organization aliases
   * @return the talks; empty when no speaker has that organization
   */
  public List<Talk> talksByOrganization(String name, OrganizationAliases aliases) {
    if (Objects.requireNonNull(aliases, "aliases").isEmpty()) {
      return talksByOrganization(name);
    }
    return catalog.filter(TalkQuery.organization(name, aliases)).talks();
  }

  /**
   * The talks that carry the label, compared ignoring case, accents and spacing, in document order.
   *
   * @param label a session-type label
   * @return the talks; empty when no talk carries it
   */
  public List<Talk> talksByLabel(String label) {
    return talksByLabel.getOrDefault(Names.key(Objects.requireNonNull(label, "label")), List.of());
  }

  /**
   * The talks under a section heading ({@link Talk#section()}), compared ignoring case, accents and
   * spacing, in document order.
   *
   * @param section a section as written, e.g. {@code "Day 1"}
   * @return the talks; empty when no talk is in that section
   * @since 0.2.0
   */
  public List<Talk> talksBySection(String section) {
    return talksBySectionKey.getOrDefault(Names.key(Objects.requireNonNull(section, "section")), List.of());
  }

  /**
   * The talks grouped by {@link Talk#section() section}: each section (as first written) with its
   * talks in document order, the sections in order of first appearance. Talks without a section
   * are in no group.
   *
   * @return an unmodifiable map in that order; empty when no talk has a section
   * @since 0.2.0
   */
  public Map<String, List<Talk>> talksBySection() {
    return talksBySection;
  }

  /**
   * Every label (as first written) with its number of talks, most frequent first.
   *
   * @return an unmodifiable map in that order
   */
  public Map<String, Integer> labelCounts() {
    return labelCounts;
  }

  /**
   * The {@code n} labels with the most talks, most frequent first.
   *
   * @param n how many at most, {@code >= 0}
   * @return up to {@code n} labels as first written
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<String> mostFrequentLabels(int n) {
    return first(List.copyOf(labelCounts.keySet()), n);
  }

  /**
   * Every person of {@link Catalog#speakers()}, most talks first.
   *
   * @return an immutable list
   */
  public List<SpeakerProfile> speakersByTalkCount() {
    return speakersByFrequency;
  }

  /**
   * The {@code n} people with the most talks, most frequent first.
   *
   * @param n how many at most, {@code >= 0}
   * @return up to {@code n} profiles
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<SpeakerProfile> mostFrequentSpeakers(int n) {
    return first(speakersByFrequency, n);
  }

  /**
   * Every organization of {@link Catalog#organizations()}, most talks first.
   *
   * @return an immutable list
   */
  public List<OrganizationProfile> organizationsByTalkCount() {
    return organizationsByFrequency;
  }

  /**
   * The {@code n} organizations with the most talks, most frequent first.
   *
   * @param n how many at most, {@code >= 0}
   * @return up to {@code n} profiles
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public List<OrganizationProfile> mostFrequentOrganizations(int n) {
    return first(organizationsByFrequency, n);
  }

  private static <T> List<T> byFrequency(List<T> inOrder, ToIntFunction<T> count) {
    List<T> sorted = new ArrayList<>(inOrder);
    sorted.sort(Comparator.comparingInt(count).reversed()); // stable: ties keep first appearance
    return List.copyOf(sorted);
  }

  private static <T> List<T> first(List<T> list, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    return list.subList(0, Math.min(n, list.size()));
  }
}
