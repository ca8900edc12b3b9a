package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.io.IOException;

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
  public void serialize(Talk value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    gen.writeNumberField("position", value.position());
    if (value.index().isPresent()) {
      gen.writeNumberField("index", value.index().getAsInt());
    }
    if (value.section().isPresent()) {
      gen.writeStringField("section", value.section().get());
    }
    gen.writeStringField("heading", value.heading());
    gen.writeArrayFieldStart("labels");
    for (String label : value.labels()) {
      gen.writeString(label);
    }
    gen.writeEndArray();
    gen.writeStringField("title", value.title());
    gen.writeArrayFieldStart("speakers");
    for (Speaker speaker : value.speakers()) {
      provider.defaultSerializeValue(speaker, gen);
    }
    gen.writeEndArray();
    if (value.video().isPresent()) {
      provider.defaultSerializeField("video", value.video().get(), gen);
    }
    gen.writeArrayFieldStart("links");
    for (Link link : value.links()) {
      provider.defaultSerializeValue(link, gen);
    }
    gen.writeEndArray();
    if (value.image().isPresent()) {
      provider.defaultSerializeField("image", value.image().get(), gen);
    }
    if (value.summary().isPresent()) {
      gen.writeStringField("summary", value.summary().get());
    }
    gen.writeBooleanField("summaryTruncated", value.summaryTruncated());
    if (value.duration().isPresent()) {
      gen.writeNumberField("duration", value.duration().getAsInt());
    }
    if (value.year().isPresent()) {
      gen.writeNumberField("year", value.year().getAsInt());
    }
    if (value.line().isPresent()) {
      gen.writeNumberField("line", value.line().getAsInt());
    }
    gen.writeEndObject();
  }
}
