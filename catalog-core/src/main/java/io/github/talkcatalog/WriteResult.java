package io.github.talkcatalog;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What {@link CatalogWriter#write} returns: the Markdown text and everything of the catalog that
 * the text does not carry.
 *
 * @param markdown the catalog as L1 Markdown, lines ended by {@code \n}; never null
 * @param losses what reads back differently from the catalog that was written, in document order
 *     (catalog fields first, then talk by talk); empty when {@code parse(markdown)} equals the
 *     catalog
 */
public record WriteResult(String markdown, List<Loss> losses) {

  /** Copies the list; neither component may be null. */
  public WriteResult {
    Objects.requireNonNull(markdown, "markdown");
    losses = List.copyOf(losses);
  }

  /** Whether the Markdown reads back as exactly the catalog that was written. */
  public boolean lossless() {
    return losses.isEmpty();
  }

  /**
   * One field that the Markdown cannot carry as it is in the catalog.
   *
   * @param talk the {@link io.github.talkcatalog.model.Talk#position() position} of the talk the
   *     field belongs to, empty for a field of the catalog itself
   * @param field the field's name as in the catalog JSON format, e.g. {@code "title"},
   *     {@code "summaryTruncated"}, {@code "talks"}
   * @param message what was written and what reads back, for people
   */
  public record Loss(OptionalInt talk, String field, String message) {

    /** Checks that no component is null. */
    public Loss {
      Objects.requireNonNull(talk, "talk");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    /** {@code "talk 3 title: message"}, or {@code "catalog title: message"}. */
    @Override
    public String toString() {
      String where = talk.isPresent() ? "talk " + talk.getAsInt() : "catalog";
      return where + " " + field + ": " + message;
    }
  }
}
