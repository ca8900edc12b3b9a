package io.github.talkcatalog.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A talk catalog: its title, its introduction and its talks in document order.
 *
 * <p>This is the model of the catalog JSON format, version 1 ({@value #FORMAT}); see
 * {@code docs/catalog-json.md}.
 */
@Value.Immutable
public abstract class Catalog {

  /** The value of the {@code format} field this model reads and writes. */
  public static final String FORMAT = "talk-catalog/1";

  Catalog() {}

  /** The text of the document's first level-1 heading; {@code ""} when the document has none. */
  public abstract String title();

  /** The introduction between the title and the first talk, as plain text. */
  public abstract Optional<String> description();

  /** The larger collection the catalog was drawn from. */
  public abstract Optional<Collection> collection();

  /**
   * The number of talks the introduction says the catalog holds ("There are 53 videos ..."), as
   * stated, even in a filtered catalog.
   */
  public abstract OptionalInt declaredCount();

  /** The talks in document order. */
  public abstract List<Talk> talks();

  /** Returns a new builder; {@code title} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Catalog}. */
  public static final class Builder extends ImmutableCatalog.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (declaredCount().isPresent() && declaredCount().getAsInt() < 0) {
      throw new IllegalStateException("declaredCount must be >= 0");
    }
  }
}
