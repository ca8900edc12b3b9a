package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Link;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Link}: {@code label}, {@code url}. */
public final class LinkSerializer extends StdSerializer<Link> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public LinkSerializer() {
    super(Link.class);
  }

  @Override
  public void serialize(Link value, JsonGenerator gen, SerializationContext provider) {
    gen.writeStartObject(value);
    gen.writeStringProperty("label", value.label());
    gen.writeStringProperty("url", value.url());
    gen.writeEndObject();
  }
}
