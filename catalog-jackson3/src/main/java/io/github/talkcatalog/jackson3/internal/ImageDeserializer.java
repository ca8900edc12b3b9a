package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Image;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/** Reads an {@link Image}; {@code src} and {@code alt} are required. */
public final class ImageDeserializer extends ObjectDeserializer<Image, ImageDeserializer.Parts> {

  private static final long serialVersionUID = 1L;

  /** The fields read so far; {@link Image} has a factory, not a builder. */
  static final class Parts {
    private String src;
    private String alt;
  }

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public ImageDeserializer(boolean ignoreUnknownFields) {
    super(Image.class, ignoreUnknownFields, List.of("src", "alt"), List.of("src", "alt"));
  }

  @Override
  protected Parts newBuilder() {
    return new Parts();
  }

  @Override
  protected boolean readField(String name, Parts b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "src" -> b.src = string(p);
      case "alt" -> b.alt = string(p);
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Image build(Parts b) {
    return Image.of(b.src, b.alt);
  }
}
