package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Video;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Video}: {@code url}, {@code platform} ({@code youtube}/{@code other}), {@code id}, {@code start}. */
public final class VideoSerializer extends StdSerializer<Video> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public VideoSerializer() {
    super(Video.class);
  }

  @Override
  public void serialize(Video value, JsonGenerator gen, SerializationContext provider) {
    gen.writeStartObject(value);
    gen.writeStringProperty("url", value.url());
    gen.writeStringProperty("platform", value.platform().jsonName());
    if (value.id().isPresent()) {
      gen.writeStringProperty("id", value.id().get());
    }
    if (value.start().isPresent()) {
      gen.writeNumberProperty("start", value.start().getAsInt());
    }
    gen.writeEndObject();
  }
}
