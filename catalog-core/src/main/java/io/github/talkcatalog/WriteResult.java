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
 *     catalog but for the talks' headings (which the writer may write from the fields) and lines
 * @since 0.1.0
 */
public record WriteResult(String markdown, List<Loss> losses) {

  /**
   * Copies the list; neither component may be null.
   *
   * @param markdown the catalog as L1 Markdown
   * @param losses what reads back differently, in document order; copied into an immutable list
   * @throws NullPointerException if {@code markdown}, {@code losses} or one of its elements is null
   */
  public WriteResult {
    Objects.requireNonNull(markdown, "markdown");
    losses = List.copyOf(losses);
  }

  /**
   * {@return whether the Markdown reads back as exactly the catalog that was written, that is
   * whether {@link #losses()} is empty}
   */
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
   * @param message what was written and what reads back, for people, e.g.
   *     {@code "wrote 2472, reads back as nothing (talk 'Undo Trees')"}
   * @since 0.1.0
   */
  public record Loss(OptionalInt talk, String field, String message) {

    /**
     * Checks that no component is null.
     *
     * @param talk the position of the talk the field belongs to, empty for a field of the catalog
     * @param field the field's name as in the catalog JSON format
     * @param message what was written and what reads back, for people
     * @throws NullPointerException if a component is null
     */
    public Loss {
      Objects.requireNonNull(talk, "talk");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    /**
     * {@return the loss for people: {@code "talk 3 title: message"}, or
     * {@code "catalog title: message"} for a field of the catalog itself}
     */
    @Override
    public String toString() {
      String where = talk.isPresent() ? "talk " + talk.getAsInt() : "catalog";
      return where + " " + field + ": " + message;
    }
  }
}
