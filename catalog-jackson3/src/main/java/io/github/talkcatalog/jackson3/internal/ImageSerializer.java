package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Image;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an {@link Image}: {@code src}, {@code alt}. */
public final class ImageSerializer extends StdSerializer<Image> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ImageSerializer() {
    super(Image.class);
  }

  @Override
  public void serialize(Image value, JsonGenerator gen, SerializationContext provider) {
    gen.writeStartObject(value);
    gen.writeStringProperty("src", value.src());
    gen.writeStringProperty("alt", value.alt());
    gen.writeEndObject();
  }
}
