package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Speaker;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Speaker}: {@code name}, then {@code affiliations} (always, possibly empty). */
public final class SpeakerSerializer extends StdSerializer<Speaker> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public SpeakerSerializer() {
    super(Speaker.class);
  }

  @Override
  public void serialize(Speaker value, JsonGenerator gen, SerializationContext provider)
      {
    gen.writeStartObject(value);
    gen.writeStringProperty("name", value.name());
    gen.writeArrayPropertyStart("affiliations");
    for (Affiliation affiliation : value.affiliations()) {
      provider.writeValue(gen, affiliation);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
