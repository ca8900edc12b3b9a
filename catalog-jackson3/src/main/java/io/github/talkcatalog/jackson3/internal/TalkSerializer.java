package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Talk} with its fields in spec order; {@code line}, when known, comes last.
 * Unknown optional values are omitted; lists are always written.
 */
public final class TalkSerializer extends StdSerializer<Talk> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public TalkSerializer() {
    super(Talk.class);
  }

  @Override
  public void serialize(Talk value, JsonGenerator gen, SerializationContext provider) {
    gen.writeStartObject(value);
    gen.writeNumberProperty("position", value.position());
    if (value.index().isPresent()) {
      gen.writeNumberProperty("index", value.index().getAsInt());
    }
    if (value.section().isPresent()) {
      gen.writeStringProperty("section", value.section().get());
    }
    gen.writeStringProperty("heading", value.heading());
    gen.writeArrayPropertyStart("labels");
    for (String label : value.labels()) {
      gen.writeString(label);
    }
    gen.writeEndArray();
    gen.writeStringProperty("title", value.title());
    gen.writeArrayPropertyStart("speakers");
    for (Speaker speaker : value.speakers()) {
      provider.writeValue(gen, speaker);
    }
    gen.writeEndArray();
    if (value.video().isPresent()) {
      provider.defaultSerializeProperty("video", value.video().get(), gen);
    }
    gen.writeArrayPropertyStart("links");
    for (Link link : value.links()) {
      provider.writeValue(gen, link);
    }
    gen.writeEndArray();
    if (value.image().isPresent()) {
      provider.defaultSerializeProperty("image", value.image().get(), gen);
    }
    if (value.summary().isPresent()) {
      gen.writeStringProperty("summary", value.summary().get());
    }
    gen.writeBooleanProperty("summaryTruncated", value.summaryTruncated());
    if (value.duration().isPresent()) {
      gen.writeNumberProperty("duration", value.duration().getAsInt());
    }
    if (value.year().isPresent()) {
      gen.writeNumberProperty("year", value.year().getAsInt());
    }
    if (value.line().isPresent()) {
      gen.writeNumberProperty("line", value.line().getAsInt());
    }
    gen.writeEndObject();
  }
}
