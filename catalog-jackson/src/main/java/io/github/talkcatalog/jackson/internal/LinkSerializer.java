package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Link;
import java.io.IOException;

/** Writes a {@link Link}: {@code label}, {@code url}. */
public final class LinkSerializer extends StdSerializer<Link> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public LinkSerializer() {
    super(Link.class);
  }

  @Override
  public void serialize(Link value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("label", value.label());
    gen.writeStringField("url", value.url());
    gen.writeEndObject();
  }
}
