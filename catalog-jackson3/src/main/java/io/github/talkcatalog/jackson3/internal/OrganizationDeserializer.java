package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Organization;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads an {@link Organization} from its name, a JSON string that is not blank. */
public final class OrganizationDeserializer extends StdScalarDeserializer<Organization> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public OrganizationDeserializer() {
    super(Organization.class);
  }

  @Override
  public Organization deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw CatalogInputException.wrongType(p, Organization.class, "a string");
    }
    String name = p.getString();
    if (name.isBlank()) {
      throw CatalogInputException.invalidValue(p, Organization.class, JsonPath.of(p),
          "an organization name must not be blank");
    }
    return Organization.of(name);
  }

  /** Rejects a top-level {@code null} where an organization is expected. */
  @Override
  public Organization getNullValue(DeserializationContext ctxt) throws CatalogInputException {
    throw CatalogInputException.wrongType(ctxt.getParser(), Organization.class, "a string");
  }
}
