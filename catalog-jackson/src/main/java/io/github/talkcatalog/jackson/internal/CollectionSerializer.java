package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Collection;
import java.io.IOException;

/** Writes a {@link Collection}: {@code url}, {@code label}, {@code size}, {@code playlistId}. */
public final class CollectionSerializer extends StdSerializer<Collection> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CollectionSerializer() {
    super(Collection.class);
  }

  @Override
  public void serialize(Collection value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("url", value.url());
    if (value.label().isPresent()) {
      gen.writeStringField("label", value.label().get());
    }
    if (value.size().isPresent()) {
      gen.writeNumberField("size", value.size().getAsInt());
    }
    if (value.playlistId().isPresent()) {
      gen.writeStringField("playlistId", value.playlistId().get());
    }
    gen.writeEndObject();
  }
}
