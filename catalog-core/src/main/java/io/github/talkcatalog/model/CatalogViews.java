package io.github.talkcatalog.model;

import io.github.talkcatalog.internal.names.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes the catalog-wide views of people and organizations from a catalog's talks. */
final class CatalogViews {

  private CatalogViews() {}

  /** The people of {@code talks}, each once, in order of first appearance. */
  static List<SpeakerProfile> speakers(List<Talk> talks) {
    PersonResolver resolver = new PersonResolver(talks);
    Map<String, PersonAccumulator> people = new LinkedHashMap<>();
    for (Talk talk : talks) {
      for (Speaker speaker : talk.speakers()) {
        String group = resolver.groupKey(speaker.name());
        PersonAccumulator person = people.computeIfAbsent(
            group, g -> new PersonAccumulator(resolver.fullName(g).orElse(speaker.name())));
        person.add(talk, speaker);
      }
    }
    List<SpeakerProfile> profiles = new ArrayList<>(people.size());
    Set<String> ids = new HashSet<>();
    for (PersonAccumulator person : people.values()) {
      profiles.add(SpeakerProfile.builder()
          .id(uniqueId(SpeakerProfile.idOf(person.name), ids))
          .name(person.name)
          .talks(person.talks)
          .organizations(person.organizations.values())
          .build());
    }
    return List.copyOf(profiles);
  }

  /**
   * The organizations of {@code talks}, each once under {@code aliases}, in order of first
   * appearance; {@code speakers} are the catalog's people as {@link #speakers(List)} returns them.
   */
  static List<OrganizationProfile> organizations(
      List<Talk> talks, List<SpeakerProfile> speakers, OrganizationAliases aliases) {
    PersonResolver resolver = new PersonResolver(talks);
    Map<String, SpeakerProfile> byGroup = new LinkedHashMap<>();
    for (SpeakerProfile p : speakers) {
      byGroup.putIfAbsent(resolver.groupKey(p.name()), p);
    }
    Map<String, OrganizationAccumulator> organizations = new LinkedHashMap<>();
    for (Talk talk : talks) {
      for (Speaker speaker : talk.speakers()) {
        SpeakerProfile person = byGroup.get(resolver.groupKey(speaker.name()));
        for (Affiliation affiliation : speaker.affiliations()) {
          if (affiliation.organization().isEmpty()) {
            continue;
          }
          Organization organization = affiliation.organization().get();
          organizations
              .computeIfAbsent(aliases.key(organization.name()), k -> new OrganizationAccumulator(
                  aliases.name(organization.name()).map(Organization::of).orElse(organization)))
              .add(talk, person);
        }
      }
    }
    List<OrganizationProfile> profiles = new ArrayList<>(organizations.size());
    Set<String> ids = new HashSet<>();
    for (OrganizationAccumulator o : organizations.values()) {
      profiles.add(OrganizationProfile.builder()
          .id(uniqueId(OrganizationProfile.idOf(o.organization.name()), ids))
          .organization(o.organization)
          .speakers(o.speakers.values())
          .talks(o.talks)
          .build());
    }
    return List.copyOf(profiles);
  }

  /**
   * The talks of {@code talks} by id, in document order: each talk's {@link Talk#id()}, with
   * {@code "-2"}, {@code "-3"}, ... appended to a repeated one.
   */
  static Map<String, Talk> talksById(List<Talk> talks) {
    Map<String, Talk> byId = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (Talk talk : talks) {
      byId.put(uniqueId(talk.id(), ids), talk);
    }
    return java.util.Collections.unmodifiableMap(byId);
  }

  /**
   * {@code base}, or {@code base-2}, {@code base-3}, ... whichever is first not in {@code taken};
   * adds the result to {@code taken}.
   */
  private static String uniqueId(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * Decides which written names are one person: the same key ({@link Names#key}), or a name with
   * initials that {@link Names#abbreviates abbreviates} exactly one full name of the catalog.
   */
  private static final class PersonResolver {

    /** Key of a name without initials → its first spelling. */
    private final Map<String, String> fullNames = new LinkedHashMap<>();
    private final Map<String, String> groupKeys = new LinkedHashMap<>();

    PersonResolver(List<Talk> talks) {
      for (Talk talk : talks) {
        for (Speaker speaker : talk.speakers()) {
          String name = collapse(speaker.name());
          if (!Names.hasInitials(name)) {
            fullNames.putIfAbsent(Names.key(name), speaker.name());
          }
        }
      }
    }

    String groupKey(String writtenName) {
      return groupKeys.computeIfAbsent(writtenName, this::resolve);
    }

    private String resolve(String writtenName) {
      String name = collapse(writtenName);
      String key = Names.key(name);
      if (fullNames.containsKey(key) || !Names.hasInitials(name)) {
        return key;
      }
      String match = null;
      for (Map.Entry<String, String> full : fullNames.entrySet()) {
        if (Names.abbreviates(name, collapse(full.getValue()))) {
          if (match != null) {
            return key; // ambiguous: several people fit
          }
          match = full.getKey();
        }
      }
      return match == null ? key : match;
    }

    java.util.Optional<String> fullName(String groupKey) {
      return java.util.Optional.ofNullable(fullNames.get(groupKey));
    }

    /** Runs of white space become one space, as {@link Names} splits on single spaces. */
    private static String collapse(String s) {
      StringBuilder b = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          space = b.length() > 0;
        } else {
          if (space) {
            b.append(' ');
            space = false;
          }
          b.append(c);
        }
      }
      return b.toString();
    }
  }

  private static final class PersonAccumulator {
    final String name;
    final List<Talk> talks = new ArrayList<>();
    final Map<String, Organization> organizations = new LinkedHashMap<>();

    PersonAccumulator(String name) {
      this.name = name;
    }

    void add(Talk talk, Speaker speaker) {
      if (talks.isEmpty() || talks.get(talks.size() - 1) != talk) {
        talks.add(talk);
      }
      for (Affiliation a : speaker.affiliations()) {
        a.organization().ifPresent(o -> organizations.putIfAbsent(Names.key(o.name()), o));
      }
    }
  }

  private static final class OrganizationAccumulator {
    final Organization organization;
    final List<Talk> talks = new ArrayList<>();
    final Map<String, SpeakerProfile> speakers = new LinkedHashMap<>();

    OrganizationAccumulator(Organization organization) {
      this.organization = organization;
    }

    void add(Talk talk, SpeakerProfile person) {
      if (talks.isEmpty() || talks.get(talks.size() - 1) != talk) {
        talks.add(talk);
      }
      speakers.putIfAbsent(person.id(), person);
    }
  }
}
