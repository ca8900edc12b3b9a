package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Collection;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/** Reads a {@link Collection}; {@code url} is required. */
public final class CollectionDeserializer extends ObjectDeserializer<Collection, Collection.Builder> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public CollectionDeserializer(boolean ignoreUnknownFields) {
    super(Collection.class, ignoreUnknownFields,
        List.of("url", "label", "size", "playlistId"), List.of("url"));
  }

  @Override
  protected Collection.Builder newBuilder() {
    return Collection.builder();
  }

  @Override
  protected boolean readField(String name, Collection.Builder b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "url" -> b.url(string(p));
      case "label" -> b.label(string(p));
      case "size" -> b.size(integer(p));
      case "playlistId" -> b.playlistId(string(p));
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Collection build(Collection.Builder b) {
    return b.build();
  }
}
