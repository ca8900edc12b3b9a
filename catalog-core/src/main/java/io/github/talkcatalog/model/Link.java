package io.github.talkcatalog.model;

import org.immutables.value.Value;

/**
 * A link that belongs to a talk and is not its video: an event page, slides, and so on.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Link {

  Link() {}

  /**
   * {@return the link text, or the field label before a bare URL ({@code "Event"}); {@code ""} when
   * none}
   */
  @Value.Parameter
  public abstract String label();

  /** {@return the URL as written} */
  @Value.Parameter
  public abstract String url();

  /**
   * Returns a link.
   *
   * @param label the label, {@code ""} when none
   * @param url the URL as written
   * @return the link
   */
  public static Link of(String label, String url) {
    return ImmutableLink.of(label, url);
  }
}
