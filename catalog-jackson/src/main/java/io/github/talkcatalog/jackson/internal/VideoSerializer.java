package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Video;
import java.io.IOException;

/** Writes a {@link Video}: {@code url}, {@code platform} ({@code youtube}/{@code other}), {@code id}, {@code start}. */
public final class VideoSerializer extends StdSerializer<Video> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public VideoSerializer() {
    super(Video.class);
  }

  @Override
  public void serialize(Video value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField("url", value.url());
    gen.writeStringField("platform", value.platform().jsonName());
    if (value.id().isPresent()) {
      gen.writeStringField("id", value.id().get());
    }
    if (value.start().isPresent()) {
      gen.writeNumberField("start", value.start().getAsInt());
    }
    gen.writeEndObject();
  }
}
