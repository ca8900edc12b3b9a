package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Catalog}: {@code format} first, then the fields in spec order. */
public final class CatalogSerializer extends StdSerializer<Catalog> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CatalogSerializer() {
    super(Catalog.class);
  }

  @Override
  public void serialize(Catalog value, JsonGenerator gen, SerializationContext provider)
      {
    gen.writeStartObject(value);
    gen.writeStringProperty("format", Catalog.FORMAT);
    gen.writeStringProperty("title", value.title());
    if (value.description().isPresent()) {
      gen.writeStringProperty("description", value.description().get());
    }
    if (value.collection().isPresent()) {
      provider.defaultSerializeProperty("collection", value.collection().get(), gen);
    }
    if (value.declaredCount().isPresent()) {
      gen.writeNumberProperty("declaredCount", value.declaredCount().getAsInt());
    }
    gen.writeArrayPropertyStart("talks");
    for (Talk talk : value.talks()) {
      provider.writeValue(gen, talk);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
