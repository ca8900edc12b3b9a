package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Platform;
import io.github.talkcatalog.model.Video;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/** Reads a {@link Video}; {@code url} and {@code platform} are required. */
public final class VideoDeserializer extends ObjectDeserializer<Video, Video.Builder> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public VideoDeserializer(boolean ignoreUnknownFields) {
    super(Video.class, ignoreUnknownFields, List.of("url", "platform", "id", "start"),
        List.of("url", "platform"));
  }

  @Override
  protected Video.Builder newBuilder() {
    return Video.builder();
  }

  @Override
  protected boolean readField(String name, Video.Builder b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "url" -> b.url(string(p));
      case "platform" -> b.platform(platform(p));
      case "id" -> b.id(string(p));
      case "start" -> b.start(integer(p));
      default -> {
        return false;
      }
    }
    return true;
  }

  private Platform platform(JsonParser p) {
    String text = string(p);
    try {
      return Platform.fromJsonName(text);
    } catch (IllegalArgumentException e) {
      throw CatalogInputException.invalidValue(p, Video.class, JsonPath.of(p), e.getMessage());
    }
  }

  @Override
  protected Video build(Video.Builder b) {
    return b.build();
  }
}
