package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Affiliation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link Affiliation}: {@code role} and {@code organization}, each when known. */
public final class AffiliationSerializer extends StdSerializer<Affiliation> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public AffiliationSerializer() {
    super(Affiliation.class);
  }

  @Override
  public void serialize(Affiliation value, JsonGenerator gen, SerializationContext provider)
      {
    gen.writeStartObject(value);
    if (value.role().isPresent()) {
      gen.writeStringProperty("role", value.role().get());
    }
    if (value.organization().isPresent()) {
      provider.defaultSerializeProperty("organization", value.organization().get(), gen);
    }
    gen.writeEndObject();
  }
}
