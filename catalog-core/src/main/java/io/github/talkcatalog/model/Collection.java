package io.github.talkcatalog.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The larger collection a catalog was drawn from, such as a whole conference playlist.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Collection {

  Collection() {}

  /** {@return the absolute URL as written} */
  public abstract String url();

  /** {@return the link text, e.g. {@code "117 videos"}; empty when the link has no text} */
  public abstract Optional<String> label();

  /**
   * {@return the count stated in the label, e.g. {@code 117}; empty when the label states none}
   */
  public abstract OptionalInt size();

  /**
   * {@return the YouTube {@code list=} id when the URL is a YouTube playlist; empty otherwise}
   */
  public abstract Optional<String> playlistId();

  /** {@return a new, empty builder; {@code url} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Collection}; {@code build()} throws {@link IllegalStateException} when the URL
   * is missing.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCollection.Builder {
    Builder() {}
  }
}
