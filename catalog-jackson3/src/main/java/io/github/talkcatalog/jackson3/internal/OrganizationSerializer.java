package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Organization;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** Writes an {@link Organization} as its name, a JSON string. */
public final class OrganizationSerializer extends StdScalarSerializer<Organization> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public OrganizationSerializer() {
    super(Organization.class);
  }

  @Override
  public void serialize(Organization value, JsonGenerator gen, SerializationContext provider)
      {
    gen.writeString(value.name());
  }
}
