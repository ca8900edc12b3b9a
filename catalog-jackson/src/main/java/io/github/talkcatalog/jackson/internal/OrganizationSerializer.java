package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.talkcatalog.model.Organization;
import java.io.IOException;

/** Writes an {@link Organization} as its name, a JSON string. */
public final class OrganizationSerializer extends StdScalarSerializer<Organization> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public OrganizationSerializer() {
    super(Organization.class);
  }

  @Override
  public void serialize(Organization value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(value.name());
  }
}
