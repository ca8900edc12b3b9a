package io.github.talkcatalog.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A person who gives a talk, with the affiliations the catalog states for this talk.
 *
 * <p>{@link #name()} is the fullest form of the name the catalog gives: a heading's
 * {@code "M. Ayoub"} becomes {@code "Maroon Ayoub"} when the summary, or another talk of the same
 * catalog, spells it out.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Speaker {

  Speaker() {}

  /** {@return the speaker's name as written (NFC, never re-cased); never blank} */
  public abstract String name();

  /** {@return the speaker's affiliations in the order written; empty when unknown} */
  public abstract List<Affiliation> affiliations();

  /**
   * Returns a speaker.
   *
   * @param name the name, not blank
   * @param affiliations the affiliations in order, possibly none
   * @return the speaker
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name}, {@code affiliations} or one of them is null
   */
  public static Speaker of(String name, Affiliation... affiliations) {
    Arguments.notBlank(name, "speaker name");
    return builder().name(name).addAffiliations(affiliations).build();
  }

  /** {@return a new, empty builder; {@code name} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Speaker}; {@code build()} throws {@link IllegalStateException} when the name is
   * missing or blank.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableSpeaker.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("speaker name must not be blank");
    }
  }
}
