package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Organization;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/** Reads an {@link Affiliation}; at least one of {@code role} and {@code organization} is needed. */
public final class AffiliationDeserializer extends ObjectDeserializer<Affiliation, Affiliation.Builder> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public AffiliationDeserializer(boolean ignoreUnknownFields) {
    super(Affiliation.class, ignoreUnknownFields, List.of("role", "organization"), List.of());
  }

  @Override
  protected Affiliation.Builder newBuilder() {
    return Affiliation.builder();
  }

  @Override
  protected boolean readField(String name, Affiliation.Builder b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "role" -> b.role(string(p));
      case "organization" -> b.organization(value(p, ctxt, Organization.class));
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Affiliation build(Affiliation.Builder b) {
    return b.build();
  }
}
