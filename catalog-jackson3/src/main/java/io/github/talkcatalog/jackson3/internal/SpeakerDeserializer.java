package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Speaker;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/** Reads a {@link Speaker}; {@code name} is required, missing {@code affiliations} read as empty. */
public final class SpeakerDeserializer extends ObjectDeserializer<Speaker, Speaker.Builder> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public SpeakerDeserializer(boolean ignoreUnknownFields) {
    super(Speaker.class, ignoreUnknownFields, List.of("name", "affiliations"), List.of("name"));
  }

  @Override
  protected Speaker.Builder newBuilder() {
    return Speaker.builder();
  }

  @Override
  protected boolean readField(String name, Speaker.Builder b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "name" -> b.name(string(p));
      case "affiliations" -> b.affiliations(values(p, ctxt, Affiliation.class));
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Speaker build(Speaker.Builder b) {
    return b.build();
  }
}
