package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.io.IOException;

/** Writes a {@link Catalog}: {@code format} first, then the fields in spec order. */
public final class CatalogSerializer extends StdSerializer<Catalog> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CatalogSerializer() {
    super(Catalog.class);
  }

  @Override
  public void serialize(Catalog value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("format", Catalog.FORMAT);
    gen.writeStringField("title", value.title());
    if (value.description().isPresent()) {
      gen.writeStringField("description", value.description().get());
    }
    if (value.collection().isPresent()) {
      provider.defaultSerializeField("collection", value.collection().get(), gen);
    }
    if (value.declaredCount().isPresent()) {
      gen.writeNumberField("declaredCount", value.declaredCount().getAsInt());
    }
    gen.writeArrayFieldStart("talks");
    for (Talk talk : value.talks()) {
      provider.defaultSerializeValue(talk, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
