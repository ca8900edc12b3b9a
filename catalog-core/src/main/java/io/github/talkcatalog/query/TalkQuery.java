package io.github.talkcatalog.query;

import io.github.talkcatalog.internal.names.Names;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.OrganizationAliases;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Predicates over talks, to pass to {@link Catalog#filter(Predicate)} or to any stream.
 *
 * <p>Each method returns a plain {@link Predicate}; combine them with {@link Predicate#and},
 * {@link Predicate#or}, {@link Predicate#negate()} / {@link Predicate#not}, or with
 * {@link #allOf(List)} and {@link #anyOf(List)}:
 *
 * <pre>{@code
 * Catalog metaTalks = catalog.filter(
 *     TalkQuery.organization("Meta").and(TalkQuery.label("Lightning Talk").negate()));
 * }</pre>
 *
 * <p>Text comparisons use a key that ignores case, accents (Unicode NFD, combining marks dropped)
 * and white space; a query string is never interpreted as a pattern. The predicates are immutable,
 * stateless and thread-safe. Every method throws {@link NullPointerException} on a {@code null}
 * argument.
 *
 * @since 0.1.0
 */
public final class TalkQuery {

  private TalkQuery() {}

  /**
   * Talks given by the named person. The name matches a speaker's name ignoring case, accents and
   * spacing ({@code "jose nunez"} matches {@code "José Núñez"}), and either side may abbreviate the
   * other with initials ({@code "m. ayoub"} or {@code "M Ayoub"} matches {@code "Maroon Ayoub"};
   * {@code "Maroon Ayoub"} matches a speaker written {@code "M. Ayoub"}). Surnames alone do not
   * match; use {@link #text(String)} for that.
   *
   * @param name a person's full or abbreviated name
   * @return the predicate
   */
  public static Predicate<Talk> speaker(String name) {
    Objects.requireNonNull(name, "name");
    return talk -> {
      for (Speaker s : talk.speakers()) {
        if (SpeakerNames.matches(name, s.name())) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Talks in which a speaker is affiliated with the named organization, compared ignoring case,
   * accents and spacing ({@code "hugging face"} matches {@code "Hugging Face"}). The whole name
   * must match: {@code "IBM"} does not match {@code "IBM Research"}.
   *
   * @param name an organization's name
   * @return the predicate
   */
  public static Predicate<Talk> organization(String name) {
    return organization(name, OrganizationAliases.none());
  }

  /**
   * Like {@link #organization(String)}, also matching every name that {@code aliases} declares the
   * same organization.
   *
   * @param name an organization's name
   * @param aliases the user's organization aliases
   * @return the predicate
   */
  public static Predicate<Talk> organization(String name, OrganizationAliases aliases) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(aliases, "aliases");
    String wanted = aliases.key(name);
    return talk -> {
      for (Speaker s : talk.speakers()) {
        for (Affiliation a : s.affiliations()) {
          if (a.organization().isPresent() && aliases.key(a.organization().get().name()).equals(wanted)) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /**
   * Talks that carry the label ({@code "Lightning Talk"}), compared ignoring case, accents and
   * spacing; a talk with several labels matches each of them.
   *
   * @param label a session-type label
   * @return the predicate
   */
  public static Predicate<Talk> label(String label) {
    String wanted = Names.key(Objects.requireNonNull(label, "label"));
    return talk -> talk.labels().stream().anyMatch(l -> Names.key(l).equals(wanted));
  }

  /**
   * Talks whose title, summary, speaker names or organization names contain {@code text}, ignoring
   * case, accents and white space ({@code "rocm"} matches {@code "ROCm™"}). Each field is searched
   * on its own, so a match never spans two fields. Blank text matches every talk.
   *
   * @param text the text to look for
   * @return the predicate
   */
  public static Predicate<Talk> text(String text) {
    String needle = Names.key(Objects.requireNonNull(text, "text"));
    return talk -> {
      if (Names.key(talk.title()).contains(needle)
          || talk.summary().map(s -> Names.key(s).contains(needle)).orElse(false)) {
        return true;
      }
      for (Speaker s : talk.speakers()) {
        if (Names.key(s.name()).contains(needle)) {
          return true;
        }
        for (Affiliation a : s.affiliations()) {
          if (a.organization().isPresent() && Names.key(a.organization().get().name()).contains(needle)) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /**
   * The talk whose video has this id, compared exactly (YouTube ids are case-sensitive), after
   * stripping surrounding white space.
   *
   * @param id a video id, e.g. {@code "ACxHFY_zUb8"}
   * @return the predicate
   */
  public static Predicate<Talk> videoId(String id) {
    String wanted = Objects.requireNonNull(id, "id").strip();
    return talk -> talk.video().flatMap(Video::id).map(wanted::equals).orElse(false);
  }

  /**
   * Talks with a recording.
   *
   * @return the predicate
   */
  public static Predicate<Talk> hasVideo() {
    return talk -> talk.video().isPresent();
  }

  /**
   * Talks with a thumbnail or screenshot.
   *
   * @return the predicate
   */
  public static Predicate<Talk> hasImage() {
    return talk -> talk.image().isPresent();
  }

  /**
   * Talks whose summary was cut off by its source ({@link Talk#summaryTruncated()}).
   *
   * @return the predicate
   */
  public static Predicate<Talk> truncated() {
    return Talk::summaryTruncated;
  }

  /**
   * Talks that every predicate accepts; an empty list accepts every talk.
   *
   * @param predicates the predicates, evaluated in order until one rejects
   * @return the predicate
   */
  public static Predicate<Talk> allOf(List<? extends Predicate<? super Talk>> predicates) {
    List<Predicate<? super Talk>> all = List.copyOf(predicates);
    return talk -> all.stream().allMatch(p -> p.test(talk));
  }

  /**
   * Talks that at least one predicate accepts; an empty list accepts no talk.
   *
   * @param predicates the predicates, evaluated in order until one accepts
   * @return the predicate
   */
  public static Predicate<Talk> anyOf(List<? extends Predicate<? super Talk>> predicates) {
    List<Predicate<? super Talk>> any = List.copyOf(predicates);
    return talk -> any.stream().anyMatch(p -> p.test(talk));
  }
}
