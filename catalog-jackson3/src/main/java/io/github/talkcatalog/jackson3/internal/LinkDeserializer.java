package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Link;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/** Reads a {@link Link}; {@code label} and {@code url} are required. */
public final class LinkDeserializer extends ObjectDeserializer<Link, LinkDeserializer.Parts> {

  private static final long serialVersionUID = 1L;

  /** The fields read so far; {@link Link} has a factory, not a builder. */
  static final class Parts {
    private String label;
    private String url;
  }

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public LinkDeserializer(boolean ignoreUnknownFields) {
    super(Link.class, ignoreUnknownFields, List.of("label", "url"), List.of("label", "url"));
  }

  @Override
  protected Parts newBuilder() {
    return new Parts();
  }

  @Override
  protected boolean readField(String name, Parts b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "label" -> b.label = string(p);
      case "url" -> b.url = string(p);
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Link build(Parts b) {
    return Link.of(b.label, b.url);
  }
}
