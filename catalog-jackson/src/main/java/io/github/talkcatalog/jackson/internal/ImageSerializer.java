package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Image;
import java.io.IOException;

/** Writes an {@link Image}: {@code src}, {@code alt}. */
public final class ImageSerializer extends StdSerializer<Image> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ImageSerializer() {
    super(Image.class);
  }

  @Override
  public void serialize(Image value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("src", value.src());
    gen.writeStringField("alt", value.alt());
    gen.writeEndObject();
  }
}
