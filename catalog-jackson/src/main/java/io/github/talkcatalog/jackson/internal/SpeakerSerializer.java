package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Speaker;
import java.io.IOException;

/** Writes a {@link Speaker}: {@code name}, then {@code affiliations} (always, possibly empty). */
public final class SpeakerSerializer extends StdSerializer<Speaker> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public SpeakerSerializer() {
    super(Speaker.class);
  }

  @Override
  public void serialize(Speaker value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("name", value.name());
    gen.writeArrayFieldStart("affiliations");
    for (Affiliation affiliation : value.affiliations()) {
      provider.defaultSerializeValue(affiliation, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
