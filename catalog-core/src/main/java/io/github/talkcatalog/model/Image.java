package io.github.talkcatalog.model;

import org.immutables.value.Value;

/** A talk's thumbnail or screenshot. */
@Value.Immutable
public abstract class Image {

  Image() {}

  /**
   * The image source as written; when a catalog spans several files, a relative path is rewritten
   * relative to the catalog root (the folder of the index file).
   */
  @Value.Parameter
  public abstract String src();

  /** The alt text; {@code ""} when none. */
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
