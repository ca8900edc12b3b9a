package io.github.talkcatalog.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** The larger collection a catalog was drawn from, such as a whole conference playlist. */
@Value.Immutable
public abstract class Collection {

  Collection() {}

  /** The absolute URL as written. */
  public abstract String url();

  /** The link text, e.g. {@code "117 videos"}; empty when the link has no text. */
  public abstract Optional<String> label();

  /** The count stated in the label, e.g. {@code 117}. */
  public abstract OptionalInt size();

  /** The YouTube {@code list=} id when the URL is a YouTube playlist. */
  public abstract Optional<String> playlistId();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Collection}. */
  public static final class Builder extends ImmutableCollection.Builder {
    Builder() {}
  }
}
