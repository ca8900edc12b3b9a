package io.github.talkcatalog.model;

import org.immutables.value.Value;

/**
 * A talk's thumbnail or screenshot.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Image {

  Image() {}

  /**
   * {@return the image source (a path or URL) as written; when a catalog spans several files, a
   * relative path is rewritten relative to the catalog root (the folder of the index file)}
   */
  @Value.Parameter
  public abstract String src();

  /** {@return the alt text; {@code ""} when none} */
  @Value.Parameter
  public abstract String alt();

  /**
   * Returns an image.
   *
   * @param src the source path or URL
   * @param alt the alt text, {@code ""} when none
   * @return the image
   */
  public static Image of(String src, String alt) {
    return ImmutableImage.of(src, alt);
  }
}
