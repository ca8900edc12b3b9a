package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Collection;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Collection}: {@code url}, {@code label}, {@code size}, {@code playlistId}. */
public final class CollectionSerializer extends StdSerializer<Collection> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CollectionSerializer() {
    super(Collection.class);
  }

  @Override
  public void serialize(Collection value, JsonGenerator gen, SerializationContext provider)
      {
    gen.writeStartObject(value);
    gen.writeStringProperty("url", value.url());
    if (value.label().isPresent()) {
      gen.writeStringProperty("label", value.label().get());
    }
    if (value.size().isPresent()) {
      gen.writeNumberProperty("size", value.size().getAsInt());
    }
    if (value.playlistId().isPresent()) {
      gen.writeStringProperty("playlistId", value.playlistId().get());
    }
    gen.writeEndObject();
  }
}
