package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Affiliation;
import java.io.IOException;

/** Writes an {@link Affiliation}: {@code role} and {@code organization}, each when known. */
public final class AffiliationSerializer extends StdSerializer<Affiliation> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public AffiliationSerializer() {
    super(Affiliation.class);
  }

  @Override
  public void serialize(Affiliation value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    if (value.role().isPresent()) {
      gen.writeStringField("role", value.role().get());
    }
    if (value.organization().isPresent()) {
      provider.defaultSerializeField("organization", value.organization().get(), gen);
    }
    gen.writeEndObject();
  }
}
